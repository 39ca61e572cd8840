//! Exceptions as Rust values (`PyErr`), the builtin exception hierarchy (`ExcType`), and
//! CPython-format traceback rendering.

use crate::object::{ExcData, Obj};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

macro_rules! exc_types {
    ($( $name:ident : $parent:expr ),* $(,)?) => {
        /// The builtin exception classes, in bootstrap order (a parent precedes its children).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum ExcType { $( $name ),* }
        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ $( ExcType::$name ),* ];
            pub fn name(self) -> &'static str {
                match self { $( ExcType::$name => stringify!($name) ),* }
            }
            pub fn parent(self) -> Option<ExcType> {
                match self { $( ExcType::$name => $parent ),* }
            }
        }
    };
}

use ExcType as E;
exc_types! {
    BaseException: None,
    SystemExit: Some(E::BaseException),
    KeyboardInterrupt: Some(E::BaseException),
    GeneratorExit: Some(E::BaseException),
    Exception: Some(E::BaseException),
    StopIteration: Some(E::Exception),
    ArithmeticError: Some(E::Exception),
    FloatingPointError: Some(E::ArithmeticError),
    OverflowError: Some(E::ArithmeticError),
    ZeroDivisionError: Some(E::ArithmeticError),
    AssertionError: Some(E::Exception),
    AttributeError: Some(E::Exception),
    EOFError: Some(E::Exception),
    ImportError: Some(E::Exception),
    ModuleNotFoundError: Some(E::ImportError),
    LookupError: Some(E::Exception),
    IndexError: Some(E::LookupError),
    KeyError: Some(E::LookupError),
    MemoryError: Some(E::Exception),
    NameError: Some(E::Exception),
    UnboundLocalError: Some(E::NameError),
    OSError: Some(E::Exception),
    RuntimeError: Some(E::Exception),
    NotImplementedError: Some(E::RuntimeError),
    RecursionError: Some(E::RuntimeError),
    SyntaxError: Some(E::Exception),
    IndentationError: Some(E::SyntaxError),
    TabError: Some(E::IndentationError),
    TypeError: Some(E::Exception),
    ValueError: Some(E::Exception),
    UnicodeError: Some(E::ValueError),
    UnicodeDecodeError: Some(E::UnicodeError),
    UnicodeEncodeError: Some(E::UnicodeError),
    HostError: Some(E::Exception),
    ReissueError: Some(E::HostError),
    CancelledError: Some(E::BaseException),
    BufferError: Some(E::Exception),
    ReferenceError: Some(E::Exception),
    SystemError: Some(E::Exception),
    StopAsyncIteration: Some(E::Exception),
    UnicodeTranslateError: Some(E::UnicodeError),
    BlockingIOError: Some(E::OSError),
    ChildProcessError: Some(E::OSError),
    ConnectionError: Some(E::OSError),
    BrokenPipeError: Some(E::ConnectionError),
    ConnectionAbortedError: Some(E::ConnectionError),
    ConnectionRefusedError: Some(E::ConnectionError),
    ConnectionResetError: Some(E::ConnectionError),
    FileExistsError: Some(E::OSError),
    FileNotFoundError: Some(E::OSError),
    InterruptedError: Some(E::OSError),
    IsADirectoryError: Some(E::OSError),
    NotADirectoryError: Some(E::OSError),
    PermissionError: Some(E::OSError),
    ProcessLookupError: Some(E::OSError),
    TimeoutError: Some(E::OSError),
    Warning: Some(E::Exception),
    UserWarning: Some(E::Warning),
    DeprecationWarning: Some(E::Warning),
    PendingDeprecationWarning: Some(E::Warning),
    SyntaxWarning: Some(E::Warning),
    RuntimeWarning: Some(E::Warning),
    FutureWarning: Some(E::Warning),
    ImportWarning: Some(E::Warning),
    UnicodeWarning: Some(E::Warning),
    BytesWarning: Some(E::Warning),
    ResourceWarning: Some(E::Warning),
    EncodingWarning: Some(E::Warning),
}

/// An exception on its way up: either not yet materialized (type + message) or an object.
#[derive(Clone, Debug)]
pub enum PyErr {
    New(ExcType, String),
    Obj(ObjId),
}

impl PyErr {
    pub fn new(t: ExcType, msg: impl Into<String>) -> PyErr {
        PyErr::New(t, msg.into())
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::TypeError, msg.into())
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::ValueError, msg.into())
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::IndexError, msg.into())
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::AttributeError, msg.into())
    }
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::ZeroDivisionError, msg.into())
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::OverflowError, msg.into())
    }
    pub fn memory() -> PyErr {
        PyErr::New(ExcType::MemoryError, String::new())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl Vm {
    /// Turn a `PyErr` into an exception object.
    pub fn materialize(&mut self, err: PyErr) -> ObjId {
        match err {
            PyErr::Obj(id) => id,
            PyErr::New(t, msg) => {
                let args = if msg.is_empty()
                    && matches!(
                        t,
                        ExcType::MemoryError | ExcType::StopIteration | ExcType::GeneratorExit
                    ) {
                    vec![]
                } else if t == ExcType::KeyError && msg.starts_with('\u{0}') {
                    // KeyError carrying a key repr is built by `key_error`.
                    vec![self.heap.alloc_str(&msg[1..])]
                } else {
                    vec![self.heap.alloc_str(msg)]
                };
                self.new_exception(self.types.exc(t), args)
            }
        }
    }

    /// Create an exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: ObjId, args: Vec<Value>) -> ObjId {
        let args = self.new_tuple(args);
        self.heap
            .alloc(Obj::Instance(Box::new(crate::object::Instance {
                class: cls,
                attrs: Default::default(),
                exc: Some(Box::new(ExcData {
                    args,
                    traceback: Vec::new(),
                    cause: Value::None,
                    context: Value::None,
                    suppress_context: false,
                })),
            })))
    }

    /// `KeyError(key)`: the message is the key's repr, so build it with the key value itself.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let cls = self.types.exc(ExcType::KeyError);
        PyErr::Obj(self.new_exception(cls, vec![key]))
    }

    pub fn exc_data(&self, exc: ObjId) -> Option<&ExcData> {
        match self.heap.get(exc) {
            Obj::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: ObjId) -> Option<&mut ExcData> {
        match self.heap.get_mut(exc) {
            Obj::Instance(i) => i.exc.as_deref_mut(),
            _ => None,
        }
    }

    /// Is `exc` an instance of builtin exception type `t` (or a subclass)?
    pub fn exc_matches(&self, exc: ObjId, t: ExcType) -> bool {
        let cls = self.class_of(Value::Obj(exc));
        self.is_subclass(cls, self.types.exc(t))
    }

    /// `str(exc)` for native rendering (tracebacks): the single arg's str, or the args tuple.
    pub fn exc_message(&mut self, exc: ObjId) -> String {
        let args = match self.exc_data(exc) {
            Some(d) => d.args,
            None => return String::new(),
        };
        let items = self.tuple_items(args).to_vec();
        if self.exc_matches(exc, ExcType::KeyError) && items.len() == 1 {
            return self.repr_native(items[0]);
        }
        match items.len() {
            0 => String::new(),
            1 => self.str_native(items[0]),
            _ => self.repr_native(args),
        }
    }

    /// The final line of a traceback: `ZeroDivisionError: division by zero`.
    pub fn exc_line(&mut self, exc: ObjId) -> String {
        let cls = self.class_of(Value::Obj(exc));
        let (name, module) = match self.heap.get(cls) {
            Obj::Class(c) => (c.qualname.clone(), c.module.clone()),
            _ => ("?".into(), String::new()),
        };
        let name = if module.is_empty() || module == "builtins" || module == "__main__" {
            name
        } else {
            format!("{module}.{name}")
        };
        let msg = self.exc_message(exc);
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// How an uncaught `SystemExit` ends the process: (exit status, text for stderr).
    /// `SystemExit()` / `SystemExit(None)` → 0; an int → that status; anything else is printed
    /// and the status is 1 (as CPython does).
    pub fn system_exit_status(&mut self, exc: ObjId) -> (i32, Option<String>) {
        let args = match self.exc_data(exc) {
            Some(d) => d.args,
            None => return (1, None),
        };
        let items = self.tuple_items(args).to_vec();
        let code = match items.len() {
            0 => Value::None,
            1 => items[0],
            _ => args,
        };
        match code {
            Value::None => (0, None),
            Value::Int(i) => (i as i32, None),
            Value::Bool(b) => (b as i32, None),
            v => (1, Some(self.str_native(v))),
        }
    }

    /// `str(exc)` when the exception's class defines `__str__` in Python: run it to completion
    /// on a fresh task (top level, after the failing task is gone — not a native re-entry).
    /// `None` when there is no Python `__str__`, or it fails, parks or runs too long.
    pub fn user_exc_str(&mut self, exc: ObjId) -> Option<String> {
        let cls = self.class_of(Value::Obj(exc));
        let key = self.intern("__str__");
        let f = self.lookup_in_class(cls, key)?;
        if !matches!(f, Value::Obj(id) if matches!(self.heap.get(id), Obj::Function(_))) {
            return None;
        }
        let mut task = crate::vm::Task::new();
        task.stack.push(Value::Obj(exc));
        match self.call_value(&mut task, f, 1, &[], 0, crate::frame::Cont::TaskRoot) {
            Ok(crate::vm::call::Called::Done) => {}
            Ok(crate::vm::call::Called::Frame) => {
                let mut budget = 10_000_000u64;
                match self.run(&mut task, &mut budget) {
                    crate::vm::exec::Exit::Finished(v) => task.stack.push(v),
                    _ => return None,
                }
            }
            _ => return None,
        }
        let v = task.stack.pop()?;
        self.str_of(v).map(|s| s.to_string())
    }

    /// [`Vm::format_traceback`], with the last line using a Python-defined `__str__`.
    pub fn format_traceback_full(&mut self, exc: ObjId) -> String {
        let tb = self.format_traceback(exc);
        let Some(msg) = self.user_exc_str(exc) else {
            return tb;
        };
        let line = self.exc_line(exc);
        let name = match self.exc_message(exc) {
            m if m.is_empty() => line.clone(),
            m => line[..line.len() - m.len() - 2].to_string(),
        };
        let new_line = if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
        let notes = self.exc_notes(exc);
        match tb.strip_suffix(&format!("{line}\n{notes}")) {
            Some(head) => format!("{head}{new_line}\n{notes}"),
            None => tb,
        }
    }

    /// Render a full CPython-style traceback, including chained causes/contexts.
    pub fn format_traceback(&mut self, exc: ObjId) -> String {
        let mut chain = vec![(exc, "")];
        let mut seen = vec![exc];
        let mut cur = exc;
        while let Some(d) = self.exc_data(cur) {
            let (next, sep) = if let Value::Obj(c) = d.cause {
                (
                    Some(c),
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                )
            } else if let (Value::Obj(c), false) = (d.context, d.suppress_context) {
                (
                    Some(c),
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                )
            } else {
                (None, "")
            };
            match next {
                Some(n) if !seen.contains(&n) && self.exc_data(n).is_some() => {
                    chain.last_mut().unwrap().1 = sep;
                    chain.push((n, ""));
                    seen.push(n);
                    cur = n;
                }
                _ => break,
            }
        }
        let mut out = String::new();
        // chain[i].1 is the separator between chain[i + 1] (printed first) and chain[i].
        for i in (0..chain.len()).rev() {
            out.push_str(&self.format_one_traceback(chain[i].0));
            if i > 0 {
                out.push_str(chain[i - 1].1);
            }
        }
        out
    }

    fn format_one_traceback(&mut self, exc: ObjId) -> String {
        let mut out = String::new();
        let tb = self
            .exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(crate::object::CodeId, u32)> = None;
            let mut repeat = 0usize;
            let flush = |out: &mut String, repeat: usize| {
                if repeat > 3 {
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        repeat - 3,
                        if repeat - 3 == 1 { "" } else { "s" }
                    ));
                }
            };
            for &(code, line) in tb.iter().rev() {
                // Builtins written in the prelude are "C functions" to the user: no frame.
                let file = &*self.codes[code.0 as usize].code.filename;
                if file == "<prelude>" || file.starts_with("<stdlib/") {
                    continue;
                }
                if last == Some((code, line)) {
                    repeat += 1;
                    if repeat > 3 {
                        continue;
                    }
                } else {
                    flush(&mut out, repeat);
                    repeat = 1;
                    last = Some((code, line));
                }
                let lc = &self.codes[code.0 as usize];
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    lc.code.filename, line, lc.code.name
                ));
                if let Some(src) = self.source_line(code, line) {
                    out.push_str("    ");
                    out.push_str(src.trim());
                    out.push('\n');
                }
            }
            flush(&mut out, repeat);
        }
        out.push_str(&self.exc_line(exc));
        out.push('\n');
        out.push_str(&self.exc_notes(exc));
        out
    }

    /// The notes added with `add_note` (`__notes__`), one per line, as a traceback shows them.
    pub fn exc_notes(&mut self, exc: ObjId) -> String {
        let key = self.intern("__notes__");
        let notes = match self.heap.get(exc) {
            Obj::Instance(inst) => self
                .dict_find_str(&inst.attrs, key)
                .map(|i| inst.attrs.entry(i).unwrap().value),
            _ => None,
        };
        let Some(Value::Obj(l)) = notes else {
            return String::new();
        };
        let items = match self.heap.get(l) {
            Obj::List(items) => items.clone(),
            _ => return String::new(),
        };
        let mut out = String::new();
        for n in items {
            out.push_str(&self.str_native(n));
            out.push('\n');
        }
        out
    }
}
