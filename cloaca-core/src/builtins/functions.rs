//! Builtin functions (`print`, `len`, `min`, `sorted`, …). Each has a native fast path for builtin
//! values; where Python code must run (user dunders, key functions, generators) it hands off to
//! the prelude's Python implementation, which is resumable like any other Python code.

use super::{arity, no_kw, NativeDef, Owner};
use crate::builtins::seq::{arg_int, len_native};
use crate::frame::Cont;
use crate::ntry;
use crate::object::{IterState, Obj};
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::{ExcType, PyErr};
use crate::vm::iter::IterKind;
use crate::vm::{Sym, Vm};

pub fn register(v: &mut Vec<NativeDef>) {
    let b = Owner::Builtins;
    let defs: &[(&'static str, super::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hash", hash),
        ("id", id),
        ("iter", iter),
        ("next", next),
        ("format", format),
        ("enumerate", enumerate),
        ("zip", zip),
        ("reversed", reversed),
        ("globals", globals_fn),
        ("_print_str", print_str),
        ("_dict_candidates", dict_candidates),
        ("_dict_set_at", dict_set_at),
        ("_dict_push", dict_push),
        ("_dict_del_at", dict_del_at),
        ("_dict_value_at", dict_value_at),
        ("_type_name", type_name_fn),
        ("_is_native_iter", is_native_iter),
        ("_percent_native", percent_native),
        ("_install", install_method),
        ("_gen_throw", gen_throw),
        ("_builtin_base", builtin_base),
        ("_with_builtin_base", with_builtin_base),
        ("_b2s", bytes_to_latin1),
        ("_attrs_op", attrs_op),
        ("_rename_class", rename_class),
        ("_write_stream", write_stream),
        ("_set_recursion_limit", set_recursion_limit),
        ("_s2b", latin1_to_bytes),
    ];
    for (name, f) in defs {
        v.push(NativeDef {
            name,
            owner: b,
            f: *f,
        });
    }
}

fn call_prelude(vm: &mut Vm, name: &str, args: &Args) -> NResult {
    let f = vm.prelude_fn(name);
    let mut pos = args.pos.to_vec();
    if !args.kw.is_empty() {
        // Prelude slow paths take keywords as a trailing dict argument.
        let d = vm.new_dict();
        for (k, v) in args.kw {
            vm.dict_set_str(d.as_obj().unwrap(), *k, *v);
        }
        pos.push(d);
        let f = vm.prelude_fn(&format!("{name}_kw"));
        return NResult::Call {
            func: f,
            args: pos,
            cont: Cont::Push,
        };
    }
    NResult::Call {
        func: f,
        args: pos,
        cont: Cont::Push,
    }
}

fn print(vm: &mut Vm, args: Args) -> NResult {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut to_err = false;
    for (k, v) in args.kw {
        let name = vm.str_of(*k).unwrap_or("");
        if name == "flush" {
            continue;
        }
        if name == "file" {
            if v.is_none() || v.is(vm.prelude_fn("_sys_stdout")) {
                continue;
            }
            if v.is(vm.prelude_fn("_sys_stderr")) {
                to_err = true;
                continue;
            }
            // Any object with a write() method.
            return call_prelude(vm, "_print_file", &args);
        }
        let val = match v {
            Value::None => None,
            _ => match vm.str_of(*v) {
                Some(s) => Some(s.to_string()),
                None => {
                    return NResult::Err(PyErr::type_error(format!(
                        "{name} must be None or a string, not {}",
                        vm.type_name(*v)
                    )))
                }
            },
        };
        match name {
            "sep" => sep = val.unwrap_or_else(|| " ".into()),
            "end" => end = val.unwrap_or_else(|| "\n".into()),
            "flush" | "file" => {}
            _ => {
                return NResult::Err(PyErr::type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_fast(*a) {
            Some(s) => out.push_str(&s),
            None => {
                // Some argument needs __str__: the prelude converts, then calls _print_str.
                let items = vm.new_tuple(args.pos.to_vec());
                let sep_v = vm.new_str(sep);
                let end_v = vm.new_str(end);
                return NResult::Call {
                    func: vm.prelude_fn("_print_slow"),
                    args: vec![items, sep_v, end_v],
                    cont: Cont::Push,
                };
            }
        }
    }
    out.push_str(&end);
    if to_err {
        vm.out.write_err(&out);
    } else {
        vm.out.write_str(&out);
    }
    NResult::Ok(Value::None)
}

fn print_str(vm: &mut Vm, args: Args) -> NResult {
    if let Some(s) = args.pos.first().and_then(|v| vm.str_of(*v)) {
        let s = s.to_string();
        vm.out.write_str(&s);
    }
    NResult::Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("len", &args, 1, 1));
    let v = args.pos[0];
    if let Some(n) = len_native(vm, v) {
        return NResult::Ok(Value::Int(n as i64));
    }
    if let Some(m) = vm.user_dunder(v, Sym::Len) {
        return NResult::Call {
            func: m,
            args: vec![v],
            cont: Cont::Native {
                id: super::conts::LEN_RESULT,
                state: Box::new([]),
            },
        };
    }
    NResult::Err(PyErr::type_error(format!(
        "object of type '{}' has no len()",
        vm.type_name(v)
    )))
}

fn repr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("repr", &args, 1, 1));
    let v = args.pos[0];
    match vm.repr_fast(v) {
        Some(s) => NResult::Ok(vm.new_str(s)),
        None => match vm.user_dunder(v, Sym::Repr) {
            Some(m) if vm.is_instance_obj(v) => NResult::Call {
                func: m,
                args: vec![v],
                cont: Cont::CheckStr { which: 1 },
            },
            _ => NResult::Call {
                func: vm.prelude_fn("_repr_slow"),
                args: vec![v],
                cont: Cont::Push,
            },
        },
    }
}

fn ascii(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("ascii", &args, 1, 1));
    match vm.repr_fast(args.pos[0]) {
        Some(s) => {
            let a = super::fmt::ascii_of(&s);
            NResult::Ok(vm.new_str(a))
        }
        None => call_prelude(vm, "_ascii_slow", &args),
    }
}

fn abs(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("abs", &args, 1, 1));
    let v = args.pos[0];
    match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => NResult::Ok(Value::Int(a)),
            None => {
                let b = malachite_bigint::BigInt::from(i);
                NResult::Ok(vm.int_from_big(-b))
            }
        },
        Value::Bool(b) => NResult::Ok(Value::Int(b as i64)),
        Value::Float(f) => NResult::Ok(Value::Float(f.abs())),
        _ => {
            if let Some(b) = vm.to_bigint(v) {
                use num_traits::Signed;
                return NResult::Ok(vm.int_from_big(b.abs()));
            }
            if let Some(m) = vm.user_dunder(v, Sym::Abs) {
                return NResult::Call {
                    func: m,
                    args: vec![v],
                    cont: Cont::Push,
                };
            }
            NResult::Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(v)
            )))
        }
    }
}

/// Items of a list/tuple/range/str/etc. without running Python, or None.
fn native_items(vm: &mut Vm, v: Value) -> Result<Option<Vec<Value>>, PyErr> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::Generator(_) | Obj::Instance(_) => Ok(None),
            Obj::Iter(_) => Ok(None),
            _ => vm.collect_native(v),
        },
        _ => vm.collect_native(v),
    }
}

fn min(vm: &mut Vm, args: Args) -> NResult {
    minmax(vm, args, true)
}
fn max(vm: &mut Vm, args: Args) -> NResult {
    minmax(vm, args, false)
}

fn minmax(vm: &mut Vm, args: Args, is_min: bool) -> NResult {
    let name = if is_min { "min" } else { "max" };
    if args.pos.is_empty() {
        return NResult::Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let has_key = args
        .kw
        .iter()
        .any(|(k, v)| vm.str_of(*k) == Some("key") && !v.is_none());
    let items = if args.pos.len() == 1 {
        if has_key {
            None
        } else {
            ntry!(native_items(vm, args.pos[0]))
        }
    } else if has_key {
        None
    } else {
        Some(args.pos.to_vec())
    };
    let default = args.kwarg(vm, "default");
    if let Some(items) = items {
        if items.is_empty() {
            if let Some(d) = default {
                return NResult::Ok(d);
            }
            return NResult::Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            )));
        }
        let mut best = items[0];
        let op = if is_min {
            crate::bytecode::CmpOp::Lt
        } else {
            crate::bytecode::CmpOp::Gt
        };
        let mut native = true;
        for &x in &items[1..] {
            match vm.compare_native(op, x, best) {
                Ok(Some(true)) => best = x,
                Ok(Some(false)) => {}
                Ok(None) => {
                    native = false;
                    break;
                }
                Err(e) => return NResult::Err(e),
            }
        }
        if native {
            return NResult::Ok(best);
        }
    }
    call_prelude(vm, if is_min { "_min" } else { "_max" }, &args)
}

fn sum(vm: &mut Vm, args: Args) -> NResult {
    if args.pos.is_empty() || args.pos.len() > 2 {
        return NResult::Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let start = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "start"))
        .unwrap_or(Value::Int(0));
    if vm.str_of(start).is_some() {
        return NResult::Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if let Value::Obj(g) = args.pos[0] {
        if matches!(vm.heap.get(g), Obj::Generator(_)) && vm.is_number(start) {
            return NResult::ResumeGen {
                gen: g,
                value: start,
                mode: crate::frame::GenMode::Sum,
            };
        }
    }
    if let Some(items) = ntry!(native_items(vm, args.pos[0])) {
        let mut acc = start;
        let mut ok = true;
        for x in items {
            match ntry!(vm.sum_step(acc, x)) {
                Some(t) => acc = t,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return NResult::Ok(acc);
        }
    }
    let f = vm.prelude_fn("_sum");
    NResult::Call {
        func: f,
        args: vec![args.pos[0], start],
        cont: Cont::Push,
    }
}

fn sorted(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("sorted", &args, 1, 1));
    let key = args.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = args.kwarg(vm, "reverse").unwrap_or(Value::Bool(false));
    for (k, _) in args.kw {
        let n = vm.str_of(*k).unwrap_or("");
        if n != "key" && n != "reverse" {
            return NResult::Err(PyErr::type_error(format!(
                "sort() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    let f = vm.prelude_fn("_sorted");
    NResult::Call {
        func: f,
        args: vec![args.pos[0], key, reverse],
        cont: Cont::Push,
    }
}

fn any(vm: &mut Vm, args: Args) -> NResult {
    anyall(vm, args, true)
}
fn all(vm: &mut Vm, args: Args) -> NResult {
    anyall(vm, args, false)
}
fn anyall(vm: &mut Vm, args: Args, is_any: bool) -> NResult {
    ntry!(arity(if is_any { "any" } else { "all" }, &args, 1, 1));
    if let Value::Obj(g) = args.pos[0] {
        if matches!(vm.heap.get(g), Obj::Generator(_)) {
            // Folded inside the generator's frame (see `GenMode::Any`).
            return NResult::ResumeGen {
                gen: g,
                value: Value::Bool(!is_any),
                mode: if is_any {
                    crate::frame::GenMode::Any
                } else {
                    crate::frame::GenMode::All
                },
            };
        }
    }
    if let Some(items) = ntry!(native_items(vm, args.pos[0])) {
        let mut native = true;
        for x in &items {
            match vm.truthy_native(*x) {
                Some(t) => {
                    if t == is_any {
                        return NResult::Ok(Value::Bool(is_any));
                    }
                }
                None => {
                    native = false;
                    break;
                }
            }
        }
        if native {
            return NResult::Ok(Value::Bool(!is_any));
        }
    }
    call_prelude(vm, if is_any { "_any" } else { "_all" }, &args)
}

fn class_arg(vm: &Vm, v: Value, fname: &str) -> Result<Vec<crate::value::ObjId>, PyErr> {
    if let Value::Obj(id) = v {
        match vm.heap.get(id) {
            Obj::Class(_) => return Ok(vec![id]),
            Obj::Tuple(items) => {
                let mut out = vec![];
                for it in items.iter() {
                    out.extend(class_arg(vm, *it, fname)?);
                }
                return Ok(out);
            }
            Obj::Instance(inst) if vm.class_name(inst.class) == "UnionType" => {
                let key = vm.interned.get("__args__").map(|k| Value::Obj(*k));
                if let Some(i) = key.and_then(|k| vm.dict_find_str(&inst.attrs, k)) {
                    let args = inst.attrs.entry(i).unwrap().value;
                    return class_arg(vm, args, fname);
                }
            }
            _ => {}
        }
    }
    Err(PyErr::type_error(format!(
        "{fname}() arg 2 must be a type, a tuple of types, or a union"
    )))
}

fn isinstance(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("isinstance", &args, 2, 2));
    let classes = ntry!(class_arg(vm, args.pos[1], "isinstance"));
    let c = vm.class_of(args.pos[0]);
    NResult::Ok(Value::Bool(classes.iter().any(|k| vm.is_subclass(c, *k))))
}

fn issubclass(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("issubclass", &args, 2, 2));
    let Value::Obj(c) = args.pos[0] else {
        return NResult::Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(vm.heap.get(c), Obj::Class(_)) {
        return NResult::Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    let classes = ntry!(class_arg(vm, args.pos[1], "issubclass"));
    NResult::Ok(Value::Bool(classes.iter().any(|k| vm.is_subclass(c, *k))))
}

/// The interned attribute name for `getattr`-style builtins (`TypeError` if not a str).
fn attr_name(vm: &mut Vm, v: Value, f: &str) -> Result<Value, PyErr> {
    if let Some(s) = vm.str_of_sub(v).map(|s| s.to_string()) {
        Ok(vm.intern(&s))
    } else {
        Err(PyErr::type_error(format!(
            "{f}(): attribute name must be string, not '{}'",
            vm.type_name(v)
        )))
    }
}

fn getattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("getattr", &args, 2, 3));
    let name = ntry!(attr_name(vm, args.pos[1], "getattr"));
    match vm.get_attr_opt(args.pos[0], name) {
        Ok(Some(crate::vm::attr::Attr::Value(v))) if !v.is_undef() => NResult::Ok(v),
        Ok(Some(crate::vm::attr::Attr::Call(f, a))) => {
            if args.pos.len() == 3 {
                let g = vm.prelude_fn("_getattr_default");
                let mut all = vec![args.pos[0], name, args.pos[2]];
                let _ = (f, a);
                all.truncate(3);
                NResult::Call {
                    func: g,
                    args: all,
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
        Ok(_) => {
            if args.pos.len() == 3 {
                NResult::Ok(args.pos[2])
            } else {
                NResult::Err(vm.attr_error(args.pos[0], name))
            }
        }
        Err(e) => {
            if args.pos.len() == 3 && matches!(e, PyErr::New(ExcType::AttributeError, _)) {
                NResult::Ok(args.pos[2])
            } else {
                NResult::Err(e)
            }
        }
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("hasattr", &args, 2, 2));
    let name = ntry!(attr_name(vm, args.pos[1], "hasattr"));
    match vm.get_attr_opt(args.pos[0], name) {
        Ok(Some(crate::vm::attr::Attr::Value(v))) => NResult::Ok(Value::Bool(!v.is_undef())),
        Ok(Some(crate::vm::attr::Attr::Call(_, _))) => {
            let g = vm.prelude_fn("_hasattr_slow");
            NResult::Call {
                func: g,
                args: vec![args.pos[0], name],
                cont: Cont::Push,
            }
        }
        Ok(None) => NResult::Ok(Value::Bool(false)),
        Err(e) => NResult::Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("setattr", &args, 3, 3));
    let name = ntry!(attr_name(vm, args.pos[1], "setattr"));
    match vm.set_attr(args.pos[0], name, args.pos[2]) {
        Ok(None) => NResult::Ok(Value::None),
        Ok(Some((f, a))) => NResult::Call {
            func: f,
            args: a,
            cont: Cont::Push,
        },
        Err(e) => NResult::Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("delattr", &args, 2, 2));
    let name = ntry!(attr_name(vm, args.pos[1], "delattr"));
    match vm.del_attr(args.pos[0], name) {
        Ok(None) => NResult::Ok(Value::None),
        Ok(Some((f, a))) => NResult::Call {
            func: f,
            args: a,
            cont: Cont::Push,
        },
        Err(e) => NResult::Err(e),
    }
}

fn callable(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("callable", &args, 1, 1));
    NResult::Ok(Value::Bool(vm.is_callable(args.pos[0])))
}

fn chr(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("chr", &args, 1, 1));
    let i = ntry!(arg_int(vm, args.pos[0], ""));
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => NResult::Ok(vm.char_str(&c.to_string())),
        None => NResult::Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("ord", &args, 1, 1));
    let v = args.pos[0];
    if let Some(s) = vm.str_of_sub(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => NResult::Ok(Value::Int(c as i64)),
            _ => NResult::Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Value::Obj(id) = v {
        if let Obj::Bytes(b) = vm.heap.get(id) {
            if b.len() == 1 {
                return NResult::Ok(Value::Int(b[0] as i64));
            }
            return NResult::Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
    }
    NResult::Err(PyErr::type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn radix(vm: &mut Vm, args: Args, base: i64) -> NResult {
    let f: fn(&malachite_bigint::BigInt) -> String = match base {
        16 => crate::numfmt::int_hex,
        8 => crate::numfmt::int_oct,
        _ => crate::numfmt::int_bin,
    };
    ntry!(arity("hex", &args, 1, 1));
    if let Value::Obj(id) = args.pos[0] {
        if let Obj::Instance(inst) = vm.heap.get(id) {
            let has_index = vm
                .interned
                .get("__index__")
                .is_some_and(|k| vm.lookup_in_class(inst.class, Value::Obj(*k)).is_some());
            if has_index {
                return NResult::Call {
                    func: vm.prelude_fn("_radix_index"),
                    args: vec![Value::Int(base), args.pos[0]],
                    cont: Cont::Push,
                };
            }
        }
    }
    match vm.to_bigint(args.pos[0]) {
        Some(b) => {
            let s = f(&b);
            NResult::Ok(vm.new_str(s))
        }
        None => NResult::Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(args.pos[0])
        ))),
    }
}
fn hex(vm: &mut Vm, args: Args) -> NResult {
    radix(vm, args, 16)
}
fn bin(vm: &mut Vm, args: Args) -> NResult {
    radix(vm, args, 2)
}
fn oct(vm: &mut Vm, args: Args) -> NResult {
    radix(vm, args, 8)
}

fn round(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("round", &args, 1, 2));
    let x = args.pos[0];
    let nd = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "ndigits"))
        .unwrap_or(Value::None);
    match x {
        Value::Float(f) => {
            if nd.is_none() {
                if f.is_nan() {
                    return NResult::Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return NResult::Err(PyErr::overflow(
                        "cannot convert float infinity to integer",
                    ));
                }
                let r = crate::numfmt::round_half_even_to_int(f);
                use num_traits::FromPrimitive;
                let b = malachite_bigint::BigInt::from_f64(r).unwrap_or_default();
                NResult::Ok(vm.int_from_big(b))
            } else {
                let n = ntry!(arg_int(vm, nd, ""));
                NResult::Ok(Value::Float(crate::numfmt::round_float(f, n)))
            }
        }
        _ if vm.is_int(x) => {
            if nd.is_none() {
                return NResult::Ok(match x {
                    Value::Bool(b) => Value::Int(b as i64),
                    _ => x,
                });
            }
            let n = ntry!(arg_int(vm, nd, ""));
            if n >= 0 {
                return NResult::Ok(x);
            }
            // Round to 10**-n with half-even.
            let b = vm.to_bigint(x).unwrap();
            let p = malachite_bigint::BigInt::from(10).pow((-n).min(4000) as u32);
            use num_integer::Integer;
            let (q, r) = b.div_mod_floor(&p);
            let twice: malachite_bigint::BigInt = &r * malachite_bigint::BigInt::from(2);
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal => {
                    if q.is_odd() {
                        q + 1
                    } else {
                        q
                    }
                }
                _ => q,
            };
            NResult::Ok(vm.int_from_big(q * p))
        }
        _ => match vm.user_dunder(x, Sym::Round) {
            Some(m) => {
                let mut a = vec![x];
                if !nd.is_none() {
                    a.push(nd);
                }
                NResult::Call {
                    func: m,
                    args: a,
                    cont: Cont::Push,
                }
            }
            None => NResult::Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(x)
            ))),
        },
    }
}

fn divmod(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("divmod", &args, 2, 2));
    let (a, b) = (args.pos[0], args.pos[1]);
    if vm.is_instance_obj(a) || vm.is_instance_obj(b) {
        return call_prelude(vm, "_divmod", &args);
    }
    let q = ntry!(vm.binary_native(crate::bytecode::BinOp::FloorDiv, a, b));
    let r = ntry!(vm.binary_native(crate::bytecode::BinOp::Mod, a, b));
    if matches!(q, Value::NotImplemented) {
        return NResult::Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    NResult::Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("pow", &args, 2, 3));
    let (a, b) = (args.pos[0], args.pos[1]);
    if let Some(m) = args.pos.get(2).copied().filter(|m| !m.is_none()) {
        if vm.is_instance_obj(a) {
            return call_prelude(vm, "_pow3", &args);
        }
        let (Some(x), Some(e), Some(md)) = (vm.to_bigint(a), vm.to_bigint(b), vm.to_bigint(m))
        else {
            return NResult::Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        use num_traits::{Signed, Zero};
        if md.is_zero() {
            return NResult::Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        use num_integer::Integer;
        let (x, e) = if e.is_negative() {
            // Modular inverse of x (extended Euclid), then a positive exponent.
            let m = md.abs();
            let (mut r0, mut r1) = (x.mod_floor(&m), m.clone());
            let (mut s0, mut s1) = (
                malachite_bigint::BigInt::from(1),
                malachite_bigint::BigInt::from(0),
            );
            while !r1.is_zero() {
                let q = r0.div_floor(&r1);
                let r2 = &r0 - &q * &r1;
                r0 = std::mem::replace(&mut r1, r2);
                let s2 = &s0 - &q * &s1;
                s0 = std::mem::replace(&mut s1, s2);
            }
            if r0 != malachite_bigint::BigInt::from(1) && m != malachite_bigint::BigInt::from(1) {
                return NResult::Err(PyErr::value_error(
                    "base is not invertible for the given modulus",
                ));
            }
            (s0.mod_floor(&m), -e)
        } else {
            (x, e)
        };
        let r = x.modpow(&e, &md.abs());
        let r = if md.is_negative() && !r.is_zero() {
            r + &md
        } else {
            r.mod_floor(&md)
        };
        return NResult::Ok(vm.int_from_big(r));
    }
    if vm.is_instance_obj(a) || vm.is_instance_obj(b) {
        return call_prelude(vm, "_pow2", &args);
    }
    let r = ntry!(vm.binary_native(crate::bytecode::BinOp::Pow, a, b));
    if matches!(r, Value::NotImplemented) {
        return NResult::Err(vm.binary_type_error(crate::bytecode::BinOp::Pow, a, b));
    }
    NResult::Ok(r)
}

fn hash(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("hash", &args, 1, 1));
    let v = args.pos[0];
    match vm.hash_native(v) {
        Some(Ok(h)) => NResult::Ok(Value::Int(h as i64)),
        Some(Err(e)) => NResult::Err(e),
        None => {
            let m = vm.user_dunder(v, Sym::Hash).unwrap_or(Value::None);
            NResult::Call {
                func: m,
                args: vec![v],
                cont: Cont::Native {
                    id: super::conts::HASH_RESULT,
                    state: Box::new([]),
                },
            }
        }
    }
}

fn id(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("id", &args, 1, 1));
    let v = args.pos[0];
    let n = match v {
        Value::Obj(o) => 0x7f00_0000_0000i64 + o.0 as i64 * 16,
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + b as i64,
        Value::Int(i) => 0x10_0000_0000i64.wrapping_add(i.wrapping_mul(32)),
        Value::Float(f) => f.to_bits() as i64 & 0x7fff_ffff_ffff,
        _ => 0x3000,
    };
    let _ = vm;
    NResult::Ok(Value::Int(n))
}

fn iter(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("iter", &args, 1, 2));
    if args.pos.len() == 2 {
        return call_prelude(vm, "_iter_sentinel", &args);
    }
    let v = args.pos[0];
    match ntry!(vm.get_iter(v)) {
        IterKind::Native(it) => NResult::Ok(it),
        IterKind::Generator(g) => NResult::Ok(Value::Obj(g)),
        IterKind::User(obj) => match vm.user_dunder(obj, Sym::Iter) {
            Some(m) => NResult::Call {
                func: m,
                args: vec![obj],
                cont: Cont::Native {
                    id: super::conts::CHECK_ITER,
                    state: Box::new([]),
                },
            },
            None => NResult::Call {
                func: vm.prelude_fn("_seq_iter"),
                args: vec![obj],
                cont: Cont::Push,
            },
        },
    }
}

fn next(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("next", &args, 1, 2));
    let it = args.pos[0];
    let default = args.pos.get(1).copied();
    if let Value::Obj(id) = it {
        match vm.heap.get(id) {
            Obj::Iter(_) => {
                return match ntry!(vm.iter_next(id)) {
                    Some(v) => NResult::Ok(v),
                    None => match default {
                        Some(d) => NResult::Ok(d),
                        None => NResult::Err(PyErr::new(ExcType::StopIteration, "")),
                    },
                }
            }
            Obj::Generator(_) => {
                if let Some(d) = default {
                    return NResult::Call {
                        func: vm.prelude_fn("_next_default"),
                        args: vec![it, d],
                        cont: Cont::Push,
                    };
                }
                return NResult::ResumeGen {
                    gen: id,
                    value: Value::None,
                    mode: crate::frame::GenMode::Next,
                };
            }
            _ => {}
        }
    }
    match vm.user_dunder(it, Sym::Next) {
        Some(m) => match default {
            Some(d) => NResult::Call {
                func: m,
                args: vec![it],
                cont: Cont::Native {
                    id: super::conts::NEXT_DEFAULT,
                    state: Box::new([d]),
                },
            },
            None => NResult::Call {
                func: m,
                args: vec![it],
                cont: Cont::Push,
            },
        },
        None => NResult::Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(it)
        ))),
    }
}

fn format(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("format", &args, 1, 2));
    let v = args.pos[0];
    let spec = args.pos.get(1).copied().unwrap_or(Value::Undef);
    let r = ntry!(super::fmt::format_value(
        vm,
        v,
        crate::bytecode::Conversion::None,
        spec
    ));
    match r {
        super::seq::Slow::Value(v) => NResult::Ok(v),
        super::seq::Slow::Call(f, a) => NResult::Call {
            func: f,
            args: a,
            cont: Cont::Push,
        },
    }
}

fn enumerate(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("enumerate", &args, 1, 2));
    let start = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "start"))
        .unwrap_or(Value::Int(0));
    let start_i = match start {
        Value::Int(i) => i,
        _ => return call_prelude(vm, "_enumerate", &args),
    };
    match ntry!(vm.get_iter(args.pos[0])) {
        IterKind::Native(Value::Obj(inner)) => {
            let it = vm.heap.alloc(Obj::Iter(Box::new(IterState::Enumerate {
                inner,
                count: start_i,
            })));
            NResult::Ok(Value::Obj(it))
        }
        _ => {
            let f = vm.prelude_fn("_enumerate");
            NResult::Call {
                func: f,
                args: vec![args.pos[0], start],
                cont: Cont::Push,
            }
        }
    }
}

fn zip(vm: &mut Vm, args: Args) -> NResult {
    if !args.kw.is_empty() {
        return call_prelude(vm, "_zip", &args);
    }
    let mut inners = Vec::new();
    for a in args.pos {
        match ntry!(vm.get_iter(*a)) {
            IterKind::Native(Value::Obj(it)) => inners.push(it),
            _ => return call_prelude(vm, "_zip", &args),
        }
    }
    let it = vm
        .heap
        .alloc(Obj::Iter(Box::new(IterState::Zip { inners })));
    NResult::Ok(Value::Obj(it))
}

fn reversed(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("reversed", &args, 1, 1));
    let v = args.pos[0];
    if let Value::Obj(id) = v {
        match vm.heap.get(id) {
            Obj::List(l) => {
                let n = l.len();
                return NResult::Ok(Value::Obj(
                    vm.heap
                        .alloc(Obj::Iter(Box::new(IterState::Reversed { seq: id, idx: n }))),
                ));
            }
            Obj::Tuple(t) => {
                let n = t.len();
                return NResult::Ok(Value::Obj(
                    vm.heap
                        .alloc(Obj::Iter(Box::new(IterState::Reversed { seq: id, idx: n }))),
                ));
            }
            Obj::Str(_)
            | Obj::Range { .. }
            | Obj::Bytes(_)
            | Obj::Dict(_)
            | Obj::DictView { .. } => {
                let items = ntry!(vm.collect_native(v)).unwrap_or_default();
                let n = items.len();
                let l = vm.heap.alloc(Obj::List(items));
                return NResult::Ok(Value::Obj(
                    vm.heap
                        .alloc(Obj::Iter(Box::new(IterState::Reversed { seq: l, idx: n }))),
                ));
            }
            Obj::Instance(_) => {
                if let Some(m) = vm.user_dunder(v, Sym::Reversed) {
                    return NResult::Call {
                        func: m,
                        args: vec![v],
                        cont: Cont::Push,
                    };
                }
                return call_prelude(vm, "_reversed_seq", &args);
            }
            _ => {}
        }
    }
    NResult::Err(PyErr::type_error(format!(
        "'{}' object is not reversible",
        vm.type_name(v)
    )))
}

fn globals_fn(vm: &mut Vm, _args: Args) -> NResult {
    let _ = vm;
    NResult::Err(PyErr::new(
        ExcType::NotImplementedError,
        "globals() is not supported by Cloaca",
    ))
}

// ----- natives used by the prelude's slow paths -----

/// `_dict_candidates(d, h)`: [(index, key), ...] of entries whose hash equals `h`.
fn dict_candidates(vm: &mut Vm, args: Args) -> NResult {
    let (Value::Obj(d), Value::Int(h)) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("bad _dict_candidates call"));
    };
    let h = h as u64;
    let mut out = Vec::new();
    let table = match vm.heap.get(d) {
        Obj::Dict(t) => t,
        Obj::Set { table, .. } => table,
        _ => return NResult::Err(PyErr::type_error("bad _dict_candidates call")),
    };
    for i in 0..table.slots() {
        if let Some(e) = table.entry(i) {
            if e.hash == h {
                out.push((i, e.key));
            }
        }
    }
    let mut items = Vec::new();
    for (i, k) in out {
        items.push(vm.new_tuple(vec![Value::Int(i as i64), k]));
    }
    NResult::Ok(vm.new_list(items))
}

fn dict_set_at(vm: &mut Vm, args: Args) -> NResult {
    let (Value::Obj(d), Value::Int(i)) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("bad _dict_set_at call"));
    };
    let v = args.pos[2];
    match vm.heap.get_mut(d) {
        Obj::Dict(t) => *t.entry_value_mut(i as usize) = v,
        Obj::Set { table, .. } => *table.entry_value_mut(i as usize) = v,
        _ => {}
    }
    NResult::Ok(Value::None)
}

fn dict_push(vm: &mut Vm, args: Args) -> NResult {
    let (Value::Obj(d), Value::Int(h)) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("bad _dict_push call"));
    };
    let (k, v) = (args.pos[2], args.pos[3]);
    match vm.heap.get_mut(d) {
        Obj::Dict(t) => {
            t.push(h as u64, k, v);
        }
        Obj::Set { table, .. } => {
            table.push(h as u64, k, v);
        }
        _ => {}
    }
    NResult::Ok(Value::None)
}

fn dict_del_at(vm: &mut Vm, args: Args) -> NResult {
    let (Value::Obj(d), Value::Int(i)) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("bad _dict_del_at call"));
    };
    let r = match vm.heap.get_mut(d) {
        Obj::Dict(t) => t.remove_at(i as usize).1,
        Obj::Set { table, .. } => table.remove_at(i as usize).1,
        _ => Value::None,
    };
    NResult::Ok(r)
}

fn dict_value_at(vm: &mut Vm, args: Args) -> NResult {
    let (Value::Obj(d), Value::Int(i)) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("bad _dict_value_at call"));
    };
    let v = match vm.heap.get(d) {
        Obj::Dict(t) => t.entry(i as usize).map(|e| e.value),
        _ => None,
    };
    NResult::Ok(v.unwrap_or(Value::None))
}

fn type_name_fn(vm: &mut Vm, args: Args) -> NResult {
    let n = vm.type_name(args.pos[0]);
    NResult::Ok(vm.new_str(n))
}

fn is_native_iter(vm: &mut Vm, args: Args) -> NResult {
    let r = matches!(args.pos[0], Value::Obj(id) if matches!(vm.heap.get(id), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range { .. } | Obj::Dict(_) | Obj::Set { .. }));
    NResult::Ok(Value::Bool(r))
}

fn percent_native(vm: &mut Vm, args: Args) -> NResult {
    let r = ntry!(super::fmt::percent_format(vm, args.pos[0], args.pos[1]));
    match r {
        super::seq::Slow::Value(v) => NResult::Ok(v),
        super::seq::Slow::Call(..) => {
            NResult::Err(PyErr::type_error("unsupported format argument"))
        }
    }
}

/// `_install(cls, name, func, kind)`: put a prelude function into a builtin type's dict as a
/// method (kind 0), classmethod (1) or staticmethod (2), renamed to `name` / `Type.name`.
fn install_method(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("_install", &args, 4, 4));
    let (Value::Obj(cls), name, func) = (args.pos[0], args.pos[1], args.pos[2]) else {
        return NResult::Err(PyErr::type_error("_install: bad class"));
    };
    let short = vm.str_of(name).unwrap_or("?").to_string();
    let cname = vm.class_name(cls);
    if let Value::Obj(fid) = func {
        if let Obj::Function(f) = vm.heap.get_mut(fid) {
            f.name = short.as_str().into();
            f.qualname = format!("{cname}.{short}").into();
        }
    }
    let v = match args.pos[3] {
        Value::Int(1) => Value::Obj(vm.heap.alloc(Obj::ClassMethod(func))),
        Value::Int(2) => Value::Obj(vm.heap.alloc(Obj::StaticMethod(func))),
        _ => func,
    };
    let key = vm.intern(&short);
    super::class_dict_set(vm, cls, key, v);
    NResult::Ok(Value::None)
}

/// `_gen_throw(gen, exc)`: raise the exception instance `exc` inside generator `gen`.
fn gen_throw(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("_gen_throw", &args, 2, 2));
    let g = match args.pos[0] {
        Value::Obj(id) if matches!(vm.heap.get(id), Obj::Generator(_)) => id,
        v => {
            return NResult::Err(PyErr::type_error(format!(
                "expected a generator, not {}",
                vm.type_name(v)
            )))
        }
    };
    match ntry!(vm.exception_from(args.pos[1])) {
        Some(exc) => NResult::ThrowGen { gen: g, exc },
        None => NResult::Err(PyErr::type_error(
            "exceptions must derive from BaseException",
        )),
    }
}

/// `_builtin_base(x)`: the hidden list/dict of a list/dict subclass instance, else `x`.
fn builtin_base(vm: &mut Vm, args: Args) -> NResult {
    let x = args.pos.first().copied().unwrap_or(Value::None);
    NResult::Ok(vm.builtin_base(x).unwrap_or(x))
}

/// `_with_builtin_base(cls, value)`: a new instance of `cls` (a subclass of an immutable
/// builtin) whose hidden builtin value is `value`.
fn with_builtin_base(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("_with_builtin_base", &args, 2, 2));
    let (Value::Obj(cls), v) = (args.pos[0], args.pos[1]) else {
        return NResult::Err(PyErr::type_error("_with_builtin_base: bad class"));
    };
    let Some(inst) = vm.bare_instance(cls) else {
        return NResult::Err(PyErr::type_error("_with_builtin_base: bad class"));
    };
    let key = vm.intern(crate::vm::call::BUILTIN_BASE);
    let hash = vm.str_hash(key);
    if let Value::Obj(id) = inst {
        if let Obj::Instance(i) = vm.heap.get_mut(id) {
            i.attrs.push(hash, key, v);
        }
    }
    NResult::Ok(inst)
}

/// `_attrs_op(obj, op, key, value)`: raw access to an instance's attribute dict for the
/// prelude's live `__dict__` proxy. op 0 get (value = default), 1 set, 2 delete (KeyError),
/// 3 list of keys, 4 contains.
fn attrs_op(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("_attrs_op", &args, 4, 4));
    let (obj, op, key, value) = (args.pos[0], args.pos[1], args.pos[2], args.pos[3]);
    let Value::Obj(id) = obj else {
        return NResult::Err(PyErr::type_error("not an instance"));
    };
    let skip = usize::from(vm.builtin_base(obj).is_some());
    let Obj::Instance(inst) = vm.heap.get(id) else {
        return NResult::Err(PyErr::type_error("not an instance"));
    };
    if let Value::Int(3) = op {
        let keys: Vec<Value> = inst.attrs.keys().skip(skip).collect();
        return NResult::Ok(vm.new_list(keys));
    }
    let Some(ks) = vm.str_of(key) else {
        return match op {
            Value::Int(0) => NResult::Ok(value),
            Value::Int(4) => NResult::Ok(Value::Bool(false)),
            _ => NResult::Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(key)
            ))),
        };
    };
    let ks: String = ks.to_owned();
    let k = vm.intern(&ks);
    let Obj::Instance(inst) = vm.heap.get(id) else {
        unreachable!()
    };
    let found = vm.dict_find_str(&inst.attrs, k).filter(|i| *i >= skip);
    match op {
        Value::Int(0) => NResult::Ok(match found {
            Some(i) => inst.attrs.entry(i).unwrap().value,
            None => value,
        }),
        Value::Int(4) => NResult::Ok(Value::Bool(found.is_some())),
        Value::Int(1) => {
            let hash = vm.str_hash(k);
            if let Obj::Instance(inst) = vm.heap.get_mut(id) {
                match found {
                    Some(i) => *inst.attrs.entry_value_mut(i) = value,
                    None => {
                        inst.attrs.push(hash, k, value);
                    }
                }
            }
            NResult::Ok(Value::None)
        }
        Value::Int(2) => match found {
            Some(i) => {
                if let Obj::Instance(inst) = vm.heap.get_mut(id) {
                    inst.attrs.remove_at(i);
                }
                NResult::Ok(Value::None)
            }
            None => NResult::Err(vm.key_error(key)),
        },
        _ => NResult::Err(PyErr::value_error("bad _attrs_op")),
    }
}

/// `_rename_class(cls, name, module)`: give a prelude class its public name (`collections.deque`).
fn rename_class(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("_rename_class", &args, 3, 3));
    let (Some(n), Some(m)) = (
        vm.str_of(args.pos[1]).map(|s| s.to_string()),
        vm.str_of(args.pos[2]).map(|s| s.to_string()),
    ) else {
        return NResult::Err(PyErr::type_error("_rename_class: names must be str"));
    };
    if let Value::Obj(id) = args.pos[0] {
        if let Obj::Class(c) = vm.heap.get_mut(id) {
            c.name = n.clone();
            c.qualname = n;
            c.module = m;
        }
    }
    NResult::Ok(Value::None)
}

/// `_write_stream(to_err, s)`: write to stdout or stderr (sys.stdout / sys.stderr `write`).
fn write_stream(vm: &mut Vm, args: Args) -> NResult {
    ntry!(super::arity("write", &args, 2, 2));
    let Some(s) = vm.str_of_sub(args.pos[1]).map(|s| s.to_string()) else {
        return NResult::Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    if matches!(args.pos[0], Value::Bool(true)) {
        vm.out.write_err(&s);
    } else {
        vm.out.write_str(&s);
    }
    NResult::Ok(Value::Int(s.chars().count() as i64))
}

/// `_set_recursion_limit(n)`: `sys.setrecursionlimit` (0 = query). Capped: frames live on the
/// heap, but each costs memory.
fn set_recursion_limit(vm: &mut Vm, args: Args) -> NResult {
    let n = ntry!(super::seq::arg_int(
        vm,
        args.pos.first().copied().unwrap_or(Value::Int(0)),
        ""
    ));
    if n == 0 {
        return NResult::Ok(Value::Int(vm.config.recursion_limit as i64));
    }
    if n < 1 {
        return NResult::Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.config.recursion_limit = (n as usize).min(200_000);
    NResult::Ok(Value::None)
}

/// `_b2s(b)`: bytes → str with one char per byte (latin-1), for the prelude's bytes methods.
fn bytes_to_latin1(vm: &mut Vm, args: Args) -> NResult {
    let s: String = match args.pos.first() {
        Some(Value::Obj(id)) => match vm.heap.get(*id) {
            Obj::Bytes(b) => b.iter().map(|c| *c as char).collect(),
            _ => return NResult::Err(PyErr::type_error("a bytes-like object is required")),
        },
        _ => return NResult::Err(PyErr::type_error("a bytes-like object is required")),
    };
    NResult::Ok(vm.new_str(s))
}

/// `_s2b(s)`: the inverse of `_b2s`.
fn latin1_to_bytes(vm: &mut Vm, args: Args) -> NResult {
    let Some(s) = args.pos.first().and_then(|v| vm.str_of(*v)) else {
        return NResult::Err(PyErr::type_error("expected str"));
    };
    let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(b.into_boxed_slice()))))
}

#[allow(dead_code)]
fn unused(a: Args) -> Result<(), PyErr> {
    no_kw("x", &a)
}
