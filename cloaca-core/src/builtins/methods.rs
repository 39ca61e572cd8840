//! Methods of the builtin types: `str`, `list`, `dict`, `set`, `tuple`, `bytes`, generators.

use super::{arity, NativeDef, Owner};
use crate::builtins::seq::{arg_int, find_key, table_get, table_remove, table_set, Find};
use crate::frame::{Cont, GenMode};
use crate::ntry;
use crate::object::{Obj, PyStr, TypeKind, ViewKind};
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::{ExcType, PyErr};
use crate::vm::Vm;

pub fn register(v: &mut Vec<NativeDef>) {
    use TypeKind as K;
    let defs: &[(&'static str, TypeKind, super::NativeFn)] = &[
        ("str.upper", K::Str, str_upper),
        ("str.lower", K::Str, str_lower),
        ("str.strip", K::Str, str_strip),
        ("str.lstrip", K::Str, str_lstrip),
        ("str.rstrip", K::Str, str_rstrip),
        ("str.split", K::Str, str_split),
        ("str.join", K::Str, str_join),
        ("str.replace", K::Str, str_replace),
        ("str.format", K::Str, str_format),
        ("str.isdigit", K::Str, str_isdigit),
        ("str.isalpha", K::Str, str_isalpha),
        ("str.isspace", K::Str, str_isspace),
        ("str.title", K::Str, str_title),
        ("str.capitalize", K::Str, str_capitalize),
        ("str.encode", K::Str, str_encode),
        ("list.append", K::List, list_append),
        ("list.extend", K::List, list_extend),
        ("list.pop", K::List, list_pop),
        ("list.insert", K::List, list_insert),
        ("list.reverse", K::List, list_reverse),
        ("list.copy", K::List, list_copy),
        ("list.clear", K::List, list_clear),
        ("list.sort", K::List, list_sort),
        ("list.index", K::List, seq_index),
        ("list.count", K::List, seq_count),
        ("list.remove", K::List, list_remove),
        ("tuple.index", K::Tuple, seq_index),
        ("tuple.count", K::Tuple, seq_count),
        ("dict.get", K::Dict, dict_get),
        ("dict.keys", K::Dict, dict_keys),
        ("dict.values", K::Dict, dict_values),
        ("dict.items", K::Dict, dict_items),
        ("dict.pop", K::Dict, dict_pop),
        ("dict.setdefault", K::Dict, dict_setdefault),
        ("dict.update", K::Dict, dict_update),
        ("dict.copy", K::Dict, dict_copy),
        ("dict.clear", K::Dict, dict_clear),
        ("dict.popitem", K::Dict, dict_popitem),
        ("set.add", K::Set, set_add),
        ("set.discard", K::Set, set_discard),
        ("set.remove", K::Set, set_remove),
        ("set.pop", K::Set, set_pop),
        ("set.clear", K::Set, set_clear),
        ("set.copy", K::Set, set_copy),
        ("frozenset.copy", K::FrozenSet, set_copy),
        ("bytes.decode", K::Bytes, bytes_decode),
        ("generator.send", K::Generator, gen_send),
        ("generator.__next__", K::Generator, gen_next),
    ];
    for (name, k, f) in defs {
        v.push(NativeDef {
            name,
            owner: Owner::Type(*k),
            f: *f,
        });
    }
}

fn this_str<'a>(vm: &'a Vm, args: &Args) -> Result<&'a str, PyErr> {
    args.pos
        .first()
        .and_then(|v| vm.str_of_sub(*v))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn ret_str(vm: &mut Vm, s: String) -> NResult {
    NResult::Ok(vm.new_str(s))
}

fn str_upper(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this_str(vm, &args)).to_uppercase();
    ret_str(vm, s)
}
fn str_lower(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this_str(vm, &args)).to_lowercase();
    ret_str(vm, s)
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> NResult {
    let s = ntry!(this_str(vm, &args)).to_string();
    let chars = args.pos.get(1).copied().filter(|v| !v.is_none());
    let r = match chars {
        None => {
            let mut t: &str = &s;
            if left {
                t = t.trim_start_matches(crate::numfmt::py_isspace);
            }
            if right {
                t = t.trim_end_matches(crate::numfmt::py_isspace);
            }
            t.to_string()
        }
        Some(c) => {
            let Some(cs) = vm.str_of_sub(c) else {
                return NResult::Err(PyErr::type_error("strip arg must be None or str"));
            };
            let set: Vec<char> = cs.chars().collect();
            let mut t: &str = &s;
            if left {
                t = t.trim_start_matches(|ch| set.contains(&ch));
            }
            if right {
                t = t.trim_end_matches(|ch| set.contains(&ch));
            }
            t.to_string()
        }
    };
    ret_str(vm, r)
}
fn str_strip(vm: &mut Vm, args: Args) -> NResult {
    strip_impl(vm, args, true, true)
}
fn str_lstrip(vm: &mut Vm, args: Args) -> NResult {
    strip_impl(vm, args, true, false)
}
fn str_rstrip(vm: &mut Vm, args: Args) -> NResult {
    strip_impl(vm, args, false, true)
}

fn str_split(vm: &mut Vm, args: Args) -> NResult {
    ntry!(this_str(vm, &args));
    let sep = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "sep"))
        .filter(|v| !v.is_none());
    let maxsplit = args
        .pos
        .get(2)
        .copied()
        .or_else(|| args.kwarg(vm, "maxsplit"))
        .unwrap_or(Value::Int(-1));
    let maxsplit = ntry!(arg_int(vm, maxsplit, ""));
    let s = ntry!(this_str(vm, &args));
    // The parts are made while `s` is borrowed (short ones need no allocation at all), then
    // put in the heap.
    let parts: Vec<PyStr> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(crate::numfmt::py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(PyStr::new(rest));
                    break;
                }
                let end = rest.find(crate::numfmt::py_isspace).unwrap_or(rest.len());
                out.push(PyStr::new(&rest[..end]));
                rest = rest[end..].trim_start_matches(crate::numfmt::py_isspace);
            }
            out
        }
        Some(sv) => {
            let Some(sep) = vm.str_of_sub(sv) else {
                return NResult::Err(PyErr::type_error(format!(
                    "must be str or None, not {}",
                    vm.type_name(sv)
                )));
            };
            if sep.is_empty() {
                return NResult::Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep).map(PyStr::new).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(PyStr::new)
                    .collect()
            }
        }
    };
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| Value::Obj(vm.heap.alloc(Obj::Str(p))))
        .collect();
    NResult::Ok(vm.new_list(items))
}

fn str_join(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("join", &args, 2, 2));
    let sep = ntry!(this_str(vm, &args)).to_string();
    let Some(items) = ntry!(vm.collect_native_or_slow(args.pos[1])) else {
        let f = vm.prelude_fn("_join_slow");
        return NResult::Call {
            func: f,
            args: vec![args.pos[0], args.pos[1]],
            cont: Cont::Push,
        };
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of_sub(*it) {
            Some(s) => out.push_str(s),
            None => {
                return NResult::Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(*it)
                )))
            }
        }
    }
    ret_str(vm, out)
}

fn str_replace(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("replace", &args, 3, 4));
    let s = ntry!(this_str(vm, &args)).to_string();
    let (Some(old), Some(new)) = (vm.str_of_sub(args.pos[1]), vm.str_of_sub(args.pos[2])) else {
        return NResult::Err(PyErr::type_error("replace() arguments must be str"));
    };
    let (old, new) = (old.to_string(), new.to_string());
    let count = match args.pos.get(3) {
        Some(c) => ntry!(arg_int(vm, *c, "")),
        None => -1,
    };
    let r = if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    ret_str(vm, r)
}

fn str_format(vm: &mut Vm, args: Args) -> NResult {
    let f = vm.prelude_fn("_str_format");
    let pos = vm.new_tuple(args.pos[1..].to_vec());
    let kw = vm.new_dict();
    for (k, v) in args.kw {
        vm.dict_set_str(kw.as_obj().unwrap(), *k, *v);
    }
    NResult::Call {
        func: f,
        args: vec![args.pos[0], pos, kw],
        cont: Cont::Push,
    }
}

fn pred(vm: &mut Vm, args: Args, f: fn(char) -> bool) -> NResult {
    let s = ntry!(this_str(vm, &args));
    NResult::Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn str_isdigit(vm: &mut Vm, args: Args) -> NResult {
    // Unicode Numeric_Type=Decimal or Digit (superscripts, circled digits, …).
    pred(vm, args, |c| {
        crate::numfmt::unicode_decimal(c).is_some()
            || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
                | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247c}'
                | '\u{2488}'..='\u{2490}' | '\u{24f5}'..='\u{24fd}' | '\u{24ea}' | '\u{24ff}'
                | '\u{2776}'..='\u{277e}' | '\u{2780}'..='\u{2788}' | '\u{278a}'..='\u{2792}')
    })
}
fn str_isalpha(vm: &mut Vm, args: Args) -> NResult {
    pred(vm, args, char::is_alphabetic)
}
fn str_isspace(vm: &mut Vm, args: Args) -> NResult {
    pred(vm, args, crate::numfmt::py_isspace)
}

fn str_title(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this_str(vm, &args));
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    ret_str(vm, out)
}

fn str_capitalize(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this_str(vm, &args));
    let mut it = s.chars();
    let out: String = match it.next() {
        Some(c) => c
            .to_uppercase()
            .chain(it.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    };
    ret_str(vm, out)
}

fn str_encode(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("str.encode", &args, 1, 3));
    let (codec, errors) = ntry!(super::codecs::codec_args(vm, &args, 1, "encode"));
    let s = ntry!(super::codecs::encode(
        ntry!(this_str(vm, &args)),
        codec,
        &errors
    ));
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(s.into_boxed_slice()))))
}

fn this_list(vm: &Vm, args: &Args) -> Result<crate::value::ObjId, PyErr> {
    match args.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.heap.get(*id), Obj::List(_)) => Ok(*id),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("list.append", &args, 2, 2));
    let id = ntry!(this_list(vm, &args));
    if let Obj::List(l) = vm.heap.get_mut(id) {
        l.push(args.pos[1]);
    }
    vm.heap.note_bytes(16);
    NResult::Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("list.extend", &args, 2, 2));
    let id = ntry!(this_list(vm, &args));
    match ntry!(vm.collect_native_or_slow(args.pos[1])) {
        Some(items) => {
            vm.heap.note_bytes(items.len() * 16);
            if let Obj::List(l) = vm.heap.get_mut(id) {
                l.extend(items);
            }
            NResult::Ok(Value::None)
        }
        None => {
            let f = vm.prelude_fn("_list_extend");
            NResult::Call {
                func: f,
                args: vec![args.pos[0], args.pos[1]],
                cont: Cont::Push,
            }
        }
    }
}

fn list_pop(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("pop", &args, 1, 2));
    let id = ntry!(this_list(vm, &args));
    let idx = match args.pos.get(1) {
        Some(v) => Some(ntry!(arg_int(vm, *v, ""))),
        None => None,
    };
    let Obj::List(l) = vm.heap.get_mut(id) else {
        unreachable!()
    };
    if l.is_empty() {
        return NResult::Err(PyErr::index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let i = match idx {
        None => n - 1,
        Some(i) if i < 0 => i + n,
        Some(i) => i,
    };
    if i < 0 || i >= n {
        return NResult::Err(PyErr::index_error("pop index out of range"));
    }
    NResult::Ok(l.remove(i as usize))
}

fn list_insert(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("insert", &args, 3, 3));
    let id = ntry!(this_list(vm, &args));
    let i = ntry!(arg_int(vm, args.pos[1], ""));
    let Obj::List(l) = vm.heap.get_mut(id) else {
        unreachable!()
    };
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, args.pos[2]);
    NResult::Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_list(vm, &args));
    if let Obj::List(l) = vm.heap.get_mut(id) {
        l.reverse();
    }
    NResult::Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_list(vm, &args));
    let Obj::List(l) = vm.heap.get(id) else {
        unreachable!()
    };
    let c = l.clone();
    NResult::Ok(vm.new_list(c))
}

fn list_clear(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_list(vm, &args));
    if let Obj::List(l) = vm.heap.get_mut(id) {
        l.clear();
    }
    NResult::Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: Args) -> NResult {
    let _ = ntry!(this_list(vm, &args));
    let key = args.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = args.kwarg(vm, "reverse").unwrap_or(Value::Bool(false));
    let f = vm.prelude_fn("_list_sort");
    NResult::Call {
        func: f,
        args: vec![args.pos[0], key, reverse],
        cont: Cont::Push,
    }
}

fn seq_items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::List(l) => l.clone(),
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        _ => vec![],
    }
}

fn seq_index(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("index", &args, 2, 4));
    let items = seq_items(vm, args.pos[0]);
    let x = args.pos[1];
    let n = items.len() as i64;
    let bound = |v: Option<&Value>, dflt: i64| -> Result<i64, PyErr> {
        match v {
            None => Ok(dflt),
            Some(v) => {
                let i = arg_int(vm, *v, "").map_err(|_| {
                    PyErr::type_error("slice indices must be integers or have an __index__ method")
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = ntry!(bound(args.pos.get(2), 0));
    let stop = ntry!(bound(args.pos.get(3), n));
    let mut i = start;
    while i < stop {
        let it = items[i as usize];
        match vm.eq_native(it, x) {
            Some(true) => return NResult::Ok(Value::Int(i)),
            Some(false) => {}
            None => {
                let f = vm.prelude_fn("_seq_index");
                let mut a = vec![args.pos[0], x];
                a.extend(args.pos[2..].iter().copied());
                return NResult::Call {
                    func: f,
                    args: a,
                    cont: Cont::Push,
                };
            }
        }
        i += 1;
    }
    if vm.kind_of(args.pos[0]) == TypeKind::List {
        if vm.is_instance_obj(x) {
            // The message needs repr(x), which may be Python code.
            let f = vm.prelude_fn("_seq_index");
            return NResult::Call {
                func: f,
                args: vec![args.pos[0], x],
                cont: Cont::Push,
            };
        }
        let r = vm.repr_native(x);
        NResult::Err(PyErr::value_error(format!("{r} is not in list")))
    } else {
        NResult::Err(PyErr::value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("count", &args, 2, 2));
    let items = seq_items(vm, args.pos[0]);
    let x = args.pos[1];
    let mut n = 0;
    for it in &items {
        match vm.eq_native(*it, x) {
            Some(true) => n += 1,
            Some(false) => {}
            None => {
                let f = vm.prelude_fn("_seq_count");
                return NResult::Call {
                    func: f,
                    args: vec![args.pos[0], x],
                    cont: Cont::Push,
                };
            }
        }
    }
    NResult::Ok(Value::Int(n))
}

fn list_remove(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("remove", &args, 2, 2));
    let id = ntry!(this_list(vm, &args));
    let items = seq_items(vm, args.pos[0]);
    for (i, it) in items.iter().enumerate() {
        match vm.eq_native(*it, args.pos[1]) {
            Some(true) => {
                if let Obj::List(l) = vm.heap.get_mut(id) {
                    l.remove(i);
                }
                return NResult::Ok(Value::None);
            }
            Some(false) => {}
            None => {
                let f = vm.prelude_fn("_list_remove");
                return NResult::Call {
                    func: f,
                    args: vec![args.pos[0], args.pos[1]],
                    cont: Cont::Push,
                };
            }
        }
    }
    NResult::Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn this_dict(vm: &Vm, args: &Args) -> Result<crate::value::ObjId, PyErr> {
    match args.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.heap.get(*id), Obj::Dict(_)) => Ok(*id),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn slow_dict(vm: &mut Vm, name: &str, args: &Args) -> NResult {
    let f = vm.prelude_fn(name);
    NResult::Call {
        func: f,
        args: args.pos.to_vec(),
        cont: Cont::Push,
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("get", &args, 2, 3));
    let id = ntry!(this_dict(vm, &args));
    match ntry!(table_get(vm, id, args.pos[1])) {
        Ok(Some(v)) => NResult::Ok(v),
        Ok(None) => NResult::Ok(args.pos.get(2).copied().unwrap_or(Value::None)),
        Err(()) => slow_dict(vm, "_dict_get", &args),
    }
}

fn view(vm: &mut Vm, args: Args, kind: ViewKind) -> NResult {
    let id = ntry!(this_dict(vm, &args));
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::DictView { dict: id, kind })))
}
fn dict_keys(vm: &mut Vm, args: Args) -> NResult {
    view(vm, args, ViewKind::Keys)
}
fn dict_values(vm: &mut Vm, args: Args) -> NResult {
    view(vm, args, ViewKind::Values)
}
fn dict_items(vm: &mut Vm, args: Args) -> NResult {
    view(vm, args, ViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("pop", &args, 2, 3));
    let id = ntry!(this_dict(vm, &args));
    match ntry!(table_remove(vm, id, args.pos[1])) {
        Ok(Some(v)) => NResult::Ok(v),
        Ok(None) => match args.pos.get(2) {
            Some(d) => NResult::Ok(*d),
            None => NResult::Err(vm.key_error(args.pos[1])),
        },
        Err(()) => slow_dict(vm, "_dict_pop", &args),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("setdefault", &args, 2, 3));
    let id = ntry!(this_dict(vm, &args));
    let d = args.pos.get(2).copied().unwrap_or(Value::None);
    match ntry!(table_get(vm, id, args.pos[1])) {
        Ok(Some(v)) => NResult::Ok(v),
        Ok(None) => {
            ntry!(table_set(vm, id, args.pos[1], d));
            NResult::Ok(d)
        }
        Err(()) => slow_dict(vm, "_dict_setdefault", &args),
    }
}

fn dict_update(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_dict(vm, &args));
    if let Some(&src) = args.pos.get(1) {
        match src {
            Value::Obj(sid) if matches!(vm.heap.get(sid), Obj::Dict(_)) => {
                ntry!(crate::builtins::seq::dict_update_native(vm, id, sid));
            }
            _ => {
                let f = vm.prelude_fn("_dict_update");
                let kw = vm.new_dict();
                for (k, v) in args.kw {
                    vm.dict_set_str(kw.as_obj().unwrap(), *k, *v);
                }
                return NResult::Call {
                    func: f,
                    args: vec![args.pos[0], src, kw],
                    cont: Cont::Push,
                };
            }
        }
    }
    for (k, v) in args.kw {
        vm.dict_set_str(id, *k, *v);
    }
    NResult::Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_dict(vm, &args));
    let Obj::Dict(d) = vm.heap.get(id) else {
        unreachable!()
    };
    let c = d.clone();
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Dict(c))))
}

fn dict_clear(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_dict(vm, &args));
    if let Obj::Dict(d) = vm.heap.get_mut(id) {
        d.clear();
    }
    NResult::Ok(Value::None)
}

fn dict_popitem(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_dict(vm, &args));
    let r = match vm.heap.get_mut(id) {
        Obj::Dict(d) => d.pop_last(),
        _ => None,
    };
    match r {
        Some((k, v)) => NResult::Ok(vm.new_tuple(vec![k, v])),
        None => NResult::Err(PyErr::new(
            ExcType::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn this_set(vm: &Vm, args: &Args) -> Result<crate::value::ObjId, PyErr> {
    match args.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.heap.get(*id), Obj::Set { .. }) => Ok(*id),
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

fn set_add(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("add", &args, 2, 2));
    let id = ntry!(this_set(vm, &args));
    if !ntry!(table_set(vm, id, args.pos[1], Value::None)) {
        return slow_dict(vm, "_set_add", &args);
    }
    NResult::Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("discard", &args, 2, 2));
    let id = ntry!(this_set(vm, &args));
    match ntry!(table_remove(vm, id, args.pos[1])) {
        Err(()) => slow_dict(vm, "_set_discard", &args),
        _ => NResult::Ok(Value::None),
    }
}

fn set_remove(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("remove", &args, 2, 2));
    let id = ntry!(this_set(vm, &args));
    match ntry!(table_remove(vm, id, args.pos[1])) {
        Ok(Some(_)) => NResult::Ok(Value::None),
        Ok(None) => NResult::Err(vm.key_error(args.pos[1])),
        Err(()) => slow_dict(vm, "_set_remove", &args),
    }
}

fn set_pop(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("pop", &args, 1, 1));
    let id = ntry!(this_set(vm, &args));
    // The first element in CPython's iteration order.
    let src = vm.set_iter_source(id);
    let first = match vm.heap.get(src) {
        Obj::Set { table, .. } => table.keys().next(),
        _ => None,
    };
    let r = match (first, vm.heap.get_mut(id)) {
        (Some(k), Obj::Set { table, .. }) => {
            let i = (0..table.slots()).find(|i| table.entry(*i).is_some_and(|e| e.key.is(k)));
            i.map(|i| table.remove_at(i).0)
        }
        _ => None,
    };
    match r {
        Some(k) => NResult::Ok(k),
        None => NResult::Err(PyErr::new(ExcType::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> NResult {
    let id = ntry!(this_set(vm, &args));
    if let Obj::Set { table, .. } = vm.heap.get_mut(id) {
        table.clear();
    }
    NResult::Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> NResult {
    let id = match args.pos.first() {
        Some(Value::Obj(id)) if matches!(vm.heap.get(*id), Obj::Set { .. }) => *id,
        _ => {
            return NResult::Err(PyErr::type_error(
                "descriptor 'copy' requires a 'set' object",
            ))
        }
    };
    let Obj::Set { table, frozen } = vm.heap.get(id) else {
        unreachable!()
    };
    if *frozen {
        return NResult::Ok(Value::Obj(id));
    }
    let t = table.clone();
    NResult::Ok(Value::Obj(vm.heap.alloc(Obj::Set {
        table: t,
        frozen: false,
    })))
}

fn bytes_decode(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("bytes.decode", &args, 1, 3));
    let Some(Value::Obj(id)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error("descriptor requires a 'bytes' object"));
    };
    let (codec, errors) = ntry!(super::codecs::codec_args(vm, &args, 1, "decode"));
    let Obj::Bytes(b) = vm.heap.get(id) else {
        return NResult::Err(PyErr::type_error("descriptor requires a 'bytes' object"));
    };
    let s = ntry!(super::codecs::decode(b, codec, &errors));
    ret_str(vm, s)
}

fn gen_send(_vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("send", &args, 2, 2));
    let Some(Value::Obj(g)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error("send() requires a generator"));
    };
    NResult::ResumeGen {
        gen: g,
        value: args.pos[1],
        mode: GenMode::Next,
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> NResult {
    let Some(Value::Obj(g)) = args.pos.first().copied() else {
        return NResult::Err(PyErr::type_error("__next__ requires a generator"));
    };
    let _ = vm;
    NResult::ResumeGen {
        gen: g,
        value: Value::None,
        mode: GenMode::Next,
    }
}

#[allow(dead_code)]
fn unused(vm: &Vm, d: &crate::dict::Dict) -> Result<Find, PyErr> {
    find_key(vm, d, Value::None)
}
