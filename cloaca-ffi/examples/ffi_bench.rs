//! `cargo run --release -p cloaca-ffi --example ffi_bench [-- N]`: the cost of a ready host
//! call through the C ABI versus the same host function in pure Rust, same script, same run.
//!
//! The script calls `inc(x)` N times in a loop. Hosts:
//! - rust:        `HostFns` closure returning `HostReply::Ready(Int(n + 1))`;
//! - c-abi typed: an `extern "C"` callback using `cloaca_call_arg_int` + `cloaca_reply_int`;
//! - c-abi cbor:  the callback reads the arguments as CBOR (`cloaca_call_args_cbor`), decodes
//!   the int by hand as a C host would, and answers with CBOR (`cloaca_reply_ready`).
//!
//! The callbacks call the ABI through function pointers hidden behind `black_box`, so the
//! optimizer cannot inline the library into them (as with a real C host across the ABI).
//! Each variant runs once per round, 7 rounds; the best time of each counts.

use cloaca_core::host::{HostFns, HostReply, HostValue};
use cloaca_core::runtime::{Runtime, RuntimeConfig};
use cloaca_ffi::*;
use std::ffi::c_void;
use std::hint::black_box;
use std::ptr::{null, null_mut};
use std::time::Instant;

type ArgInt = unsafe extern "C" fn(*const CloacaCall, usize, *mut i64) -> CloacaStatus;
type ReplyInt = unsafe extern "C" fn(*const CloacaCall, i64) -> CloacaStatus;
type ArgsCbor = unsafe extern "C" fn(*const CloacaCall, *mut *const u8, *mut usize) -> CloacaStatus;
type ReplyReady = unsafe extern "C" fn(*const CloacaCall, *const u8, usize) -> CloacaStatus;

/// The ABI as a C host sees it: opaque function addresses.
struct Abi {
    arg_int: ArgInt,
    reply_int: ReplyInt,
    args_cbor: ArgsCbor,
    reply_ready: ReplyReady,
}

unsafe extern "C" fn inc_typed(ud: *mut c_void, call: *const CloacaCall) {
    let abi = &*(ud as *const Abi);
    let mut n = 0i64;
    (abi.arg_int)(call, 0, &mut n);
    (abi.reply_int)(call, n + 1);
}

/// Read a CBOR array holding one unsigned int, answer n + 1 as CBOR (what a C host with a
/// small hand-written CBOR reader would do).
unsafe extern "C" fn inc_cbor(ud: *mut c_void, call: *const CloacaCall) {
    let abi = &*(ud as *const Abi);
    let (mut p, mut len) = (null(), 0usize);
    (abi.args_cbor)(call, &mut p, &mut len);
    let b = std::slice::from_raw_parts(p, len);
    let n: u64 = match b[1] {
        x @ 0..=23 => x as u64,
        24 => b[2] as u64,
        25 => u16::from_be_bytes([b[2], b[3]]) as u64,
        26 => u32::from_be_bytes([b[2], b[3], b[4], b[5]]) as u64,
        _ => u64::from_be_bytes(b[2..10].try_into().unwrap()),
    } + 1;
    let mut out = [0u8; 9];
    out[0] = 0x1b;
    out[1..].copy_from_slice(&n.to_be_bytes());
    (abi.reply_ready)(call, out.as_ptr(), out.len());
}

fn script(n: u64, body: &str) -> String {
    format!(
        "def main():\n    x = 0\n    for i in range({n}):\n        {body}\n    return x\nmain()\n"
    )
}

fn time_rust(src: &str) -> f64 {
    let mut rt = Runtime::new(RuntimeConfig::default());
    rt.register("inc");
    let mut host = HostFns::new();
    host.add("inc", |c| {
        HostReply::Ready(HostValue::Int(
            c.arg(0).and_then(|v| v.as_i64()).unwrap_or(0) + 1,
        ))
    });
    rt.spawn_module("bench", "bench.py", src, HostValue::None)
        .unwrap();
    let t = Instant::now();
    while !rt.is_idle() {
        rt.tick(u64::MAX, &mut host);
    }
    let e = t.elapsed().as_secs_f64();
    assert!(!rt.drain_events().is_empty());
    e
}

fn time_ffi(src: &str, cb: unsafe extern "C" fn(*mut c_void, *const CloacaCall), abi: &Abi) -> f64 {
    unsafe {
        let mut rt = CloacaRuntime { id: 0 };
        assert_eq!(cloaca_runtime_new(null(), &mut rt), CloacaStatus::Ok);
        let ud = abi as *const Abi as *mut c_void;
        assert_eq!(
            cloaca_register(rt, c"inc".as_ptr(), Some(cb), ud),
            CloacaStatus::Ok
        );
        let src = std::ffi::CString::new(src).unwrap();
        assert_eq!(
            cloaca_compile(rt, c"bench".as_ptr(), null(), src.as_ptr(), null_mut()),
            CloacaStatus::Ok
        );
        let mut task = 0;
        assert_eq!(
            cloaca_spawn_module(rt, c"bench".as_ptr(), null(), 0, &mut task),
            CloacaStatus::Ok
        );
        let t = Instant::now();
        let mut idle = 0;
        while idle == 0 {
            assert_eq!(cloaca_tick(rt, u64::MAX), CloacaStatus::Ok);
            cloaca_is_idle(rt, &mut idle);
        }
        let e = t.elapsed().as_secs_f64();
        let mut ev = std::mem::MaybeUninit::<CloacaEvent>::uninit();
        cloaca_next_event(rt, ev.as_mut_ptr());
        assert_eq!(ev.assume_init().kind, CloacaEventKind::Finished);
        cloaca_runtime_destroy(rt);
        e
    }
}

const ROUNDS: usize = 7;

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let abi = Abi {
        arg_int: black_box(cloaca_call_arg_int as ArgInt),
        reply_int: black_box(cloaca_reply_int as ReplyInt),
        args_cbor: black_box(cloaca_call_args_cbor as ArgsCbor),
        reply_ready: black_box(cloaca_reply_ready as ReplyReady),
    };
    let with_call = script(n, "x = inc(x)");
    let no_call = script(n, "x = x + 1");
    let per = |secs: f64| secs * 1e9 / n as f64;

    // Rounds interleave the variants so that load from other processes hits them alike.
    let mut t = [f64::INFINITY; 4];
    for _ in 0..ROUNDS {
        t[0] = t[0].min(time_rust(&no_call));
        t[1] = t[1].min(time_rust(&with_call));
        t[2] = t[2].min(time_ffi(&with_call, inc_typed, &abi));
        t[3] = t[3].min(time_ffi(&with_call, inc_cbor, &abi));
    }
    let [loop_only, rust, typed, cbor] = t.map(per);

    println!("ffi_bench: {n} ready host calls `x = inc(x)` in a loop, best of {ROUNDS} interleaved rounds, ns per iteration");
    println!("  loop without a call     {loop_only:8.1}");
    println!(
        "  rust host (HostFns)     {rust:8.1}   (host call ≈ {:.1} ns)",
        rust - loop_only
    );
    println!(
        "  C ABI, typed fast path  {typed:8.1}   overhead vs rust {:+.1} ns/call",
        typed - rust
    );
    println!(
        "  C ABI, CBOR in and out  {cbor:8.1}   overhead vs rust {:+.1} ns/call",
        cbor - rust
    );
    let overhead = typed - rust;
    println!(
        "target: C ABI overhead <= 100 ns per call: {}",
        if overhead <= 100.0 { "met" } else { "NOT met" }
    );
}
