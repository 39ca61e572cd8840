//! The C ABI driven from Rust exactly as a C host would: handles, host calls, events,
//! completions from other threads, snapshots with reissue, and every misuse the header
//! promises to report.

use cloaca_core::host::HostValue;
use cloaca_ffi::cbor;
use cloaca_ffi::*;
use std::ffi::{c_char, c_void, CStr};
use std::ptr::{null, null_mut};

fn last_error() -> String {
    unsafe { CStr::from_ptr(cloaca_last_error()) }
        .to_string_lossy()
        .into_owned()
}

#[track_caller]
fn ok(s: CloacaStatus) {
    assert_eq!(s, CloacaStatus::Ok, "{}", last_error());
}

fn c(s: &str) -> std::ffi::CString {
    std::ffi::CString::new(s).unwrap()
}

fn new_rt() -> CloacaRuntime {
    let mut rt = CloacaRuntime { id: 0 };
    ok(unsafe { cloaca_runtime_new(null(), &mut rt) });
    rt
}

fn load(rt: CloacaRuntime, name: &str, src: &str) -> u64 {
    let (n, s) = (c(name), c(src));
    ok(unsafe { cloaca_compile(rt, n.as_ptr(), null(), s.as_ptr(), null_mut()) });
    let mut task = 0;
    ok(unsafe { cloaca_spawn_module(rt, n.as_ptr(), null(), 0, &mut task) });
    task
}

fn output(rt: CloacaRuntime) -> String {
    let mut b = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    ok(unsafe { cloaca_take_output(rt, 1, &mut b) });
    let s = unsafe { std::slice::from_raw_parts(b.data, b.len) };
    let s = String::from_utf8(s.to_vec()).unwrap();
    ok(unsafe { cloaca_buffer_free(&mut b) });
    s
}

#[derive(Debug, PartialEq)]
enum Ev {
    Finished(u64, HostValue),
    Failed(u64, String, String),
    Cancelled(u64),
    Hog(u64, String, u32),
    UnknownToken(u64),
}

fn events(rt: CloacaRuntime) -> Vec<Ev> {
    let mut out = vec![];
    loop {
        let mut e = std::mem::MaybeUninit::<CloacaEvent>::uninit();
        ok(unsafe { cloaca_next_event(rt, e.as_mut_ptr()) });
        let e = unsafe { e.assume_init() };
        let s = |p: *const c_char| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string();
        out.push(match e.kind {
            CloacaEventKind::None => return out,
            CloacaEventKind::Finished => {
                let v = unsafe { std::slice::from_raw_parts(e.value, e.value_len) };
                Ev::Finished(e.task, cbor::decode(v).unwrap())
            }
            CloacaEventKind::Failed => Ev::Failed(e.task, s(e.error_kind), s(e.traceback)),
            CloacaEventKind::Cancelled => Ev::Cancelled(e.task),
            CloacaEventKind::HogWarning => Ev::Hog(e.task, s(e.script), e.line),
            CloacaEventKind::UnknownToken => Ev::UnknownToken(e.token),
        });
    }
}

unsafe extern "C" fn double(_: *mut c_void, call: *const CloacaCall) {
    let mut n = 0;
    if cloaca_call_arg_int(call, 0, &mut n) != CloacaStatus::Ok {
        let msg = c(&format!("double: {}", last_error()));
        cloaca_reply_error(call, msg.as_ptr());
        return;
    }
    cloaca_reply_int(call, 2 * n);
}

unsafe extern "C" fn boom(_: *mut c_void, call: *const CloacaCall) {
    cloaca_reply_error(call, c"no power".as_ptr());
}

unsafe extern "C" fn later(user_data: *mut c_void, call: *const CloacaCall) {
    let mut token = 0;
    ok(cloaca_call_token(call, &mut token));
    (*(user_data as *mut Vec<u64>)).push(token);
    ok(cloaca_reply_pending(call));
}

unsafe extern "C" fn echo_cbor(_: *mut c_void, call: *const CloacaCall) {
    let (mut p, mut n) = (null(), 0);
    ok(cloaca_call_args_cbor(call, &mut p, &mut n));
    ok(cloaca_reply_ready(call, p, n));
}

unsafe extern "C" fn silent(_: *mut c_void, _: *const CloacaCall) {}

#[test]
fn host_calls_ready_error_pending() {
    let rt = new_rt();
    let mut tokens: Vec<u64> = vec![];
    unsafe {
        ok(cloaca_register(
            rt,
            c"double".as_ptr(),
            Some(double),
            null_mut(),
        ));
        ok(cloaca_register(
            rt,
            c"boom".as_ptr(),
            Some(boom),
            null_mut(),
        ));
        ok(cloaca_register(
            rt,
            c"echo".as_ptr(),
            Some(echo_cbor),
            null_mut(),
        ));
        ok(cloaca_register(
            rt,
            c"silent".as_ptr(),
            Some(silent),
            null_mut(),
        ));
        ok(cloaca_register(
            rt,
            c"later".as_ptr(),
            Some(later),
            &mut tokens as *mut Vec<u64> as *mut c_void,
        ));
    }
    let src = "\
print(double(21))
try:
    double('x')
except HostError as e:
    print('caught', e)
try:
    boom()
except HostError as e:
    print('caught', e)
try:
    silent()
except HostError as e:
    print('caught', e)
print(echo(1, 'two', [3.5, None], (True, b'\\x00'), {'k': -7}))
x = later('q')
print('later gave', x)
'done'
";
    let task = load(rt, "m", src);
    ok(cloaca_tick(rt, 100_000));
    assert_eq!(
        output(rt),
        "42\ncaught double: argument 0 of double() is str, not an int\ncaught no power\n\
         caught the host function silent() returned without replying\n\
         [1, 'two', [3.5, None], (True, b'\\x00'), {'k': -7}]\n"
    );
    assert_eq!(tokens.len(), 1);
    let mut state = CloacaTaskState::Runnable;
    let mut detail = 0;
    ok(unsafe { cloaca_task_state(rt, task, &mut state, &mut detail) });
    assert_eq!((state, detail), (CloacaTaskState::Blocked, tokens[0]));
    ok(unsafe { cloaca_complete_str(rt, tokens[0], c"yes".as_ptr(), 3) });
    assert_eq!(
        cloaca_complete_none(rt, tokens[0]),
        CloacaStatus::UnknownToken,
        "a token completes once"
    );
    ok(cloaca_tick(rt, 100_000));
    assert_eq!(output(rt), "later gave yes\n");
    assert_eq!(events(rt), vec![Ev::Finished(task, HostValue::None)]);
    ok(cloaca_runtime_destroy(rt));
}

#[test]
fn spawn_function_values_and_failures() {
    let rt = new_rt();
    let src = "\
def add(a, b):
    return a + b

def fail(n):
    return 1 // n
";
    let t0 = load(rt, "lib", src);
    ok(cloaca_tick(rt, 10_000));
    let args = cbor::encode_array(&[HostValue::Int(2), HostValue::Int(40)]);
    let meta = cbor::encode(&HostValue::from("npc-7"));
    let mut t1 = 0;
    ok(unsafe {
        cloaca_spawn_function(
            rt,
            c"lib".as_ptr(),
            c"add".as_ptr(),
            args.as_ptr(),
            args.len(),
            meta.as_ptr(),
            meta.len(),
            &mut t1,
        )
    });
    let args = cbor::encode_array(&[HostValue::Int(0)]);
    let mut t2 = 0;
    ok(unsafe {
        cloaca_spawn_function(
            rt,
            c"lib".as_ptr(),
            c"fail".as_ptr(),
            args.as_ptr(),
            args.len(),
            null(),
            0,
            &mut t2,
        )
    });
    let mut t3 = 0;
    assert_eq!(
        unsafe {
            cloaca_spawn_function(
                rt,
                c"lib".as_ptr(),
                c"nope".as_ptr(),
                null(),
                0,
                null(),
                0,
                &mut t3,
            )
        },
        CloacaStatus::NotFound
    );
    assert!(last_error().contains("lib.nope"), "{}", last_error());
    ok(cloaca_tick(rt, 10_000));
    let evs = events(rt);
    assert_eq!(evs[0], Ev::Finished(t0, HostValue::None));
    assert_eq!(evs[1], Ev::Finished(t1, HostValue::Int(42)));
    match &evs[2] {
        Ev::Failed(t, kind, tb) => {
            assert_eq!((*t, kind.as_str()), (t2, "ZeroDivisionError"));
            assert!(
                tb.starts_with("Traceback (most recent call last):\n"),
                "{tb}"
            );
            assert!(tb.contains("File \"lib.py\", line 5, in fail"), "{tb}");
            assert!(tb.ends_with("ZeroDivisionError: integer division or modulo by zero\n"));
        }
        other => panic!("{other:?}"),
    }
    ok(cloaca_runtime_destroy(rt));
}

#[test]
fn compile_errors_carry_position() {
    let rt = new_rt();
    let mut err = std::mem::MaybeUninit::<CloacaCompileError>::uninit();
    let st = unsafe {
        cloaca_compile(
            rt,
            c"bad".as_ptr(),
            c"bad.py".as_ptr(),
            c"x = 1\nprint((x)\n".as_ptr(),
            err.as_mut_ptr(),
        )
    };
    assert_eq!(st, CloacaStatus::CompileError);
    let err = unsafe { err.assume_init() };
    let s = |p: *const c_char| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string();
    assert_eq!(s(err.kind), "SyntaxError");
    assert_eq!(s(err.filename), "bad.py");
    assert_eq!((err.line, err.column), (2, 6));
    assert!(
        s(err.message).contains("never closed"),
        "{}",
        s(err.message)
    );
    assert!(last_error().contains("File \"bad.py\", line 2"));
    let mut task = 0;
    assert_eq!(
        unsafe { cloaca_spawn_module(rt, c"bad".as_ptr(), null(), 0, &mut task) },
        CloacaStatus::NotFound
    );
    ok(cloaca_runtime_destroy(rt));
}

#[test]
fn complete_from_other_threads_and_cancel() {
    let rt = new_rt();
    let mut tokens: Vec<u64> = vec![];
    unsafe {
        ok(cloaca_register(
            rt,
            c"fetch".as_ptr(),
            Some(later),
            &mut tokens as *mut Vec<u64> as *mut c_void,
        ))
    };
    unsafe extern "C" fn on_cancel(ud: *mut c_void, token: u64) {
        *(ud as *mut u64) = token;
    }
    let mut cancelled_token = 0u64;
    ok(unsafe {
        cloaca_set_cancelled(
            rt,
            Some(on_cancel),
            &mut cancelled_token as *mut u64 as *mut c_void,
        )
    });
    let src = "s = 0\nfor i in range(8):\n    s += fetch(i)\nprint(s)\n";
    let t = load(rt, "m", src);
    for i in 0..8 {
        ok(cloaca_tick(rt, 10_000));
        let token = *tokens.last().unwrap();
        let got = std::thread::spawn(move || cloaca_complete_int(rt, token, i * 10))
            .join()
            .unwrap();
        ok(got);
    }
    ok(cloaca_tick(rt, 10_000));
    assert_eq!(output(rt), "280\n");
    assert_eq!(events(rt), vec![Ev::Finished(t, HostValue::None)]);
    // Cancel a task blocked on a host call: its token is gone.
    let stuck = load(
        rt,
        "n",
        "try:\n    fetch('x')\nfinally:\n    print('cleanup')\n",
    );
    ok(cloaca_tick(rt, 10_000));
    let mut detail = 0;
    let mut state = CloacaTaskState::Runnable;
    ok(unsafe { cloaca_task_state(rt, stuck, &mut state, &mut detail) });
    assert_eq!(state, CloacaTaskState::Blocked);
    ok(cloaca_cancel(rt, stuck));
    assert_eq!(cloaca_complete_none(rt, detail), CloacaStatus::UnknownToken);
    ok(cloaca_tick(rt, 10_000));
    assert_eq!(cancelled_token, detail);
    assert_eq!(output(rt), "cleanup\n");
    assert_eq!(events(rt), vec![Ev::Cancelled(stuck)]);
    assert_eq!(cloaca_cancel(rt, stuck), CloacaStatus::UnknownTask);
    let mut idle = 0;
    ok(unsafe { cloaca_is_idle(rt, &mut idle) });
    assert_eq!(idle, 1);
    ok(cloaca_runtime_destroy(rt));
}

/// Reissue: pending calls in the snapshot are re-attached (token 1), answered (token 2) or
/// refused (the rest).
unsafe extern "C" fn reissue(ud: *mut c_void, call: *const CloacaCall) {
    let seen = &mut *(ud as *mut Vec<(u64, i64)>);
    let (mut token, mut n, mut is_reissue) = (0, 0, 0);
    ok(cloaca_call_token(call, &mut token));
    ok(cloaca_call_arg_int(call, 0, &mut n));
    ok(cloaca_call_is_reissue(call, &mut is_reissue));
    assert_eq!(is_reissue, 1);
    seen.push((token, n));
    match n {
        1 => ok(cloaca_reply_pending(call)),
        2 => ok(cloaca_reply_int(call, 200)),
        _ => ok(cloaca_reply_refuse(call, c"nobody owes this".as_ptr())),
    }
}

#[test]
fn snapshot_restore_reissue() {
    let rt = new_rt();
    let mut tokens: Vec<u64> = vec![];
    unsafe {
        ok(cloaca_register(
            rt,
            c"work".as_ptr(),
            Some(later),
            &mut tokens as *mut Vec<u64> as *mut c_void,
        ))
    };
    let src = "\
def job(n):
    try:
        print('job', n, 'got', work(n))
    except ReissueError as e:
        print('job', n, 'refused:', e)
    return n

for n in (1, 2, 3):
    spawn(job, n)
";
    load(rt, "m", src);
    ok(cloaca_tick(rt, 10_000));
    ok(cloaca_tick(rt, 10_000));
    assert_eq!(tokens.len(), 3);
    let mut snap = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    ok(unsafe { cloaca_snapshot(rt, &mut snap) });
    let blob = unsafe { std::slice::from_raw_parts(snap.data, snap.len) }.to_vec();
    ok(unsafe { cloaca_buffer_free(&mut snap) });
    ok(cloaca_runtime_destroy(rt));

    let mut rt2 = CloacaRuntime { id: 0 };
    ok(unsafe { cloaca_restore(blob.as_ptr(), blob.len(), null(), &mut rt2) });
    let mut new_tokens: Vec<u64> = vec![];
    let mut seen: Vec<(u64, i64)> = vec![];
    unsafe {
        ok(cloaca_register(
            rt2,
            c"work".as_ptr(),
            Some(later),
            &mut new_tokens as *mut Vec<u64> as *mut c_void,
        ));
        ok(cloaca_set_reissue(
            rt2,
            Some(reissue),
            &mut seen as *mut Vec<(u64, i64)> as *mut c_void,
        ));
    }
    // Before the first tick, a restored pending token can already be completed elsewhere;
    // here we complete job 1 only after its reissue re-attached it.
    ok(cloaca_tick(rt2, 10_000));
    seen.sort();
    assert_eq!(
        seen,
        vec![(tokens[0], 1), (tokens[1], 2), (tokens[2], 3)],
        "each pending call reissued once with its token and args"
    );
    assert_eq!(
        cloaca_complete_none(rt2, tokens[1]),
        CloacaStatus::UnknownToken,
        "answered at reissue"
    );
    ok(cloaca_complete_int(rt2, tokens[0], 100));
    for _ in 0..3 {
        ok(cloaca_tick(rt2, 10_000));
    }
    let mut lines: Vec<String> = output(rt2).lines().map(String::from).collect();
    lines.sort();
    assert_eq!(
        lines,
        vec![
            "job 1 got 100",
            "job 2 got 200",
            "job 3 refused: nobody owes this"
        ]
    );
    assert!(new_tokens.is_empty());
    ok(cloaca_runtime_destroy(rt2));
}

static mut SAVED_CALL: *const CloacaCall = null();

unsafe extern "C" fn misbehave(ud: *mut c_void, call: *const CloacaCall) {
    let rt = *(ud as *const CloacaRuntime);
    SAVED_CALL = call;
    // Re-entering the runtime from its own callback is refused, not a deadlock.
    assert_eq!(cloaca_tick(rt, 10), CloacaStatus::Busy);
    assert_eq!(cloaca_runtime_destroy(rt), CloacaStatus::Busy);
    let mut b = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    assert_eq!(cloaca_snapshot(rt, &mut b), CloacaStatus::Busy);
    // Accessor misuse.
    let mut n = 0i64;
    assert_eq!(
        cloaca_call_arg_int(call, 5, &mut n),
        CloacaStatus::TypeMismatch
    );
    assert_eq!(
        cloaca_call_arg_int(call, 0, null_mut()),
        CloacaStatus::NullPointer
    );
    // Completing from inside a callback is allowed (the call goes pending first).
    ok(cloaca_reply_pending(call));
    assert_eq!(cloaca_reply_int(call, 1), CloacaStatus::AlreadyReplied);
    let mut token = 0;
    ok(cloaca_call_token(call, &mut token));
    ok(cloaca_complete_int(rt, token, 7));
}

#[test]
fn misuse_is_reported() {
    // Handles: null, foreign, destroyed, double destroy.
    let null_rt = CloacaRuntime { id: 0 };
    assert_eq!(cloaca_tick(null_rt, 10), CloacaStatus::InvalidHandle);
    assert!(last_error().contains("null"));
    assert_eq!(
        cloaca_tick(
            CloacaRuntime {
                id: 0xdead_beef_0000_0042
            },
            10
        ),
        CloacaStatus::InvalidHandle
    );
    let rt = new_rt();
    ok(cloaca_runtime_destroy(rt));
    assert_eq!(cloaca_runtime_destroy(rt), CloacaStatus::InvalidHandle);
    assert_eq!(cloaca_complete_none(rt, 1), CloacaStatus::InvalidHandle);
    let rt2 = new_rt();
    assert_ne!(rt2, rt, "a new runtime never reuses a destroyed handle");
    assert_eq!(cloaca_tick(rt, 10), CloacaStatus::InvalidHandle);

    // NULL pointers and bad strings.
    unsafe {
        assert_eq!(
            cloaca_runtime_new(null(), null_mut()),
            CloacaStatus::NullPointer
        );
        assert_eq!(
            cloaca_compile(rt2, null(), null(), c"x".as_ptr(), null_mut()),
            CloacaStatus::NullPointer
        );
        assert_eq!(
            cloaca_register(rt2, c"f".as_ptr(), None, null_mut()),
            CloacaStatus::NullPointer
        );
        let bad_utf8 = [0xffu8, 0xfe, 0];
        assert_eq!(
            cloaca_compile(
                rt2,
                bad_utf8.as_ptr() as *const c_char,
                null(),
                c"x".as_ptr(),
                null_mut()
            ),
            CloacaStatus::InvalidArgument
        );
        assert_eq!(
            cloaca_complete(rt2, 1, null(), 5),
            CloacaStatus::NullPointer
        );
    }

    // Tokens: bogus, and malformed CBOR does not consume anything.
    assert_eq!(
        cloaca_complete_int(rt2, 12345, 1),
        CloacaStatus::UnknownToken
    );
    assert_eq!(
        unsafe { cloaca_complete(rt2, 1, [0x9f, 0x01].as_ptr(), 2) },
        CloacaStatus::ValueError
    );

    // Buffers: double free, forged, copy of a freed one.
    let mut b = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    let repr_of = cbor::encode(&HostValue::Tuple(vec![HostValue::Int(1)]));
    ok(unsafe { cloaca_value_repr(repr_of.as_ptr(), repr_of.len(), &mut b) });
    assert_eq!(
        unsafe { CStr::from_ptr(b.data as *const c_char) }
            .to_str()
            .unwrap(),
        "(1,)"
    );
    let copy = b;
    ok(unsafe { cloaca_buffer_free(&mut b) });
    assert_eq!(
        unsafe { cloaca_buffer_free(&mut b) },
        CloacaStatus::InvalidBuffer
    );
    let mut copy2 = copy;
    assert_eq!(
        unsafe { cloaca_buffer_free(&mut copy2) },
        CloacaStatus::InvalidBuffer
    );
    let mut forged = CloacaBuffer {
        data: repr_of.as_ptr(),
        len: 3,
        id: 999_999,
    };
    assert_eq!(
        unsafe { cloaca_buffer_free(&mut forged) },
        CloacaStatus::InvalidBuffer
    );
    assert_eq!(
        unsafe { cloaca_buffer_free(null_mut()) },
        CloacaStatus::NullPointer
    );

    // Snapshots: corrupt, truncated, garbage.
    let mut snap = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    load(rt2, "m", "x = 1\n");
    ok(unsafe { cloaca_snapshot(rt2, &mut snap) });
    let mut blob = unsafe { std::slice::from_raw_parts(snap.data, snap.len) }.to_vec();
    ok(unsafe { cloaca_buffer_free(&mut snap) });
    let mut out = CloacaRuntime { id: 0 };
    let mid = blob.len() / 2;
    blob[mid] ^= 0x40;
    assert_eq!(
        unsafe { cloaca_restore(blob.as_ptr(), blob.len(), null(), &mut out) },
        CloacaStatus::SnapshotError
    );
    assert!(last_error().contains("corrupted"), "{}", last_error());
    assert_eq!(
        unsafe { cloaca_restore(blob.as_ptr(), 100, null(), &mut out) },
        CloacaStatus::SnapshotError
    );
    assert_eq!(
        unsafe { cloaca_restore(b"hello".as_ptr(), 5, null(), &mut out) },
        CloacaStatus::SnapshotError
    );
    assert_eq!(out.id, 0, "out-parameters untouched on error");

    // Calls: re-entrance is BUSY, a stale call pointer is INVALID_CALL.
    let rt3 = new_rt();
    let rt3_box = Box::new(rt3);
    unsafe {
        ok(cloaca_register(
            rt3,
            c"f".as_ptr(),
            Some(misbehave),
            &*rt3_box as *const CloacaRuntime as *mut c_void,
        ))
    };
    load(rt3, "m", "print(f(1))\n");
    ok(cloaca_tick(rt3, 10_000));
    ok(cloaca_tick(rt3, 10_000));
    assert_eq!(output(rt3), "7\n");
    let stale = unsafe { SAVED_CALL };
    assert_eq!(
        unsafe { cloaca_reply_int(stale, 1) },
        CloacaStatus::InvalidCall
    );
    let mut t = 0;
    assert_eq!(
        unsafe { cloaca_call_token(stale, &mut t) },
        CloacaStatus::InvalidCall
    );
    assert_eq!(
        unsafe { cloaca_reply_none(null()) },
        CloacaStatus::NullPointer
    );
    ok(cloaca_runtime_destroy(rt3));
    ok(cloaca_runtime_destroy(rt2));
}

#[test]
fn a_second_thread_gets_busy_not_a_race() {
    let rt = new_rt();
    unsafe extern "C" fn slow(ud: *mut c_void, call: *const CloacaCall) {
        let rt = *(ud as *const CloacaRuntime);
        let other = std::thread::spawn(move || cloaca_tick(rt, 10))
            .join()
            .unwrap();
        assert_eq!(other, CloacaStatus::Busy);
        cloaca_reply_none(call);
    }
    let rt_box = Box::new(rt);
    unsafe {
        ok(cloaca_register(
            rt,
            c"slow".as_ptr(),
            Some(slow),
            &*rt_box as *const CloacaRuntime as *mut c_void,
        ))
    };
    load(rt, "m", "slow()\n");
    ok(cloaca_tick(rt, 10_000));
    ok(cloaca_runtime_destroy(rt));
}

#[test]
fn hog_warnings_and_output_callback() {
    let cfg = CloacaConfig {
        slice: 1000,
        max_heap_bytes: 0,
        hog_ticks: 3,
        recursion_limit: 0,
    };
    let mut rt = CloacaRuntime { id: 0 };
    ok(unsafe { cloaca_runtime_new(&cfg, &mut rt) });
    unsafe extern "C" fn collect(ud: *mut c_void, stream: i32, text: *const c_char, len: usize) {
        let s = std::str::from_utf8(std::slice::from_raw_parts(text as *const u8, len)).unwrap();
        (*(ud as *mut String)).push_str(&format!("{stream}:{s}"));
    }
    let mut text = String::new();
    ok(unsafe { cloaca_set_output(rt, Some(collect), &mut text as *mut String as *mut c_void) });
    let t = load(
        rt,
        "hog",
        "import sys\nprint('hi')\nprint('oops', file=sys.stderr)\nx = 0\nwhile True:\n    x += 1\n",
    );
    for _ in 0..3 {
        ok(cloaca_tick(rt, 1000));
    }
    assert_eq!(text, "1:hi\n2:oops\n");
    assert_eq!(events(rt), vec![Ev::Hog(t, "hog.py".into(), 6)]);
    ok(cloaca_runtime_destroy(rt));
    assert!(unsafe { CStr::from_ptr(cloaca_version()) }
        .to_str()
        .unwrap()
        .starts_with("0."));
    assert_eq!(
        unsafe { CStr::from_ptr(cloaca_status_name(7)) }
            .to_str()
            .unwrap(),
        "CLOACA_STATUS_UNKNOWN_TOKEN"
    );
}

#[test]
fn completing_a_restored_call_before_its_reissue_answers_it() {
    let rt = new_rt();
    let mut tokens: Vec<u64> = vec![];
    unsafe {
        ok(cloaca_register(
            rt,
            c"work".as_ptr(),
            Some(later),
            &mut tokens as *mut Vec<u64> as *mut c_void,
        ))
    };
    load(rt, "m", "print('got', work(1))\n");
    ok(cloaca_tick(rt, 10_000));
    let mut snap = CloacaBuffer {
        data: null(),
        len: 0,
        id: 0,
    };
    ok(unsafe { cloaca_snapshot(rt, &mut snap) });
    let mut rt2 = CloacaRuntime { id: 0 };
    ok(unsafe { cloaca_restore(snap.data, snap.len, null(), &mut rt2) });
    ok(unsafe { cloaca_buffer_free(&mut snap) });
    let mut seen: Vec<(u64, i64)> = vec![];
    ok(unsafe {
        cloaca_set_reissue(
            rt2,
            Some(reissue),
            &mut seen as *mut Vec<(u64, i64)> as *mut c_void,
        )
    });
    // The host's timer fired in the frame the game was loaded: complete before any tick.
    ok(cloaca_complete_int(rt2, tokens[0], 5));
    ok(cloaca_tick(rt2, 10_000));
    ok(cloaca_tick(rt2, 10_000));
    assert!(seen.is_empty(), "no reissue for an answered call: {seen:?}");
    assert_eq!(output(rt2), "got 5\n");
    assert_eq!(events(rt2).len(), 1);
    ok(cloaca_runtime_destroy(rt2));
    ok(cloaca_runtime_destroy(rt));
}
