//! [`Runtime`]: the embedding API for a game loop — load scripts, spawn tasks, `tick` them under a
//! cooperative round-robin scheduler with time slices, serve host calls, complete tokens, cancel
//! tasks, read events, and save / restore the whole thing (see `snapshot`).
//!
//! ```
//! use cloaca_core::host::{HostFns, HostReply, HostValue};
//! use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
//!
//! let mut rt = Runtime::new(RuntimeConfig::default());
//! rt.register("ask");
//! let task = rt
//!     .spawn_module("quest", "quest.py", "answer = ask('Help?')\nprint('got', answer)\n", HostValue::None)
//!     .unwrap();
//! let mut host = HostFns::new();
//! host.add("ask", |_call| HostReply::Pending); // the dialog box stays open for a while
//! rt.tick(10_000, &mut host);
//! let token = rt.pending_calls()[0].token;
//! rt.complete(token, Ok(HostValue::from("yes"))).unwrap();
//! rt.tick(10_000, &mut host);
//! assert!(matches!(rt.drain_events()[..], [Event::Finished { task: t, .. }] if t == task));
//! assert_eq!(rt.take_output(), "got yes\n");
//! ```

use crate::frame::Cont;
use crate::host::{Host, HostCall, HostReply, HostValue, TaskId, Token};
use crate::object::{Obj, Outcome, TaskHandle};
use crate::sched::{PendingCall, Sched, TaskEntry, Wait};
use crate::value::{ObjId, Value};
use crate::vm::exc::{ExcType, PyErr};
use crate::vm::exec::{Exit, Park};
use crate::vm::{ModuleLoader, OutputSink, Task, Vm, VmConfig};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Limits and scheduling knobs.
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// // Short slices: a script is preempted after 1,000 instructions; warn after 5 hogging ticks.
/// let config = RuntimeConfig { slice: 1_000, hog_ticks: 5, ..RuntimeConfig::default() };
/// let rt = Runtime::new(config);
/// assert!(rt.is_idle());
/// ```
#[derive(Clone, Debug)]
pub struct RuntimeConfig {
    /// Interpreter limits (recursion depth, heap size).
    pub vm: VmConfig,
    /// Instructions a task may run before it is preempted (goes to the back of the run queue).
    pub slice: u64,
    /// A task that uses whole slices in this many consecutive ticks without blocking produces an
    /// [`Event::HogWarning`] (and again every as many ticks while it keeps hogging).
    pub hog_ticks: u32,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            vm: VmConfig::default(),
            slice: 10_000,
            hog_ticks: 10,
        }
    }
}

/// An uncaught exception, as the host sees it.
///
/// ```
/// use cloaca_core::host::{HostValue, NoHost};
/// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.spawn_module("m", "m.py", "def f():\n    return 1 / 0\nf()\n", HostValue::None).unwrap();
/// rt.tick(10_000, &mut NoHost);
/// let Event::Failed { error, .. } = &rt.drain_events()[0] else { panic!() };
/// assert_eq!(error.kind, "ZeroDivisionError");
/// assert_eq!(error.message, "division by zero");
/// assert!(error.traceback.starts_with("Traceback (most recent call last):"));
/// assert!(error.traceback.contains("line 2, in f"));
/// assert_eq!(error.exit_status, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// The exception's class name, e.g. `ZeroDivisionError`.
    pub kind: String,
    /// `str(exc)`.
    pub message: String,
    /// The full CPython-format traceback, ending with `kind: message`. For `SystemExit`: only
    /// the text CPython prints (`sys.exit("msg")`), often empty.
    pub traceback: String,
    /// For an uncaught `SystemExit`: the process exit status it asks for (CPython prints no
    /// traceback for it).
    pub exit_status: Option<i32>,
}

/// Something the host should know about; read with [`Runtime::drain_events`].
///
/// A frame's event loop:
///
/// ```
/// use cloaca_core::host::{HostValue, NoHost};
/// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.spawn_module("a", "a.py", "x = 6 * 7\n", HostValue::from("quest 1")).unwrap();
/// rt.spawn_module("b", "b.py", "raise KeyError('door')\n", HostValue::None).unwrap();
/// rt.tick(10_000, &mut NoHost);
/// for ev in rt.drain_events() {
///     match ev {
///         Event::Finished { meta, .. } => assert_eq!(meta, HostValue::from("quest 1")),
///         Event::Failed { error, .. } => assert_eq!(error.kind, "KeyError"),
///         Event::Cancelled { .. } | Event::HogWarning { .. } | Event::UnknownToken { .. } => {}
///     }
/// }
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The task returned. `value` is its return value (values with no host mapping arrive as
    /// their `repr` string).
    Finished {
        task: TaskId,
        meta: HostValue,
        value: HostValue,
    },
    /// An exception escaped the task.
    Failed {
        task: TaskId,
        meta: HostValue,
        error: ScriptError,
    },
    /// The task was cancelled (and ran its `finally` blocks).
    Cancelled { task: TaskId, meta: HostValue },
    /// The task has used whole slices for `ticks` consecutive ticks without blocking.
    HogWarning {
        task: TaskId,
        meta: HostValue,
        script: String,
        line: u32,
        ticks: u32,
    },
    /// A completion arrived (through a [`Completer`]) for a token nobody waits on.
    UnknownToken { token: Token },
}

/// The state of a task, for [`Runtime::task_state`].
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig, TaskState};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("sleep");
/// let t = rt.spawn_module("m", "m.py", "sleep(1.0)\n", HostValue::None).unwrap();
/// assert_eq!(rt.task_state(t), Some(TaskState::Runnable));
/// let mut host = HostFns::new();
/// host.add("sleep", |_| HostReply::Pending);
/// rt.tick(10_000, &mut host);
/// let token = rt.pending_calls()[0].token;
/// assert_eq!(rt.task_state(t), Some(TaskState::Blocked(token)));
/// rt.complete(token, Ok(HostValue::None)).unwrap();
/// rt.tick(10_000, &mut host);
/// assert_eq!(rt.task_state(t), Some(TaskState::Finished));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Runnable,
    /// Parked on a host call.
    Blocked(Token),
    /// Parked in `join`, waiting for that task.
    Joining(TaskId),
    /// Finished, failed or cancelled (reported by an event; the runtime forgot it).
    Finished,
}

/// One frame of a task's stack, innermost last.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("say");
/// rt.spawn_module("npc", "npc.py", "def talk():\n    say('hi')\ntalk()\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("say", |_| HostReply::Pending);
/// rt.tick(10_000, &mut host);
/// let stack = &rt.tasks()[0].stack;
/// assert_eq!((stack[0].function.as_str(), stack[0].line), ("<module>", 3));
/// assert_eq!((stack[1].file.as_str(), stack[1].line, stack[1].function.as_str()), ("npc.py", 2, "talk"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// The script's file name as given to `spawn_module` (or the module loader).
    pub file: String,
    /// 1-based line being executed (for a parked frame: the line of the call).
    pub line: u32,
    /// `<module>` or the function's name.
    pub function: String,
}

/// A task as [`Runtime::tasks`] reports it.
///
/// ```
/// use cloaca_core::host::{HostValue, NoHost};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig, TaskState};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// let id = rt.spawn_module("clock", "clock.py", "while True:\n    wait()\n", HostValue::Int(7)).unwrap();
/// rt.tick(10_000, &mut NoHost);
/// let info = &rt.tasks()[0];
/// assert_eq!((info.id, info.name.as_str(), &info.meta), (id, "clock", &HostValue::Int(7)));
/// assert_eq!(info.state, TaskState::Runnable);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct TaskInfo {
    pub id: TaskId,
    /// The module or `module.function` it started from (for `spawn`ed tasks: the function's
    /// qualified name).
    pub name: String,
    /// Whatever the host attached at spawn time (inherited by `spawn`ed tasks).
    pub meta: HostValue,
    pub state: TaskState,
    /// The task's frames, outermost first.
    pub stack: Vec<FrameInfo>,
}

/// A host call still waiting for its completion.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("walk_to");
/// let t = rt.spawn_module("m", "m.py", "walk_to('door', 3)\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("walk_to", |_| HostReply::Pending);
/// rt.tick(10_000, &mut host);
/// let p = &rt.pending_calls()[0];
/// assert_eq!((p.task, p.name.as_str()), (t, "walk_to"));
/// assert_eq!(p.args, vec![HostValue::from("door"), HostValue::Int(3)]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct PendingInfo {
    pub token: Token,
    /// The task blocked on it.
    pub task: TaskId,
    /// The host function's registered name.
    pub name: String,
    /// Positional arguments (a value with no host mapping shows as `None`).
    pub args: Vec<HostValue>,
}

/// Errors of the embedding API (script errors are events, not these).
///
/// ```
/// use cloaca_core::host::{HostValue, Token};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig, RuntimeError};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// assert_eq!(rt.complete(Token(99), Ok(HostValue::None)), Err(RuntimeError::UnknownToken(Token(99))));
/// let err = rt.spawn_module("m", "m.py", "def (:\n", HostValue::None).unwrap_err();
/// assert!(matches!(err, RuntimeError::Compile(_)));
/// assert!(err.to_string().contains("SyntaxError"));
/// assert!(matches!(rt.spawn_function("nope", "f", &[], HostValue::None), Err(RuntimeError::NotFound(_))));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    /// No host call is pending under this token (already completed, cancelled, or never issued).
    UnknownToken(Token),
    UnknownTask(TaskId),
    /// `spawn_function`: no such module or function.
    NotFound(String),
    /// A compile error in a module.
    Compile(crate::CompileError),
    /// A value could not be converted.
    Value(String),
}

impl std::fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RuntimeError::UnknownToken(t) => write!(f, "no host call is pending under token {t}"),
            RuntimeError::UnknownTask(t) => write!(f, "no live task {t}"),
            RuntimeError::NotFound(what) => write!(f, "{what} not found"),
            RuntimeError::Compile(e) => write!(f, "{}", e.render().trim_end()),
            RuntimeError::Value(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for RuntimeError {}

/// A host call's completion: the value, or an error message raised as `HostError`.
///
/// ```
/// use cloaca_core::runtime::Completion;
/// use cloaca_core::host::HostValue;
/// let ok: Completion = Ok(HostValue::from("yes"));
/// let failed: Completion = Err("the door is locked".into()); // HostError in the script
/// # let _ = (ok, failed);
/// ```
pub type Completion = Result<HostValue, String>;

/// Completes tokens from any thread; completions apply at the start of the next tick.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("load_texture");
/// rt.spawn_module("m", "m.py", "print(load_texture('a.png'))\n", HostValue::None).unwrap();
/// let completer = rt.completer();
/// let mut host = HostFns::new();
/// host.add("load_texture", move |call| {
///     let (c, token) = (completer.clone(), call.token);
///     std::thread::spawn(move || c.complete(token, Ok(HostValue::Handle(17)))).join().unwrap();
///     HostReply::Pending
/// });
/// rt.tick(10_000, &mut host); // parks; the worker thread completes the token
/// rt.tick(10_000, &mut host); // the completion applies and the script resumes
/// assert_eq!(rt.take_output(), "<HostHandle 17>\n");
/// ```
#[derive(Clone, Default)]
pub struct Completer {
    inner: Arc<CompleterQueue>,
}

#[derive(Default)]
struct CompleterQueue {
    queue: Mutex<Vec<(Token, Completion)>>,
    /// Set (after the push) when `queue` may be non-empty: a tick with nothing queued from other
    /// threads skips the lock.
    nonempty: AtomicBool,
}

impl Completer {
    /// See [`Completer`] for a full example; a completion for a token nobody waits on is reported as
    /// [`Event::UnknownToken`]:
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost, Token};
    /// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.completer().complete(Token(5), Ok(HostValue::None));
    /// rt.tick(1_000, &mut NoHost);
    /// assert_eq!(rt.drain_events(), vec![Event::UnknownToken { token: Token(5) }]);
    /// ```
    pub fn complete(&self, token: Token, result: Completion) {
        if let Ok(mut q) = self.inner.queue.lock() {
            q.push((token, result));
            self.inner.nonempty.store(true, Ordering::Release);
        }
    }
}

/// Sources the host made importable with [`Runtime::add_source`], then the host's own loader.
#[derive(Default)]
struct Sources {
    map: HashMap<String, (String, String)>,
    fallback: Option<Box<dyn ModuleLoader>>,
}

struct SharedSources(Arc<Mutex<Sources>>);

impl ModuleLoader for SharedSources {
    fn load(&mut self, name: &str) -> Option<(String, String)> {
        let mut s = self.0.lock().ok()?;
        if let Some(found) = s.map.get(name) {
            return Some(found.clone());
        }
        s.fallback.as_mut()?.load(name)
    }
}

/// `print` output collected in memory until [`Runtime::take_output`].
#[derive(Clone, Default)]
struct SharedBuffer(Arc<Mutex<String>>);

impl OutputSink for SharedBuffer {
    fn write_str(&mut self, s: &str) {
        if let Ok(mut b) = self.0.lock() {
            b.push_str(s);
        }
    }
}

/// The runtime: one VM (heap, code, modules) plus the scheduler.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("ask");
/// rt.spawn_module("npc", "npc.py", "print('answer:', ask('Ready?'))\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("ask", |_| HostReply::Pending);
/// rt.tick(10_000, &mut host);                  // the script parks in ask()
/// let blob = rt.snapshot();                    // save the game...
/// let mut rt = Runtime::restore(&blob, RuntimeConfig::default()).unwrap(); // ...load it
/// host.on_reissue(|_| HostReply::Pending);     // the dialog box is still open
/// rt.tick(10_000, &mut host);
/// let token = rt.pending_calls()[0].token;
/// rt.complete(token, Ok(HostValue::from("yes"))).unwrap();
/// rt.tick(10_000, &mut host);
/// assert_eq!(rt.take_output(), "answer: yes\n");
/// ```
pub struct Runtime {
    pub(crate) vm: Vm,
    pub(crate) sched: Sched,
    pub(crate) config: RuntimeConfig,
    events: Vec<Event>,
    completer: Completer,
    /// Direct completions (from [`Runtime::complete`]) with the task each wakes, applied at the
    /// next tick. Their calls have left `sched.pending` already, so a second `complete` of the same
    /// token is refused by the same lookup that accepts the first.
    completions: Vec<(Token, TaskId, Delivery)>,
    /// Tokens of cancelled tasks, reported to the host at the next tick.
    abandoned: Vec<Token>,
    /// Pending calls restored from a snapshot that the host has not reissued yet.
    pub(crate) needs_reissue: Vec<Token>,
    /// Reused for every host call (its argument vectors keep their capacity).
    call_buf: HostCall,
    /// The last task name handed out, shared by tasks spawned from the same function.
    last_name: Option<Arc<str>>,
    sources: Arc<Mutex<Sources>>,
    output: SharedBuffer,
    /// Whether the last tick cut a task off (slice or budget) that still wants to run.
    cut_short: bool,
}

/// Run VM code for one task with a panic contained. The VM is written not to panic, and a
/// restored snapshot is validated before it runs; but a bug, or a damaged state that validation
/// did not catch, must not unwind into the game. The task fails with `SystemError` instead and
/// the runtime and its other tasks go on. (Host code the VM calls directly — the output sink,
/// the module loader — is inside; `Host::call`, `reissue` and `cancelled` are not, so a panic
/// there is the host's own and propagates.)
fn contained<T: From<Exit>>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> T) -> T {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    match catch_unwind(AssertUnwindSafe(|| f(vm))) {
        Ok(v) => v,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let err = PyErr::new(
                ExcType::SystemError,
                format!("internal error in the Cloaca VM, the task was stopped: {what}"),
            );
            T::from(Exit::Raised(vm.materialize(err)))
        }
    }
}

/// A direct completion waiting for the next tick.
enum Delivery {
    /// A scalar result, already a script value (it holds no heap object, so it needs no GC root).
    Value(Value),
    /// Anything else, converted when it is applied.
    Host(Completion),
}

impl Delivery {
    /// A scalar becomes its script value now: queuing the host's `Completion` itself copies it
    /// with wide loads right after the host wrote it (a store-forwarding stall), and converting
    /// it later would go through `from_host`'s `PyResult` in memory (another).
    #[inline]
    fn of(result: Completion) -> Delivery {
        match &result {
            Ok(v) => match v.scalar() {
                Some(s) => {
                    // Nothing to drop in a scalar.
                    std::mem::forget(result);
                    Delivery::Value(s)
                }
                None => Delivery::Host(result),
            },
            Err(_) => Delivery::Host(result),
        }
    }
}

/// After a host call: drop the argument values that hold memory (strings, lists) now rather than
/// at the next call; all-scalar arguments stay for `fill_host_call` to update in place.
fn release_host_call_args(call: &mut HostCall) {
    if !call.args.iter().all(|a| a.scalar().is_some()) {
        call.args.clear();
    }
    call.kwargs.clear();
}

/// [`Vm::run`], contained (see [`contained`]).
fn run_contained(vm: &mut Vm, task: &mut Task, budget: &mut u64) -> Exit {
    contained(vm, |vm| vm.run(task, budget))
}

/// [`Vm::resume_parked`], contained (see [`contained`]).
fn resume_contained(
    vm: &mut Vm,
    task: &mut Task,
    cont: Cont,
    r: Result<Value, PyErr>,
) -> Option<Exit> {
    contained(vm, |vm| vm.resume_parked(task, cont, r))
}

impl Runtime {
    /// A fresh runtime. `print` output is collected (see [`Runtime::take_output`]) until
    /// [`Runtime::set_output`] routes it elsewhere.
    ///
    /// ```
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let rt = Runtime::new(RuntimeConfig::default());
    /// assert!(rt.is_idle() && !rt.has_work());
    /// ```
    pub fn new(config: RuntimeConfig) -> Runtime {
        Runtime::with_vm(Vm::new(config.vm.clone()), Sched::default(), config)
    }

    pub(crate) fn with_vm(mut vm: Vm, sched: Sched, config: RuntimeConfig) -> Runtime {
        let output = SharedBuffer::default();
        vm.out = Box::new(output.clone());
        let sources = Arc::new(Mutex::new(Sources::default()));
        vm.loader = Some(Box::new(SharedSources(sources.clone())));
        Runtime {
            vm,
            sched,
            config,
            events: Vec::new(),
            completer: Completer::default(),
            completions: Vec::new(),
            abandoned: Vec::new(),
            needs_reissue: Vec::new(),
            call_buf: HostCall {
                token: Token(0),
                task: TaskId(0),
                name: Arc::from(""),
                args: Vec::new(),
                kwargs: Vec::new(),
            },
            last_name: None,
            sources,
            output,
            cut_short: false,
        }
    }

    /// Send `print` output to `sink` instead of the internal buffer.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// use cloaca_core::vm::OutputSink;
    /// struct Log(std::sync::Arc<std::sync::Mutex<Vec<String>>>);
    /// impl OutputSink for Log {
    ///     fn write_str(&mut self, s: &str) {
    ///         self.0.lock().unwrap().push(s.to_string());
    ///     }
    /// }
    /// let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.set_output(Box::new(Log(lines.clone())));
    /// rt.spawn_module("m", "m.py", "print('to the log')\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert_eq!(lines.lock().unwrap().concat(), "to the log\n");
    /// ```
    pub fn set_output(&mut self, sink: Box<dyn OutputSink>) {
        self.vm.out = sink;
    }

    /// Take the `print` output collected so far (when no sink was set).
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("m", "m.py", "print('a', 1)\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert_eq!(rt.take_output(), "a 1\n");
    /// assert_eq!(rt.take_output(), "");
    /// ```
    pub fn take_output(&mut self) -> String {
        self.output
            .0
            .lock()
            .map(|mut b| std::mem::take(&mut *b))
            .unwrap_or_default()
    }

    /// Make `import name` find this source (scripts' own modules).
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.add_source("lore", "lore.py", "KING = 'Arthur'\n");
    /// rt.spawn_module("m", "m.py", "import lore\nprint(lore.KING)\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert_eq!(rt.take_output(), "Arthur\n");
    /// ```
    pub fn add_source(&mut self, name: &str, filename: &str, source: &str) {
        if let Ok(mut s) = self.sources.lock() {
            s.map
                .insert(name.to_string(), (filename.to_string(), source.to_string()));
        }
    }

    /// Resolve imports that [`Runtime::add_source`] does not know through `loader`.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// use cloaca_core::vm::ModuleLoader;
    /// struct Pak; // e.g. reads scripts out of the game's asset archive
    /// impl ModuleLoader for Pak {
    ///     fn load(&mut self, name: &str) -> Option<(String, String)> {
    ///         (name == "items").then(|| ("pak://items.py".into(), "SWORD = 3\n".into()))
    ///     }
    /// }
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.set_module_loader(Box::new(Pak));
    /// rt.spawn_module("m", "m.py", "from items import SWORD\nprint(SWORD)\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert_eq!(rt.take_output(), "3\n");
    /// ```
    pub fn set_module_loader(&mut self, loader: Box<dyn ModuleLoader>) {
        if let Ok(mut s) = self.sources.lock() {
            s.fallback = Some(loader);
        }
    }

    /// Declare a host function: scripts see `name` as a builtin; calling it produces a
    /// [`HostCall`] for the [`Host`] passed to [`Runtime::tick`].
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("gold");
    /// rt.spawn_module("m", "m.py", "print(gold() + 1)\n", HostValue::None).unwrap();
    /// let mut host = HostFns::new();
    /// host.add("gold", |_| HostReply::Ready(HostValue::Int(41)));
    /// rt.tick(10_000, &mut host);
    /// assert_eq!(rt.take_output(), "42\n");
    /// ```
    pub fn register(&mut self, name: &str) {
        let f = self.vm.heap.alloc(Obj::HostFn(Arc::from(name)));
        self.vm.set_builtin(name, Value::Obj(f));
    }

    /// Compile `source` as module `name` and spawn a task running its top level.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// let id = rt.spawn_module("intro", "intro.py", "print('Once upon a time')\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost); // spawned tasks start on the next tick
    /// assert_eq!(rt.take_output(), "Once upon a time\n");
    /// assert!(matches!(rt.drain_events()[..], [Event::Finished { task, .. }] if task == id));
    /// ```
    pub fn spawn_module(
        &mut self,
        name: &str,
        filename: &str,
        source: &str,
        meta: HostValue,
    ) -> Result<TaskId, RuntimeError> {
        let compiled = crate::compile::compile_module(source, filename, name)
            .map_err(RuntimeError::Compile)?;
        let code = self.vm.load_module_code(compiled);
        let (module, globals) = self.vm.new_module(name);
        self.vm.modules.retain(|(n, _)| n != name);
        self.vm.modules.push((name.to_string(), module));
        let mut task = Task::new();
        let _ = self
            .vm
            .push_module_frame(&mut task, code, globals, 0, Cont::TaskRoot);
        Ok(self.add_task(task, name.to_string(), meta))
    }

    /// Spawn a task calling `module.function(*args)`.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("npcs", "npcs.py", "def greet(name, times):\n    return name * times\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost); // runs the module's top level: defines greet
    /// rt.drain_events();
    /// rt.spawn_function("npcs", "greet", &["ho".into(), HostValue::Int(3)], HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert!(matches!(&rt.drain_events()[..], [Event::Finished { value, .. }] if *value == HostValue::from("hohoho")));
    /// ```
    pub fn spawn_function(
        &mut self,
        module: &str,
        function: &str,
        args: &[HostValue],
        meta: HostValue,
    ) -> Result<TaskId, RuntimeError> {
        let m = self
            .vm
            .find_module(module)
            .ok_or_else(|| RuntimeError::NotFound(format!("module '{module}'")))?;
        let globals = match self.vm.heap.get(m) {
            Obj::Module(m) => m.dict,
            _ => return Err(RuntimeError::NotFound(format!("module '{module}'"))),
        };
        let key = self.vm.intern(function);
        let func = self
            .vm
            .dict_get_str(globals, key)
            .ok_or_else(|| RuntimeError::NotFound(format!("function '{module}.{function}'")))?;
        let mut vals = Vec::with_capacity(args.len());
        for a in args {
            vals.push(
                self.vm
                    .from_host(a)
                    .map_err(|e| RuntimeError::Value(format!("{e:?}")))?,
            );
        }
        let mut task = Task::new();
        let exit = self.start_call(&mut task, func, vals);
        let id = self.add_task(task, format!("{module}.{function}"), meta);
        if let Some(exit) = exit {
            self.after_queued_exit(id, exit);
        }
        Ok(id)
    }

    /// Begin `func(*args)` on an empty task. Returns an exit when the call completed or failed
    /// at once (a native function, a bad argument count).
    fn start_call(&mut self, task: &mut Task, func: Value, args: Vec<Value>) -> Option<Exit> {
        task.stack.push(func);
        let n = args.len();
        task.stack.extend(args);
        contained(&mut self.vm, |vm| {
            match vm.call_value(task, func, n, &[], 0, Cont::TaskRoot) {
                Ok(crate::vm::call::Called::Frame) => None,
                Ok(crate::vm::call::Called::Done) => {
                    Some(Exit::Finished(task.stack.pop().unwrap_or(Value::None)))
                }
                Ok(crate::vm::call::Called::Park(p)) => Some(Exit::Park(p)),
                Err(e) => Some(Exit::Raised(vm.materialize(e))),
            }
        })
    }

    fn add_task(&mut self, task: Task, name: String, meta: HostValue) -> TaskId {
        let id = self.sched.new_task_id();
        let name: Arc<str> = match &self.last_name {
            Some(last) if **last == *name => last.clone(),
            _ => {
                let n: Arc<str> = Arc::from(name);
                self.last_name = Some(n.clone());
                n
            }
        };
        let handle = self.vm.heap.alloc(Obj::TaskHandle(Box::new(TaskHandle {
            id: id.0,
            outcome: Outcome::Running,
        })));
        self.sched.tasks.insert(
            id,
            Box::new(TaskEntry {
                task,
                wait: Wait::Runnable,
                name,
                meta,
                handle,
                cont: None,
                parked: None,
                hog_ticks: 0,
                last_full_tick: 0,
            }),
        );
        self.sched.next_tick.push(id);
        id
    }

    /// A handle for completing tokens from other threads.
    ///
    /// See [`Completer`] for a complete example.
    ///
    /// ```
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let rt = Runtime::new(RuntimeConfig::default());
    /// let completer = rt.completer(); // Clone + Send: hand it to worker threads
    /// std::thread::spawn(move || drop(completer)).join().unwrap();
    /// ```
    pub fn completer(&self) -> Completer {
        self.completer.clone()
    }

    /// Complete a pending host call; the task resumes on the next tick. `Err(message)` raises
    /// `HostError(message)` in the script. The call leaves [`Runtime::pending_calls`] at once
    /// (the task still reports [`TaskState::Blocked`] until the tick applies the result), and a
    /// second completion of the same token is refused.
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("open_door");
    /// let src = "try:\n    open_door()\nexcept HostError as e:\n    print('failed:', e)\n";
    /// rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    /// let mut host = HostFns::new();
    /// host.add("open_door", |_| HostReply::Pending);
    /// rt.tick(10_000, &mut host);
    /// let token = rt.pending_calls()[0].token;
    /// rt.complete(token, Err("locked".into())).unwrap();
    /// assert!(rt.complete(token, Ok(HostValue::None)).is_err(), "only once");
    /// rt.tick(10_000, &mut host);
    /// assert_eq!(rt.take_output(), "failed: locked\n");
    /// ```
    pub fn complete(&mut self, token: Token, result: Completion) -> Result<(), RuntimeError> {
        let Some(p) = self.sched.pending.remove(&token) else {
            return Err(RuntimeError::UnknownToken(token));
        };
        self.completions.push((token, p.task, Delivery::of(result)));
        self.vm.park_pool.recycle_call(p.name, p.args);
        Ok(())
    }

    /// Cancel a task: `CancelledError` is raised where it stands (its `finally` blocks and
    /// `with` exits run on the next tick). A task parked on a host call abandons it (the host
    /// hears about it through [`Host::cancelled`]).
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("sleep");
    /// let src = "try:\n    sleep(60)\nfinally:\n    print('cleanup')\n";
    /// let id = rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
    /// let mut host = HostFns::new();
    /// host.add("sleep", |_| HostReply::Pending);
    /// rt.tick(10_000, &mut host);
    /// rt.cancel(id).unwrap();
    /// rt.tick(10_000, &mut host); // the host's `cancelled(token)` hears about the abandoned sleep
    /// assert_eq!(rt.take_output(), "cleanup\n");
    /// assert!(matches!(rt.drain_events()[..], [Event::Cancelled { task, .. }] if task == id));
    /// ```
    pub fn cancel(&mut self, id: TaskId) -> Result<(), RuntimeError> {
        let entry = self
            .sched
            .tasks
            .get_mut(&id)
            .ok_or(RuntimeError::UnknownTask(id))?;
        match entry.wait {
            Wait::HostCall(token) => {
                if self.sched.pending.remove(&token).is_none() {
                    // Completed, and the completion not applied yet: it is dropped.
                    self.completions.retain(|(t, _, _)| *t != token);
                }
                self.needs_reissue.retain(|t| *t != token);
                self.abandoned.push(token);
            }
            Wait::Join(target) => {
                if let Some(v) = self.sched.joiners.get_mut(&target) {
                    v.retain(|t| *t != id);
                }
            }
            Wait::Runnable => {}
        }
        let queued = entry.wait == Wait::Runnable;
        entry.parked = None;
        // Raising ignores the continuation: the exception unwinds from where the task stands.
        let cont = entry.cont.take().unwrap_or(Cont::Discard);
        let err = PyErr::new(ExcType::CancelledError, "");
        let exit = resume_contained(&mut self.vm, &mut entry.task, cont, Err(err));
        match exit {
            Some(exit) if queued => self.after_queued_exit(id, exit),
            Some(exit) => self.after_exit(id, exit),
            None => self.make_runnable(id),
        }
        Ok(())
    }

    /// Mark a task runnable and queue it for the next tick, unless it is runnable already.
    ///
    /// The queues hold each runnable task exactly once: outside a tick a task is in `run_queue`
    /// or `next_tick` exactly when its `wait` is `Runnable`; inside one, the task running a slice
    /// has left the queue and is put back when the slice ends. So a task is queued exactly when it
    /// stops waiting, and no set of queued tasks is needed.
    fn make_runnable(&mut self, id: TaskId) {
        if let Some(e) = self.sched.tasks.get_mut(&id) {
            if e.wait != Wait::Runnable {
                e.wait = Wait::Runnable;
                self.sched.next_tick.push(id);
            }
        }
    }

    /// Events since the last call, oldest first.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("m", "m.py", "pass\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost);
    /// assert!(matches!(rt.drain_events()[..], [Event::Finished { .. }]));
    /// assert!(rt.drain_events().is_empty());
    /// ```
    pub fn drain_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Live tasks, by id.
    ///
    /// See [`TaskInfo`] and [`FrameInfo`].
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("a", "a.py", "pass\n", HostValue::None).unwrap();
    /// rt.spawn_module("b", "b.py", "pass\n", HostValue::None).unwrap();
    /// let names: Vec<String> = rt.tasks().into_iter().map(|t| t.name).collect();
    /// assert_eq!(names, ["a", "b"]);
    /// ```
    pub fn tasks(&self) -> Vec<TaskInfo> {
        self.sched
            .tasks
            .iter()
            .map(|(id, e)| TaskInfo {
                id: *id,
                name: e.name.to_string(),
                meta: e.meta.clone(),
                state: wait_state(e.wait),
                stack: self.stack_of(&e.task),
            })
            .collect()
    }

    /// The state of task `id` (ids of ended tasks report `Finished`).
    ///
    /// See [`TaskState`].
    ///
    /// ```
    /// use cloaca_core::host::TaskId;
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let rt = Runtime::new(RuntimeConfig::default());
    /// assert_eq!(rt.task_state(TaskId(1)), None, "never spawned");
    /// ```
    pub fn task_state(&self, id: TaskId) -> Option<TaskState> {
        match self.sched.tasks.get(&id) {
            Some(e) => Some(wait_state(e.wait)),
            None if id.0 >= 1 && id.0 <= self.sched.next_task => Some(TaskState::Finished),
            None => None,
        }
    }

    /// Host calls waiting for completion, by token (completed ones leave at once, see
    /// [`Runtime::complete`]).
    ///
    /// See [`PendingInfo`].
    ///
    /// ```
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let rt = Runtime::new(RuntimeConfig::default());
    /// assert!(rt.pending_calls().is_empty());
    /// ```
    pub fn pending_calls(&self) -> Vec<PendingInfo> {
        self.sched
            .pending
            .iter()
            .map(|(token, p)| PendingInfo {
                token: *token,
                task: p.task,
                name: p.name.to_string(),
                args: p
                    .args
                    .iter()
                    .map(|a| self.vm.to_host(*a).unwrap_or(HostValue::None))
                    .collect(),
            })
            .collect()
    }

    /// The tick counter (number of `tick` calls over the runtime's life, across save/load).
    ///
    /// ```
    /// use cloaca_core::host::NoHost;
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.tick(100, &mut NoHost);
    /// rt.tick(100, &mut NoHost);
    /// let rt = Runtime::restore(&rt.snapshot(), RuntimeConfig::default()).unwrap();
    /// assert_eq!(rt.tick_count(), 2);
    /// ```
    pub fn tick_count(&self) -> u64 {
        self.sched.tick
    }

    /// Heap statistics.
    ///
    /// ```
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let rt = Runtime::new(RuntimeConfig::default());
    /// let stats = rt.heap_stats();
    /// assert!(stats.live_objects > 0 && stats.slots >= stats.live_objects);
    /// ```
    pub fn heap_stats(&self) -> crate::heap::HeapStats {
        self.vm.heap.stats()
    }

    /// True when a tick would run something: runnable tasks, or completions waiting to apply.
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("sleep");
    /// rt.spawn_module("m", "m.py", "sleep(1)\n", HostValue::None).unwrap();
    /// assert!(rt.has_work());
    /// let mut host = HostFns::new();
    /// host.add("sleep", |_| HostReply::Pending);
    /// rt.tick(10_000, &mut host);
    /// assert!(!rt.has_work() && !rt.is_idle(), "alive, but only the host can wake it");
    /// ```
    pub fn has_work(&self) -> bool {
        !self.sched.run_queue.is_empty()
            || !self.sched.next_tick.is_empty()
            || !self.completions.is_empty()
            || !self.needs_reissue.is_empty()
            || self
                .completer
                .inner
                .queue
                .lock()
                .map(|q| !q.is_empty())
                .unwrap_or(false)
    }

    /// True when no task is alive.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("m", "m.py", "x = 1\n", HostValue::None).unwrap();
    /// assert!(!rt.is_idle());
    /// rt.tick(10_000, &mut NoHost);
    /// assert!(rt.is_idle());
    /// ```
    pub fn is_idle(&self) -> bool {
        self.sched.tasks.is_empty()
    }

    /// Whether the last [`tick`](Runtime::tick) stopped a task that still had work: its slice
    /// ran out, or the tick's budget did with tasks still in the run queue. (A task that called
    /// `wait()` asked for the next frame and does not count.) A host with spare time this frame
    /// (a tool, a loading screen, a server) can tick again at once instead of waiting for the
    /// next frame.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("busy", "busy.py", "n = 0\nwhile n < 100_000:\n    n += 1\n", HostValue::None).unwrap();
    /// rt.spawn_module("clock", "clock.py", "wait()\nprint('tock')\n", HostValue::None).unwrap();
    /// rt.tick(1_000, &mut NoHost);
    /// assert!(rt.cut_short()); // the busy loop wants more
    /// while rt.cut_short() {
    ///     rt.tick(1_000, &mut NoHost);
    /// }
    /// assert!(rt.is_idle());
    /// assert_eq!(rt.take_output(), "tock\n");
    /// ```
    pub fn cut_short(&self) -> bool {
        self.cut_short
    }

    fn stack_of(&self, task: &Task) -> Vec<FrameInfo> {
        task.frames
            .iter()
            .map(|f| {
                let lc = &self.vm.codes[f.code.0 as usize];
                FrameInfo {
                    file: lc.code.filename.clone(),
                    line: lc.code.line_at((f.ip as usize).saturating_sub(1)),
                    function: lc.code.name.to_string(),
                }
            })
            .collect()
    }

    /// Run runnable tasks round-robin for at most `budget` instructions in total. Completions
    /// queued since the last tick apply first; tasks spawned or woken during this tick run on the
    /// next one. After a restore, the first tick reissues the pending calls.
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("clock", "clock.py", "for i in range(3):\n    print('tick', i)\n    wait()\n", HostValue::None).unwrap();
    /// rt.tick(10_000, &mut NoHost); // wait() gives up the rest of this tick
    /// assert_eq!(rt.take_output(), "tick 0\n");
    /// while !rt.is_idle() {
    ///     rt.tick(10_000, &mut NoHost); // once per frame
    /// }
    /// assert_eq!(rt.take_output(), "tick 1\ntick 2\n");
    /// ```
    pub fn tick(&mut self, budget: u64, host: &mut dyn Host) {
        self.sched.tick += 1;
        for token in std::mem::take(&mut self.abandoned) {
            host.cancelled(token);
        }
        if !self.needs_reissue.is_empty() {
            self.reissue(host);
        }
        self.apply_completions();
        let sched = &mut self.sched;
        for &id in &sched.next_tick {
            sched.run_queue.push_back(id);
        }
        sched.next_tick.clear();
        let mut remaining = budget;
        self.cut_short = false;
        while remaining > 0 {
            let Some(id) = self.sched.run_queue.pop_front() else {
                break;
            };
            let slice = self.config.slice.min(remaining);
            let mut left = slice;
            let outcome = self.run_slice(id, &mut left, host);
            remaining -= slice - left;
            match outcome {
                // The task left the queue for its slice (see `make_runnable`): put it back.
                SliceEnd::Preempted => {
                    self.cut_short = true;
                    self.note_full_slice(id);
                    self.sched.run_queue.push_back(id);
                }
                SliceEnd::Waited => {
                    self.reset_hog(id);
                    self.sched.next_tick.push(id);
                }
                // Parking reset the hog count already.
                SliceEnd::Parked => {}
                SliceEnd::Ended => {}
            }
        }
        // Tasks that did not get to run this tick keep their place (ahead of the ones woken
        // during it). A task is in at most one queue (see `make_runnable`).
        if !self.sched.run_queue.is_empty() {
            self.cut_short = true;
            let mut rest: Vec<TaskId> = self.sched.run_queue.drain(..).collect();
            rest.append(&mut self.sched.next_tick);
            self.sched.next_tick = rest;
        }
        if self.vm.heap.should_collect() {
            self.collect_garbage();
        }
    }

    fn note_full_slice(&mut self, id: TaskId) {
        let tick = self.sched.tick;
        let limit = self.config.hog_ticks.max(1);
        let Some(e) = self.sched.tasks.get_mut(&id) else {
            return;
        };
        if e.last_full_tick == tick {
            return;
        }
        e.hog_ticks = if e.last_full_tick + 1 == tick {
            e.hog_ticks + 1
        } else {
            1
        };
        e.last_full_tick = tick;
        if e.hog_ticks % limit == 0 {
            // A preempted task stopped at an instruction boundary: `ip` is the instruction it
            // runs next, i.e. its current line (`ip - 1` is for frames parked in a call).
            let (script, line) = match e.task.frames.last() {
                Some(f) => {
                    let lc = &self.vm.codes[f.code.0 as usize];
                    (lc.code.filename.clone(), lc.code.line_at(f.ip as usize))
                }
                None => (String::new(), 0),
            };
            let ev = Event::HogWarning {
                task: id,
                meta: e.meta.clone(),
                script,
                line,
                ticks: e.hog_ticks,
            };
            self.events.push(ev);
        }
    }

    fn reset_hog(&mut self, id: TaskId) {
        if let Some(e) = self.sched.tasks.get_mut(&id) {
            e.hog_ticks = 0;
            e.last_full_tick = 0;
        }
    }

    /// Collect garbage now (the scheduler also does it between ticks when the heap grew).
    ///
    /// ```
    /// use cloaca_core::host::{HostValue, NoHost};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.spawn_module("m", "m.py", "for i in range(100):\n    x = [i] * 10\n", HostValue::None).unwrap();
    /// rt.tick(100_000, &mut NoHost);
    /// let freed = rt.collect_garbage();
    /// assert!(freed > 0);
    /// ```
    pub fn collect_garbage(&mut self) -> usize {
        let Runtime { vm, sched, .. } = self;
        vm.collect_garbage(&mut |mark| sched.trace(mark))
    }

    /// Apply queued completions outside a tick (before a snapshot).
    pub(crate) fn apply_completions_now(&mut self) {
        self.apply_completions();
    }

    /// Direct completions first, in order, then those from other threads, in order.
    fn apply_completions(&mut self) {
        if !self.completions.is_empty() {
            let mut batch = std::mem::take(&mut self.completions);
            batch.reverse();
            while let Some((_, task, delivery)) = batch.pop() {
                self.deliver(task, delivery);
            }
            // Keep the buffer's capacity for the next tick's completions.
            std::mem::swap(&mut self.completions, &mut batch);
            debug_assert!(batch.is_empty(), "nothing completes during delivery");
            if batch.capacity() == 0 {
                // The empty `Vec` `take` left: nothing to free, so skip the drop glue.
                std::mem::forget(batch);
            }
        }
        if self.completer.inner.nonempty.load(Ordering::Acquire) {
            let batch = match self.completer.inner.queue.lock() {
                Ok(mut q) => {
                    self.completer
                        .inner
                        .nonempty
                        .store(false, Ordering::Relaxed);
                    std::mem::take(&mut *q)
                }
                Err(_) => Vec::new(),
            };
            for (token, result) in batch {
                let Some(p) = self.sched.pending.remove(&token) else {
                    self.events.push(Event::UnknownToken { token });
                    continue;
                };
                self.vm.park_pool.recycle_call(p.name, p.args);
                self.deliver(p.task, Delivery::of(result));
            }
        }
    }

    /// Deliver a host's completion to the task parked on it.
    fn deliver(&mut self, task: TaskId, delivery: Delivery) {
        let r = match delivery {
            Delivery::Value(v) => return self.resume_value(task, v),
            Delivery::Host(Ok(v)) => self.vm.from_host(&v),
            Delivery::Host(Err(msg)) => Err(PyErr::new(ExcType::HostError, msg)),
        };
        self.resume(task, r);
    }

    /// [`Runtime::resume`] with a value. A plain call's continuation only pushes the value (what
    /// `Vm::deliver` does for `Cont::Push`), so no VM code runs and nothing needs containing.
    #[inline]
    fn resume_value(&mut self, id: TaskId, v: Value) {
        let Some(e) = self.sched.tasks.get_mut(&id) else {
            return;
        };
        if !matches!(e.cont, None | Some(Cont::Push)) {
            return self.resume(id, Ok(v));
        }
        e.cont = None;
        e.task.stack.push(v);
        if e.wait != Wait::Runnable {
            e.wait = Wait::Runnable;
            self.sched.next_tick.push(id);
        }
    }

    /// Deliver a result to a parked task and make it runnable (next tick).
    fn resume(&mut self, id: TaskId, result: Result<Value, PyErr>) {
        let Some(e) = self.sched.tasks.get_mut(&id) else {
            return;
        };
        let cont = e.cont.take().unwrap_or(Cont::Push);
        match resume_contained(&mut self.vm, &mut e.task, cont, result) {
            Some(exit) => self.after_exit(id, exit),
            // `make_runnable`, without looking the task up again.
            None => {
                if e.wait != Wait::Runnable {
                    e.wait = Wait::Runnable;
                    self.sched.next_tick.push(id);
                }
            }
        }
    }

    /// Ask the host to re-attach every call restored from a snapshot.
    fn reissue(&mut self, host: &mut dyn Host) {
        for token in std::mem::take(&mut self.needs_reissue) {
            let Some(p) = self.sched.pending.get(&token) else {
                continue;
            };
            let call = match self.host_call(token, p) {
                Ok(c) => c,
                Err(e) => {
                    let task = p.task;
                    self.sched.pending.remove(&token);
                    self.resume(task, Err(e));
                    continue;
                }
            };
            let reply = host.reissue(&call);
            match reply {
                HostReply::Pending => {}
                HostReply::Ready(v) => {
                    self.sched.pending.remove(&token);
                    let r = self.vm.from_host(&v);
                    self.resume(call.task, r);
                }
                HostReply::Error(msg) => {
                    self.sched.pending.remove(&token);
                    self.resume(call.task, Err(PyErr::new(ExcType::HostError, msg)));
                }
                HostReply::Refused(msg) => {
                    self.sched.pending.remove(&token);
                    self.resume(call.task, Err(PyErr::new(ExcType::ReissueError, msg)));
                }
            }
        }
    }

    fn host_call(&self, token: Token, p: &PendingCall) -> Result<HostCall, PyErr> {
        let mut call = HostCall {
            token,
            task: p.task,
            name: p.name.clone(),
            args: Vec::with_capacity(p.args.len()),
            kwargs: Vec::with_capacity(p.kwargs.len()),
        };
        Self::fill_host_call(&self.vm, &mut call, token, p)?;
        Ok(call)
    }

    /// Fill `call` (reusing its vectors) with the host's view of `p`.
    fn fill_host_call(
        vm: &Vm,
        call: &mut HostCall,
        token: Token,
        p: &PendingCall,
    ) -> Result<(), PyErr> {
        call.token = token;
        call.task = p.task;
        if !Arc::ptr_eq(&call.name, &p.name) {
            call.name = p.name.clone();
        }
        call.kwargs.clear();
        // The previous call's arguments are still here when they were all scalars (see
        // `release_host_call_args`). A scalar of the same kind is updated in place: building a
        // `HostValue` and moving it into the vector stalls on store forwarding (it is written
        // field by field, then copied with wide loads right away), as does a `PyResult`
        // returned through memory.
        call.args.truncate(p.args.len());
        for (i, a) in p.args.iter().enumerate() {
            if let Some(slot) = call.args.get_mut(i) {
                match (slot, *a) {
                    (HostValue::None, Value::None) => {}
                    (HostValue::Bool(x), Value::Bool(b)) => *x = b,
                    (HostValue::Int(x), Value::Int(n)) => *x = n,
                    (HostValue::Float(x), Value::Float(f)) => *x = f,
                    (slot, _) => *slot = vm.to_host(*a)?,
                }
            } else {
                call.args.push(vm.to_host(*a)?);
            }
        }
        for (k, v) in p.kwargs.iter() {
            let name = vm.str_of(*k).unwrap_or("?").to_string();
            call.kwargs.push((name, vm.to_host(*v)?));
        }
        Ok(())
    }

    /// Run one task until its slice ends, it parks, or it ends.
    fn run_slice(&mut self, id: TaskId, budget: &mut u64, host: &mut dyn Host) -> SliceEnd {
        let mut next: Option<Exit> = None;
        loop {
            let exit = match next.take() {
                Some(e) => e,
                None => {
                    let Some(e) = self.sched.tasks.get_mut(&id) else {
                        return SliceEnd::Ended;
                    };
                    if e.wait != Wait::Runnable {
                        // Not runnable after all (cannot happen: see `make_runnable`); it is
                        // queued again when it stops waiting.
                        debug_assert!(false, "task {id} was queued while waiting");
                        return SliceEnd::Ended;
                    }
                    match e.parked.take() {
                        Some(p) => Exit::Park(p),
                        None => run_contained(&mut self.vm, &mut e.task, budget),
                    }
                }
            };
            match exit {
                Exit::Budget | Exit::Gc => {
                    if self.vm.heap.should_collect() {
                        self.collect_garbage();
                    }
                    if *budget == 0 {
                        return SliceEnd::Preempted;
                    }
                }
                Exit::Finished(_) | Exit::Raised(_) => {
                    self.after_exit(id, exit);
                    return SliceEnd::Ended;
                }
                Exit::Park(parked) => {
                    let crate::vm::exec::Parked { park, cont } = self.vm.park_pool.unbox(parked);
                    match park {
                        Park::HostCall { name, args, kwargs } => {
                            let token = self.sched.new_token();
                            let p = PendingCall {
                                task: id,
                                name,
                                args,
                                kwargs,
                            };
                            let call = &mut self.call_buf;
                            // (The reply is matched where the host wrote it: wrapping it in a
                            // `Result` first costs a copy that stalls on store forwarding.)
                            let (reply, failed) =
                                match Self::fill_host_call(&self.vm, call, token, &p) {
                                    Ok(()) => (host.call(call), None),
                                    Err(e) => (HostReply::Pending, Some(e)),
                                };
                            release_host_call_args(call);
                            if let Some(e) = failed {
                                next = self.resume_now(id, cont, Err(e));
                                continue;
                            }
                            let result = match reply {
                                HostReply::Pending => {
                                    let e = self.sched.tasks.get_mut(&id).unwrap();
                                    e.wait = Wait::HostCall(token);
                                    e.cont = Some(cont);
                                    e.hog_ticks = 0;
                                    e.last_full_tick = 0;
                                    // Thousands of scripts may sit parked: give back a stack
                                    // that grew well past what the task holds now.
                                    let stack = &mut e.task.stack;
                                    if stack.capacity() - stack.len() >= 8 {
                                        stack.shrink_to_fit();
                                    }
                                    self.sched.pending.insert(token, p);
                                    return SliceEnd::Parked;
                                }
                                HostReply::Ready(v) => {
                                    let r = self.vm.from_host(&v);
                                    v.discard();
                                    r
                                }
                                HostReply::Error(msg) | HostReply::Refused(msg) => {
                                    Err(PyErr::new(ExcType::HostError, msg))
                                }
                            };
                            self.vm.park_pool.recycle_call(p.name, p.args);
                            next = self.resume_now(id, cont, result);
                        }
                        Park::Wait => {
                            next = self.resume_now(id, cont, Ok(Value::None));
                            if next.is_none() {
                                return SliceEnd::Waited;
                            }
                        }
                        Park::Spawn { func, args } => {
                            let mut task = Task::new();
                            let started = self.start_call(&mut task, func, args);
                            let name = match func {
                                Value::Obj(f) => match self.vm.heap.get(f) {
                                    Obj::Function(f) => f.qualname.to_string(),
                                    _ => self.vm.repr_native(func),
                                },
                                _ => self.vm.repr_native(func),
                            };
                            let meta = self
                                .sched
                                .tasks
                                .get(&id)
                                .map(|e| e.meta.clone())
                                .unwrap_or(HostValue::None);
                            let new = self.add_task(task, name, meta);
                            let handle = self.sched.tasks[&new].handle;
                            if let Some(exit) = started {
                                self.after_queued_exit(new, exit);
                            }
                            next = self.resume_now(id, cont, Ok(Value::Obj(handle)));
                        }
                        Park::Join { handle } => {
                            let (target, outcome) = match self.vm.heap.try_get(handle) {
                                Some(Obj::TaskHandle(h)) => (TaskId(h.id), h.outcome),
                                // `join` checks its argument; only a damaged save gets here.
                                _ => {
                                    let err = PyErr::type_error("join() needs a task handle");
                                    next = self.resume_now(id, cont, Err(err));
                                    continue;
                                }
                            };
                            match outcome {
                                Outcome::Running if target == id => {
                                    let err = PyErr::new(
                                        ExcType::RuntimeError,
                                        "a task cannot join itself",
                                    );
                                    next = self.resume_now(id, cont, Err(err));
                                }
                                Outcome::Running => {
                                    let e = self.sched.tasks.get_mut(&id).unwrap();
                                    e.wait = Wait::Join(target);
                                    e.cont = Some(cont);
                                    e.hog_ticks = 0;
                                    e.last_full_tick = 0;
                                    self.sched.joiners.entry(target).or_default().push(id);
                                    return SliceEnd::Parked;
                                }
                                done => {
                                    let r = outcome_result(done);
                                    next = self.resume_now(id, cont, r);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Deliver a result to the running task at once (ready host call, spawn, finished join).
    fn resume_now(&mut self, id: TaskId, cont: Cont, r: Result<Value, PyErr>) -> Option<Exit> {
        let e = self.sched.tasks.get_mut(&id)?;
        resume_contained(&mut self.vm, &mut e.task, cont, r)
    }

    /// [`Runtime::after_exit`] for a task that sits in a queue (just spawned, or runnable when
    /// cancelled): when it ended, its id leaves the queue too (the queues name live tasks only;
    /// a saved runtime that broke this would not load).
    fn after_queued_exit(&mut self, id: TaskId, exit: Exit) {
        self.after_exit(id, exit);
        if !self.sched.tasks.contains_key(&id) {
            self.sched.run_queue.retain(|t| *t != id);
            self.sched.next_tick.retain(|t| *t != id);
        }
    }

    /// A task stopped: finished, raised, or parked right at a resumption point.
    fn after_exit(&mut self, id: TaskId, exit: Exit) {
        match exit {
            Exit::Finished(v) => self.end_task(id, Outcome::Returned(v)),
            Exit::Raised(exc) => {
                let outcome = if self.vm.exc_matches(exc, ExcType::CancelledError) {
                    Outcome::Cancelled
                } else {
                    Outcome::Raised(Value::Obj(exc))
                };
                self.end_task(id, outcome)
            }
            Exit::Park(p) => {
                // A resumption parked the task again (a continuation called a host function):
                // its next slice serves the request.
                if let Some(e) = self.sched.tasks.get_mut(&id) {
                    e.cont = None;
                    e.parked = Some(p);
                }
                self.make_runnable(id);
            }
            Exit::Budget | Exit::Gc => self.make_runnable(id),
        }
    }

    fn end_task(&mut self, id: TaskId, outcome: Outcome) {
        let Some(e) = self.sched.tasks.remove(&id) else {
            return;
        };
        if let Obj::TaskHandle(h) = self.vm.heap.get_mut(e.handle) {
            h.outcome = outcome;
        }
        let ev = match outcome {
            Outcome::Returned(v) => Event::Finished {
                task: id,
                meta: e.meta,
                value: self
                    .vm
                    .to_host(v)
                    .unwrap_or_else(|_| HostValue::Str(self.vm.repr_native(v))),
            },
            Outcome::Raised(Value::Obj(exc)) => Event::Failed {
                task: id,
                meta: e.meta,
                error: self.script_error(exc),
            },
            Outcome::Raised(_) | Outcome::Running => return,
            Outcome::Cancelled => Event::Cancelled {
                task: id,
                meta: e.meta,
            },
        };
        self.events.push(ev);
        if let Some(waiting) = self.sched.joiners.remove(&id) {
            for j in waiting {
                self.resume(j, outcome_result(outcome));
            }
        }
    }

    fn script_error(&mut self, exc: ObjId) -> ScriptError {
        let cls = self.vm.class_of(Value::Obj(exc));
        if self.vm.exc_matches(exc, ExcType::SystemExit) {
            let (status, text) = self.vm.system_exit_status(exc);
            return ScriptError {
                kind: self.vm.class_name(cls),
                message: self.vm.exc_message(exc),
                traceback: text.map(|t| format!("{t}\n")).unwrap_or_default(),
                exit_status: Some(status),
            };
        }
        ScriptError {
            kind: self.vm.class_name(cls),
            message: self.vm.exc_message(exc),
            traceback: self.vm.format_traceback_full(exc),
            exit_status: None,
        }
    }
}

fn outcome_result(o: Outcome) -> Result<Value, PyErr> {
    match o {
        Outcome::Returned(v) => Ok(v),
        Outcome::Raised(Value::Obj(e)) => Err(PyErr::Obj(e)),
        Outcome::Cancelled => Err(PyErr::new(
            ExcType::CancelledError,
            "the joined task was cancelled",
        )),
        _ => Err(PyErr::new(ExcType::RuntimeError, "task still running")),
    }
}

fn wait_state(w: Wait) -> TaskState {
    match w {
        Wait::Runnable => TaskState::Runnable,
        Wait::HostCall(t) => TaskState::Blocked(t),
        Wait::Join(t) => TaskState::Joining(t),
    }
}

enum SliceEnd {
    /// Used its whole slice; still runnable.
    Preempted,
    /// Called `wait()`: runnable from the next tick.
    Waited,
    /// Blocked on a host call or a join.
    Parked,
    /// Finished, failed or was cancelled.
    Ended,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::NoHost;

    #[test]
    fn a_panic_in_the_vm_stops_only_that_task() {
        let mut rt = Runtime::new(RuntimeConfig::default());
        rt.spawn_module("a", "a.py", "x = 1\nprint('a', x)\n", HostValue::None)
            .unwrap();
        rt.spawn_module("b", "b.py", "print('b')\n", HostValue::None)
            .unwrap();
        // Damage task 1 as no valid program can: an instruction that pops, over an empty
        // value stack (`x = 1` is LoadConst, StoreName: start at the store).
        let e = rt.sched.tasks.get_mut(&TaskId(1)).unwrap();
        e.task.stack.clear();
        e.task.frames[0].ip = 1;
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        rt.tick(10_000, &mut NoHost);
        std::panic::set_hook(quiet);
        let events = rt.drain_events();
        let failed = events.iter().find_map(|e| match e {
            Event::Failed { task, error, .. } => Some((*task, error.clone())),
            _ => None,
        });
        let (task, error) = failed.expect("the damaged task failed");
        assert_eq!(task, TaskId(1));
        assert_eq!(error.kind, "SystemError");
        assert!(error.message.starts_with("internal error in the Cloaca VM"));
        // The other task ran in the same tick.
        assert!(events.iter().any(|e| matches!(
            e,
            Event::Finished {
                task: TaskId(2),
                ..
            }
        )));
        assert_eq!(rt.take_output(), "b\n");
        // The runtime goes on.
        rt.spawn_module("c", "c.py", "print('c')\n", HostValue::None)
            .unwrap();
        rt.tick(10_000, &mut NoHost);
        assert_eq!(rt.take_output(), "c\n");
        assert!(rt.is_idle());
    }

    #[test]
    fn a_panic_in_a_host_function_is_the_hosts() {
        let mut rt = Runtime::new(RuntimeConfig::default());
        rt.register("boom");
        rt.spawn_module("a", "a.py", "boom()\n", HostValue::None)
            .unwrap();
        let mut host = crate::host::HostFns::new();
        host.add("boom", |_| panic!("host bug"));
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let r =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rt.tick(10_000, &mut host)));
        std::panic::set_hook(quiet);
        assert!(r.is_err(), "the host's panic reaches the host");
    }
}
