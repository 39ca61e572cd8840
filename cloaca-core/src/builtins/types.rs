//! Constructors of the builtin types (`int(x)`, `list(it)`, `property(f)`, …), stored on each type
//! as a native `__new__`, plus the methods of `object`, `BaseException` and `property`.

use super::{arity, NativeDef, Owner};
use crate::frame::Cont;
use crate::ntry;
use crate::object::{Obj, TypeKind};
use crate::value::{ObjId, Value};
use crate::vm::call::{Args, NResult};
use crate::vm::exc::{ExcType, PyErr};
use crate::vm::{Sym, Vm};
use num_traits::FromPrimitive;

pub fn register(v: &mut Vec<NativeDef>) {
    use TypeKind as K;
    let ctors: &[(&'static str, TypeKind, super::NativeFn)] = &[
        ("int.__new__", K::Int, new_int),
        ("float.__new__", K::Float, new_float),
        ("str.__new__", K::Str, new_str),
        ("bool.__new__", K::Bool, new_bool),
        ("list.__new__", K::List, new_list),
        ("tuple.__new__", K::Tuple, new_tuple),
        ("dict.__new__", K::Dict, new_dict),
        ("set.__new__", K::Set, new_set),
        ("frozenset.__new__", K::FrozenSet, new_frozenset),
        ("type.__new__", K::Type, new_type),
        ("object.__new__", K::Object, new_object),
        ("range.__new__", K::Range, new_range),
        ("slice.__new__", K::Slice, new_slice),
        ("property.__new__", K::Property, new_property),
        ("staticmethod.__new__", K::StaticMethod, new_staticmethod),
        ("classmethod.__new__", K::ClassMethod, new_classmethod),
        ("super.__new__", K::Super, new_super),
        ("bytes.__new__", K::Bytes, new_bytes),
    ];
    for (name, k, f) in ctors {
        v.push(NativeDef {
            name,
            owner: Owner::TypeStatic(*k),
            f: *f,
        });
    }
    v.push(NativeDef {
        name: "object.__init__",
        owner: Owner::Type(K::Object),
        f: object_init,
    });
    v.push(NativeDef {
        name: "object.__repr__",
        owner: Owner::Type(K::Object),
        f: object_repr,
    });
    v.push(NativeDef {
        name: "object.__str__",
        owner: Owner::Type(K::Object),
        f: object_str,
    });
    v.push(NativeDef {
        name: "object.__eq__",
        owner: Owner::Type(K::Object),
        f: object_eq,
    });
    v.push(NativeDef {
        name: "object.__ne__",
        owner: Owner::Type(K::Object),
        f: object_ne,
    });
    v.push(NativeDef {
        name: "object.__hash__",
        owner: Owner::Type(K::Object),
        f: object_hash,
    });
    v.push(NativeDef {
        name: "object.__setattr__",
        owner: Owner::Type(K::Object),
        f: object_setattr,
    });
    v.push(NativeDef {
        name: "object.__delattr__",
        owner: Owner::Type(K::Object),
        f: object_delattr,
    });
    v.push(NativeDef {
        name: "object.__getattribute__",
        owner: Owner::Type(K::Object),
        f: object_getattribute,
    });
    v.push(NativeDef {
        name: "object.__init_subclass__",
        owner: Owner::TypeStatic(K::Object),
        f: object_init_subclass,
    });
    v.push(NativeDef {
        name: "type.__subclasses__",
        owner: Owner::Type(K::Type),
        f: type_subclasses,
    });
    v.push(NativeDef {
        name: "type.mro",
        owner: Owner::Type(K::Type),
        f: type_mro,
    });
    v.push(NativeDef {
        name: "BaseException.__init__",
        owner: Owner::Exception,
        f: exc_init,
    });
    v.push(NativeDef {
        name: "BaseException.__str__",
        owner: Owner::Exception,
        f: exc_str,
    });
    v.push(NativeDef {
        name: "BaseException.__repr__",
        owner: Owner::Exception,
        f: exc_repr,
    });
    v.push(NativeDef {
        name: "BaseException.add_note",
        owner: Owner::Exception,
        f: exc_add_note,
    });
    v.push(NativeDef {
        name: "BaseException.with_traceback",
        owner: Owner::Exception,
        f: exc_with_tb,
    });
    v.push(NativeDef {
        name: "property.setter",
        owner: Owner::Type(K::Property),
        f: prop_setter,
    });
    v.push(NativeDef {
        name: "property.getter",
        owner: Owner::Type(K::Property),
        f: prop_getter,
    });
    v.push(NativeDef {
        name: "property.deleter",
        owner: Owner::Type(K::Property),
        f: prop_deleter,
    });
}

/// `int.__new__(cls, ...)` / `str.__new__(cls, ...)` / … with `cls` a user subclass (from a
/// Python `__new__`): the prelude builds the builtin value and wraps it in an instance of `cls`.
/// `min_pos` positional arguments at least, so that `str(SomeStrSubclass)` stays a repr.
fn subclass_new(
    vm: &mut Vm,
    args: &Args,
    base: crate::value::ObjId,
    min_pos: usize,
) -> Option<NResult> {
    if args.pos.len() < min_pos {
        return None;
    }
    let Value::Obj(c) = args.pos[0] else {
        return None;
    };
    match vm.heap.get(c) {
        Obj::Class(cc) if !cc.builtin && cc.mro.contains(&base) => {}
        _ => return None,
    }
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    let kw = vm.new_dict();
    for (k, v) in args.kw {
        vm.dict_set_str(kw.as_obj().unwrap(), *k, *v);
    }
    Some(NResult::Call {
        func: vm.prelude_fn("_immut_new2"),
        args: vec![args.pos[0], rest, kw],
        cont: Cont::Push,
    })
}

fn new_int(vm: &mut Vm, args: Args) -> NResult {
    if let Some(r) = subclass_new(vm, &args, vm.types.int, 1) {
        return r;
    }
    ntry!(arity("int", &args, 0, 2));
    let base = args.pos.get(1).copied().or_else(|| args.kwarg(vm, "base"));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = ntry!(super::seq::arg_int(vm, b, ""));
        if b != 0 && !(2..=36).contains(&b) {
            return NResult::Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let Some(s) = vm.str_of_sub(x).map(|s| s.to_string()) else {
            return NResult::Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return match crate::numfmt::parse_int(&s, b as u32) {
            Some(v) => NResult::Ok(vm.int_from_big(v)),
            None => NResult::Err(PyErr::value_error(format!(
                "invalid literal for int() with base {b}: {}",
                crate::vm::repr::str_repr(&s)
            ))),
        };
    }
    match x {
        Value::Int(_) => NResult::Ok(x),
        Value::Bool(b) => NResult::Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return NResult::Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return NResult::Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            let b = malachite_bigint::BigInt::from_f64(f.trunc()).unwrap_or_default();
            NResult::Ok(vm.int_from_big(b))
        }
        _ => {
            if vm.is_int(x) {
                return NResult::Ok(x);
            }
            if let Some(s) = vm.str_of_sub(x).map(|s| s.to_string()) {
                return match crate::numfmt::parse_int(&s, 10) {
                    Some(v) => NResult::Ok(vm.int_from_big(v)),
                    None => NResult::Err(PyErr::value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::vm::repr::str_repr(&s)
                    ))),
                };
            }
            if let Some(m) = vm
                .user_dunder(x, Sym::Int)
                .or_else(|| vm.user_dunder(x, Sym::Index))
            {
                return NResult::Call {
                    func: m,
                    args: vec![x],
                    cont: Cont::Push,
                };
            }
            NResult::Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn new_float(vm: &mut Vm, args: Args) -> NResult {
    if let Some(r) = subclass_new(vm, &args, vm.types.float, 1) {
        return r;
    }
    ntry!(arity("float", &args, 0, 1));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(Value::Float(0.0));
    };
    if let Some(f) = vm.to_f64(x) {
        return NResult::from(f.map(Value::Float));
    }
    if let Some(s) = vm.str_of_sub(x).map(|s| s.to_string()) {
        return match crate::numfmt::parse_float(&s) {
            Some(f) => NResult::Ok(Value::Float(f)),
            None => NResult::Err(PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::vm::repr::str_repr(&s)
            ))),
        };
    }
    if let Some(m) = vm.user_dunder(x, Sym::Float) {
        return NResult::Call {
            func: m,
            args: vec![x],
            cont: Cont::Push,
        };
    }
    NResult::Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn new_str(vm: &mut Vm, args: Args) -> NResult {
    if let Some(r) = subclass_new(vm, &args, vm.types.str_, 2) {
        return r;
    }
    ntry!(arity("str", &args, 0, 3));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(vm.intern(""));
    };
    if args.pos.len() >= 2 || !args.kw.is_empty() {
        // str(bytes, encoding, errors)
        if let Value::Obj(id) = x {
            if matches!(vm.heap.get(id), Obj::Bytes(_)) {
                let (codec, errors) =
                    ntry!(crate::builtins::codecs::codec_args(vm, &args, 1, "str"));
                let Obj::Bytes(b) = vm.heap.get(id) else {
                    unreachable!()
                };
                let s = ntry!(crate::builtins::codecs::decode(b, codec, &errors));
                return NResult::Ok(vm.new_str(s));
            }
        }
    }
    if vm.str_of(x).is_some() {
        return NResult::Ok(x);
    }
    match vm.str_fast(x) {
        Some(s) => NResult::Ok(vm.new_str(s)),
        None => {
            if let Some(m) = vm.user_dunder(x, Sym::Str) {
                return NResult::Call {
                    func: m,
                    args: vec![x],
                    cont: Cont::CheckStr { which: 0 },
                };
            }
            if vm.is_instance_obj(x) {
                if let Some(m) = vm.user_dunder(x, Sym::Repr) {
                    return NResult::Call {
                        func: m,
                        args: vec![x],
                        cont: Cont::CheckStr { which: 1 },
                    };
                }
            }
            NResult::Call {
                func: vm.prelude_fn("_repr_slow"),
                args: vec![x],
                cont: Cont::Push,
            }
        }
    }
}

fn new_bool(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("bool", &args, 0, 1));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(Value::Bool(false));
    };
    match vm.truthy_native(x) {
        Some(b) => NResult::Ok(Value::Bool(b)),
        None => {
            let (m, from_len) = match vm.user_dunder(x, Sym::Bool) {
                Some(m) => (m, false),
                None => (vm.user_dunder(x, Sym::Len).unwrap_or(Value::None), true),
            };
            NResult::Call {
                func: m,
                args: vec![x],
                cont: Cont::Native {
                    id: super::conts::TRUTH,
                    state: Box::new([Value::Bool(from_len)]),
                },
            }
        }
    }
}

fn new_list(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("list", &args, 0, 1));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(vm.new_list(vec![]));
    };
    if let Value::Obj(g) = x {
        if matches!(vm.heap.get(g), Obj::Generator(_)) {
            // Filled inside the generator's frame (see `GenMode::List`).
            let list = vm.new_list(vec![]);
            return NResult::ResumeGen {
                gen: g,
                value: list,
                mode: crate::frame::GenMode::List,
            };
        }
    }
    match ntry!(vm.collect_native_or_slow(x)) {
        Some(items) => NResult::Ok(vm.new_list(items)),
        None => NResult::Call {
            func: vm.prelude_fn("_list_from_iter"),
            args: vec![x],
            cont: Cont::Push,
        },
    }
}

fn new_tuple(vm: &mut Vm, args: Args) -> NResult {
    if let Some(r) = subclass_new(vm, &args, vm.types.tuple, 1) {
        return r;
    }
    ntry!(arity("tuple", &args, 0, 1));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(vm.new_tuple(vec![]));
    };
    if let Value::Obj(id) = x {
        if matches!(vm.heap.get(id), Obj::Tuple(_)) {
            return NResult::Ok(x);
        }
    }
    match ntry!(vm.collect_native_or_slow(x)) {
        Some(items) => NResult::Ok(vm.new_tuple(items)),
        None => NResult::Call {
            func: vm.prelude_fn("_tuple_from_iter"),
            args: vec![x],
            cont: Cont::Push,
        },
    }
}

fn new_dict(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("dict", &args, 0, 1));
    let d = vm.new_dict();
    let did = d.as_obj().unwrap();
    if let Some(&src) = args.pos.first() {
        let handled = match src {
            Value::Obj(sid) if matches!(vm.heap.get(sid), Obj::Dict(_)) => {
                ntry!(super::seq::dict_update_native(vm, did, sid));
                true
            }
            _ => false,
        };
        if !handled {
            let f = vm.prelude_fn("_dict_update");
            let mut a = vec![d, src];
            if !args.kw.is_empty() {
                let kw = vm.new_dict();
                for (k, v) in args.kw {
                    vm.dict_set_str(kw.as_obj().unwrap(), *k, *v);
                }
                a.push(kw);
            }
            return NResult::Call {
                func: f,
                args: a,
                cont: Cont::Push,
            };
        }
    }
    for (k, v) in args.kw {
        vm.dict_set_str(did, *k, *v);
    }
    NResult::Ok(d)
}

fn new_set_impl(vm: &mut Vm, args: Args, frozen: bool) -> NResult {
    ntry!(arity(if frozen { "frozenset" } else { "set" }, &args, 0, 1));
    let items = match args.pos.first() {
        None => vec![],
        Some(&x) => match ntry!(vm.collect_native_or_slow(x)) {
            Some(items) => items,
            None => {
                let f = vm.prelude_fn(if frozen {
                    "_frozenset_from_iter"
                } else {
                    "_set_from_iter"
                });
                return NResult::Call {
                    func: f,
                    args: vec![x],
                    cont: Cont::Push,
                };
            }
        },
    };
    match ntry!(super::seq::build_set(vm, items, frozen)) {
        super::seq::Slow::Value(v) => NResult::Ok(v),
        super::seq::Slow::Call(f, a) => {
            if frozen {
                let f = vm.prelude_fn("_frozenset_from_iter");
                NResult::Call {
                    func: f,
                    args: a,
                    cont: Cont::Push,
                }
            } else {
                NResult::Call {
                    func: f,
                    args: a,
                    cont: Cont::Push,
                }
            }
        }
    }
}
fn new_set(vm: &mut Vm, args: Args) -> NResult {
    new_set_impl(vm, args, false)
}
fn new_frozenset(vm: &mut Vm, args: Args) -> NResult {
    new_set_impl(vm, args, true)
}

fn new_type(vm: &mut Vm, args: Args) -> NResult {
    if args.pos.len() == 1 {
        return NResult::Ok(Value::Obj(vm.class_of(args.pos[0])));
    }
    if args.pos.len() != 3 {
        return NResult::Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (args.pos[0], args.pos[1], args.pos[2]);
    if vm.str_of(name).is_none() {
        return NResult::Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    }
    if vm.kind_of(bases) != TypeKind::Tuple {
        return NResult::Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    }
    let Some(nsid) = ns
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Obj::Dict(_)))
    else {
        return NResult::Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    };
    // Copy the namespace so later changes to the dict don't affect the class.
    let d = match vm.heap.get(nsid) {
        Obj::Dict(d) => d.clone(),
        _ => unreachable!(),
    };
    let ns2 = Value::Obj(vm.heap.alloc(Obj::Dict(d)));
    vm.build_class(name, bases, ns2).into()
}

fn new_object(vm: &mut Vm, args: Args) -> NResult {
    // `object.__new__(cls, ...)` (from a Python `__new__`): a bare instance of `cls`.
    if let Some(&c) = args.pos.first() {
        return match c {
            Value::Obj(cid) if vm.immutable_base(cid) => NResult::Err(PyErr::type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                vm.class_name(cid),
                vm.class_name(cid)
            ))),
            Value::Obj(cid) if vm.is_class(c) => match vm.bare_instance(cid) {
                Some(v) => NResult::Ok(v),
                None => NResult::Err(PyErr::type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    vm.class_name(cid),
                    vm.class_name(cid)
                ))),
            },
            _ => NResult::Err(PyErr::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(c)
            ))),
        };
    }
    ntry!(arity("object", &args, 0, 0));
    let cls = vm.types.object;
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Instance(Box::new(
        crate::object::Instance {
            class: cls,
            attrs: Default::default(),
            exc: None,
        },
    )))))
}

fn new_range(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("range", &args, 1, 3));
    let mut v = [0i64; 3];
    for (i, a) in args.pos.iter().enumerate() {
        match super::seq::arg_int(vm, *a, "") {
            Ok(x) => v[i] = x,
            Err(e) => {
                if vm.has_index_method(*a) {
                    return NResult::Call {
                        func: vm.prelude_fn("_range_of_index"),
                        args: args.pos.to_vec(),
                        cont: Cont::Push,
                    };
                }
                return NResult::Err(e);
            }
        }
    }
    let (start, stop, step) = match args.pos.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return NResult::Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Range { start, stop, step })))
}

fn new_slice(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("slice", &args, 1, 3));
    let (start, stop, step) = match args.pos.len() {
        1 => (Value::None, args.pos[0], Value::None),
        2 => (args.pos[0], args.pos[1], Value::None),
        _ => (args.pos[0], args.pos[1], args.pos[2]),
    };
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Slice(Box::new(
        crate::object::SliceObj { start, stop, step },
    )))))
}

fn new_property(vm: &mut Vm, args: Args) -> NResult {
    let get = |i: usize, n: &str| {
        args.pos
            .get(i)
            .copied()
            .or_else(|| args.kwarg(vm, n))
            .unwrap_or(Value::None)
    };
    let (fget, fset, fdel) = (get(0, "fget"), get(1, "fset"), get(2, "fdel"));
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Property(Box::new(
        crate::object::PropertyObj { fget, fset, fdel },
    )))))
}

fn new_staticmethod(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("staticmethod", &args, 1, 1));
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::StaticMethod(args.pos[0]))))
}

fn new_classmethod(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("classmethod", &args, 1, 1));
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::ClassMethod(args.pos[0]))))
}

fn new_super(vm: &mut Vm, args: Args) -> NResult {
    if args.pos.len() != 2 {
        return NResult::Err(PyErr::new(
            crate::vm::exc::ExcType::RuntimeError,
            "super(): no arguments",
        ));
    }
    let Value::Obj(cls) = args.pos[0] else {
        return NResult::Err(PyErr::type_error("super() argument 1 must be a type"));
    };
    if !matches!(vm.heap.get(cls), Obj::Class(_)) {
        return NResult::Err(PyErr::type_error("super() argument 1 must be a type"));
    }
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Super {
        class: cls,
        receiver: args.pos[1],
    })))
}

fn new_bytes(vm: &mut Vm, args: Args) -> NResult {
    if let Some(r) = subclass_new(vm, &args, vm.types.bytes, 1) {
        return r;
    }
    ntry!(arity("bytes", &args, 0, 3));
    let Some(&x) = args.pos.first() else {
        return NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(Box::new([])))));
    };
    if let Some(s) = vm.str_of(x) {
        if args.pos.len() < 2 && args.kw.is_empty() {
            return NResult::Err(PyErr::type_error("string argument without an encoding"));
        }
        let (codec, errors) = ntry!(crate::builtins::codecs::codec_args(vm, &args, 1, "bytes"));
        let b = ntry!(crate::builtins::codecs::encode(s, codec, &errors));
        return NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(b.into_boxed_slice()))));
    }
    if let Value::Int(n) = x {
        if n < 0 {
            return NResult::Err(PyErr::value_error("negative count"));
        }
        ntry!(vm.check_alloc(n as usize, 1));
        return NResult::Ok(Value::Obj(
            vm.heap
                .alloc(Obj::Bytes(vec![0u8; n as usize].into_boxed_slice())),
        ));
    }
    if matches!(x, Value::Float(_) | Value::None) {
        return NResult::Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(x)
        )));
    }
    if let Value::Obj(id) = x {
        if matches!(vm.heap.get(id), Obj::Instance(_)) {
            // `__bytes__`, or any iterable of ints (bytearray, user iterables).
            return NResult::Call {
                func: vm.prelude_fn("_bytes_from_obj"),
                args: vec![x],
                cont: Cont::Push,
            };
        }
    }
    let items = match ntry!(vm.collect_native(x)) {
        Some(i) => i,
        None => {
            return NResult::Err(PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(x)
            )))
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match i {
            Value::Int(b) if (0..256).contains(&b) => out.push(b as u8),
            Value::Int(_) => {
                return NResult::Err(PyErr::value_error("bytes must be in range(0, 256)"))
            }
            _ => {
                return NResult::Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(i)
                )))
            }
        }
    }
    NResult::Ok(Value::Obj(
        vm.heap.alloc(Obj::Bytes(out.into_boxed_slice())),
    ))
}

fn attr_args(vm: &Vm, args: &Args, n: usize, f: &str) -> Result<(), PyErr> {
    arity(f, args, n, n)?;
    if vm.str_of_sub(args.pos[1]).is_none() {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args.pos[1])
        )));
    }
    Ok(())
}

fn object_setattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(attr_args(vm, &args, 3, "__setattr__"));
    let name = vm.intern(
        vm.str_of_sub(args.pos[1])
            .unwrap_or("")
            .to_string()
            .as_str(),
    );
    match ntry!(vm.set_attr_impl(args.pos[0], name, args.pos[2], false)) {
        None => NResult::Ok(Value::None),
        Some((func, a)) => NResult::Call {
            func,
            args: a,
            cont: Cont::Push,
        },
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(attr_args(vm, &args, 2, "__delattr__"));
    let name = vm.intern(
        vm.str_of_sub(args.pos[1])
            .unwrap_or("")
            .to_string()
            .as_str(),
    );
    match ntry!(vm.del_attr_impl(args.pos[0], name, false)) {
        None => NResult::Ok(Value::None),
        Some((func, a)) => NResult::Call {
            func,
            args: a,
            cont: Cont::Push,
        },
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> NResult {
    ntry!(attr_args(vm, &args, 2, "__getattribute__"));
    let name = vm.intern(
        vm.str_of_sub(args.pos[1])
            .unwrap_or("")
            .to_string()
            .as_str(),
    );
    match ntry!(vm.get_attr(args.pos[0], name)) {
        crate::vm::attr::Attr::Value(v) => NResult::Ok(v),
        crate::vm::attr::Attr::Call(func, a) => NResult::Call {
            func,
            args: a,
            cont: Cont::Push,
        },
    }
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> NResult {
    if !args.kw.is_empty() {
        let name = match args.pos.first() {
            Some(Value::Obj(c)) if matches!(vm.heap.get(*c), Obj::Class(_)) => vm.class_name(*c),
            _ => "object".to_string(),
        };
        return NResult::Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    NResult::Ok(Value::None)
}

fn object_init(_vm: &mut Vm, _args: Args) -> NResult {
    NResult::Ok(Value::None)
}
fn object_repr(vm: &mut Vm, args: Args) -> NResult {
    let s = vm.default_repr(args.pos[0]);
    NResult::Ok(vm.new_str(s))
}
fn object_str(vm: &mut Vm, args: Args) -> NResult {
    let v = args.pos[0];
    let s = vm.str_native(v);
    NResult::Ok(vm.new_str(s))
}
fn object_eq(_vm: &mut Vm, args: Args) -> NResult {
    if args.pos[0].is(args.pos[1]) {
        NResult::Ok(Value::Bool(true))
    } else {
        NResult::Ok(Value::NotImplemented)
    }
}
fn object_ne(_vm: &mut Vm, args: Args) -> NResult {
    if args.pos[0].is(args.pos[1]) {
        NResult::Ok(Value::Bool(false))
    } else {
        NResult::Ok(Value::NotImplemented)
    }
}
fn object_hash(vm: &mut Vm, args: Args) -> NResult {
    match args.pos[0] {
        Value::Obj(id) => NResult::Ok(Value::Int(
            ((id.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 4) as i64,
        )),
        v => match vm.hash_native(v) {
            Some(Ok(h)) => NResult::Ok(Value::Int(h as i64)),
            _ => NResult::Ok(Value::Int(0)),
        },
    }
}

fn exc_init(vm: &mut Vm, args: Args) -> NResult {
    let Some(Value::Obj(e)) = args.pos.first().copied() else {
        return NResult::Ok(Value::None);
    };
    let t = vm.new_tuple(args.pos[1..].to_vec());
    if let Some(d) = vm.exc_data_mut(e) {
        d.args = t;
    }
    NResult::Ok(Value::None)
}

/// `BaseException.__str__(e)` (reached through `super().__str__()` or explicitly): the single
/// argument's str (its repr for `KeyError`), the args tuple's repr otherwise.
fn exc_str(vm: &mut Vm, args: Args) -> NResult {
    let Some(Value::Obj(e)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error(
            "descriptor '__str__' of 'BaseException' object needs an argument",
        ));
    };
    let Some(d) = vm.exc_data(e) else {
        return NResult::Err(PyErr::type_error(format!(
            "descriptor '__str__' requires a 'BaseException' object but received a '{}'",
            vm.type_name(Value::Obj(e))
        )));
    };
    let a = d.args;
    let items = vm.tuple_items(a).to_vec();
    let (target, use_repr) = match items.len() {
        0 => return NResult::Ok(vm.new_str(String::new())),
        1 => (items[0], vm.exc_matches(e, ExcType::KeyError)),
        _ => (a, true),
    };
    let fast = if use_repr {
        vm.repr_fast(target)
    } else {
        vm.str_fast(target)
    };
    match fast {
        Some(s) => NResult::Ok(vm.new_str(s)),
        None => NResult::Call {
            func: vm
                .get_builtin(if use_repr { "repr" } else { "str" })
                .unwrap_or(Value::None),
            args: vec![target],
            cont: Cont::Push,
        },
    }
}

/// `BaseException.__repr__(e)`: `Name(args...)`.
fn exc_repr(vm: &mut Vm, args: Args) -> NResult {
    let Some(Value::Obj(e)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error(
            "descriptor '__repr__' of 'BaseException' object needs an argument",
        ));
    };
    let Some(d) = vm.exc_data(e) else {
        return NResult::Err(PyErr::type_error(format!(
            "descriptor '__repr__' requires a 'BaseException' object but received a '{}'",
            vm.type_name(Value::Obj(e))
        )));
    };
    let a = d.args;
    let items = vm.tuple_items(a).to_vec();
    let name = vm.class_name(vm.class_of(Value::Obj(e)));
    let inner = if items.len() == 1 {
        vm.repr_fast(items[0]).map(|r| format!("({r})"))
    } else {
        vm.repr_fast(a)
    };
    match inner {
        Some(r) => NResult::Ok(vm.new_str(format!("{name}{r}"))),
        None => NResult::Call {
            func: vm.prelude_fn("_exc_repr_slow"),
            args: vec![Value::Obj(e)],
            cont: Cont::Push,
        },
    }
}

fn class_arg_of(vm: &Vm, args: &Args, what: &str) -> Result<ObjId, PyErr> {
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(vm.heap.get(*c), Obj::Class(_)) => Ok(*c),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{what}' of 'type' object needs an argument"
        ))),
    }
}

/// `cls.__subclasses__()`: the live classes that list `cls` as a direct base (in heap order,
/// which is creation order unless freed slots were reused).
fn type_subclasses(vm: &mut Vm, args: Args) -> NResult {
    let cls = ntry!(class_arg_of(vm, &args, "__subclasses__"));
    let subs: Vec<Value> = vm
        .heap
        .objects()
        .filter(|(_, o)| matches!(o, Obj::Class(c) if c.bases.contains(&cls)))
        .map(|(id, _)| Value::Obj(id))
        .collect();
    NResult::Ok(vm.new_list(subs))
}

/// `cls.mro()`: the linearization as a list.
fn type_mro(vm: &mut Vm, args: Args) -> NResult {
    let cls = ntry!(class_arg_of(vm, &args, "mro"));
    let Obj::Class(c) = vm.heap.get(cls) else {
        unreachable!()
    };
    let m: Vec<Value> = c.mro.iter().map(|k| Value::Obj(*k)).collect();
    NResult::Ok(vm.new_list(m))
}

fn exc_add_note(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("add_note", &args, 2, 2));
    NResult::Call {
        func: vm.prelude_fn("_exc_add_note"),
        args: args.pos.to_vec(),
        cont: Cont::Push,
    }
}

fn exc_with_tb(_vm: &mut Vm, args: Args) -> NResult {
    NResult::Ok(args.pos[0])
}

fn prop_with(vm: &mut Vm, args: Args, which: usize) -> NResult {
    let Some(Value::Obj(p)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error("bad property"));
    };
    let Obj::Property(prop) = vm.heap.get(p) else {
        return NResult::Err(PyErr::type_error("bad property"));
    };
    let crate::object::PropertyObj { fget, fset, fdel } = &**prop;
    let mut parts = [*fget, *fset, *fdel];
    parts[which] = args.pos.get(1).copied().unwrap_or(Value::None);
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Property(Box::new(
        crate::object::PropertyObj {
            fget: parts[0],
            fset: parts[1],
            fdel: parts[2],
        },
    )))))
}
fn prop_getter(vm: &mut Vm, args: Args) -> NResult {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: Args) -> NResult {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: Args) -> NResult {
    prop_with(vm, args, 2)
}

impl Vm {
    /// Is `v` an instance whose class defines `__index__`?
    pub fn has_index_method(&self, v: Value) -> bool {
        let Value::Obj(id) = v else { return false };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return false;
        };
        self.interned
            .get("__index__")
            .is_some_and(|k| self.lookup_in_class(inst.class, Value::Obj(*k)).is_some())
    }

    /// Items of an iterable when no Python code is needed (`None` for generators and user
    /// iterables).
    pub fn collect_native_or_slow(&mut self, v: Value) -> Result<Option<Vec<Value>>, PyErr> {
        if let Value::Obj(id) = v {
            if matches!(self.heap.get(id), Obj::Generator(_) | Obj::Instance(_)) {
                return Ok(None);
            }
        }
        self.collect_native(v)
    }
}
