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
fn host_handles_with_the_same_id_are_equal() {
    let mut rt = rt();
    rt.register("entity");
    rt.spawn_module(
        "m",
        "m.py",
        "a = entity(7)\nb = entity(7)\nc = entity(8)\n\
         print(a == b, a != b, a == c, a is b, len({a, b, c}), {a: 1}[b])\n",
        HostValue::None,
    )
    .unwrap();
    let mut host = HostFns::new();
    host.add("entity", |c| {
        HostReply::Ready(HostValue::Handle(c.arg(0).unwrap().as_i64().unwrap() as u64))
    });
    rt.tick(100_000, &mut host);
    assert_eq!(rt.take_output(), "True False False False 2 1\n");
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

/// Records the tokens the runtime reports as abandoned.
struct CancelLog(Vec<Token>);

impl cloaca_core::host::Host for CancelLog {
    fn call(&mut self, _call: &HostCall) -> HostReply {
        HostReply::Pending
    }
    fn cancelled(&mut self, token: Token) {
        self.0.push(token);
    }
}

#[test]
fn cancelling_a_task_drops_its_queued_completion() {
    let mut rt = rt();
    rt.register("sleep");
    let src = "try:\n    print('woke', sleep(10))\nfinally:\n    print('cleanup')\n";
    let id = rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    let mut host = CancelLog(Vec::new());
    rt.tick(1000, &mut host);
    let token = rt.pending_calls()[0].token;
    rt.complete(token, Ok(HostValue::Int(5))).unwrap();
    assert!(
        rt.complete(token, Ok(HostValue::Int(6))).is_err(),
        "a token completes once"
    );
    rt.cancel(id).unwrap();
    rt.tick(1000, &mut host);
    assert_eq!(
        rt.take_output(),
        "cleanup\n",
        "the completion never arrives"
    );
    assert_eq!(host.0, vec![token]);
    assert!(matches!(rt.drain_events()[..], [Event::Cancelled { task, .. }] if task == id));
    assert!(rt.is_idle());
}

#[test]
fn a_task_cancelled_before_it_ran_leaves_the_run_queue() {
    let mut rt = rt();
    let first = rt
        .spawn_module("a", "a.py", "print('a ran')\n", HostValue::None)
        .unwrap();
    rt.spawn_module("b", "b.py", "print('b ran')\n", HostValue::None)
        .unwrap();
    // Not started yet: the CancelledError ends it at once, while it sits in the queue.
    rt.cancel(first).unwrap();
    assert_eq!(rt.task_state(first), Some(TaskState::Finished));
    assert!(matches!(rt.drain_events()[..], [Event::Cancelled { task, .. }] if task == first));
    // The saved queue names only live tasks, so the snapshot restores.
    let mut rt = Runtime::restore(&rt.snapshot(), RuntimeConfig::default()).unwrap();
    rt.tick(1000, &mut cloaca_core::host::NoHost);
    assert_eq!(rt.take_output(), "b ran\n");
    assert!(rt.is_idle());
}

#[test]
fn tasks_that_end_as_they_are_spawned_leave_the_run_queue() {
    let mut rt = rt();
    // `print` and `len` are natives: spawning them runs (or fails) at once.
    let src = "x = 5\nspawn(print, 'spawned')\nspawn(len)\nprint('main done')\n";
    rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    rt.tick(1000, &mut cloaca_core::host::NoHost);
    assert_eq!(rt.take_output(), "spawned\nmain done\n");
    // From the host: `m.x` is not callable, so the task fails as it starts.
    rt.spawn_function("m", "x", &[], HostValue::None).unwrap();
    let failed = rt
        .drain_events()
        .iter()
        .filter(|e| matches!(e, Event::Failed { .. }))
        .count();
    assert_eq!(failed, 2, "spawn(len) and m.x");
    // The saved queues name live tasks only, so the snapshot restores.
    let mut rt = Runtime::restore(&rt.snapshot(), RuntimeConfig::default()).unwrap();
    rt.tick(1000, &mut cloaca_core::host::NoHost);
    assert!(rt.is_idle());
}

#[test]
fn each_runnable_task_runs_once_per_tick() {
    // Tasks are woken from several places in one tick (a completion, a join, a spawn, a
    // cancellation); each must still get exactly one slice per tick.
    let mut rt = rt();
    rt.register("ping");
    let src = "def child():\n    wait()\n    return 1\n\nh = spawn(child)\nfor i in range(3):\n    print('main', i, ping())\nprint('joined', join(h))\n";
    rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    let spinner = rt
        .spawn_module(
            "s",
            "s.py",
            "i = 0\nwhile True:\n    i += 1\n    print('spin', i)\n    wait()\n",
            HostValue::None,
        )
        .unwrap();
    let mut host = pending_host(&["ping"]);
    let mut ticks = Vec::new();
    for n in 0..6 {
        if let Some(p) = rt.pending_calls().first() {
            rt.complete(p.token, Ok(HostValue::Int(n))).unwrap();
        }
        if n == 4 {
            rt.cancel(spinner).unwrap();
        }
        rt.tick(100_000, &mut host);
        ticks.push(rt.take_output());
    }
    assert_eq!(
        ticks,
        [
            // `child` was queued by the spawn during tick 1, `main` by its completion at the
            // start of the tick; each runs once, in the order it became runnable.
            "spin 1\n",
            "spin 2\nmain 0 1\n",
            "spin 3\nmain 1 2\n",
            "spin 4\nmain 2 3\njoined 1\n",
            // The spinner was cancelled where it stood (in `wait()`).
            "",
            "",
        ]
    );
    assert!(rt.is_idle());
}

#[test]
fn host_fns_serve_the_function_last_added_under_a_name() {
    let mut rt = rt();
    for name in ["f", "g", "missing"] {
        rt.register(name);
    }
    let mut host = HostFns::new();
    host.add("f", |_| HostReply::Ready(HostValue::Int(1)));
    host.add("g", |_| HostReply::Ready(HostValue::Int(2)));
    rt.spawn_module("a", "a.py", "print(f(), g(), f())\n", HostValue::None)
        .unwrap();
    rt.tick(1000, &mut host);
    assert_eq!(rt.take_output(), "1 2 1\n");
    host.add("f", |_| HostReply::Ready(HostValue::Int(3)));
    let src = "print(f(), g())\ntry:\n    missing()\nexcept HostError as e:\n    print(e)\n";
    rt.spawn_module("b", "b.py", src, HostValue::None).unwrap();
    rt.tick(1000, &mut host);
    assert_eq!(rt.take_output(), "3 2\nno host function 'missing'\n");
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
fn a_preempted_hog_is_reported_at_the_line_it_is_running() {
    // The loop's backward jump lands on the loop's first instruction: the line *before* it
    // (`y = 2`) is not where the task is.
    let mut rt = Runtime::new(RuntimeConfig {
        slice: 100,
        hog_ticks: 2,
        ..Default::default()
    });
    rt.spawn_module(
        "spin",
        "spin.py",
        "def f():\n  y = 2\n  while True:\n    pass\nf()\n",
        HostValue::None,
    )
    .unwrap();
    let mut host = HostFns::new();
    let mut lines = vec![];
    for _ in 0..4 {
        rt.tick(1000, &mut host);
        lines.extend(rt.drain_events().into_iter().filter_map(|e| match e {
            Event::HogWarning { line, .. } => Some(line),
            _ => None,
        }));
    }
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines.iter().all(|l| *l == 3 || *l == 4), "{lines:?}");
    // A task parked in a call still reports the line of the call.
    let t = &rt.tasks()[0];
    assert_eq!(t.stack[0].line, 5);
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

/// Scripts where `ask(x)` is called from every awkward place. Under CPython `ask` is a plain
/// function returning `x`; under Cloaca it parks the task (the host completes it on the next
/// tick) and, in the second run, the runtime is also saved and restored at every park.
const PARK_EVERYWHERE: &str = r#"
def nested(x):
    def inner(y):
        return ask(y) + 1
    return inner(x) * 2

class Thing:
    def __init__(self, v):
        self.v = ask(v)
    def method(self):
        return ask(self.v + 100)
    def __eq__(self, other):
        return ask(isinstance(other, Thing) and self.v == other.v)
    def __hash__(self):
        return ask(hash(self.v))
    def __str__(self):
        return "Thing(" + str(ask(self.v)) + ")"

class Res:
    def __enter__(self):
        print("enter", ask("e"))
        return self
    def __exit__(self, *a):
        print("exit", ask("x"))
        return False

def gen(n):
    for i in range(n):
        yield ask(i)

print("nested", nested(3))
t = Thing(5)
print("init+method", t.v, t.method())
print("listcomp", [ask(i) for i in range(3)])
print("dictcomp", {ask(k): k for k in "ab"})
print("generator", list(gen(3)), sum(ask(i) for i in range(4)))
try:
    print("try", ask(1))
finally:
    print("finally", ask(2))
with Res():
    print("with body", ask("b"))
print("sorted key", sorted([3, 1, 2], key=lambda v: ask(-v)))
print("min key", min(["bb", "a", "ccc"], key=lambda s: ask(len(s))))
print("map", list(map(lambda v: ask(v * 10), [1, 2])))
print("filter", list(filter(lambda v: ask(v % 2), range(5))))
d = {Thing(1): "one", Thing(2): "two"}
print("dict lookup", d[Thing(2)], Thing(1) in d)
print("str in print", Thing(9))
print("fstring", f"{Thing(8)}")
"#;

/// More places a host call can park: user iterators driving native loops (`sum`, `list`,
/// `dict(zip(…))`, `str.join`), `__len__`/`__contains__`/`__getitem__`/`__bool__`/`__repr__`,
/// properties, `super().__init__`, decorators, `yield from` with a return value, `except`
/// handlers, `any`/`all` over generators, `spawn`/`join`, closures, `list.sort(key=)`.
const PARK_MORE: &str = r#"
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return BagIter(self.items)
    def __len__(self):
        return ask(len(self.items))
    def __contains__(self, x):
        return ask(x in self.items)
    def __getitem__(self, i):
        return ask(self.items[i])
    def __bool__(self):
        return ask(len(self.items) > 0)
    def __repr__(self):
        return "Bag(" + repr(ask(self.items)) + ")"
    @property
    def first(self):
        return ask(self.items[0])

class BagIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return ask(self.items[self.i - 1])

class Base:
    def __init__(self, x):
        self.x = ask(x)

class Child(Base):
    def __init__(self, x):
        super().__init__(x + 1)
        self.y = ask(x * 2)

def deco(f):
    def wrapper(*a):
        return ask(f(*a))
    return wrapper

@deco
def add(a, b):
    return a + b

def gen2():
    yield ask("g1")
    return ask("ret")

def delegating():
    r = yield from gen2()
    yield ask(r)

def make_counter():
    n = 0
    def bump():
        nonlocal n
        n = ask(n + 1)
        return n
    return bump

b = Bag([3, 1, 2])
print("protocols", [x for x in b], len(b), 2 in b, b[1], bool(b), b.first)
print("repr", repr([b]), f"{b!r}")
print("native loops", sum(Bag([1, 2, 3])), list(Bag("ab")), dict(zip(Bag(["k", "v"]), Bag([1, 2]))), "-".join(Bag(["x", "y"])))
c = Child(5)
print("super", c.x, c.y)
print("decorator", add(2, 3))
print("yield from", list(delegating()))
try:
    raise ValueError(ask("boom"))
except ValueError as e:
    print("except", ask(str(e)))
items = [5, 2, 8]
items.sort(key=lambda v: ask(v % 3))
print("list.sort", items, max([1, 5, 3], key=lambda v: ask(-v)))
print("any/all", any(ask(x) for x in [0, 0, 1]), all(ask(x) for x in [1, 1]))
bump = make_counter()
print("closure", bump(), bump())
print("spawn/join", join(spawn(lambda: ask("child"))))
for i in range(2):
    wait()
    print("loop", i, ask(i))
"#;

/// Run `src` with `ask(x)` going pending (completed with `x` on the next tick). With
/// `cut = Some(n)` every tick is at most `n` instructions and the runtime is snapshotted and
/// restored into a brand-new `Runtime` after every tick — so at every host call *and* every `n`
/// instructions in between.
fn run_parking(src: &str, cut: Option<u64>) -> String {
    let mut rt = rt_with(src);
    let mut host = pending_host(&["ask"]);
    let mut out = String::new();
    for _ in 0..1_000_000 {
        rt.tick(cut.unwrap_or(1_000_000), &mut host);
        out.push_str(&rt.take_output());
        for e in rt.drain_events() {
            if let Event::Failed { error, .. } = e {
                panic!("script failed:\n{}", error.traceback);
            }
        }
        if rt.is_idle() {
            return out;
        }
        if cut.is_some() {
            let blob = rt.snapshot();
            rt = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
            // The restored runtime reissues; a host that kept the call re-attaches it.
            let mut reattach = HostFns::new();
            reattach.on_reissue(|_| HostReply::Pending);
            rt.tick(0, &mut reattach);
        }
        for p in rt.pending_calls() {
            rt.complete(p.token, Ok(p.args[0].clone())).unwrap();
        }
    }
    panic!("did not finish");
}

fn cpython(src: &str) -> String {
    // CPython stand-ins: `ask` answers at once, `spawn` runs the function, `wait` does nothing.
    let prog = format!(
        "def ask(x):\n    return x\ndef spawn(f, *a):\n    return f(*a)\n\
         def join(r):\n    return r\ndef wait():\n    pass\n{src}"
    );
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(&prog)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn host_calls_park_anywhere() {
    for src in [PARK_EVERYWHERE, PARK_MORE] {
        assert_eq!(run_parking(src, None), cpython(src));
    }
}

/// Snapshot + restore into a new runtime at every host call (each tick ends with the task
/// parked) and, with small budgets, every N instructions in between (N varied: 1 covers every
/// instruction boundary of these scripts).
#[test]
fn host_calls_park_anywhere_across_snapshots() {
    for src in [PARK_EVERYWHERE, PARK_MORE] {
        let expected = cpython(src);
        for n in [1_000_000, 1, 7, 23] {
            assert_eq!(run_parking(src, Some(n)), expected, "snapshots every {n}");
        }
    }
}

fn small_blob() -> Vec<u8> {
    let mut rt = rt_with("x = [1, 'two', {'three': 3.0}]\nprint(ask(x))\n");
    rt.tick(1000, &mut pending_host(&["ask"]));
    rt.snapshot()
}

#[test]
fn corrupted_blobs_are_errors_not_panics() {
    use cloaca_core::snapshot::SnapshotError;
    let blob = small_blob();
    assert!(Runtime::restore(&blob, RuntimeConfig::default()).is_ok());
    // Every truncation (stepping through the body to keep the test fast).
    let step = (blob.len() / 2000).max(1);
    for n in (0..blob.len()).step_by(step) {
        assert!(
            Runtime::restore(&blob[..n], RuntimeConfig::default()).is_err(),
            "truncated to {n}"
        );
    }
    // Every single-byte flip.
    for i in 0..blob.len() {
        let mut b = blob.clone();
        b[i] ^= 0x5a;
        assert!(
            Runtime::restore(&b, RuntimeConfig::default()).is_err(),
            "flip at {i}"
        );
    }
    // Random input, with and without the magic.
    let mut seed = 0x1234_5678_9abc_def0u64;
    for len in [0usize, 1, 7, 8, 9, 64, 1000, 100_000] {
        let mut b: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        assert!(Runtime::restore(&b, RuntimeConfig::default()).is_err());
        if len >= 8 {
            b[..8].copy_from_slice(cloaca_core::snapshot::MAGIC);
            assert!(Runtime::restore(&b, RuntimeConfig::default()).is_err());
        }
    }
    let err = Runtime::restore(b"hello world", RuntimeConfig::default())
        .err()
        .unwrap();
    assert_eq!(err, SnapshotError::NotASnapshot);
}

#[test]
fn newer_formats_are_refused_by_name() {
    use cloaca_core::snapshot::{read_header, seal, Header};
    let blob = small_blob();
    let (header, body) = read_header(&blob).unwrap();
    let newer = Header {
        format: header.format + 2,
        ..header.clone()
    };
    let b = seal(&newer, body);
    let err = Runtime::restore(&b, RuntimeConfig::default())
        .err()
        .unwrap();
    assert_eq!(
        err.to_string(),
        format!(
            "snapshot format {} is newer than this runtime's {}",
            header.format + 2,
            header.format
        )
    );
}

#[test]
fn hostile_but_well_checksummed_bodies_are_rejected() {
    use cloaca_core::snapshot::{read_header, seal, Header};
    let blob = small_blob();
    let (header, body) = read_header(&blob).unwrap();
    let mut seed = 99u64;
    let mut rejected = 0;
    for _ in 0..300 {
        let mut body = body.to_vec();
        for _ in 0..3 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let i = (seed >> 33) as usize % body.len();
            body[i] = (seed >> 20) as u8;
        }
        let h = Header {
            body_len: body.len() as u64,
            ..header.clone()
        };
        let b = seal(&h, &body);
        // Must not panic; most are rejected, some damage is harmless (a changed int constant).
        if let Ok(mut rt) = Runtime::restore(&b, RuntimeConfig::default()) {
            let mut host = HostFns::new();
            rt.tick(10_000, &mut host);
        } else {
            rejected += 1;
        }
    }
    assert!(
        rejected > 100,
        "only {rejected} of 300 damaged bodies were rejected"
    );
}

#[test]
fn damaged_scheduler_and_heap_tails_are_errors_not_panics() {
    // The scheduler (tasks, frames, pending calls) and the last heap objects sit at the end of
    // the body and are read by hand-written readers: damage every byte there, with a valid
    // checksum, and make sure each blob is either refused or loads and runs.
    use cloaca_core::snapshot::{read_header, seal, Header};
    let mut rt = rt_with(
        "def npc(i):\n    inv = {'gold': i}\n    return ask('hi', i, mood='calm')\n\
         t = spawn(npc, 1)\nprint(npc(2), join(t))\n",
    );
    rt.tick(1000, &mut pending_host(&["ask"]));
    let blob = rt.snapshot();
    let (header, body) = read_header(&blob).unwrap();
    let from = body.len().saturating_sub(400);
    let mut refused = 0;
    for i in from..body.len() {
        for flip in [0x01u8, 0x10, 0x80, 0xff] {
            let mut body = body.to_vec();
            body[i] ^= flip;
            let h = Header {
                body_len: body.len() as u64,
                ..header.clone()
            };
            match Runtime::restore(&seal(&h, &body), RuntimeConfig::default()) {
                Ok(mut rt) => rt.tick(10_000, &mut pending_host(&["ask"])),
                Err(_) => refused += 1,
            }
        }
    }
    assert!(refused > 400, "only {refused} damaged tails refused");
}

#[test]
fn report_small_snapshot_size() {
    let blob = small_blob();
    let (header, _) = cloaca_core::snapshot::read_header(&blob).unwrap();
    println!(
        "small snapshot: {} bytes; modules {:?}",
        blob.len(),
        header.modules
    );
    assert!(header.modules.iter().any(|(f, _)| f == "m.py"));
}
