//! The runtime API end to end: host calls, scheduling, cancellation, snapshots and reissue.

use cloaca_core::host::{HostCall, HostFns, HostReply, HostValue, Token};
use cloaca_core::runtime::{Event, Runtime, RuntimeConfig, TaskState};

fn rt() -> Runtime {
    Runtime::new(RuntimeConfig::default())
}

/// A host whose functions all go pending; the test completes them.
fn pending_host(names: &[&str]) -> HostFns {
    let mut h = HostFns::new();
    for n in names {
        h.add(n, |_| HostReply::Pending);
    }
    h
}

#[test]
fn ready_error_and_pending_replies() {
    let mut rt = rt();
    for n in ["double", "boom", "later"] {
        rt.register(n);
    }
    rt.spawn_module(
        "m",
        "m.py",
        "print(double(21))\ntry:\n    boom()\nexcept HostError as e:\n    print('caught', e)\nprint(later('x'))\n",
        HostValue::None,
    )
    .unwrap();
    let mut host = HostFns::new();
    host.add("double", |c| {
        HostReply::Ready(HostValue::Int(2 * c.arg(0).unwrap().as_i64().unwrap()))
    });
    host.add("boom", |_| HostReply::Error("no power".into()));
    host.add("later", |_| HostReply::Pending);
    rt.tick(100_000, &mut host);
    assert_eq!(rt.take_output(), "42\ncaught no power\n");
    let pending = rt.pending_calls();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].name, "later");
    assert_eq!(pending[0].args, vec![HostValue::from("x")]);
    let task = pending[0].task;
    assert_eq!(
        rt.task_state(task),
        Some(TaskState::Blocked(pending[0].token))
    );
    rt.complete(pending[0].token, Ok(HostValue::from("done")))
        .unwrap();
    assert!(
        rt.complete(pending[0].token, Ok(HostValue::None)).is_err(),
        "double completion"
    );
    assert!(
        rt.complete(Token(999), Ok(HostValue::None)).is_err(),
        "bogus token"
    );
    rt.tick(100_000, &mut host);
    assert_eq!(rt.take_output(), "done\n");
    assert_eq!(rt.task_state(task), Some(TaskState::Finished));
    assert!(matches!(rt.drain_events()[..], [Event::Finished { .. }]));
}

#[test]
fn completions_from_another_thread_apply_next_tick() {
    let mut rt = rt();
    rt.register("fetch");
    rt.spawn_module("m", "m.py", "print(fetch() + 1)\n", HostValue::None)
        .unwrap();
    let mut host = pending_host(&["fetch"]);
    rt.tick(1000, &mut host);
    let token = rt.pending_calls()[0].token;
    let completer = rt.completer();
    std::thread::spawn(move || completer.complete(token, Ok(HostValue::Int(41))))
        .join()
        .unwrap();
    rt.tick(1000, &mut host);
    assert_eq!(rt.take_output(), "42\n");
}

#[test]
fn spawn_join_and_wait_interleave() {
    let mut rt = rt();
    let src = r#"
def worker(name, n):
    for i in range(n):
        print(name, i)
        wait()
    return name * 2

a = spawn(worker, "a", 3)
b = spawn(worker, "b", 2)
print("joined", join(a), join(b))

def bad():
    raise ValueError("nope")

try:
    join(spawn(bad))
except ValueError as e:
    print("re-raised", e)
"#;
    rt.spawn_module("main", "main.py", src, HostValue::None)
        .unwrap();
    let mut host = HostFns::new();
    for _ in 0..20 {
        rt.tick(100_000, &mut host);
    }
    assert_eq!(
        rt.take_output(),
        "a 0\nb 0\na 1\nb 1\na 2\njoined aa bb\nre-raised nope\n"
    );
    let events = rt.drain_events();
    assert_eq!(
        events
            .iter()
            .filter(|e| matches!(e, Event::Finished { .. }))
            .count(),
        3
    );
    assert_eq!(
        events
            .iter()
            .filter(|e| matches!(e, Event::Failed { .. }))
            .count(),
        1
    );
    assert!(rt.is_idle());
}

#[test]
fn cancel_runs_finally_blocks() {
    let mut rt = rt();
    rt.register("sleep");
    let src = "try:\n    print('sleeping')\n    sleep(10)\nfinally:\n    print('cleanup')\n";
    let id = rt
        .spawn_module("m", "m.py", src, HostValue::Int(7))
        .unwrap();
    let mut host = pending_host(&["sleep"]);
    rt.tick(1000, &mut host);
    let token = rt.pending_calls()[0].token;
    rt.cancel(id).unwrap();
    rt.tick(1000, &mut host);
    assert_eq!(rt.take_output(), "sleeping\ncleanup\n");
    assert_eq!(
        rt.drain_events(),
        vec![Event::Cancelled {
            task: id,
            meta: HostValue::Int(7)
        }]
    );
    assert!(
        rt.complete(token, Ok(HostValue::None)).is_err(),
        "the call was abandoned"
    );
    assert!(rt.cancel(id).is_err());
}

#[test]
fn a_busy_loop_is_preempted_and_reported() {
    let mut rt = Runtime::new(RuntimeConfig {
        slice: 1000,
        hog_ticks: 5,
        ..Default::default()
    });
    rt.spawn_module(
        "hog",
        "hog.py",
        "x = 0\nwhile True:\n    x += 1\n",
        HostValue::None,
    )
    .unwrap();
    rt.spawn_module(
        "clock",
        "clock.py",
        "for i in range(3):\n    print('tick', i)\n    wait()\n",
        HostValue::None,
    )
    .unwrap();
    let mut host = HostFns::new();
    let mut warnings = vec![];
    for _ in 0..12 {
        rt.tick(5000, &mut host);
        warnings.extend(rt.drain_events().into_iter().filter_map(|e| match e {
            Event::HogWarning {
                script,
                line,
                ticks,
                ..
            } => Some((script, line, ticks)),
            _ => None,
        }));
    }
    assert_eq!(
        rt.take_output(),
        "tick 0\ntick 1\ntick 2\n",
        "the clock is not starved"
    );
    assert_eq!(
        warnings,
        vec![("hog.py".to_string(), 3, 5), ("hog.py".to_string(), 3, 10)]
    );
}

#[test]
fn snapshot_restore_and_reissue() {
    let src = "n = 0\nwhile n < 3:\n    n += 1\n    print('got', ask('q', n))\n";
    let mut rt = rt();
    rt.register("ask");
    rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    let mut host = pending_host(&["ask"]);
    rt.tick(1000, &mut host);
    let first = rt.pending_calls()[0].clone();
    let blob = rt.snapshot();

    // Re-attached: the host answers later.
    let mut rt2 = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
    let mut host2 = HostFns::new();
    host2.add("ask", |_| HostReply::Pending);
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<HostCall>::new()));
    let s2 = seen.clone();
    host2.on_reissue(move |c| {
        s2.borrow_mut().push(c.clone());
        HostReply::Pending
    });
    rt2.tick(1000, &mut host2);
    assert_eq!(seen.borrow().len(), 1);
    assert_eq!(seen.borrow()[0].token, first.token);
    assert_eq!(
        seen.borrow()[0].args,
        vec![HostValue::from("q"), HostValue::Int(1)]
    );
    rt2.complete(first.token, Ok(HostValue::from("yes")))
        .unwrap();
    rt2.tick(1000, &mut host2);
    let second = rt2.pending_calls()[0].token;
    assert!(
        second.0 > first.token.0,
        "tokens stay unique across save/load"
    );
    assert_eq!(rt2.take_output(), "got yes\n");

    // Refused: ReissueError inside the script, at the call site.
    let src = "try:\n    ask('q')\nexcept ReissueError as e:\n    print('reissue failed:', e)\n";
    let mut rt3 = rt_with(src);
    rt3.tick(1000, &mut pending_host(&["ask"]));
    let blob = rt3.snapshot();
    let mut rt4 = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
    let mut refusing = HostFns::new();
    rt4.tick(1000, &mut refusing);
    rt4.tick(1000, &mut refusing);
    let out = rt4.take_output();
    assert!(
        out.starts_with("reissue failed: the host cannot resume the pending call ask()"),
        "{out}"
    );
}

fn rt_with(src: &str) -> Runtime {
    let mut rt = rt();
    rt.register("ask");
    rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    rt
}
