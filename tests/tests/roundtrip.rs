//! Round-trip equivalence, the product's central promise: every script of the golden corpus gives
//! identical stdout, stderr and exit status when the whole runtime is snapshotted and restored into
//! a brand-new `Runtime` (`Runtime::restore`) every N instructions, N small and varied.
//!
//! How a run is cut: the script runs under `Runtime::tick(N, …)`, which stops after at most N
//! instructions (at an instruction boundary, possibly deep inside a call, a generator, a
//! comprehension or a native continuation such as a `sorted(key=…)` in progress). Between two ticks
//! the runtime is saved, dropped, and a new one is restored from the blob, with the output sink
//! and module loader attached again, as a game would after loading a save.
//!
//! The reference is the same script run with the same tick schedule and no snapshots (the tick
//! budget decides where preemption happens, which matters for scripts with several tasks), and
//! that reference must also equal the plain `run_file` output pinned by the golden snapshots.
//!
//! CI budget: a whole-runtime snapshot + restore costs about a millisecond (the prelude's code
//! and objects travel in every blob), so snapshotting literally every N instructions of a
//! 100k-instruction script would take minutes per script. Each script therefore gets:
//!
//! * a per-script pseudo-random N in 1..=50 (seeded by the script's path, so failures
//!   reproduce): the first `DENSE` ticks are all snapshotted — every N instructions through the
//!   module's start-up, class and function definitions and first loop iterations — and after
//!   that the distance between snapshots grows geometrically (×1.25, still in ticks of N
//!   instructions, so every cut lands on an arbitrary instruction boundary), which bounds a
//!   script to about `DENSE` + 4·ln(instructions) snapshots while still cutting long scripts
//!   all the way to their end;
//! * the same again with fixed N = 1 for the first `DENSE` instructions (every single
//!   instruction boundary at the start), and N = 97 (prime, so cuts drift across loop bodies).
//!
//! `CLOACA_ROUNDTRIP_DENSE=<n>` changes `DENSE` (e.g. a long local soak); `CLOACA_CORPUS_FILTER`
//! selects scripts as in the golden tests.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use cloaca_core::host::{HostValue, NoHost};
use cloaca_core::runtime::{Runtime, RuntimeConfig};
use cloaca_core::script::{run_file, run_to_completion, DirLoader, ScriptOutput};
use cloaca_core::vm::OutputSink;
use cloaca_tests::*;

/// Snapshots taken at every tick before the spacing starts to grow.
fn dense() -> u64 {
    std::env::var("CLOACA_ROUNDTRIP_DENSE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40)
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>, Arc<Mutex<String>>);

impl OutputSink for Capture {
    fn write_str(&mut self, s: &str) {
        self.0.lock().unwrap().push_str(s);
    }
    fn write_err(&mut self, s: &str) {
        self.1.lock().unwrap().push_str(s);
    }
}

/// When to cut: every tick of `n` instructions while `dense` lasts, then geometrically sparser.
#[derive(Clone, Copy, Debug)]
struct Schedule {
    n: u64,
    dense: u64,
}

/// Run a corpus script with ticks of `s.n` instructions, snapshotting (if `snapshots`) on the
/// schedule. Returns the output and the number of snapshots taken.
fn run_cut(path: &std::path::Path, s: Schedule, snapshots: bool) -> (ScriptOutput, u64) {
    let source = std::fs::read_to_string(path).expect("corpus scripts are UTF-8");
    let filename = path.display().to_string();
    let dir = path.parent().unwrap().to_path_buf();
    let cap = Capture::default();
    let mut rt = Runtime::new(RuntimeConfig::default());
    rt.set_output(Box::new(cap.clone()));
    rt.set_module_loader(Box::new(DirLoader(dir.clone())));
    rt.spawn_module("__main__", &filename, &source, HostValue::None)
        .expect("compiles");
    let mut ticks = 0u64;
    let mut next_cut = 1u64;
    let mut gap = 1.0f64;
    let mut taken = 0u64;
    let mut out = run_to_completion(&mut rt, &mut NoHost, s.n, |rt| {
        ticks += 1;
        if !snapshots || ticks < next_cut {
            return;
        }
        if ticks >= s.dense {
            gap *= 1.25;
        }
        next_cut = ticks + gap as u64;
        taken += 1;
        let blob = rt.snapshot();
        let mut fresh = Runtime::restore(&blob, RuntimeConfig::default())
            .unwrap_or_else(|e| panic!("restore after tick {ticks}: {e}"));
        fresh.set_output(Box::new(cap.clone()));
        fresh.set_module_loader(Box::new(DirLoader(dir.clone())));
        *rt = fresh; // the old runtime is dropped: nothing survives but the blob
    });
    out.stdout = cap.0.lock().unwrap().clone();
    let mut err = cap.1.lock().unwrap().clone();
    err.push_str(&out.stderr);
    out.stderr = err;
    (out, taken)
}

/// FNV-1a of the path: a stable per-script seed.
fn seed(rel: &str) -> u64 {
    cloaca_core::snapshot::source_hash(rel.as_bytes())
}

#[test]
fn corpus_round_trips_through_snapshots() {
    let started = Instant::now();
    let dense = dense();
    let scripts: Vec<_> = filtered(discover())
        .into_iter()
        .filter(|s| !s.directives.syntax_error)
        .collect();
    let results = parallel_map(&scripts, worker_threads(), |script| {
        let golden = run_file(&script.path);
        let schedules = [
            Schedule {
                n: 1 + seed(&script.rel) % 50,
                dense,
            },
            Schedule { n: 1, dense },
            Schedule { n: 97, dense },
        ];
        let mut problems = Vec::new();
        let mut taken = 0;
        for s in schedules {
            let (reference, _) = run_cut(&script.path, s, false);
            let (cut, k) = run_cut(&script.path, s, true);
            taken += k;
            if reference != golden {
                problems.push(format!(
                    "{}: ticks of {} instructions change the output (no snapshots involved):\n{}",
                    script.rel,
                    s.n,
                    describe(&golden, &reference)
                ));
            }
            if cut != reference {
                problems.push(format!(
                    "{}: snapshot/restore every tick of {} instructions ({k} snapshots) changes \
                     the output:\n{}",
                    script.rel,
                    s.n,
                    describe(&reference, &cut)
                ));
            }
        }
        (problems, taken)
    });
    let mut failures = Vec::new();
    let mut total = 0;
    for (problems, taken) in results {
        total += taken;
        failures.extend(problems);
    }
    println!(
        "round trip: {} scripts, {} snapshot/restore cycles, {} failures, {:.1}s",
        scripts.len(),
        total,
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} round-trip failures",
        failures.len()
    );
}

fn describe(expected: &ScriptOutput, actual: &ScriptOutput) -> String {
    let mut s = String::new();
    if expected.exit_code != actual.exit_code {
        s.push_str(&format!(
            "  exit code {} vs {}\n",
            expected.exit_code, actual.exit_code
        ));
    }
    if expected.stdout != actual.stdout {
        s.push_str(&unified_diff(
            &expected.stdout,
            &actual.stdout,
            "expected stdout",
            "actual stdout",
        ));
    }
    if expected.stderr != actual.stderr {
        s.push_str(&unified_diff(
            &expected.stderr,
            &actual.stderr,
            "expected stderr",
            "actual stderr",
        ));
    }
    s
}
