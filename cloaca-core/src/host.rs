//! The host boundary: the values that cross it ([`HostValue`]), host calls and replies, and the
//! [`Host`] trait a game implements to serve the functions it registered by name.
//!
//! A script calling a registered host function produces a [`HostCall`] with a [`Token`] unique for
//! the runtime's whole life (across save/load). The host answers at once ([`HostReply::Ready`] /
//! [`HostReply::Error`]) or later ([`HostReply::Pending`], then `Runtime::complete`). After a
//! restore the runtime asks the host to [`Host::reissue`] each call that was still pending.
//!
//! Values are converted at the boundary, one documented mapping (also used, as CBOR, by the C ABI):
//! `None`, `bool`, `int` (64-bit), `float`, `str`, `bytes`, `list`, `tuple`, `dict` and opaque host
//! handles ([`HostValue::Handle`], a `u64` the host chooses; scripts can store and pass it back).

use crate::value::Value;
use crate::vm::exc::{PyErr, PyResult};
use crate::vm::Vm;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Identifies one host call; unique for the runtime's lifetime, including across save/load.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue, Token};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("sleep");
/// rt.spawn_module("m", "m.py", "sleep(1)\nsleep(2)\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("sleep", |_| HostReply::Pending);
/// rt.tick(10_000, &mut host);
/// let first: Token = rt.pending_calls()[0].token;
/// rt.complete(first, Ok(HostValue::None)).unwrap();
/// rt.tick(10_000, &mut host);
/// assert!(rt.pending_calls()[0].token > first, "never reused");
/// assert_eq!(format!("{first}"), first.0.to_string());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Token(pub u64);

/// Identifies a task; never reused by a runtime (including across save/load).
///
/// ```
/// use cloaca_core::host::{HostValue, TaskId};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// let a: TaskId = rt.spawn_module("a", "a.py", "pass\n", HostValue::None).unwrap();
/// let b = rt.spawn_module("b", "b.py", "pass\n", HostValue::None).unwrap();
/// assert!(b > a);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TaskId(pub u64);

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}
impl std::fmt::Display for TaskId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A value crossing the host boundary.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("inventory");
/// rt.spawn_module("m", "m.py", "inv = inventory()\nprint(inv['gold'], inv['items'], inv['owner'])\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("inventory", |_| HostReply::Ready(HostValue::Dict(vec![
///     ("gold".into(), HostValue::Int(12)),
///     ("items".into(), HostValue::List(vec!["rope".into(), HostValue::Float(1.5)])),
///     ("owner".into(), HostValue::Handle(7)), // an entity id the script passes back untouched
/// ])));
/// rt.tick(10_000, &mut host);
/// assert_eq!(rt.take_output(), "12 ['rope', 1.5] <HostHandle 7>\n");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostValue {
    #[serde(rename = "N")]
    None,
    #[serde(rename = "B")]
    Bool(bool),
    #[serde(rename = "I")]
    Int(i64),
    #[serde(rename = "F")]
    Float(f64),
    #[serde(rename = "S")]
    Str(String),
    #[serde(rename = "Y")]
    Bytes(Vec<u8>),
    #[serde(rename = "L")]
    List(Vec<HostValue>),
    #[serde(rename = "T")]
    Tuple(Vec<HostValue>),
    /// Key/value pairs in insertion order.
    #[serde(rename = "D")]
    Dict(Vec<(HostValue, HostValue)>),
    /// An opaque host object (an entity id, a dialog handle …).
    #[serde(rename = "H")]
    Handle(u64),
}

impl From<&str> for HostValue {
    fn from(s: &str) -> Self {
        HostValue::Str(s.to_string())
    }
}
impl From<String> for HostValue {
    fn from(s: String) -> Self {
        HostValue::Str(s)
    }
}
impl From<i64> for HostValue {
    fn from(i: i64) -> Self {
        HostValue::Int(i)
    }
}
impl From<f64> for HostValue {
    fn from(f: f64) -> Self {
        HostValue::Float(f)
    }
}
impl From<bool> for HostValue {
    fn from(b: bool) -> Self {
        HostValue::Bool(b)
    }
}

impl HostValue {
    /// The script value of `None`, a bool, an int or a float (no heap object needed).
    #[inline]
    pub(crate) fn scalar(&self) -> Option<Value> {
        Some(match *self {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(b),
            HostValue::Int(i) => Value::Int(i),
            HostValue::Float(f) => Value::Float(f),
            _ => return None,
        })
    }

    /// Drop `self`, skipping the drop glue for scalars. `HostValue`'s drop is recursive (lists
    /// hold values), so the compiler never inlines it; host-call hot paths call this instead.
    #[inline]
    pub(crate) fn discard(self) {
        if self.scalar().is_some() {
            std::mem::forget(self);
        }
    }

    /// The text of a `Str`.
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// assert_eq!(HostValue::from("hi").as_str(), Some("hi"));
    /// assert_eq!(HostValue::Int(1).as_str(), None);
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            HostValue::Str(s) => Some(s),
            _ => None,
        }
    }
    /// An `Int`, or a `Float` with an integral value.
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// assert_eq!(HostValue::Int(3).as_i64(), Some(3));
    /// assert_eq!(HostValue::Bool(true).as_i64(), Some(1));
    /// assert_eq!(HostValue::Float(2.0).as_i64(), None);
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            HostValue::Int(i) => Some(*i),
            HostValue::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }
    /// An `Int` or `Float` as f64.
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// assert_eq!(HostValue::Int(3).as_f64(), Some(3.0));
    /// assert_eq!(HostValue::Float(0.5).as_f64(), Some(0.5));
    /// assert_eq!(HostValue::None.as_f64(), None);
    /// ```
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            HostValue::Int(i) => Some(*i as f64),
            HostValue::Float(f) => Some(*f),
            _ => None,
        }
    }
    /// The items of a `List` or `Tuple`.
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// let choices = HostValue::List(vec!["yes".into(), "no".into()]);
    /// let names: Vec<&str> = choices.as_slice().unwrap().iter().filter_map(|v| v.as_str()).collect();
    /// assert_eq!(names, ["yes", "no"]);
    /// ```
    pub fn as_slice(&self) -> Option<&[HostValue]> {
        match self {
            HostValue::List(v) | HostValue::Tuple(v) => Some(v),
            _ => None,
        }
    }

    /// Python-style `repr`, for logs and `cloaca inspect`.
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// let v = HostValue::Tuple(vec!["a".into(), HostValue::None, HostValue::Handle(2)]);
    /// assert_eq!(v.repr(), "('a', None, <handle 2>)");
    /// ```
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.repr_into(&mut out);
        out
    }

    fn repr_into(&self, out: &mut String) {
        fn seq(out: &mut String, items: &[HostValue], open: &str, close: &str) {
            out.push_str(open);
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                it.repr_into(out);
            }
            if open == "(" && items.len() == 1 {
                out.push(',');
            }
            out.push_str(close);
        }
        match self {
            HostValue::None => out.push_str("None"),
            HostValue::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            HostValue::Int(i) => out.push_str(&i.to_string()),
            HostValue::Float(f) => out.push_str(&crate::numfmt::float_repr(*f)),
            HostValue::Str(s) => out.push_str(&crate::vm::repr::str_repr(s)),
            HostValue::Bytes(b) => out.push_str(&crate::vm::repr::bytes_repr(b)),
            HostValue::List(v) => seq(out, v, "[", "]"),
            HostValue::Tuple(v) => seq(out, v, "(", ")"),
            HostValue::Dict(kv) => {
                out.push('{');
                for (i, (k, v)) in kv.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.repr_into(out);
                    out.push_str(": ");
                    v.repr_into(out);
                }
                out.push('}');
            }
            HostValue::Handle(h) => out.push_str(&format!("<handle {h}>")),
        }
    }
}

/// A call from a script to a host function.
///
/// ```
/// use cloaca_core::host::{HostCall, HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("spawn_monster");
/// rt.spawn_module("m", "m.py", "print(spawn_monster('orc', 3, elite=True))\n", HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("spawn_monster", |call: &HostCall| {
///     assert_eq!(&*call.name, "spawn_monster");
///     let kind = call.arg(0).and_then(|v| v.as_str()).unwrap_or("?");
///     let n = call.arg(1).and_then(|v| v.as_i64()).unwrap_or(1);
///     let elite = call.kwarg("elite") == Some(&HostValue::Bool(true));
///     HostReply::Ready(format!("{n} {}{kind}s", if elite { "elite " } else { "" }).into())
/// });
/// rt.tick(10_000, &mut host);
/// assert_eq!(rt.take_output(), "3 elite orcs\n");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct HostCall {
    pub token: Token,
    /// The task making the call.
    pub task: TaskId,
    /// The name the function was registered under.
    pub name: Arc<str>,
    /// Positional arguments.
    pub args: Vec<HostValue>,
    /// Keyword arguments in call order.
    pub kwargs: Vec<(String, HostValue)>,
}

impl HostCall {
    /// Positional argument `i`.
    ///
    /// See [`HostCall`].
    ///
    /// ```
    /// use cloaca_core::host::{HostCall, HostValue, TaskId, Token};
    /// let call = HostCall { token: Token(1), task: TaskId(1), name: "say".into(), args: vec!["hi".into()], kwargs: vec![] };
    /// assert_eq!(call.arg(0), Some(&HostValue::from("hi")));
    /// assert_eq!(call.arg(1), None);
    /// ```
    pub fn arg(&self, i: usize) -> Option<&HostValue> {
        self.args.get(i)
    }
    /// Keyword argument by name.
    ///
    /// ```
    /// use cloaca_core::host::{HostCall, HostValue, TaskId, Token};
    /// let call = HostCall {
    ///     token: Token(1), task: TaskId(1), name: "say".into(), args: vec![],
    ///     kwargs: vec![("speed".into(), HostValue::Float(2.0))],
    /// };
    /// assert_eq!(call.kwarg("speed"), Some(&HostValue::Float(2.0)));
    /// assert_eq!(call.kwarg("volume"), None);
    /// ```
    pub fn kwarg(&self, name: &str) -> Option<&HostValue> {
        self.kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

/// The host's answer to a [`HostCall`] (or to a reissued one).
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// for name in ["now", "fail", "later"] {
///     rt.register(name);
/// }
/// let src = "print(now())\ntry:\n    fail()\nexcept HostError as e:\n    print(e)\nprint(later())\n";
/// rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
/// let mut host = HostFns::new();
/// host.add("now", |_| HostReply::Ready(HostValue::Float(1.5))); // answered at once
/// host.add("fail", |_| HostReply::Error("no such item".into())); // HostError in the script
/// host.add("later", |_| HostReply::Pending); // parks until `complete`
/// rt.tick(10_000, &mut host);
/// rt.complete(rt.pending_calls()[0].token, Ok("done".into())).unwrap();
/// rt.tick(10_000, &mut host);
/// assert_eq!(rt.take_output(), "1.5\nno such item\ndone\n");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum HostReply {
    /// The call's result: the script continues at once.
    Ready(HostValue),
    /// Raised in the script as `HostError(message)`, catchable.
    Error(String),
    /// The host will `complete` the token later; the task parks.
    Pending,
    /// Only for [`Host::reissue`]: the host cannot re-attach this call. Raised in the script as
    /// `ReissueError(message)` at the call site.
    Refused(String),
}

/// A game's side of the protocol. `Runtime::tick` calls it for every host call.
///
/// A game's host keeps its in-flight work keyed by token, so that it can re-attach it after a load:
///
/// ```
/// use cloaca_core::host::{Host, HostCall, HostReply, HostValue, Token};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use std::collections::BTreeMap;
///
/// #[derive(Default)]
/// struct Timers {
///     now: f64,
///     due: BTreeMap<Token, f64>, // saved with the game next to the runtime snapshot
/// }
/// impl Host for Timers {
///     fn call(&mut self, call: &HostCall) -> HostReply {
///         match call.arg(0).and_then(|v| v.as_f64()) {
///             Some(s) => {
///                 self.due.insert(call.token, self.now + s);
///                 HostReply::Pending
///             }
///             None => HostReply::Error("sleep(seconds)".into()),
///         }
///     }
///     fn reissue(&mut self, call: &HostCall) -> HostReply {
///         if self.due.contains_key(&call.token) {
///             HostReply::Pending // still counting down: keep the remaining time
///         } else {
///             HostReply::Refused("no such timer".into())
///         }
///     }
///     fn cancelled(&mut self, token: Token) {
///         self.due.remove(&token);
///     }
/// }
///
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.register("sleep");
/// rt.spawn_module("m", "m.py", "sleep(2.0)\nprint('woke')\n", HostValue::None).unwrap();
/// let mut timers = Timers::default();
/// rt.tick(10_000, &mut timers);
/// timers.now = 0.5;
/// let blob = rt.snapshot(); // save (and `timers.due` with it), quit, load:
/// let mut rt = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
/// rt.tick(10_000, &mut timers); // reissue: re-attached, 1.5 s to go
/// timers.now = 2.0;
/// for (token, _) in std::mem::take(&mut timers.due) {
///     rt.complete(token, Ok(HostValue::None)).unwrap();
/// }
/// rt.tick(10_000, &mut timers);
/// assert_eq!(rt.take_output(), "woke\n");
/// ```
pub trait Host {
    /// Serve a call. Return `Pending` to park the task until `Runtime::complete(call.token, …)`.
    ///
    /// See [`Host`].
    fn call(&mut self, call: &HostCall) -> HostReply;

    /// After a restore: re-attach a call that was pending when the snapshot was taken (the
    /// subsystem that owes the answer restored its own state keyed by `call.token`). The default
    /// refuses, which raises `ReissueError` inside the script. See [`Host`] for an example.
    fn reissue(&mut self, call: &HostCall) -> HostReply {
        HostReply::Refused(format!(
            "the host cannot resume the pending call {}() (token {})",
            call.name, call.token
        ))
    }

    /// The task waiting on `token` was cancelled; the host may drop the work. See [`Host`] for
    /// an example (and `Runtime::cancel`).
    fn cancelled(&mut self, _token: Token) {}
}

/// A host with no functions (every call is an error).
///
/// ```
/// use cloaca_core::host::{HostValue, NoHost};
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.spawn_module("m", "m.py", "print(sum(range(10)))\n", HostValue::None).unwrap();
/// rt.tick(10_000, &mut NoHost); // pure scripts need no host
/// assert_eq!(rt.take_output(), "45\n");
/// ```
pub struct NoHost;

impl Host for NoHost {
    fn call(&mut self, call: &HostCall) -> HostReply {
        HostReply::Error(format!("no host function '{}'", call.name))
    }
}

type HostFn = Box<dyn FnMut(&HostCall) -> HostReply>;

/// A [`Host`] made of closures keyed by name: the quickest way to serve a few functions.
///
/// ```
/// use cloaca_core::host::{HostFns, HostReply, HostValue};
/// let mut host = HostFns::new();
/// host.add("double", |call| match call.arg(0).and_then(|v| v.as_i64()) {
///     Some(n) => HostReply::Ready(HostValue::Int(2 * n)),
///     None => HostReply::Error("double() needs an int".into()),
/// });
/// ```
#[derive(Default)]
pub struct HostFns {
    /// Name to index in `fns`. FxHash: SipHash's DoS resistance buys nothing for names the game
    /// itself registered.
    index: rustc_hash::FxHashMap<String, usize>,
    fns: Vec<HostFn>,
    /// The last name looked up and its function. A script's calls of one host function share
    /// one name (`HostCall::name` is the `Arc` the function object holds), so a pointer
    /// comparison usually replaces hashing the name. Holding the `Arc` keeps its address from
    /// being reused by another name.
    last: Option<(Arc<str>, usize)>,
    reissue: Option<HostFn>,
}

impl HostFns {
    /// ```
    /// use cloaca_core::host::HostFns;
    /// let host = HostFns::new();
    /// assert_eq!(host.names().count(), 0);
    /// ```
    pub fn new() -> HostFns {
        HostFns::default()
    }
    /// Serve `name` with `f`. (The runtime must also `register` the name.)
    ///
    /// See [`HostFns`] and [`HostReply`].
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// let mut host = HostFns::new();
    /// host.add("beep", |_| HostReply::Ready(HostValue::None));
    /// assert_eq!(host.names().collect::<Vec<_>>(), ["beep"]);
    /// ```
    pub fn add(&mut self, name: &str, f: impl FnMut(&HostCall) -> HostReply + 'static) {
        match self.index.get(name) {
            Some(&i) => self.fns[i] = Box::new(f),
            None => {
                self.index.insert(name.to_string(), self.fns.len());
                self.fns.push(Box::new(f));
            }
        }
    }
    /// Serve reissues with `f` (otherwise they are refused).
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("ask");
    /// rt.spawn_module("m", "m.py", "print(ask('Continue?'))\n", HostValue::None).unwrap();
    /// let mut host = HostFns::new();
    /// host.add("ask", |_| HostReply::Pending);
    /// rt.tick(10_000, &mut host);
    /// let mut rt = Runtime::restore(&rt.snapshot(), RuntimeConfig::default()).unwrap();
    /// // After loading, the dialog system answers the re-attached question from its saved state.
    /// host.on_reissue(|call| HostReply::Ready(format!("yes to {}", call.arg(0).unwrap().repr()).into()));
    /// rt.tick(10_000, &mut host);
    /// rt.tick(10_000, &mut host);
    /// assert_eq!(rt.take_output(), "yes to 'Continue?'\n");
    /// ```
    pub fn on_reissue(&mut self, f: impl FnMut(&HostCall) -> HostReply + 'static) {
        self.reissue = Some(Box::new(f));
    }
    /// The names served.
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut host = HostFns::new();
    /// host.add("say", |_| HostReply::Pending);
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// for name in host.names() {
    ///     rt.register(name); // scripts see every function the host serves
    /// }
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(|s| s.as_str())
    }
}

impl Host for HostFns {
    fn call(&mut self, call: &HostCall) -> HostReply {
        let i = match &self.last {
            Some((name, i)) if Arc::ptr_eq(name, &call.name) => *i,
            _ => match self.index.get(&*call.name) {
                Some(&i) => {
                    self.last = Some((call.name.clone(), i));
                    i
                }
                None => return HostReply::Error(format!("no host function '{}'", call.name)),
            },
        };
        (self.fns[i])(call)
    }
    fn reissue(&mut self, call: &HostCall) -> HostReply {
        match &mut self.reissue {
            Some(f) => f(call),
            None => HostReply::Refused(format!(
                "the host cannot resume the pending call {}() (token {})",
                call.name, call.token
            )),
        }
    }
}

/// Nesting limit for values crossing the boundary (also stops cycles).
const MAX_DEPTH: usize = 64;

impl Vm {
    /// Convert a script value for the host (`TypeError` for values with no host mapping).
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// use cloaca_core::vm::{Vm, VmConfig};
    /// let mut vm = Vm::new(VmConfig::default());
    /// let v = vm.from_host(&HostValue::List(vec![HostValue::Int(1), "a".into()])).unwrap();
    /// assert_eq!(vm.to_host(v).unwrap(), HostValue::List(vec![HostValue::Int(1), "a".into()]));
    /// ```
    pub fn to_host(&self, v: Value) -> PyResult<HostValue> {
        self.to_host_depth(v, 0)
    }

    fn to_host_depth(&self, v: Value, depth: usize) -> PyResult<HostValue> {
        use crate::object::Obj;
        if depth > MAX_DEPTH {
            return Err(PyErr::new(
                crate::vm::exc::ExcType::ValueError,
                "value passed to the host is nested too deeply (or contains itself)",
            ));
        }
        let items = |vm: &Vm, xs: &[Value]| -> PyResult<Vec<HostValue>> {
            xs.iter().map(|x| vm.to_host_depth(*x, depth + 1)).collect()
        };
        Ok(match v {
            Value::None => HostValue::None,
            Value::Bool(b) => HostValue::Bool(b),
            Value::Int(i) => HostValue::Int(i),
            Value::Float(f) => HostValue::Float(f),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => HostValue::Str(s.as_str().to_string()),
                Obj::Bytes(b) => HostValue::Bytes(b.to_vec()),
                Obj::List(xs) => HostValue::List(items(self, xs)?),
                Obj::Tuple(xs) => HostValue::Tuple(items(self, xs)?),
                Obj::Dict(d) => HostValue::Dict(
                    d.iter()
                        .map(|e| {
                            Ok((
                                self.to_host_depth(e.key, depth + 1)?,
                                self.to_host_depth(e.value, depth + 1)?,
                            ))
                        })
                        .collect::<PyResult<_>>()?,
                ),
                Obj::HostHandle(h) => HostValue::Handle(*h),
                Obj::BigInt(_) => {
                    return Err(PyErr::new(
                        crate::vm::exc::ExcType::OverflowError,
                        "int too large to pass to the host (64-bit limit)",
                    ))
                }
                _ => return Err(self.no_host_mapping(v)),
            },
            _ => return Err(self.no_host_mapping(v)),
        })
    }

    fn no_host_mapping(&self, v: Value) -> PyErr {
        PyErr::type_error(format!(
            "cannot pass a '{}' object to the host (only None, bool, int, float, str, bytes, \
             list, tuple, dict and host handles cross the boundary)",
            self.type_name(v)
        ))
    }

    /// Convert a host value into a script value.
    ///
    /// See [`Vm::to_host`].
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// use cloaca_core::vm::{Vm, VmConfig};
    /// let mut vm = Vm::new(VmConfig::default());
    /// let s = vm.from_host(&"hello".into()).unwrap();
    /// assert_eq!(vm.str_of(s), Some("hello"));
    /// ```
    pub fn from_host(&mut self, v: &HostValue) -> PyResult<Value> {
        use crate::object::Obj;
        Ok(match v {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) => self.new_str(s.as_str()),
            HostValue::Bytes(b) => Value::Obj(self.heap.alloc(Obj::Bytes(b.clone().into()))),
            HostValue::List(xs) => {
                let items = xs
                    .iter()
                    .map(|x| self.from_host(x))
                    .collect::<PyResult<_>>()?;
                self.new_list(items)
            }
            HostValue::Tuple(xs) => {
                let items = xs
                    .iter()
                    .map(|x| self.from_host(x))
                    .collect::<PyResult<_>>()?;
                self.new_tuple(items)
            }
            HostValue::Dict(kv) => {
                let d = self.new_dict();
                for (k, val) in kv {
                    let k = self.from_host(k)?;
                    let val = self.from_host(val)?;
                    self.dict_set_native(d, k, val)?;
                }
                d
            }
            HostValue::Handle(h) => Value::Obj(self.heap.alloc(Obj::HostHandle(*h))),
        })
    }

    /// `d[k] = v` for keys with a native hash and equality (everything a host can send).
    ///
    /// ```
    /// use cloaca_core::host::HostValue;
    /// use cloaca_core::value::Value;
    /// use cloaca_core::vm::{Vm, VmConfig};
    /// let mut vm = Vm::new(VmConfig::default());
    /// let d = vm.new_dict();
    /// let k = vm.new_str("hp");
    /// vm.dict_set_native(d, k, Value::Int(10)).unwrap();
    /// assert_eq!(vm.to_host(d).unwrap(), HostValue::Dict(vec![("hp".into(), HostValue::Int(10))]));
    /// ```
    pub fn dict_set_native(&mut self, d: Value, k: Value, v: Value) -> PyResult<()> {
        use crate::object::Obj;
        let hash = match self.hash_native(k) {
            Some(r) => r?,
            None => return Err(PyErr::type_error("host dict keys must be plain values")),
        };
        let Value::Obj(did) = d else { return Ok(()) };
        let found = match self.heap.get(did) {
            Obj::Dict(t) => {
                let vm = &*self;
                t.find(hash, k, &mut |a, b| vm.eq_native(a, b).unwrap_or(false))
            }
            _ => None,
        };
        if let Obj::Dict(t) = self.heap.get_mut(did) {
            match found {
                Some(i) => *t.entry_value_mut(i) = v,
                None => {
                    t.push(hash, k, v);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::VmConfig;

    #[test]
    fn values_round_trip_through_the_vm() {
        let mut vm = Vm::new(VmConfig::default());
        let v = HostValue::Dict(vec![
            ("name".into(), "Ada".into()),
            (
                HostValue::Int(3),
                HostValue::List(vec![1.5.into(), HostValue::None]),
            ),
            (
                "t".into(),
                HostValue::Tuple(vec![true.into(), HostValue::Handle(7)]),
            ),
            ("b".into(), HostValue::Bytes(vec![0, 255])),
        ]);
        let sv = vm.from_host(&v).unwrap();
        assert_eq!(vm.to_host(sv).unwrap(), v);
        assert_eq!(
            v.repr(),
            "{'name': 'Ada', 3: [1.5, None], 't': (True, <handle 7>), 'b': b'\\x00\\xff'}"
        );
    }

    #[test]
    fn unmappable_values_are_type_errors() {
        let mut vm = Vm::new(VmConfig::default());
        let f = vm.get_builtin("len").unwrap();
        let err = vm.to_host(f).unwrap_err();
        assert!(format!("{err:?}").contains("cannot pass a 'builtin_function_or_method'"));
        let l = vm.new_list(vec![]);
        if let Value::Obj(id) = l {
            if let crate::object::Obj::List(items) = vm.heap.get_mut(id) {
                items.push(l);
            }
        }
        assert!(
            vm.to_host(l).is_err(),
            "a list containing itself is refused"
        );
    }
}
