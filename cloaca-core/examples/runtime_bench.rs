//! Runtime benchmarks with targets (see `bench/README.md`, "Runtime benchmarks"):
//!
//! 1. park/resume round trip: a script calls a host function that goes pending; the host
//!    completes the token before the next tick. The loop runs in a function, like the CPython
//!    generator send/yield ping-pong it is compared with in the same run (`python3` is started
//!    from here); the same loop at module level is printed too.
//! 2. 10,000 NPC scripts parked in a dialog host call, each with 3 locals and a small dict:
//!    snapshot bytes, save time, restore time and resident memory per parked script.
//!
//! Per-script numbers are *marginal*: (cost with 10,000 NPCs − cost with 0 NPCs) / 10,000. The
//! 0-NPC runtime is the same runtime (prelude, builtins, the NPC module) with no tasks; its
//! fixed cost is printed too.
//!
//! ```text
//! cargo run --release -p cloaca-core --example runtime_bench [-- --npcs N --round-trips N]
//! ```

use cloaca_core::host::{HostCall, HostFns, HostReply, HostValue, Token};
use cloaca_core::runtime::{Runtime, RuntimeConfig};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

const NPC_MODULE: &str = r#"
def npc(i):
    name = "guard"
    hp = 100 + i
    inventory = {"gold": i, "potion": 2}
    answer = dialog(name, hp)
    return answer
"#;

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Resident set size in bytes, from /proc/self/statm (Linux).
fn rss_bytes() -> Option<usize> {
    let s = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = s.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64());
        last = Some(r);
    }
    (best, last.unwrap())
}

fn verdict(value: f64, target: f64) -> String {
    let ratio = value / target;
    format!(
        "{:.2}x target {}",
        ratio,
        if ratio <= 1.0 { "ok" } else { "MISSED" }
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let npcs = arg(&args, "--npcs", 10_000);
    let trips = arg(&args, "--round-trips", 1_000_000);
    println!("## Runtime benchmarks\n");
    round_trip(trips);
    parked_npcs(npcs);
}

/// Nanoseconds per park → complete → resume of `src` (which must call `ping` forever).
fn cloaca_round_trip(src: &str, n: usize) -> f64 {
    let mut rt = Runtime::new(RuntimeConfig::default());
    rt.register("ping");
    rt.spawn_module("pingpong", "pingpong.py", src, HostValue::None)
        .unwrap();
    let last = Rc::new(Cell::new(Token(0)));
    let mut host = HostFns::new();
    let l = last.clone();
    host.add("ping", move |c: &HostCall| {
        l.set(c.token);
        HostReply::Pending
    });
    rt.tick(1000, &mut host); // runs to the first ping
    let mut run = |n: usize| {
        let t = Instant::now();
        for i in 0..n {
            rt.complete(last.get(), Ok(HostValue::Int(i as i64)))
                .unwrap();
            rt.tick(1000, &mut host);
        }
        t.elapsed().as_secs_f64() * 1e9 / n as f64
    };
    run(n / 10); // warm up
    (0..3).map(|_| run(n)).fold(f64::INFINITY, f64::min)
}

fn round_trip(n: usize) {
    // The loop in a function, its variable a local: the same shape as CPython's generator below.
    let ns = cloaca_round_trip(
        "def pingpong():\n    x = 0\n    while True:\n        x = ping(x)\n\npingpong()\n",
        n,
    );
    // The same loop at module level, where `x` is a global (a dict store per trip).
    let ns_module = cloaca_round_trip("x = 0\nwhile True:\n    x = ping(x)\n", n);

    let py = format!(
        r#"
import time
def g():
    x = None
    while True:
        x = yield x
best = float("inf")
for _ in range(3):
    gen = g(); next(gen)
    send = gen.send
    t = time.perf_counter()
    for i in range({n}):
        send(i)
    best = min(best, time.perf_counter() - t)
print(best * 1e9 / {n})
"#
    );
    let cpython = std::process::Command::new("python3")
        .arg("-c")
        .arg(&py)
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<f64>().ok());
    println!("### Park/resume round trip ({n} round trips, best of 3)\n");
    println!("| measure | value | target | verdict |");
    println!("|---|---:|---:|---|");
    println!(
        "| Cloaca park → complete → resume (per round trip) | {ns:.0} ns | ≤ 100 ns | {} |",
        verdict(ns, 100.0)
    );
    println!("| the same loop at module level (`x` a global) | {ns_module:.0} ns | | |");
    match cpython {
        Some(py) => println!(
            "| CPython generator send/yield (same run) | {py:.0} ns | | Cloaca/CPython = {:.2} |",
            ns / py
        ),
        None => println!("| CPython generator send/yield | (python3 failed) | | |"),
    }
    println!("| Lua 5.3 + Eris resume/yield (reference, not re-measured) | 84 ns | | |\n");
}

/// A runtime with the NPC module loaded and `n` NPC tasks parked in `dialog`.
fn npc_runtime(n: usize) -> Runtime {
    let mut rt = Runtime::new(RuntimeConfig::default());
    rt.register("dialog");
    rt.spawn_module("npcs", "npcs.py", NPC_MODULE, HostValue::None)
        .unwrap();
    let mut host = HostFns::new();
    host.add("dialog", |_| HostReply::Pending);
    rt.tick(u64::MAX, &mut host);
    for i in 0..n {
        rt.spawn_function("npcs", "npc", &[HostValue::Int(i as i64)], HostValue::None)
            .unwrap();
    }
    rt.tick(u64::MAX, &mut host);
    assert_eq!(rt.pending_calls().len(), n, "every NPC is parked in dialog");
    rt.drain_events();
    rt
}

fn parked_npcs(n: usize) {
    // Memory first, before other big allocations muddy the process's RSS.
    let rss0 = rss_bytes();
    let mut base = npc_runtime(0);
    let rss1 = rss_bytes();
    let mut rt = npc_runtime(n);
    rt.collect_garbage();
    let rss2 = rss_bytes();
    let heap = rt.heap_stats();
    let heap0 = base.heap_stats();

    let (save0, blob0) = best_of(5, || base.snapshot());
    let (save, blob) = best_of(5, || rt.snapshot());
    let (restore0, _) = best_of(5, || {
        Runtime::restore(&blob0, RuntimeConfig::default()).unwrap()
    });
    let (restore, restored) = best_of(5, || {
        Runtime::restore(&blob, RuntimeConfig::default()).unwrap()
    });
    assert_eq!(restored.pending_calls().len(), n);

    let per = |a: f64, b: f64| (a - b) / n as f64;
    let bytes = per(blob.len() as f64, blob0.len() as f64);
    let save_us = per(save, save0) * 1e6;
    let restore_us = per(restore, restore0) * 1e6;
    println!("### {n} NPC scripts parked in a dialog call (3 locals + a small dict each)\n");
    println!(
        "Per-script values are marginal: (runtime with {n} NPCs − the same runtime with 0 NPCs) / {n}. \
         Fixed cost of the 0-NPC runtime: snapshot {} bytes, save {:.2} ms, restore {:.2} ms. \
         Save/restore: best of 5.\n",
        blob0.len(),
        save0 * 1e3,
        restore0 * 1e3
    );
    println!("| measure | value | target | verdict | Lua + Eris |");
    println!("|---|---:|---:|---|---:|");
    println!(
        "| snapshot bytes per script | {bytes:.1} B | ≤ 150 B | {} | 267 B |",
        verdict(bytes, 150.0)
    );
    println!(
        "| save time per script | {save_us:.3} µs | ≤ 1 µs | {} | 1.95 µs |",
        verdict(save_us, 1.0)
    );
    println!(
        "| restore time per script | {restore_us:.3} µs | ≤ 1 µs | {} | |",
        verdict(restore_us, 1.0)
    );
    match (rss0, rss1, rss2) {
        (Some(_), Some(r1), Some(r2)) => {
            let per_task = (r2 as f64 - r1 as f64) / n as f64;
            println!(
                "| resident memory per parked task (RSS delta) | {per_task:.0} B | ≤ 1024 B | {} | |",
                verdict(per_task, 1024.0)
            );
        }
        _ => println!("| resident memory per parked task | (no /proc/self/statm) | ≤ 1024 B | | |"),
    }
    println!(
        "| heap objects per parked task (live objects delta) | {:.1} | | | |",
        (heap.live_objects as f64 - heap0.live_objects as f64) / n as f64
    );
    println!();
    use std::mem::size_of;
    println!(
        "Sizes (bytes): Value {}, heap slot {}, Frame {}, TaskEntry {}, PendingCall {}.\n",
        size_of::<cloaca_core::value::Value>(),
        size_of::<Option<cloaca_core::object::Obj>>(),
        size_of::<cloaca_core::frame::Frame>(),
        size_of::<cloaca_core::sched::TaskEntry>(),
        size_of::<cloaca_core::sched::PendingCall>(),
    );
}
