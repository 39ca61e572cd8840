//! Attribute access: `obj.name` lookup (instance dict, class MRO, descriptors — functions,
//! `property`, `staticmethod`, `classmethod` — and `__getattr__`), assignment and deletion.

use crate::object::{Obj, TypeKind};
use crate::value::{ObjId, Value};
use crate::vm::exc::{ExcType, PyErr, PyResult};
use crate::vm::{Sym, Vm};

/// The outcome of an attribute lookup that may need to run Python code.
pub enum Attr {
    Value(Value),
    /// Call `func(*args)`; its result is the attribute value (property getter, `__getattr__`).
    Call(Value, Vec<Value>),
}

impl Vm {
    /// A user-defined descriptor's method: `attr` is an instance whose class defines `which`
    /// (`__get__`, `__set__`, `__delete__`).
    pub fn descr_method(&self, attr: Value, which: &str) -> Option<Value> {
        let Value::Obj(a) = attr else { return None };
        let Obj::Instance(inst) = self.heap.get(a) else {
            return None;
        };
        let key = Value::Obj(*self.interned.get(which)?);
        self.lookup_in_class(inst.class, key)
    }

    /// Is `attr` a data descriptor (its class defines `__set__` or `__delete__`)?
    fn is_data_descr(&self, attr: Value) -> bool {
        self.descr_method(attr, "__set__").is_some()
            || self.descr_method(attr, "__delete__").is_some()
    }

    /// Bind a class attribute found on the type of `obj` (descriptor protocol).
    fn bind(&mut self, attr: Value, obj: Value, cls: ObjId) -> Attr {
        if let Value::Obj(id) = attr {
            match self.heap.get(id) {
                Obj::Function(_) | Obj::Native(_) => {
                    return Attr::Value(Value::Obj(self.heap.alloc(Obj::BoundMethod {
                        func: attr,
                        receiver: obj,
                    })))
                }
                Obj::StaticMethod(f) => return Attr::Value(*f),
                Obj::ClassMethod(f) => {
                    let f = *f;
                    return Attr::Value(Value::Obj(self.heap.alloc(Obj::BoundMethod {
                        func: f,
                        receiver: Value::Obj(cls),
                    })));
                }
                Obj::Property(pr) => {
                    let fget = &pr.fget;
                    if fget.is_none() {
                        return Attr::Value(Value::Undef);
                    }
                    return Attr::Call(*fget, vec![obj]);
                }
                Obj::Instance(_) => {
                    if let Some(g) = self.descr_method(attr, "__get__") {
                        return Attr::Call(g, vec![attr, obj, Value::Obj(cls)]);
                    }
                }
                _ => {}
            }
        }
        Attr::Value(attr)
    }

    /// `getattr(obj, name)`. `name` must be a str value.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Attr> {
        match self.get_attr_opt(obj, name)? {
            Some(Attr::Value(Value::Undef)) => Err(PyErr::attribute_error(format!(
                "property '{}' of '{}' object has no getter",
                self.str_of(name).unwrap_or("?"),
                self.type_name(obj)
            ))),
            Some(a) => Ok(a),
            None => Err(self.attr_error(obj, name)),
        }
    }

    pub fn attr_error(&self, obj: Value, name: Value) -> PyErr {
        let n = self.str_of(name).unwrap_or("?");
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Obj::Class(c) => {
                    return PyErr::attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        c.name, n
                    ))
                }
                Obj::Module(m) => {
                    return PyErr::attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name, n
                    ))
                }
                _ => {}
            }
        }
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            n
        ))
    }

    /// Attribute lookup; `None` if absent (before `__getattr__`, which is included).
    #[allow(clippy::collapsible_match)]
    pub fn get_attr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Attr>> {
        let cls = self.class_of(obj);
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Obj::Instance(inst) => {
                    let class_attr = self.lookup_in_class(cls, name);
                    if let Some(Value::Obj(a)) = class_attr {
                        match self.heap.get(a) {
                            Obj::Property(_) => {
                                return Ok(Some(self.bind(Value::Obj(a), obj, cls)));
                            }
                            // A data descriptor takes precedence over the instance dict.
                            Obj::Instance(_) if self.is_data_descr(Value::Obj(a)) => {
                                return Ok(Some(self.bind(Value::Obj(a), obj, cls)));
                            }
                            _ => {}
                        }
                    }
                    if let Some(i) = self.dict_find_str(&inst.attrs, name) {
                        return Ok(Some(Attr::Value(inst.attrs.entry(i).unwrap().value)));
                    }
                    if let Some(e) = inst.exc.as_ref() {
                        let s = self.str_of(name).unwrap_or("");
                        match s {
                            "args" => return Ok(Some(Attr::Value(e.args))),
                            "__cause__" => return Ok(Some(Attr::Value(e.cause))),
                            "__context__" => return Ok(Some(Attr::Value(e.context))),
                            "__suppress_context__" => {
                                return Ok(Some(Attr::Value(Value::Bool(e.suppress_context))))
                            }
                            "__traceback__" => return Ok(Some(Attr::Value(Value::None))),
                            "value"
                                if self
                                    .is_subclass(cls, self.types.exc(ExcType::StopIteration)) =>
                            {
                                let v = self.tuple_items(e.args).first().copied();
                                return Ok(Some(Attr::Value(v.unwrap_or(Value::None))));
                            }
                            "code"
                                if self.is_subclass(cls, self.types.exc(ExcType::SystemExit)) =>
                            {
                                let items = self.tuple_items(e.args);
                                let v = match items.len() {
                                    0 => Value::None,
                                    1 => items[0],
                                    _ => e.args,
                                };
                                return Ok(Some(Attr::Value(v)));
                            }
                            _ => {}
                        }
                    }
                    if let Some(a) = class_attr {
                        return Ok(Some(self.bind(a, obj, cls)));
                    }
                    if name.is(self.sym(Sym::Class)) {
                        return Ok(Some(Attr::Value(Value::Obj(cls))));
                    }
                    if name.is(self.sym(Sym::Dict)) && cls != self.types.object {
                        // A live view of the attributes (writes go to the instance).
                        let proxy = self.prelude_fn("_InstanceDict");
                        if !proxy.is_none() {
                            return Ok(Some(Attr::Call(proxy, vec![obj])));
                        }
                        let mut d = inst.attrs.clone();
                        if self.builtin_base(obj).is_some() {
                            d.remove_at(0);
                        }
                        return Ok(Some(Attr::Value(Value::Obj(
                            self.heap.alloc(Obj::Dict(Box::new(d))),
                        ))));
                    }
                    if let Some(ga) = self.lookup_in_class(cls, self.sym(Sym::GetAttr)) {
                        return Ok(Some(Attr::Call(ga, vec![obj, name])));
                    }
                    return Ok(None);
                }
                Obj::Class(_) => return self.class_attr(id, name),
                Obj::Module(m) => {
                    let d = m.dict;
                    return Ok(self.dict_get_str(d, name).map(Attr::Value));
                }
                Obj::Super { class, receiver } => {
                    let (start, receiver) = (*class, *receiver);
                    return Ok(self.super_attr(start, receiver, name));
                }
                Obj::Function(f) => {
                    let s = self.str_of(name).unwrap_or("");
                    let is_annotations = s == "__annotations__";
                    let v = match s {
                        "__name__" => Some({
                            let n = f.name.clone();
                            self.new_str(&*n)
                        }),
                        "__qualname__" => Some({
                            let n = f.qualname.clone();
                            self.new_str(&*n)
                        }),
                        "__doc__" => Some(f.doc),
                        "__module__" => Some(f.module),
                        "__defaults__" => {
                            if f.defaults.is_empty() {
                                Some(Value::None)
                            } else {
                                let d = f.defaults.clone();
                                Some(self.new_tuple(d))
                            }
                        }
                        "__kwdefaults__" => {
                            if f.kwdefaults.is_empty() {
                                Some(Value::None)
                            } else {
                                let kd = f.kwdefaults.clone();
                                let d = self.new_dict();
                                for (k, v) in kd {
                                    let key = self.intern(&k);
                                    self.dict_set_str(d.as_obj().unwrap(), key, v);
                                }
                                Some(d)
                            }
                        }
                        "__dict__" => {
                            let d = f.attrs.clone().unwrap_or_default();
                            Some(Value::Obj(self.heap.alloc(Obj::Dict(Box::new(d)))))
                        }
                        _ => f.attrs.as_ref().and_then(|d| {
                            self.dict_find_str(d, name)
                                .map(|i| d.entry(i).unwrap().value)
                        }),
                    };
                    if let Some(v) = v {
                        return Ok(Some(Attr::Value(v)));
                    }
                    if is_annotations {
                        // A function without annotations: CPython creates an empty dict.
                        return Ok(Some(Attr::Value(self.new_dict())));
                    }
                }
                Obj::BoundMethod { func, receiver } => {
                    let s = self.str_of(name).unwrap_or("");
                    match s {
                        "__self__" => return Ok(Some(Attr::Value(*receiver))),
                        "__func__" => return Ok(Some(Attr::Value(*func))),
                        _ => {
                            let f = *func;
                            return self.get_attr_opt(f, name);
                        }
                    }
                }
                Obj::Native(n) => {
                    let full = crate::builtins::native_name(*n);
                    match self.str_of(name) {
                        Some("__name__") => {
                            let short = full.rsplit('.').next().unwrap_or(full).to_string();
                            return Ok(Some(Attr::Value(self.new_str(short))));
                        }
                        Some("__qualname__") => {
                            let full = full.to_string();
                            return Ok(Some(Attr::Value(self.new_str(full))));
                        }
                        _ => {}
                    }
                }
                Obj::Range { start, stop, step } => {
                    let v = match self.str_of(name).unwrap_or("") {
                        "start" => Some(*start),
                        "stop" => Some(*stop),
                        "step" => Some(*step),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(Some(Attr::Value(Value::Int(v))));
                    }
                }
                Obj::Slice(sl) => {
                    let crate::object::SliceObj { start, stop, step } = &**sl;
                    let v = match self.str_of(name).unwrap_or("") {
                        "start" => Some(*start),
                        "stop" => Some(*stop),
                        "step" => Some(*step),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(Some(Attr::Value(v)));
                    }
                }
                Obj::Generator(g) => {
                    if self.str_of(name) == Some("__name__") {
                        let n = g.name.clone();
                        return Ok(Some(Attr::Value(self.new_str(&*n))));
                    }
                }
                Obj::Property(pr) => {
                    let crate::object::PropertyObj { fget, fset, fdel } = &**pr;
                    let v = match self.str_of(name).unwrap_or("") {
                        "fget" => Some(*fget),
                        "fset" => Some(*fset),
                        "fdel" => Some(*fdel),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(Some(Attr::Value(v)));
                    }
                    if self.str_of(name) == Some("__isabstractmethod__") {
                        // True when one of the accessors is abstract (`abc.abstractmethod`).
                        let parts = [*fget, *fset, *fdel];
                        let key = self.intern("__isabstractmethod__");
                        let mut abstract_ = false;
                        for p in parts {
                            if let Value::Obj(f) = p {
                                if let Obj::Function(func) = self.heap.get(f) {
                                    if let Some(d) = &func.attrs {
                                        if let Some(i) = self.dict_find_str(d, key) {
                                            let v = d.entry(i).unwrap().value;
                                            abstract_ |= self.truthy_native(v).unwrap_or(false);
                                        }
                                    }
                                }
                            }
                        }
                        return Ok(Some(Attr::Value(Value::Bool(abstract_))));
                    }
                }
                Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                    let f = *f;
                    match self.str_of(name).unwrap_or("") {
                        "__func__" | "__wrapped__" => return Ok(Some(Attr::Value(f))),
                        "__isabstractmethod__" => {
                            return Ok(self
                                .get_attr_opt(f, name)?
                                .or(Some(Attr::Value(Value::Bool(false)))))
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        // Builtin values: methods from the type.
        if name.is(self.sym(Sym::Class)) {
            return Ok(Some(Attr::Value(Value::Obj(cls))));
        }
        if let Some(a) = self.lookup_in_class(cls, name) {
            return Ok(Some(self.bind(a, obj, cls)));
        }
        // Numbers: real/imag, numerator/denominator.
        match (self.str_of(name).unwrap_or(""), obj) {
            ("real", Value::Int(_) | Value::Float(_) | Value::Bool(_)) => {
                return Ok(Some(Attr::Value(obj)))
            }
            ("imag", Value::Int(_) | Value::Bool(_)) => {
                return Ok(Some(Attr::Value(Value::Int(0))))
            }
            ("imag", Value::Float(_)) => return Ok(Some(Attr::Value(Value::Float(0.0)))),
            ("numerator", Value::Int(_) | Value::Bool(_)) => return Ok(Some(Attr::Value(obj))),
            ("denominator", Value::Int(_) | Value::Bool(_)) => {
                return Ok(Some(Attr::Value(Value::Int(1))))
            }
            _ => {}
        }
        Ok(None)
    }

    fn class_attr(&mut self, cls: ObjId, name: Value) -> PyResult<Option<Attr>> {
        if let Some(a) = self.lookup_in_class(cls, name) {
            if let Value::Obj(id) = a {
                match self.heap.get(id) {
                    Obj::StaticMethod(f) => return Ok(Some(Attr::Value(*f))),
                    Obj::Instance(_) => {
                        if let Some(g) = self.descr_method(a, "__get__") {
                            return Ok(Some(Attr::Call(g, vec![a, Value::None, Value::Obj(cls)])));
                        }
                    }
                    Obj::ClassMethod(f) => {
                        let f = *f;
                        return Ok(Some(Attr::Value(Value::Obj(self.heap.alloc(
                            Obj::BoundMethod {
                                func: f,
                                receiver: Value::Obj(cls),
                            },
                        )))));
                    }
                    _ => {}
                }
            }
            return Ok(Some(Attr::Value(a)));
        }
        let Obj::Class(c) = self.heap.get(cls) else {
            return Ok(None);
        };
        let s = self.str_of(name).unwrap_or("");
        let v = match s {
            "__name__" => {
                let n = c.name.clone();
                self.new_str(n)
            }
            "__qualname__" => {
                let n = c.qualname.clone();
                self.new_str(n)
            }
            "__module__" => {
                let n = c.module.clone();
                self.new_str(n)
            }
            "__mro__" => {
                let m: Vec<Value> = c.mro.iter().map(|x| Value::Obj(*x)).collect();
                self.new_tuple(m)
            }
            "__bases__" => {
                let m: Vec<Value> = c.bases.iter().map(|x| Value::Obj(*x)).collect();
                self.new_tuple(m)
            }
            "__base__" => c
                .bases
                .first()
                .map(|b| Value::Obj(*b))
                .unwrap_or(Value::None),
            "__doc__" => Value::None,
            "__dict__" => {
                let d = c.dict.clone();
                Value::Obj(self.heap.alloc(Obj::Dict(Box::new(d))))
            }
            "__class__" => Value::Obj(self.types.type_),
            // Methods of `type` itself, bound to the class.
            "__subclasses__" | "mro" => {
                let type_ = self.types.type_;
                match self.lookup_in_class(type_, name) {
                    Some(f) => Value::Obj(self.heap.alloc(Obj::BoundMethod {
                        func: f,
                        receiver: Value::Obj(cls),
                    })),
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(Attr::Value(v)))
    }

    /// `super(cls, obj).name`
    fn super_attr(&mut self, start: ObjId, receiver: Value, name: Value) -> Option<Attr> {
        let recv_cls = match receiver {
            Value::Obj(id) if matches!(self.heap.get(id), Obj::Class(_)) => id,
            _ => self.class_of(receiver),
        };
        let Obj::Class(c) = self.heap.get(recv_cls) else {
            return None;
        };
        let mro = c.mro.clone();
        let pos = mro.iter().position(|k| *k == start)?;
        for k in &mro[pos + 1..] {
            let Obj::Class(kc) = self.heap.get(*k) else {
                continue;
            };
            if let Some(i) = self.dict_find_str(&kc.dict, name) {
                let a = kc.dict.entry(i).unwrap().value;
                let receiver_is_class = matches!(receiver, Value::Obj(id) if matches!(self.heap.get(id), Obj::Class(_)));
                if receiver_is_class {
                    if let Value::Obj(id) = a {
                        match self.heap.get(id) {
                            Obj::ClassMethod(f) => {
                                let f = *f;
                                return Some(Attr::Value(Value::Obj(
                                    self.heap.alloc(Obj::BoundMethod { func: f, receiver }),
                                )));
                            }
                            Obj::StaticMethod(f) => return Some(Attr::Value(*f)),
                            // `__init_subclass__` / `__class_getitem__` are implicit
                            // classmethods.
                            Obj::Function(_)
                                if matches!(
                                    self.str_of(name),
                                    Some("__init_subclass__" | "__class_getitem__")
                                ) =>
                            {
                                return Some(Attr::Value(Value::Obj(
                                    self.heap.alloc(Obj::BoundMethod { func: a, receiver }),
                                )));
                            }
                            _ => return Some(Attr::Value(a)),
                        }
                    }
                    return Some(Attr::Value(a));
                }
                return Some(self.bind(a, receiver, recv_cls));
            }
        }
        None
    }

    /// `obj.name = value`. Returns a call to make for property setters.
    pub fn set_attr(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
    ) -> PyResult<Option<(Value, Vec<Value>)>> {
        self.set_attr_impl(obj, name, value, true)
    }

    /// A Python-defined `__setattr__` / `__delattr__` (`which`) on a user class's MRO (cached:
    /// it is consulted on every attribute store).
    fn attr_hook(&self, cls: ObjId, which: Sym) -> Option<Value> {
        let key = self.sym(which);
        self.attr_cache_lookup(cls, key, true, || {
            let Obj::Class(c) = self.heap.get(cls) else {
                return None;
            };
            for &k in c.mro.iter() {
                let Obj::Class(kc) = self.heap.get(k) else {
                    continue;
                };
                if kc.builtin {
                    continue;
                }
                if let Some(i) = self.dict_find_str(&kc.dict, key) {
                    let f = kc.dict.entry(i).unwrap().value;
                    return match f {
                        Value::Obj(fid) if matches!(self.heap.get(fid), Obj::Function(_)) => {
                            Some(f)
                        }
                        _ => None,
                    };
                }
            }
            None
        })
    }

    /// The inline-cache hit path of `LoadAttr`/`StoreAttr` at cache `slot`: the index of
    /// `name` in plain instance `obj`'s attribute dict, when the site's entry is still valid.
    #[inline]
    pub fn attr_site_index(&self, obj: Value, name: Value, slot: usize) -> Option<usize> {
        let Value::Obj(id) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        let epoch = self.heap.class_epoch();
        for site in self.global_cache.attr_sites(slot) {
            if inst.class.0 == site.class && site.epoch == epoch {
                let i = site.index as usize;
                return match inst.attrs.entry(i) {
                    Some(e) if e.key.is(name) => Some(i),
                    _ => None,
                };
            }
        }
        None
    }

    /// The `LoadAttr` inline-cache hit: `obj.name` straight from plain instance `obj`'s
    /// attribute dict when the site at `slot` remembers where it sits (one heap lookup).
    #[inline(always)]
    pub fn attr_site_load(&self, obj: Value, name: Value, slot: usize) -> Option<Value> {
        let Value::Obj(id) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        let epoch = self.heap.class_epoch();
        for site in self.global_cache.attr_sites(slot) {
            if inst.class.0 == site.class && site.epoch == epoch {
                return match inst.attrs.entry(site.index as usize) {
                    Some(e) if e.key.is(name) => Some(e.value),
                    _ => None,
                };
            }
        }
        None
    }

    /// Overwrite entry `i` of instance `obj`'s attribute dict (after [`Vm::attr_site_index`]).
    #[inline]
    pub fn set_instance_attr_at(&mut self, obj: Value, i: usize, v: Value) {
        if let Value::Obj(id) = obj {
            if let Obj::Instance(inst) = self.heap.get_mut(id) {
                *inst.attrs.entry_value_mut(i) = v;
            }
        }
    }

    /// After a slow-path `obj.name` load or store, remember where `name` lives if the plain
    /// instance-dict rule decided it: no property or descriptor instance for `name` on the
    /// class, no Python `__setattr__`, not an exception instance (special attributes).
    #[inline(never)]
    pub fn attr_site_fill(&mut self, obj: Value, name: Value, slot: usize) {
        let Value::Obj(id) = obj else { return };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return;
        };
        let cls = inst.class;
        if inst.exc.is_some() || cls == self.types.object {
            return;
        }
        let Some(i) = self.dict_find_str(&inst.attrs, name) else {
            return;
        };
        if let Some(Value::Obj(a)) = self.lookup_in_class(cls, name) {
            if matches!(self.heap.get(a), Obj::Property(_) | Obj::Instance(_)) {
                return;
            }
        }
        if self.attr_hook(cls, Sym::SetAttr).is_some() {
            return;
        }
        let site = crate::vm::AttrSite {
            class: cls.0,
            epoch: self.heap.class_epoch(),
            index: i as u32,
            aux: 0,
        };
        self.global_cache.set_attr_site(slot, site);
    }

    /// `obj.name = value`; `hooks` = false for `object.__setattr__` (skips a Python
    /// `__setattr__`).
    pub fn set_attr_impl(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
        hooks: bool,
    ) -> PyResult<Option<(Value, Vec<Value>)>> {
        let Value::Obj(id) = obj else {
            return Err(self.readonly_attr_error(obj, name));
        };
        if hooks {
            if let Obj::Instance(inst) = self.heap.get(id) {
                if let Some(h) = self.attr_hook(inst.class, Sym::SetAttr) {
                    return Ok(Some((h, vec![obj, name, value])));
                }
            }
        }
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                if cls == self.types.object {
                    return Err(self.attr_error(obj, name));
                }
                if let Some(Value::Obj(a)) = self.lookup_in_class(cls, name) {
                    if let Obj::Property(pr) = self.heap.get(a) {
                        let fset = &pr.fset;
                        if fset.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                self.str_of(name).unwrap_or("?"),
                                self.type_name(obj)
                            )));
                        }
                        return Ok(Some((*fset, vec![obj, value])));
                    }
                    if let Some(f) = self.descr_method(Value::Obj(a), "__set__") {
                        return Ok(Some((f, vec![Value::Obj(a), obj, value])));
                    }
                }
                let is_exc = matches!(self.heap.get(id), Obj::Instance(i) if i.exc.is_some());
                let s = if is_exc {
                    self.str_of(name).unwrap_or("").to_string()
                } else {
                    String::new()
                };
                if is_exc
                    && matches!(
                        s.as_str(),
                        "args" | "__cause__" | "__context__" | "__suppress_context__"
                    )
                {
                    if let Some(tuple_args) = (s == "args").then_some(value) {
                        let t = match self.heap.get(tuple_args.as_obj().unwrap_or(ObjId(0))) {
                            Obj::Tuple(_) => tuple_args,
                            _ => {
                                let items = vec![tuple_args];
                                self.new_tuple(items)
                            }
                        };
                        if let Some(e) = self.exc_data_mut(id) {
                            e.args = t;
                            return Ok(None);
                        }
                    }
                    if let Some(e) = self.exc_data_mut(id) {
                        match s.as_str() {
                            "__cause__" => {
                                e.cause = value;
                                e.suppress_context = true;
                            }
                            "__context__" => e.context = value,
                            _ => e.suppress_context = matches!(value, Value::Bool(true)),
                        }
                        return Ok(None);
                    }
                }
                let hash = self.str_hash(name);
                let found = {
                    let Obj::Instance(inst) = self.heap.get(id) else {
                        unreachable!()
                    };
                    self.dict_find_str(&inst.attrs, name)
                };
                if found.is_none() && self.slots_forbid(cls, name) {
                    return Err(self.attr_error(obj, name));
                }
                let Obj::Instance(inst) = self.heap.get_mut(id) else {
                    unreachable!()
                };
                match found {
                    Some(i) => *inst.attrs.entry_value_mut(i) = value,
                    None => {
                        inst.attrs.push(hash, name, value);
                    }
                }
                Ok(None)
            }
            Obj::Class(c) => {
                if c.builtin {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        self.str_of(name).unwrap_or("?"),
                        c.name
                    )));
                }
                let hash = self.str_hash(name);
                let found = self.dict_find_str(&c.dict, name);
                let Obj::Class(c) = self.heap.get_mut(id) else {
                    unreachable!()
                };
                match found {
                    Some(i) => *c.dict.entry_value_mut(i) = value,
                    None => {
                        c.dict.push(hash, name, value);
                    }
                }
                Ok(None)
            }
            Obj::Module(m) => {
                let d = m.dict;
                self.dict_set_str(d, name, value);
                Ok(None)
            }
            Obj::Function(_) => {
                let special = self.str_of(name).unwrap_or("").to_string();
                match special.as_str() {
                    "__name__" | "__qualname__" => {
                        let Some(sv) = self.str_of(value).map(|x| x.to_string()) else {
                            return Err(PyErr::type_error(format!(
                                "{special} must be set to a string object"
                            )));
                        };
                        if let Obj::Function(f) = self.heap.get_mut(id) {
                            if special == "__name__" {
                                f.name = sv.into();
                            } else {
                                f.qualname = sv.into();
                            }
                        }
                        return Ok(None);
                    }
                    "__doc__" | "__module__" => {
                        if let Obj::Function(f) = self.heap.get_mut(id) {
                            if special == "__doc__" {
                                f.doc = value;
                            } else {
                                f.module = value;
                            }
                        }
                        return Ok(None);
                    }
                    "__defaults__" => {
                        let items = if value.is_none() {
                            Vec::new()
                        } else if self.kind_of(value) == TypeKind::Tuple {
                            self.tuple_items(value).to_vec()
                        } else {
                            return Err(PyErr::type_error(
                                "__defaults__ must be set to a tuple object",
                            ));
                        };
                        if let Obj::Function(f) = self.heap.get_mut(id) {
                            f.defaults = items;
                        }
                        return Ok(None);
                    }
                    _ => {}
                }
                let hash = self.str_hash(name);
                let found = match self.heap.get(id) {
                    Obj::Function(f) => f.attrs.as_ref().and_then(|d| self.dict_find_str(d, name)),
                    _ => None,
                };
                let Obj::Function(f) = self.heap.get_mut(id) else {
                    unreachable!()
                };
                let d = f.attrs.get_or_insert_with(Default::default);
                match found {
                    Some(i) => *d.entry_value_mut(i) = value,
                    None => {
                        d.push(hash, name, value);
                    }
                }
                Ok(None)
            }
            _ => Err(self.readonly_attr_error(obj, name)),
        }
    }

    /// `__slots__`: does every user class in `cls`'s MRO declare `__slots__`, none of them
    /// naming `name` (or `__dict__`)? Then a new attribute `name` cannot be created.
    fn slots_forbid(&self, cls: ObjId, name: Value) -> bool {
        let Some(&key) = self.interned.get("__slots__") else {
            return false;
        };
        let Obj::Class(c) = self.heap.get(cls) else {
            return false;
        };
        let want = self.str_of(name).unwrap_or("");
        for &k in c.mro.iter() {
            let Obj::Class(kc) = self.heap.get(k) else {
                return false;
            };
            if kc.builtin {
                continue;
            }
            let Some(i) = self.dict_find_str(&kc.dict, Value::Obj(key)) else {
                return false;
            };
            let slots = kc.dict.entry(i).unwrap().value;
            let names: Vec<Value> = if self.str_of(slots).is_some() {
                vec![slots]
            } else {
                match slots {
                    Value::Obj(s) => match self.heap.get(s) {
                        Obj::Tuple(t) => t.to_vec(),
                        Obj::List(l) => l.to_vec(),
                        _ => return false,
                    },
                    _ => return false,
                }
            };
            for n in names {
                match self.str_of(n) {
                    Some(s) if s == want || s == "__dict__" => return false,
                    _ => {}
                }
            }
        }
        true
    }

    fn readonly_attr_error(&self, obj: Value, name: Value) -> PyErr {
        let n = self.str_of(name).unwrap_or("?");
        if self.lookup_in_class(self.class_of(obj), name).is_some() {
            PyErr::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            ))
        } else {
            PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                n
            ))
        }
    }

    /// `del obj.name`
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<(Value, Vec<Value>)>> {
        self.del_attr_impl(obj, name, true)
    }

    /// `del obj.name`; `hooks` = false for `object.__delattr__`.
    pub fn del_attr_impl(
        &mut self,
        obj: Value,
        name: Value,
        hooks: bool,
    ) -> PyResult<Option<(Value, Vec<Value>)>> {
        let Value::Obj(id) = obj else {
            return Err(self.attr_error(obj, name));
        };
        if hooks {
            if let Obj::Instance(inst) = self.heap.get(id) {
                if let Some(h) = self.attr_hook(inst.class, Sym::DelAttr) {
                    return Ok(Some((h, vec![obj, name])));
                }
            }
        }
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                if let Some(Value::Obj(a)) = self.lookup_in_class(inst.class, name) {
                    if let Obj::Property(pr) = self.heap.get(a) {
                        let fdel = &pr.fdel;
                        if fdel.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no deleter",
                                self.str_of(name).unwrap_or("?"),
                                self.type_name(obj)
                            )));
                        }
                        return Ok(Some((*fdel, vec![obj])));
                    }
                    if let Some(f) = self.descr_method(Value::Obj(a), "__delete__") {
                        return Ok(Some((f, vec![Value::Obj(a), obj])));
                    }
                }
                let found = self.dict_find_str(&inst.attrs, name);
                match found {
                    Some(i) => {
                        if let Obj::Instance(inst) = self.heap.get_mut(id) {
                            inst.attrs.remove_at(i);
                        }
                        Ok(None)
                    }
                    None => Err(self.attr_error(obj, name)),
                }
            }
            Obj::Class(c) if !c.builtin => {
                let found = self.dict_find_str(&c.dict, name);
                match found {
                    Some(i) => {
                        if let Obj::Class(c) = self.heap.get_mut(id) {
                            c.dict.remove_at(i);
                        }
                        Ok(None)
                    }
                    None => Err(self.attr_error(obj, name)),
                }
            }
            Obj::Module(m) => {
                let d = m.dict;
                let found = match self.heap.get(d) {
                    Obj::Dict(dd) => self.dict_find_str(dd, name),
                    _ => None,
                };
                match found {
                    Some(i) => {
                        if let Obj::Dict(dd) = self.heap.get_mut(d) {
                            dd.remove_at(i);
                        }
                        Ok(None)
                    }
                    None => Err(self.attr_error(obj, name)),
                }
            }
            _ => Err(self.attr_error(obj, name)),
        }
    }

    /// Is `v` a class object?
    /// `None` or a class: an operand of `X | Y` building a union type.
    pub fn is_type_operand(&self, v: Value) -> bool {
        v.is_none() || self.is_class(v)
    }

    pub fn is_class(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Obj::Class(_)))
    }

    /// Is `v` a class deriving from BaseException?
    pub fn is_exception_class(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.kind == TypeKind::Exception,
                _ => false,
            },
            _ => false,
        }
    }

    /// Raise-able exception object from a `raise` operand (instantiating classes).
    pub fn exception_from(&mut self, v: Value) -> PyResult<Option<ObjId>> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Obj::Instance(i) if i.exc.is_some() => return Ok(Some(id)),
                Obj::Class(c) if c.kind == TypeKind::Exception => return Ok(None),
                _ => {}
            }
        }
        Err(PyErr::new(
            ExcType::TypeError,
            "exceptions must derive from BaseException",
        ))
    }
}
