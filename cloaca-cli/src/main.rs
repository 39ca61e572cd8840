//! `cloaca`: the command-line sample host. It runs scripts under the scheduler with three host
//! functions backed by real subsystems (see `game`): `sleep(seconds)`, `now()` (game time in
//! seconds), `say(who, text)` and `ask(prompt, choices)`, and can save the whole game mid-run and resume it in a new process.
//!
//! ```text
//! cloaca run FILE.py [--virtual-clock] [--answers FILE] [--save-at-tick N --save-to SAVE]
//! cloaca resume SAVE [--virtual-clock] [--answers FILE]
//! cloaca inspect SAVE
//! cloaca dis FILE.py
//! ```
//!
//! Exit status: 0 success, 1 an uncaught exception (traceback on stderr), 2 a syntax error or bad
//! usage. A save is two files: `SAVE` (the runtime snapshot) and `SAVE.host` (the timer and
//! dialog state keyed by host-call token).

mod game;

/// The VM allocates many small short-lived objects (strings, tuples, frames' vectors); glibc's
/// malloc spent ~30% of string-heavy workloads in bookkeeping. mimalloc is the CLI host's choice;
/// an embedding host keeps whatever global allocator it has (the library does not set one).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cloaca_core::host::HostValue;
use cloaca_core::runtime::{Event, Runtime, RuntimeConfig, RuntimeError, TaskState};
use cloaca_core::script::DirLoader;
use game::{Game, GameState, FRAME};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: cloaca run FILE.py [--virtual-clock] [--answers FILE] [--save-at-tick N --save-to SAVE]
       cloaca resume SAVE [--virtual-clock] [--answers FILE]
       cloaca inspect SAVE
       cloaca dis FILE.py";

/// Instructions per tick (one frame).
const TICK_BUDGET: u64 = 1_000_000;

#[derive(Default)]
struct Opts {
    file: PathBuf,
    virtual_clock: bool,
    answers: Option<PathBuf>,
    save_at_tick: Option<u64>,
    save_to: Option<PathBuf>,
}

fn parse_opts(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut it = args.iter();
    let mut file = None;
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--virtual-clock" => o.virtual_clock = true,
            "--answers" => o.answers = Some(value("--answers")?.into()),
            "--save-to" => o.save_to = Some(value("--save-to")?.into()),
            "--save-at-tick" => {
                let v = value("--save-at-tick")?;
                o.save_at_tick = Some(v.parse().map_err(|_| format!("bad tick number '{v}'"))?);
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if file.is_none() => file = Some(PathBuf::from(s)),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    o.file = file.ok_or("missing file")?;
    if o.save_at_tick.is_some() != o.save_to.is_some() {
        return Err("--save-at-tick and --save-to go together".into());
    }
    Ok(o)
}

/// mimalloc v3's `mi_option_purge_delay` (`mimalloc.h`, `enum mi_option_e`).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

#[cfg(target_os = "linux")]
extern "C" {
    fn prctl(option: std::os::raw::c_int, ...) -> std::os::raw::c_int;
}
#[cfg(target_os = "linux")]
const PR_SET_THP_DISABLE: std::os::raw::c_int = 41;

fn main() -> ExitCode {
    // Keep freed pages instead of returning them to the OS 10 ms later: a script that keeps
    // allocating got them back one page fault at a time, and with transparent huge pages each
    // fault zeroes 2 MiB (closures.py: 0.09 s of system time, 1,600-2,000 faults -> 235).
    // SAFETY: sets a process-wide allocator option before any thread starts.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // And no transparent huge pages (mimalloc asks for them; its own switch is read before
    // `main`): the first touch of each zeroed 2 MiB (string_ops.py: 0.06 s of system time in a
    // 0.9 s run; resident memory 34 MB -> 19 MB without). Failure changes nothing but speed.
    // SAFETY: prctl with integer arguments only.
    #[cfg(target_os = "linux")]
    unsafe {
        prctl(
            PR_SET_THP_DISABLE,
            1 as std::os::raw::c_ulong,
            0u64,
            0u64,
            0u64,
        )
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let opts = match parse_opts(&args[1..]) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("cloaca: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let code = match cmd.as_str() {
        "run" => cmd_run(&opts),
        "resume" => cmd_resume(&opts),
        "inspect" => cmd_inspect(&opts.file),
        "dis" => cmd_dis(&opts.file),
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    ExitCode::from(code)
}

fn new_runtime() -> Runtime {
    let mut rt = Runtime::new(RuntimeConfig::default());
    rt.set_output(Box::new(cloaca_core::vm::StdoutSink));
    for name in ["sleep", "now", "say", "ask"] {
        rt.register(name);
    }
    rt
}

fn read_answers(path: &Option<PathBuf>) -> Result<Vec<String>, String> {
    match path {
        None => Ok(vec![]),
        Some(p) => std::fs::read_to_string(p)
            .map(|s| s.lines().map(|l| l.trim().to_string()).collect())
            .map_err(|e| format!("can't read answers file '{}': {e}", p.display())),
    }
}

fn cmd_run(o: &Opts) -> u8 {
    let source = match std::fs::read(&o.file).map(String::from_utf8) {
        Ok(Ok(s)) => s,
        Ok(Err(_)) => {
            // Same message as `cloaca_core::script::run_file`.
            let out = cloaca_core::script::run_file(&o.file);
            eprint!("{}", out.stderr);
            return 2;
        }
        Err(e) => {
            eprintln!("cloaca: can't open file '{}': {e}", o.file.display());
            return 2;
        }
    };
    let answers = match read_answers(&o.answers) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cloaca: {e}");
            return 2;
        }
    };
    let mut rt = new_runtime();
    let dir = o.file.parent().map(Path::to_path_buf).unwrap_or_default();
    rt.set_module_loader(Box::new(DirLoader(dir)));
    let filename = o.file.display().to_string();
    if let Err(e) = rt.spawn_module("__main__", &filename, &source, HostValue::None) {
        match e {
            RuntimeError::Compile(c) => eprint!("{}", c.render()),
            other => eprintln!("cloaca: {other}"),
        }
        return 2;
    }
    let game = Game::new(answers, o.answers.is_none());
    play(rt, game, o)
}

fn cmd_resume(o: &Opts) -> u8 {
    let blob = match std::fs::read(&o.file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cloaca: can't open save '{}': {e}", o.file.display());
            return 2;
        }
    };
    let mut rt = match Runtime::restore(&blob, RuntimeConfig::default()) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cloaca: can't resume '{}': {e}", o.file.display());
            return 2;
        }
    };
    rt.set_output(Box::new(cloaca_core::vm::StdoutSink));
    let host_file = host_path(&o.file);
    let state: GameState = match std::fs::read(&host_file)
        .map_err(|e| e.to_string())
        .and_then(|b| ciborium::from_reader(&b[..]).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "cloaca: can't read host state '{}' ({e}); in-flight calls will be refused",
                host_file.display()
            );
            GameState::default()
        }
    };
    let mut game = Game::new(vec![], o.answers.is_none());
    game.state = state;
    match read_answers(&o.answers) {
        Ok(a) if o.answers.is_some() => game.state.answers = a.into(),
        Ok(_) => {}
        Err(e) => {
            eprintln!("cloaca: {e}");
            return 2;
        }
    }
    play(rt, game, o)
}

fn host_path(save: &Path) -> PathBuf {
    let mut p = save.as_os_str().to_owned();
    p.push(".host");
    PathBuf::from(p)
}

/// The game loop: one tick per frame until every task has ended (or the save point).
fn play(mut rt: Runtime, mut game: Game, o: &Opts) -> u8 {
    let clock = std::time::Instant::now();
    let t0 = game.state.now;
    let mut status = 0;
    let mut warned = std::collections::HashSet::new();
    loop {
        rt.tick(TICK_BUDGET, &mut game);
        for ev in rt.drain_events() {
            match ev {
                Event::Failed { error, .. } => {
                    eprint!("{}", error.traceback);
                    if !error.traceback.is_empty() && !error.traceback.ends_with('\n') {
                        eprintln!();
                    }
                    // sys.exit(n) / exit(n): the status it asks for, no traceback.
                    status = error.exit_status.map_or(1, |s| s as u8);
                }
                // Once per task: a long computation would otherwise repeat it every few ticks.
                Event::HogWarning {
                    task, script, line, ticks, ..
                } if warned.insert(task) => eprintln!(
                    "cloaca: warning: a task at {script}:{line} has used its whole time slice for {ticks} ticks in a row"
                ),
                _ => {}
            }
        }
        if rt.is_idle() {
            return status;
        }
        if let (Some(at), Some(to)) = (o.save_at_tick, &o.save_to) {
            if rt.tick_count() >= at {
                return match save(&mut rt, &game, to) {
                    Ok(()) => {
                        eprintln!(
                            "cloaca: saved at tick {} to {}",
                            rt.tick_count(),
                            to.display()
                        );
                        status
                    }
                    Err(e) => {
                        eprintln!("cloaca: can't save to '{}': {e}", to.display());
                        2
                    }
                };
            }
        }
        // A frame ends in a sleep only when no script wants the CPU: nothing is drawn here, so a
        // long computation runs tick after tick at full speed (timers still follow the clock).
        let dt = if o.virtual_clock {
            FRAME
        } else {
            if !rt.cut_short() {
                std::thread::sleep(std::time::Duration::from_secs_f64(FRAME));
            }
            (t0 + clock.elapsed().as_secs_f64() - game.state.now).max(0.0)
        };
        game.frame(&mut rt, dt);
        if !rt.has_work() && game.state.timers.is_empty() && game.state.questions.is_empty() {
            eprintln!("RuntimeError: every task is waiting and nothing will wake them: deadlock");
            return 1;
        }
    }
}

fn save(rt: &mut Runtime, game: &Game, to: &Path) -> Result<(), String> {
    let blob = rt.snapshot();
    let mut host = Vec::new();
    ciborium::into_writer(&game.state, &mut host).map_err(|e| e.to_string())?;
    std::fs::write(to, blob).map_err(|e| e.to_string())?;
    std::fs::write(host_path(to), host).map_err(|e| e.to_string())
}

fn cmd_inspect(path: &Path) -> u8 {
    let blob = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cloaca: can't open save '{}': {e}", path.display());
            return 2;
        }
    };
    let header = match cloaca_core::snapshot::read_header(&blob) {
        Ok((h, _)) => h,
        Err(e) => {
            eprintln!("cloaca: {}: {e}", path.display());
            return 2;
        }
    };
    let rt = match Runtime::restore(&blob, RuntimeConfig::default()) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cloaca: {}: {e}", path.display());
            return 2;
        }
    };
    println!("snapshot {} ({} bytes)", path.display(), blob.len());
    println!(
        "  format {}, written by cloaca {}, at tick {}",
        header.format,
        header.runtime_version,
        rt.tick_count()
    );
    println!("modules:");
    for (file, hash) in &header.modules {
        println!("  {file:<30} code hash {hash:016x}");
    }
    let tasks = rt.tasks();
    println!("tasks: {}", tasks.len());
    for t in &tasks {
        let state = match t.state {
            TaskState::Runnable => "runnable".to_string(),
            TaskState::Blocked(tok) => format!("blocked on host call (token {tok})"),
            TaskState::Joining(other) => format!("waiting for task {other}"),
            TaskState::Finished => "finished".to_string(),
        };
        println!("  task {} {} — {state}", t.id, t.name);
        for f in &t.stack {
            println!(
                "      File \"{}\", line {}, in {}",
                f.file, f.line, f.function
            );
        }
    }
    let pending = rt.pending_calls();
    println!("pending host calls: {}", pending.len());
    for p in &pending {
        let args: Vec<String> = p.args.iter().map(|a| a.repr()).collect();
        println!(
            "  token {} (task {}): {}({})",
            p.token,
            p.task,
            p.name,
            args.join(", ")
        );
    }
    let h = rt.heap_stats();
    println!(
        "heap: {} live objects in {} slots, about {} KiB",
        h.live_objects,
        h.slots,
        h.approx_bytes / 1024
    );
    0
}

fn cmd_dis(path: &Path) -> u8 {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cloaca: can't open file '{}': {e}", path.display());
            return 2;
        }
    };
    match cloaca_core::compile_module(&source, &path.display().to_string(), "__main__") {
        Ok(m) => {
            print!("{}", cloaca_core::dis::disassemble(&m));
            0
        }
        Err(e) => {
            eprint!("{}", e.render());
            2
        }
    }
}
