//! The calling convention: binding arguments to parameters, pushing frames, instantiating
//! classes, creating generators, and applying continuations (`deliver`) when a frame returns.

use crate::bytecode::{BinOp, CmpOp, CodeFlags};
use crate::frame::{ClassBody, Cont, Dunder, Frame, GenMode};
use crate::object::{CodeId, ExcData, Function, GenState, Generator, Instance, Obj, TypeKind};
use crate::value::{ObjId, Value};
use crate::vm::exc::{ExcType, PyErr, PyResult};
use crate::vm::{Sym, Task, Vm};

/// Arguments passed to a native function.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Value, Value)],
}

impl Args<'_> {
    /// Keyword argument by name.
    pub fn kwarg(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some(name))
            .map(|(_, v)| *v)
    }
}

/// Namespace key under which `BuildClass` carries the class keyword arguments to class creation.
pub const CLASS_KWARGS_KEY: &str = "\0class_kwargs";

/// What a native function produced.
pub enum NResult {
    Ok(Value),
    Err(PyErr),
    /// Call `func(*args)` and route its result through `cont` (resumable builtins, prelude slow
    /// paths).
    Call {
        func: Value,
        args: Vec<Value>,
        cont: Cont,
    },
    /// Resume a generator (`next`, `send`).
    ResumeGen {
        gen: ObjId,
        value: Value,
        mode: GenMode,
    },
    /// Raise exception object `exc` inside a suspended generator (`generator.throw`).
    ThrowGen {
        gen: ObjId,
        exc: ObjId,
    },
    /// Park the task (host calls, `wait()`); handled by the scheduler.
    Park(crate::vm::exec::Park),
}

impl From<PyResult<Value>> for NResult {
    fn from(r: PyResult<Value>) -> Self {
        match r {
            Ok(v) => NResult::Ok(v),
            Err(e) => NResult::Err(e),
        }
    }
}

impl From<PyErr> for NResult {
    fn from(e: PyErr) -> Self {
        NResult::Err(e)
    }
}

/// Result of starting a call.
pub enum Called {
    /// A new frame is on top: the loop must reload.
    Frame,
    /// The call completed (result already delivered through the continuation).
    Done,
    /// The task must park.
    Park(Box<crate::vm::exec::Parked>),
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Function(_)
                | Obj::BoundMethod { .. }
                | Obj::Native(_)
                | Obj::HostFn(_)
                | Obj::Class(_)
                | Obj::StaticMethod(_) => true,
                Obj::Instance(_) => self.user_dunder(v, Sym::Call).is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// Call `func` with the `nargs` values on top of the task's stack (positional, followed by
    /// `kw.len()` keyword values named by `kw`). On completion the stack is truncated to `ret_sp`
    /// and the result is delivered through `cont`.
    pub fn call_value(
        &mut self,
        task: &mut Task,
        func: Value,
        nargs: usize,
        kwnames: &[Value],
        ret_sp: usize,
        cont: Cont,
    ) -> PyResult<Called> {
        let Value::Obj(fid) = func else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                self.type_name(func)
            )));
        };
        match self.heap.get(fid) {
            Obj::Function(f) => {
                let code = f.code;
                self.call_function(task, fid, code, nargs, kwnames, ret_sp, cont, None)
            }
            Obj::BoundMethod {
                func: inner,
                receiver,
            } => {
                let (inner, receiver) = (*inner, *receiver);
                let at = task.stack.len() - nargs;
                task.stack.insert(at, receiver);
                self.call_value(task, inner, nargs + 1, kwnames, ret_sp, cont)
            }
            Obj::Native(n) => {
                let n = *n;
                let at = task.stack.len() - nargs;
                let npos = nargs - kwnames.len();
                if npos > 0 && crate::builtins::is_list_or_dict_method(n) {
                    // A list/dict method called on an instance of a list/dict subclass works
                    // on the instance's hidden builtin value.
                    if let Some(b) = self.builtin_base(task.stack[at]) {
                        task.stack[at] = b;
                    }
                }
                let kw: Vec<(Value, Value)> = kwnames
                    .iter()
                    .zip(task.stack[at + npos..].iter())
                    .map(|(k, v)| (*k, *v))
                    .collect();
                let r = {
                    let args = Args {
                        pos: &task.stack[at..at + npos],
                        kw: &kw,
                    };
                    crate::builtins::call_native(self, n, args)
                };
                task.stack.truncate(ret_sp);
                self.handle_nresult(task, r, ret_sp, cont)
            }
            Obj::Class(_) => self.call_class(task, fid, nargs, kwnames, ret_sp, cont),
            Obj::Instance(_) => match self.user_dunder(func, Sym::Call) {
                Some(m) => {
                    let at = task.stack.len() - nargs;
                    task.stack.insert(at, func);
                    self.call_value(task, m, nargs + 1, kwnames, ret_sp, cont)
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    self.type_name(func)
                ))),
            },
            Obj::StaticMethod(inner) => {
                let inner = *inner;
                self.call_value(task, inner, nargs, kwnames, ret_sp, cont)
            }
            Obj::HostFn(name) => {
                let name = self.park_pool.name(name);
                let at = task.stack.len() - nargs;
                let npos = nargs - kwnames.len();
                let args = self.park_pool.args(&task.stack[at..at + npos]);
                let kwargs = kwnames
                    .iter()
                    .zip(task.stack[at + npos..].iter())
                    .map(|(k, v)| (*k, *v))
                    .collect();
                task.stack.truncate(ret_sp);
                Ok(Called::Park(
                    self.park_pool.host_call(name, args, kwargs, cont),
                ))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                self.type_name(func)
            ))),
        }
    }

    /// Act on a native's result.
    pub fn handle_nresult(
        &mut self,
        task: &mut Task,
        r: NResult,
        ret_sp: usize,
        cont: Cont,
    ) -> PyResult<Called> {
        match r {
            NResult::Ok(v) => self.deliver(task, cont, v),
            NResult::Err(e) => Err(e),
            NResult::Call {
                func,
                args,
                cont: inner,
            } => {
                let cont = chain_cont(inner, cont)?;
                task.stack.truncate(ret_sp);
                let n = args.len();
                task.stack.extend(args);
                self.call_value(task, func, n, &[], ret_sp, cont)
            }
            NResult::ResumeGen { gen, value, mode }
                if mode.is_fold() && !matches!(cont, Cont::Push) =>
            {
                // A fold under another continuation: the prelude's loop instead.
                task.stack.truncate(ret_sp);
                task.stack.push(Value::Obj(gen));
                let f = match mode {
                    GenMode::Sum => {
                        task.stack.push(value);
                        "_sum"
                    }
                    GenMode::Any => "_any",
                    GenMode::All => "_all",
                    _ => "_list_from_iter",
                };
                let f = self.prelude_fn(f);
                let n = task.stack.len() - ret_sp;
                self.call_value(task, f, n, &[], ret_sp, cont)
            }
            NResult::ResumeGen { gen, value, mode } => {
                if !matches!(cont, Cont::Push) {
                    return Err(PyErr::new(
                        ExcType::RuntimeError,
                        "cannot resume a generator here",
                    ));
                }
                self.resume_generator(task, gen, value, mode, ret_sp)
            }
            NResult::ThrowGen { gen, exc } => {
                if !matches!(cont, Cont::Push) {
                    return Err(PyErr::new(
                        ExcType::RuntimeError,
                        "cannot resume a generator here",
                    ));
                }
                self.throw_into_generator(task, gen, exc, ret_sp)
            }
            NResult::Park(park) => Ok(Called::Park(
                self.park_pool.boxed(crate::vm::exec::Parked { park, cont }),
            )),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn call_function(
        &mut self,
        task: &mut Task,
        fid: ObjId,
        code_id: CodeId,
        nargs: usize,
        kwnames: &[Value],
        ret_sp: usize,
        cont: Cont,
        ns: Option<Value>,
    ) -> PyResult<Called> {
        if task.frames.len() >= self.config.recursion_limit {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // SAFETY: `codes` is append-only; `lc` is used only within this call.
        let lc = unsafe { self.code_detached(code_id) };
        let code = &lc.code;
        let nv = code.varnames.len();
        let at = task.stack.len() - nargs;
        let simple = kwnames.is_empty()
            && nargs == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags == CodeFlags::default();
        if !simple {
            let slots = self.bind_args(fid, code, &task.stack[at..], kwnames)?;
            task.stack.truncate(at);
            task.stack.extend_from_slice(&slots);
        }
        let nslots = code.nslots();
        task.stack.resize(at + nslots, Value::Undef);
        // Cells and free variables.
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            for (i, src) in code.cell2arg.iter().enumerate() {
                let init = match src {
                    Some(a) => task.stack[at + *a as usize],
                    None => Value::Undef,
                };
                let cell = self.heap.alloc(Obj::Cell(init));
                task.stack[at + nv + i] = Value::Obj(cell);
            }
            for i in code.cell2arg.len()..code.cellvars.len() {
                let cell = self.heap.alloc(Obj::Cell(Value::Undef));
                task.stack[at + nv + i] = Value::Obj(cell);
            }
            if let Obj::Function(f) = self.heap.get(fid) {
                let base = at + nv + code.cellvars.len();
                for (j, c) in f.closure.iter().enumerate() {
                    task.stack[base + j] = *c;
                }
            }
        }
        let globals = match self.heap.get(fid) {
            Obj::Function(f) => f.globals,
            _ => unreachable!(),
        };
        let frame = |cont: Cont| Frame {
            code: code_id,
            ip: 0,
            base: at as u32,
            ret_sp: ret_sp as u32,
            globals,
            ns: ns.unwrap_or(Value::Undef),
            blocks: Vec::new(),
            cont,
            gen: None,
        };
        if !code.flags.generator {
            // Built in place in the frame vector (a temporary 120-byte frame copied in cost
            // more than the rest of the call).
            task.frames.push(frame(cont));
            return Ok(Called::Frame);
        }
        let saved = task.stack.split_off(at);
        task.stack.truncate(ret_sp);
        let (name, qualname) = (code.name.clone(), code.qualname.clone());
        let gen = self.heap.alloc(Obj::Generator(Box::new(Generator {
            name,
            qualname,
            frame: Some(frame(Cont::Push)),
            saved,
            state: GenState::Created,
        })));
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            if let Some(f) = g.frame.as_mut() {
                f.gen = Some(gen);
            }
        }
        self.deliver(task, cont, Value::Obj(gen))
    }

    /// Bind positional and keyword arguments to a code object's parameter slots.
    #[allow(clippy::needless_range_loop)]
    fn bind_args(
        &mut self,
        fid: ObjId,
        code: &crate::bytecode::Code,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Vec<Value>> {
        let Obj::Function(f) = self.heap.get(fid) else {
            unreachable!()
        };
        let f: &Function = f;
        let qual = f.qualname.clone();
        let npos_given = args.len() - kwnames.len();
        let argc = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let nv = code.varnames.len();
        let mut slots = vec![Value::Undef; nv];
        // Positional.
        let take = npos_given.min(argc);
        slots[..take].copy_from_slice(&args[..take]);
        let mut idx = argc + kwonly;
        if code.flags.varargs {
            let extra = if npos_given > argc {
                args[argc..npos_given].to_vec()
            } else {
                vec![]
            };
            slots[idx] = Value::Undef; // filled below
            idx += 1;
            let t = self.new_tuple(extra);
            slots[argc + kwonly] = t;
        } else if npos_given > argc {
            let defaults = f.defaults.len();
            let kw_given = kwnames
                .iter()
                .filter(|k| {
                    let name = self.str_of(**k).unwrap_or("");
                    code.varnames[..argc + kwonly].iter().any(|v| v == name)
                })
                .count();
            let _ = kw_given;
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            let msg = if defaults > 0 {
                format!(
                    "{}() takes from {} to {} positional argument{} but {} {} given",
                    qual,
                    argc - defaults,
                    argc,
                    plural(argc),
                    npos_given,
                    if npos_given == 1 { "was" } else { "were" }
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    qual,
                    argc,
                    plural(argc),
                    npos_given,
                    if npos_given == 1 { "was" } else { "were" }
                )
            };
            return Err(PyErr::type_error(msg));
        }
        let kwargs_dict = if code.flags.varkw {
            let d = self.new_dict();
            slots[idx] = d;
            Some(d)
        } else {
            None
        };
        // Keywords.
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (i, k) in kwnames.iter().enumerate() {
            let v = args[npos_given + i];
            let name = self.str_of(*k).unwrap_or("").to_string();
            let pos = code.varnames[..argc + kwonly]
                .iter()
                .position(|p| *p == name);
            match pos {
                Some(p) if p >= posonly => {
                    if !slots[p].is_undef() {
                        return Err(PyErr::type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    slots[p] = v;
                }
                _ => {
                    if let Some(d) = kwargs_dict {
                        let key = *k;
                        self.dict_set_str(d.as_obj().unwrap(), key, v);
                    } else if pos.is_some() {
                        posonly_as_kw.push(name);
                    } else {
                        return Err(PyErr::type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults.
        let Obj::Function(f) = self.heap.get(fid) else {
            unreachable!()
        };
        let ndef = f.defaults.len();
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argc {
            if slots[i].is_undef() {
                if i + ndef >= argc {
                    slots[i] = f.defaults[i + ndef - argc];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for i in argc..argc + kwonly {
            if slots[i].is_undef() {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => slots[i] = *v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(slots)
    }

    /// Instantiate a class: `C(*args)`.
    fn call_class(
        &mut self,
        task: &mut Task,
        cls: ObjId,
        nargs: usize,
        kwnames: &[Value],
        ret_sp: usize,
        cont: Cont,
    ) -> PyResult<Called> {
        let (kind, builtin) = match self.heap.get(cls) {
            Obj::Class(c) => (c.kind, c.builtin),
            _ => unreachable!(),
        };
        if builtin && kind != TypeKind::Exception {
            // Builtin constructors are natives stored as `__new__`.
            let new = self.sym(Sym::Init);
            let _ = new;
            let ctor = crate::builtins::constructor_for(self, kind);
            let Some(ctor) = ctor else {
                return Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    self.class_name(cls)
                )));
            };
            return self.call_value(task, ctor, nargs, kwnames, ret_sp, cont);
        }
        if kind != TypeKind::Exception && kind != TypeKind::User && kind != TypeKind::Object {
            return Err(PyErr::type_error(format!(
                "cannot create '{}' instances",
                self.class_name(cls)
            )));
        }
        let newf = match self.user_new(cls) {
            Some(f) => Some(f),
            // A subclass of an immutable builtin (`class Name(str)`): the prelude creates the
            // instance with its hidden value, then runs `__init__`.
            None if self.immutable_base(cls) => Some(self.prelude_fn("_immut_new")),
            None => None,
        };
        if let Some(newf) = newf {
            // `C(*args)` with a Python `__new__`: the prelude runs __new__ then __init__.
            let at = task.stack.len() - nargs;
            let npos = nargs - kwnames.len();
            let pos = task.stack[at..at + npos].to_vec();
            let kwv = task.stack[at + npos..].to_vec();
            let t = self.new_tuple(pos);
            let d = self.new_dict();
            for (k, v) in kwnames.iter().zip(kwv) {
                self.dict_set_str(d.as_obj().unwrap(), *k, v);
            }
            let f = self.prelude_fn("_construct");
            task.stack.truncate(ret_sp);
            task.stack.extend([Value::Obj(cls), newf, t, d]);
            return self.call_value(task, f, 4, &[], ret_sp, cont);
        }
        let at = task.stack.len() - nargs;
        let exc = if kind == TypeKind::Exception {
            let npos = nargs - kwnames.len();
            let args = task.stack[at..at + npos].to_vec();
            let t = self.new_tuple(args);
            Some(Box::new(ExcData {
                args: t,
                traceback: vec![],
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            }))
        } else {
            None
        };
        let inst = Value::Obj(self.heap.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: Default::default(),
            exc,
        }))));
        if kind == TypeKind::User {
            self.attach_builtin_base(cls, inst);
        }
        let init = self.lookup_in_class(cls, self.sym(Sym::Init));
        match init {
            Some(Value::Obj(m)) if matches!(self.heap.get(m), Obj::Function(_)) => {
                task.stack.insert(at, inst);
                self.call_value(
                    task,
                    Value::Obj(m),
                    nargs + 1,
                    kwnames,
                    ret_sp,
                    Cont::Init(inst),
                )
                .and_then(|c| self.wrap_init(task, c, cont))
            }
            _ => {
                if kind != TypeKind::Exception && nargs > 0 {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        self.class_name(cls)
                    )));
                }
                task.stack.truncate(ret_sp);
                self.deliver(task, cont, inst)
            }
        }
    }

    /// Does the namespace of new class `cls` hold an object whose class defines `__set_name__`?
    fn needs_set_name(&self, cls: Value) -> bool {
        let Some(&key) = self.interned.get("__set_name__") else {
            return false;
        };
        let Value::Obj(id) = cls else { return false };
        let Obj::Class(c) = self.heap.get(id) else {
            return false;
        };
        c.dict.values().any(|v| match v {
            Value::Obj(o) => match self.heap.get(o) {
                Obj::Instance(inst) => self.lookup_in_class(inst.class, Value::Obj(key)).is_some(),
                _ => false,
            },
            _ => false,
        })
    }

    /// A Python `__init_subclass__` defined by a base of `cls` (after `cls` in the MRO).
    fn init_subclass_hook(&self, cls: Value) -> Option<Value> {
        let Value::Obj(id) = cls else { return None };
        let Obj::Class(c) = self.heap.get(id) else {
            return None;
        };
        let key = self
            .interned
            .get("__init_subclass__")
            .map(|k| Value::Obj(*k))?;
        for k in c.mro.iter().skip(1) {
            let Obj::Class(kc) = self.heap.get(*k) else {
                continue;
            };
            if let Some(i) = self.dict_find_str(&kc.dict, key) {
                let f = kc.dict.entry(i).unwrap().value;
                return match f {
                    Value::Obj(fid) => match self.heap.get(fid) {
                        Obj::Function(_) => Some(f),
                        // `object.__init_subclass__` (native) does nothing.
                        Obj::ClassMethod(inner)
                            if !matches!(
                                inner,
                                Value::Obj(n) if matches!(self.heap.get(*n), Obj::Native(_))
                            ) =>
                        {
                            Some(*inner)
                        }
                        _ => None,
                    },
                    _ => None,
                };
            }
        }
        None
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for functions and classes.
    pub fn function_str(&self, f: Value) -> String {
        if let Value::Obj(id) = f {
            match self.heap.get(id) {
                Obj::Function(func) => {
                    return match self.str_of(func.module) {
                        Some(m) if m != "builtins" => format!("{m}.{}()", func.qualname),
                        _ => format!("{}()", func.qualname),
                    }
                }
                Obj::BoundMethod { func, .. } => return self.function_str(*func),
                Obj::Native(n) => {
                    let full = crate::builtins::native_name(*n);
                    return format!("{}()", full.rsplit('.').next().unwrap_or(full));
                }
                Obj::Class(c) if !c.builtin => return format!("{}.{}()", c.module, c.qualname),
                Obj::Class(c) => return format!("{}()", c.qualname),
                _ => {}
            }
        }
        format!("{} object", self.type_name(f))
    }

    /// A new, uninitialized instance of user class `cls` (`object.__new__(cls)`); `None` for
    /// builtin types.
    pub fn bare_instance(&mut self, cls: ObjId) -> Option<Value> {
        let (kind, builtin) = match self.heap.get(cls) {
            Obj::Class(c) => (c.kind, c.builtin),
            _ => return None,
        };
        if builtin && cls != self.types.object {
            return None;
        }
        let exc = (kind == TypeKind::Exception).then(|| {
            let t = self.new_tuple(vec![]);
            Box::new(ExcData {
                args: t,
                traceback: vec![],
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })
        });
        let inst = Value::Obj(self.heap.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: Default::default(),
            exc,
        }))));
        if kind == TypeKind::User {
            self.attach_builtin_base(cls, inst);
        }
        Some(inst)
    }

    /// A Python `__new__` defined by a user class in `cls`'s MRO.
    fn user_new(&self, cls: ObjId) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        let key = Value::Obj(*self.interned.get("__new__")?);
        for &k in c.mro.iter() {
            let Obj::Class(kc) = self.heap.get(k) else {
                continue;
            };
            if kc.builtin {
                return None;
            }
            if let Some(i) = self.dict_find_str(&kc.dict, key) {
                let f = kc.dict.entry(i).unwrap().value;
                return match f {
                    Value::Obj(fid) => match self.heap.get(fid) {
                        Obj::Function(_) => Some(f),
                        Obj::StaticMethod(inner) => Some(*inner),
                        _ => None,
                    },
                    _ => None,
                };
            }
        }
        None
    }

    /// Does user class `cls` derive from an immutable builtin (`int`, `float`, `str`, `tuple`,
    /// `bytes`)? Its instances get their hidden value from `__new__`.
    pub fn immutable_base(&self, cls: ObjId) -> bool {
        let t = &self.types;
        match self.heap.get(cls) {
            Obj::Class(c) if !c.builtin => c
                .mro
                .iter()
                .any(|k| [t.int, t.float, t.str_, t.tuple, t.bytes].contains(k)),
            _ => false,
        }
    }

    /// Give an instance of a class deriving from `list` / `dict` its hidden builtin value.
    fn attach_builtin_base(&mut self, cls: ObjId, inst: Value) {
        let (list, dict) = (self.types.list, self.types.dict);
        let base_kind = match self.heap.get(cls) {
            Obj::Class(c) if c.mro.contains(&list) => TypeKind::List,
            Obj::Class(c) if c.mro.contains(&dict) => TypeKind::Dict,
            _ => return,
        };
        let b = if base_kind == TypeKind::List {
            self.new_list(vec![])
        } else {
            self.new_dict()
        };
        let key = self.intern(BUILTIN_BASE);
        let Value::Obj(id) = inst else { return };
        let hash = self.str_hash(key);
        if let Obj::Instance(i) = self.heap.get_mut(id) {
            i.attrs.push(hash, key, b);
        }
    }

    /// The hidden list/dict of an instance of a list/dict subclass.
    #[inline]
    pub fn builtin_base(&self, v: Value) -> Option<Value> {
        let Value::Obj(id) = v else { return None };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        // The base is always the first attribute, set at creation.
        let e = inst.attrs.entry(0)?;
        match self.str_of(e.key) {
            Some(BUILTIN_BASE) => Some(e.value),
            _ => None,
        }
    }

    /// `Cont::Init` pushes the instance; if the caller wanted something else, chain it.
    fn wrap_init(&mut self, task: &mut Task, called: Called, cont: Cont) -> PyResult<Called> {
        if matches!(cont, Cont::Push) {
            return Ok(called);
        }
        // The instance is pushed once `__init__` returns; a native continuation (such as `raise
        // Cls` instantiating the class) then runs on it: `INIT_THEN` with state
        // `[inst, inner id, inner state...]`.
        if let Called::Frame = called {
            let fr = task.frames.last_mut().unwrap();
            if let Cont::Init(inst) = fr.cont {
                let Cont::Native { id, state } = cont else {
                    return Err(PyErr::new(
                        ExcType::RuntimeError,
                        "unsupported continuation for __init__",
                    ));
                };
                let mut st = vec![inst, Value::Int(id.0 as i64)];
                st.extend(state.iter().copied());
                fr.cont = Cont::Native {
                    id: crate::builtins::conts::INIT_THEN,
                    state: st.into_boxed_slice(),
                };
            }
        }
        Ok(called)
    }

    /// Apply continuation `cont` to the value `v` as if a frame had returned it.
    pub fn deliver(&mut self, task: &mut Task, cont: Cont, v: Value) -> PyResult<Called> {
        match cont {
            Cont::Push => {
                task.stack.push(v);
                Ok(Called::Done)
            }
            Cont::Discard => Ok(Called::Done),
            Cont::TaskRoot => {
                task.stack.push(v);
                Ok(Called::Done)
            }
            Cont::Init(inst) => {
                if !v.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(v)
                    )));
                }
                task.stack.push(inst);
                Ok(Called::Done)
            }
            Cont::Binary(d) => self.binary_stage(task, d.op, d.stage, d.a, d.b, v),
            Cont::Compare(d) => self.compare_stage(task, d.op, d.stage, d.a, d.b, v),
            Cont::Truth { from_len } => {
                let t = self.truth_result(v, from_len)?;
                task.stack.push(Value::Bool(t));
                Ok(Called::Done)
            }
            Cont::Branch {
                when,
                target,
                keep,
                from_len,
            } => {
                let t = self.truth_result(v, from_len)?;
                let fr = task.frames.last_mut().unwrap();
                if t == when {
                    fr.ip = target;
                    if !keep {
                        // value already popped for PopJumpIf*
                    }
                } else if keep {
                    task.stack.pop();
                }
                Ok(Called::Done)
            }
            Cont::ForIter { .. } => {
                task.stack.push(v);
                Ok(Called::Done)
            }
            Cont::Gen(_) => {
                task.stack.push(v);
                Ok(Called::Done)
            }
            Cont::CheckStr { which } => {
                if self.str_of(v).is_none() {
                    let name = match which {
                        0 => "__str__",
                        1 => "__repr__",
                        _ => "__format__",
                    };
                    return Err(PyErr::type_error(format!(
                        "{} returned non-string (type {})",
                        name,
                        self.type_name(v)
                    )));
                }
                task.stack.push(v);
                Ok(Called::Done)
            }
            Cont::ClassBody(c) => {
                let ClassBody { name, bases, ns } = *c;
                let kw_key = self.intern(CLASS_KWARGS_KEY);
                let kwargs = match ns {
                    Value::Obj(d) => {
                        let kw = self.dict_get_str(d, kw_key);
                        if kw.is_some() {
                            self.dict_del_str(d, kw_key);
                        }
                        kw
                    }
                    _ => None,
                };
                let cls = self.build_class(name, bases, ns)?;
                if let Value::Obj(cell) = v {
                    if let Obj::Cell(c) = self.heap.get_mut(cell) {
                        *c = cls;
                    }
                }
                // `__set_name__` of descriptors in the namespace, then `__init_subclass__`.
                if let Some(kw) = kwargs {
                    let f = self.prelude_fn("_class_setup_kw");
                    let hook = self.init_subclass_hook(cls).unwrap_or(Value::None);
                    let sp = task.stack.len();
                    task.stack.extend([cls, hook, kw]);
                    return self.call_value(task, f, 3, &[], sp, Cont::Push);
                }
                if self.needs_set_name(cls) {
                    let f = self.prelude_fn("_class_setup");
                    let hook = self.init_subclass_hook(cls).unwrap_or(Value::None);
                    let sp = task.stack.len();
                    task.stack.push(cls);
                    task.stack.push(hook);
                    return self.call_value(task, f, 2, &[], sp, Cont::Push);
                }
                // `__init_subclass__` of a base (implicitly a classmethod) runs on the new class.
                if let Some(f) = self.init_subclass_hook(cls) {
                    let sp = task.stack.len();
                    task.stack.push(cls);
                    return self.call_value(
                        task,
                        f,
                        1,
                        &[],
                        sp,
                        Cont::Native {
                            id: crate::builtins::conts::RETURN_STATE,
                            state: Box::new([cls]),
                        },
                    );
                }
                task.stack.push(cls);
                Ok(Called::Done)
            }
            Cont::Import { module } => {
                task.stack.push(module);
                Ok(Called::Done)
            }
            Cont::Contains { invert } => {
                let t = self.truth_result(v, false)?;
                task.stack.push(Value::Bool(t != invert));
                Ok(Called::Done)
            }
            Cont::Unpack {
                before,
                after,
                star,
            } => {
                let items = match v {
                    Value::Obj(id) => match self.heap.get(id) {
                        Obj::List(l) => l.clone(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                self.push_unpacked(task, items, before, star.then_some(after))?;
                Ok(Called::Done)
            }
            Cont::Native { id, state } => {
                let r = crate::builtins::conts::run(self, id, &state, v);
                let sp = task.stack.len();
                self.handle_nresult(task, r, sp, Cont::Push)
            }
        }
    }

    /// Convert a `__bool__`/`__len__` result to a truth value with CPython's checks.
    pub fn truth_result(&self, v: Value, from_len: bool) -> PyResult<bool> {
        if from_len {
            match v {
                Value::Int(i) if i < 0 => Err(PyErr::value_error("__len__() should return >= 0")),
                Value::Int(i) => Ok(i != 0),
                Value::Bool(b) => Ok(b),
                _ => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            }
        } else {
            match v {
                Value::Bool(b) => Ok(b),
                _ => Err(PyErr::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(v)
                ))),
            }
        }
    }

    /// Start a binary operation: native fast path, then dunders.
    pub fn binary_op(
        &mut self,
        task: &mut Task,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Called> {
        if op == BinOp::Mod && self.str_of(a).is_some() {
            let r = crate::builtins::fmt::percent_format(self, a, b)?;
            return self.apply_slow(task, r, Cont::Push);
        }
        let a_inst = self.is_instance_obj(a);
        let b_inst = self.is_instance_obj(b);
        if !a_inst && !b_inst {
            let r = if inplace {
                crate::builtins::seq::inplace_native(self, op, a, b)?
            } else {
                self.binary_native(op, a, b)?
            };
            if !matches!(r, Value::NotImplemented) {
                task.stack.push(r);
                return Ok(Called::Done);
            }
            if op == BinOp::Or && self.is_type_operand(a) && self.is_type_operand(b) {
                // `int | None`: a `types.UnionType` (annotations, isinstance).
                let f = self.prelude_fn("_type_union");
                let slow = crate::builtins::seq::Slow::Call(f, vec![a, b]);
                return self.apply_slow(task, slow, Cont::Push);
            }
            return Err(self.binary_type_error_ex(op, a, b, inplace));
        }
        let stage = if inplace { 0 } else { 1 };
        self.binary_stage(task, op, stage, a, b, Value::Undef)
    }

    /// Continue a binary operation. `prev` is the previous dunder's result (Undef at start).
    fn binary_stage(
        &mut self,
        task: &mut Task,
        op: BinOp,
        stage: u8,
        a: Value,
        b: Value,
        prev: Value,
    ) -> PyResult<Called> {
        if !prev.is_undef() && !matches!(prev, Value::NotImplemented) {
            task.stack.push(prev);
            return Ok(Called::Done);
        }
        let (fwd, refl, inpl) = Sym::binop(op);
        let next_stage = if prev.is_undef() { stage } else { stage + 1 };
        let mut s = next_stage;
        while s <= 2 {
            let (recv, other, sym) = match s {
                0 => (a, b, inpl),
                1 => (a, b, fwd),
                _ => (b, a, refl),
            };
            if s == 2 && self.class_of(a) == self.class_of(b) && self.is_instance_obj(a) {
                break;
            }
            if self.is_instance_obj(recv) {
                if let Some(m) = self.user_dunder(recv, sym) {
                    let sp = task.stack.len();
                    task.stack.push(recv);
                    task.stack.push(other);
                    return self.call_value(
                        task,
                        m,
                        2,
                        &[],
                        sp,
                        Cont::Binary(Box::new(Dunder { op, stage: s, a, b })),
                    );
                }
            } else if s >= 1 {
                let r = if s == 1 {
                    self.binary_native(op, a, b)
                } else {
                    Ok(Value::NotImplemented)
                };
                let r = match r {
                    Ok(v) => v,
                    Err(e) => {
                        if matches!(e, PyErr::New(ExcType::TypeError, _)) {
                            Value::NotImplemented
                        } else {
                            return Err(e);
                        }
                    }
                };
                if !matches!(r, Value::NotImplemented) {
                    task.stack.push(r);
                    return Ok(Called::Done);
                }
            }
            s += 1;
        }
        Err(self.binary_type_error_ex(op, a, b, stage == 0))
    }

    /// Start a rich comparison.
    pub fn compare_op(
        &mut self,
        task: &mut Task,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Called> {
        if !self.is_instance_obj(a) && !self.is_instance_obj(b) {
            match self.compare_native(op, a, b)? {
                Some(r) => {
                    task.stack.push(Value::Bool(r));
                    return Ok(Called::Done);
                }
                None => {
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                        // Containers holding instances with __eq__: prelude slow path.
                        let f = self.prelude_fn("_seq_eq");
                        let sp = task.stack.len();
                        task.stack.push(a);
                        task.stack.push(b);
                        let cont = if op == CmpOp::Ne {
                            Cont::Native {
                                id: crate::builtins::conts::NOT,
                                state: Box::new([]),
                            }
                        } else {
                            Cont::Push
                        };
                        return self.call_value(task, f, 2, &[], sp, cont);
                    }
                    if let Some(r) = self.seq_compare_slow(task, op, a, b)? {
                        return Ok(r);
                    }
                    return Err(self.compare_type_error(op, a, b));
                }
            }
        }
        self.compare_stage(task, op, 0, a, b, Value::Undef)
    }

    /// Lists/tuples whose elements need Python comparisons.
    fn seq_compare_slow(
        &mut self,
        task: &mut Task,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Called>> {
        let ka = self.kind_of(a);
        if ka == self.kind_of(b) && matches!(ka, TypeKind::List | TypeKind::Tuple) {
            let f = self.prelude_fn("_seq_cmp");
            let sp = task.stack.len();
            let opname = self.new_str(op.symbol());
            task.stack.extend([a, b, opname]);
            return self.call_value(task, f, 3, &[], sp, Cont::Push).map(Some);
        }
        Ok(None)
    }

    fn compare_stage(
        &mut self,
        task: &mut Task,
        op: CmpOp,
        stage: u8,
        a: Value,
        b: Value,
        prev: Value,
    ) -> PyResult<Called> {
        if !prev.is_undef() && !matches!(prev, Value::NotImplemented) {
            task.stack.push(prev);
            return Ok(Called::Done);
        }
        let (fwd, refl) = Sym::cmp(op);
        let mut s = if prev.is_undef() { stage } else { stage + 1 };
        while s <= 1 {
            let (recv, other, sym) = if s == 0 { (a, b, fwd) } else { (b, a, refl) };
            if let Some(m) = self.user_dunder(recv, sym) {
                let sp = task.stack.len();
                task.stack.push(recv);
                task.stack.push(other);
                return self.call_value(
                    task,
                    m,
                    2,
                    &[],
                    sp,
                    Cont::Compare(Box::new(Dunder { op, stage: s, a, b })),
                );
            }
            if op == CmpOp::Ne && s == 0 {
                // Default __ne__ inverts __eq__.
                if let Some(m) = self.user_dunder(a, Sym::Eq) {
                    let sp = task.stack.len();
                    task.stack.push(a);
                    task.stack.push(b);
                    return self.call_value(
                        task,
                        m,
                        2,
                        &[],
                        sp,
                        Cont::Native {
                            id: crate::builtins::conts::NE_FROM_EQ,
                            state: Box::new([a, b]),
                        },
                    );
                }
            }
            s += 1;
        }
        match op {
            CmpOp::Eq => {
                task.stack.push(Value::Bool(a.is(b)));
                Ok(Called::Done)
            }
            CmpOp::Ne => {
                task.stack.push(Value::Bool(!a.is(b)));
                Ok(Called::Done)
            }
            _ => {
                if let Some(r) = self.compare_native(op, a, b)? {
                    task.stack.push(Value::Bool(r));
                    return Ok(Called::Done);
                }
                Err(self.compare_type_error(op, a, b))
            }
        }
    }

    #[inline]
    pub fn is_instance_obj(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => matches!(self.heap.get(id), Obj::Instance(_)),
            _ => false,
        }
    }

    /// A function from the prelude module by name.
    pub fn prelude_fn(&self, name: &str) -> Value {
        let key = self
            .interned
            .get(name)
            .map(|id| Value::Obj(*id))
            .unwrap_or(Value::None);
        self.dict_get_str(self.prelude, key).unwrap_or(Value::None)
    }

    /// `gen.throw(exc)`: resume the generator and raise `exc` at its suspension point. If the
    /// generator does not handle it, it finishes and `exc` propagates to the caller.
    pub fn throw_into_generator(
        &mut self,
        task: &mut Task,
        gen: ObjId,
        exc: ObjId,
        ret_sp: usize,
    ) -> PyResult<Called> {
        let state = match self.heap.get(gen) {
            Obj::Generator(g) => g.state,
            _ => return Err(PyErr::type_error("not a generator")),
        };
        match state {
            GenState::Running => return Err(PyErr::value_error("generator already executing")),
            GenState::Finished => {
                task.stack.truncate(ret_sp);
                return Err(PyErr::Obj(exc));
            }
            _ => {}
        }
        self.resume_generator(task, gen, Value::None, GenMode::Next, ret_sp)?;
        let has_handler = !task.frames.last().unwrap().blocks.is_empty();
        if has_handler {
            return match self.unwind(task, PyErr::Obj(exc), true) {
                Ok(()) => Ok(Called::Frame),
                Err(e) => Err(PyErr::Obj(e)),
            };
        }
        // No handler in the generator: it finishes; the exception continues in the caller.
        let frame = task.frames.pop().unwrap();
        let line = self.codes[frame.code.0 as usize]
            .code
            .line_at((frame.ip as usize).saturating_sub(1));
        if let Some(d) = self.exc_data_mut(exc) {
            d.traceback.push((frame.code, line));
        }
        task.stack.truncate(frame.ret_sp as usize);
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Finished;
            g.saved.clear();
        }
        Err(PyErr::Obj(exc))
    }

    /// Resume a generator: push its frame with mode `mode`, sending `value`.
    pub fn resume_generator(
        &mut self,
        task: &mut Task,
        gen: ObjId,
        value: Value,
        mode: GenMode,
        ret_sp: usize,
    ) -> PyResult<Called> {
        if task.frames.len() >= self.config.recursion_limit {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // A fold (`GenMode::is_fold`) starts from `value`, its state so far, and sends None.
        let (value, total) = if mode.is_fold() {
            (Value::None, Some(value))
        } else {
            (value, None)
        };
        let Obj::Generator(g) = self.heap.get_mut(gen) else {
            return Err(PyErr::type_error("not a generator"));
        };
        match g.state {
            GenState::Running => return Err(PyErr::value_error("generator already executing")),
            GenState::Finished => {
                task.stack.truncate(ret_sp);
                return match mode {
                    GenMode::ForIter { exit } => {
                        task.stack.pop();
                        task.frames.last_mut().unwrap().ip = exit;
                        Ok(Called::Done)
                    }
                    GenMode::Next => Err(PyErr::New(ExcType::StopIteration, String::new())),
                    GenMode::YieldFrom => {
                        task.stack.pop();
                        task.stack.pop();
                        task.stack.push(Value::None);
                        Ok(Called::Done)
                    }
                    GenMode::Sum | GenMode::Any | GenMode::All | GenMode::List => {
                        task.stack.push(total.unwrap_or(Value::None));
                        Ok(Called::Done)
                    }
                };
            }
            GenState::Created if !value.is_none() => {
                return Err(PyErr::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            _ => {}
        }
        let started = g.state == GenState::Suspended;
        g.state = GenState::Running;
        task.stack.truncate(ret_sp);
        if let Some(t) = total {
            // The total in the result slot, the generator's frame above it.
            task.stack.push(t);
        }
        let base = task.stack.len() as u32;
        // Copy rather than take: the generator keeps its buffer's capacity for the next yield.
        task.stack.extend_from_slice(&g.saved);
        g.saved.clear();
        let fr = g.frame.as_mut().expect("suspended generator has a frame");
        task.push_resumed_frame(fr, base, ret_sp as u32, mode);
        g.frame = None;
        if started {
            task.stack.push(value);
        }
        Ok(Called::Frame)
    }

    /// `class Color(str, Enum)`: builtin types other than list/dict cannot be subclassed, so
    /// next to an enum base (a class with `_member_list_`) a builtin base is replaced by the
    /// enum's value-delegating mixin for it (`Enum._mixin_str_`, …).
    fn substitute_enum_mixins(&mut self, base_ids: &mut [ObjId]) {
        let Some(&list_key) = self.interned.get("_member_list_") else {
            return;
        };
        let enum_base = base_ids
            .iter()
            .copied()
            .find(|b| self.lookup_in_class(*b, Value::Obj(list_key)).is_some());
        let Some(enum_base) = enum_base else { return };
        for b in base_ids.iter_mut() {
            let kind = match self.heap.get(*b) {
                Obj::Class(bc) => bc.kind,
                _ => continue,
            };
            let name = match kind {
                TypeKind::Str => "_mixin_str_",
                TypeKind::Int => "_mixin_int_",
                TypeKind::Float => "_mixin_float_",
                _ => continue,
            };
            let Some(&key) = self.interned.get(name) else {
                continue;
            };
            if let Some(Value::Obj(m)) = self.lookup_in_class(enum_base, Value::Obj(key)) {
                if matches!(self.heap.get(m), Obj::Class(_)) {
                    *b = m;
                }
            }
        }
    }

    /// Create the class object at the end of a class body.
    pub fn build_class(&mut self, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
        let name_s = self.str_of(name).unwrap_or("?").to_string();
        let mut base_ids: Vec<ObjId> = Vec::new();
        for b in self.tuple_items(bases).to_vec() {
            match b {
                Value::Obj(id) if matches!(self.heap.get(id), Obj::Class(_)) => base_ids.push(id),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not '{}'",
                        self.type_name(b)
                    )))
                }
            }
        }
        if base_ids.is_empty() {
            base_ids.push(self.types.object);
        }
        for (i, b) in base_ids.iter().enumerate() {
            if base_ids[..i].contains(b) {
                return Err(PyErr::type_error(format!(
                    "duplicate base class {}",
                    self.class_name(*b)
                )));
            }
        }
        self.substitute_enum_mixins(&mut base_ids);
        let mut kind = TypeKind::User;
        for b in &base_ids {
            let Obj::Class(bc) = self.heap.get(*b) else {
                unreachable!()
            };
            match bc.kind {
                TypeKind::Exception => kind = TypeKind::Exception,
                // list / dict subclasses: instances carry a hidden list/dict (see
                // `Vm::builtin_base`); the prelude gives `list` and `dict` Python dunders.
                TypeKind::Object
                | TypeKind::User
                | TypeKind::List
                | TypeKind::Dict
                | TypeKind::Int
                | TypeKind::Float
                | TypeKind::Str
                | TypeKind::Tuple
                | TypeKind::Bytes => {}
                TypeKind::NoneType
                | TypeKind::NotImplementedType
                | TypeKind::Ellipsis
                | TypeKind::Bool
                | TypeKind::Function
                | TypeKind::BuiltinFunction
                | TypeKind::Method
                | TypeKind::Range
                | TypeKind::Slice
                | TypeKind::Generator
                | TypeKind::Cell
                | TypeKind::Iterator
                | TypeKind::DictKeys
                | TypeKind::DictValues
                | TypeKind::DictItems => {
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        bc.name
                    )))
                }
                _ => {
                    return Err(PyErr::new(
                        ExcType::NotImplementedError,
                        format!(
                            "subclassing the builtin type '{}' is not supported by Cloaca",
                            bc.name
                        ),
                    ))
                }
            }
        }
        let Value::Obj(nsid) = ns else { unreachable!() };
        let mut dict = match self.heap.get(nsid) {
            Obj::Dict(d) => d.clone(),
            _ => Default::default(),
        };
        // A class that defines __eq__ but not __hash__ is unhashable.
        let (eq, hash) = (self.sym(Sym::Eq), self.sym(Sym::Hash));
        if self.dict_find_str(&dict, eq).is_some() && self.dict_find_str(&dict, hash).is_none() {
            let h = self.str_hash(hash);
            dict.push(h, hash, Value::None);
        }
        let module = self
            .dict_get_str(nsid, self.sym(Sym::Module))
            .and_then(|m| self.str_of(m).map(|s| s.to_string()))
            .unwrap_or_else(|| "__main__".into());
        let qualname = self
            .dict_get_str(nsid, self.sym(Sym::QualName))
            .and_then(|m| self.str_of(m).map(|s| s.to_string()))
            .unwrap_or_else(|| name_s.clone());
        let cls = self.heap.alloc(Obj::Class(Box::new(crate::object::Class {
            name: name_s,
            qualname,
            module,
            bases: base_ids,
            mro: vec![],
            dict: *dict,
            kind,
            builtin: false,
        })));
        let mro = self.compute_mro(cls)?;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.mro = mro;
        }
        Ok(Value::Obj(cls))
    }

    /// C3 linearization.
    pub fn compute_mro(&self, cls: ObjId) -> PyResult<Vec<ObjId>> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return Ok(vec![cls]);
        };
        let mut seqs: Vec<Vec<ObjId>> = Vec::new();
        for b in &c.bases {
            match self.heap.get(*b) {
                Obj::Class(bc) => seqs.push(bc.mro.clone()),
                _ => return Err(PyErr::type_error("bases must be types")),
            }
        }
        seqs.push(c.bases.clone());
        let mut out = vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut cand = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    cand = Some(head);
                    break;
                }
            }
            let Some(h) = cand else {
                let names: Vec<String> = c.bases.iter().map(|b| self.class_name(*b)).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(h);
            for s in seqs.iter_mut() {
                if s[0] == h {
                    s.remove(0);
                }
            }
        }
    }
}

/// Attribute name of the hidden builtin value of list/dict subclass instances.
pub const BUILTIN_BASE: &str = "__cloaca_base__";

/// Combine a native's requested continuation with the call site's.
fn chain_cont(inner: Cont, outer: Cont) -> PyResult<Cont> {
    match (inner, outer) {
        (c, Cont::Push) => Ok(c),
        (Cont::Push, c) => Ok(c),
        _ => Err(PyErr::new(
            ExcType::RuntimeError,
            "nested native continuation",
        )),
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
