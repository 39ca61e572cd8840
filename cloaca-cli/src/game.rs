//! The sample host's subsystems: a timer (`sleep(seconds)`, and `now()`: the game clock in
//! seconds) and a dialog system (`say(who, text)`, `ask(prompt, choices)`), driven one frame per
//! tick. Their state is keyed by host-call token and
//! saved next to the runtime snapshot, so a resumed game re-attaches in-flight calls (`reissue`)
//! instead of running them again: a sleep resumes with its remaining time, a question is asked
//! again.

use cloaca_core::host::{Host, HostCall, HostReply, HostValue, Token};
use cloaca_core::runtime::Runtime;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};
use std::io::BufRead;

/// Seconds per frame of the virtual clock.
pub const FRAME: f64 = 1.0 / 60.0;

/// Host state that goes into the save file.
#[derive(Default, Serialize, Deserialize)]
pub struct GameState {
    /// Game time in seconds.
    pub now: f64,
    /// Token → game time at which the call completes (sleeps, and `say` lines on screen).
    pub timers: BTreeMap<u64, f64>,
    /// Token → (prompt, choices) of open questions.
    pub questions: BTreeMap<u64, (String, Vec<String>)>,
    /// Answers not used yet (from `--answers`).
    pub answers: VecDeque<String>,
}

pub struct Game {
    pub state: GameState,
    /// Read answers from stdin when the answer list runs out.
    pub stdin_answers: bool,
}

impl Game {
    pub fn new(answers: Vec<String>, stdin_answers: bool) -> Game {
        Game {
            state: GameState {
                answers: answers.into(),
                ..GameState::default()
            },
            stdin_answers,
        }
    }

    /// One frame: advance the clock by `dt` and complete what is due.
    pub fn frame(&mut self, rt: &mut Runtime, dt: f64) {
        self.state.now += dt;
        let now = self.state.now;
        let due: Vec<u64> = self
            .state
            .timers
            .iter()
            .filter(|(_, t)| **t <= now + 1e-9)
            .map(|(k, _)| *k)
            .collect();
        for k in due {
            self.state.timers.remove(&k);
            let _ = rt.complete(Token(k), Ok(HostValue::None));
        }
        let open: Vec<u64> = self.state.questions.keys().copied().collect();
        for k in open {
            let (_, choices) = self.state.questions.remove(&k).unwrap();
            let answer = self.next_answer(&choices);
            println!("> {answer}");
            let _ = rt.complete(Token(k), Ok(HostValue::Str(answer)));
        }
    }

    fn next_answer(&mut self, choices: &[String]) -> String {
        if let Some(a) = self.state.answers.pop_front() {
            return a;
        }
        if self.stdin_answers {
            let mut line = String::new();
            if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) > 0 {
                return line.trim().to_string();
            }
        }
        choices.first().cloned().unwrap_or_default()
    }

    fn show_question(prompt: &str, choices: &[String]) {
        println!("{prompt} [{}]", choices.join("/"));
    }
}

fn text(v: Option<&HostValue>) -> String {
    match v {
        Some(HostValue::Str(s)) => s.clone(),
        Some(other) => other.repr(),
        None => String::new(),
    }
}

impl Host for Game {
    fn call(&mut self, call: &HostCall) -> HostReply {
        match &*call.name {
            "sleep" => match call.arg(0).and_then(|v| v.as_f64()) {
                Some(s) if s >= 0.0 => {
                    self.state.timers.insert(call.token.0, self.state.now + s);
                    HostReply::Pending
                }
                _ => HostReply::Error("sleep() needs a number of seconds >= 0".into()),
            },
            "now" => HostReply::Ready(HostValue::Float(self.state.now)),
            "say" => {
                let (who, line) = (text(call.arg(0)), text(call.arg(1)));
                println!("{who}: {line}");
                // The line stays on screen a moment (reading time), like a dialog box.
                let shown = 0.5 + line.chars().count() as f64 * 0.02;
                self.state
                    .timers
                    .insert(call.token.0, self.state.now + shown);
                HostReply::Pending
            }
            "ask" => {
                let prompt = text(call.arg(0));
                let choices: Vec<String> = call
                    .arg(1)
                    .and_then(|v| v.as_slice())
                    .map(|xs| xs.iter().map(|x| text(Some(x))).collect())
                    .unwrap_or_default();
                Game::show_question(&prompt, &choices);
                self.state.questions.insert(call.token.0, (prompt, choices));
                HostReply::Pending
            }
            other => HostReply::Error(format!("no host function '{other}'")),
        }
    }

    fn reissue(&mut self, call: &HostCall) -> HostReply {
        let t = call.token.0;
        if self.state.timers.contains_key(&t) {
            return HostReply::Pending;
        }
        if let Some((prompt, choices)) = self.state.questions.get(&t) {
            Game::show_question(prompt, choices);
            return HostReply::Pending;
        }
        HostReply::Refused(format!(
            "the game has no record of {}() (token {t})",
            call.name
        ))
    }

    fn cancelled(&mut self, token: Token) {
        self.state.timers.remove(&token.0);
        self.state.questions.remove(&token.0);
    }
}
