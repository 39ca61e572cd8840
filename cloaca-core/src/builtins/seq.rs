//! Container operations behind the subscript, `in`, unary and collection-building opcodes:
//! indexing and slicing, item assignment/deletion, membership, hashing into dicts and sets.
//!
//! Each returns [`Slow`]: either the answer, or a Python call (a user dunder or a prelude slow
//! path) whose result is the answer — keeping the VM free of native re-entry.

use crate::bytecode::{BinOp, Op, UnaryOp};
use crate::dict::Dict;
use crate::object::{Obj, PyStr, ViewKind};
use crate::value::{ObjId, Value};
use crate::vm::exc::{PyErr, PyResult};
use crate::vm::ops::range_len;
use crate::vm::{Sym, Vm};
use num_traits::{Signed, ToPrimitive};

/// An answer, or a call whose result is the answer.
pub enum Slow {
    Value(Value),
    Call(Value, Vec<Value>),
}

/// Where a key is in a hash table.
pub enum Find {
    Found(usize),
    Missing(u64),
    /// User `__hash__`/`__eq__` involved: use the prelude's Python path.
    Slow,
}

/// Locate `key` in `table` using native hashing and equality.
pub fn find_key(vm: &Vm, table: &Dict, key: Value) -> PyResult<Find> {
    let h = match vm.hash_native(key) {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(e),
        None => return Ok(Find::Slow),
    };
    let mut undecided = false;
    let found = table.find(h, key, &mut |a, b| match vm.eq_native(a, b) {
        Some(r) => r,
        None => {
            undecided = true;
            false
        }
    });
    if undecided {
        return Ok(Find::Slow);
    }
    Ok(match found {
        Some(i) => Find::Found(i),
        None => Find::Missing(h),
    })
}

fn table_of(vm: &Vm, id: ObjId) -> Option<&Dict> {
    match vm.heap.get(id) {
        Obj::Dict(d) => Some(d),
        Obj::Set { table, .. } => Some(table),
        _ => None,
    }
}

fn table_of_mut(vm: &mut Vm, id: ObjId) -> Option<&mut Dict> {
    match vm.heap.get_mut(id) {
        Obj::Dict(d) => Some(d),
        Obj::Set { table, .. } => Some(table),
        _ => None,
    }
}

/// `d[key] = v` natively; `Ok(false)` if the slow path is needed.
pub fn table_set(vm: &mut Vm, id: ObjId, key: Value, v: Value) -> PyResult<bool> {
    let f = {
        let t = table_of(vm, id).expect("table");
        find_key(vm, t, key)?
    };
    match f {
        Find::Found(i) => {
            let t = table_of_mut(vm, id).unwrap();
            *t.entry_value_mut(i) = v;
        }
        Find::Missing(h) => {
            let t = table_of_mut(vm, id).unwrap();
            t.push(h, key, v);
            vm.heap.note_bytes(40);
        }
        Find::Slow => return Ok(false),
    }
    Ok(true)
}

/// `d.get(key)` natively: Ok(Err(())) when the slow path is needed.
pub fn table_get(vm: &Vm, id: ObjId, key: Value) -> PyResult<Result<Option<Value>, ()>> {
    let t = table_of(vm, id).expect("table");
    Ok(match find_key(vm, t, key)? {
        Find::Found(i) => Ok(Some(t.entry(i).unwrap().value)),
        Find::Missing(_) => Ok(None),
        Find::Slow => Err(()),
    })
}

/// Remove `key`; Ok(Err(())) for the slow path; Ok(Ok(None)) if missing.
pub fn table_remove(vm: &mut Vm, id: ObjId, key: Value) -> PyResult<Result<Option<Value>, ()>> {
    let f = {
        let t = table_of(vm, id).expect("table");
        find_key(vm, t, key)?
    };
    Ok(match f {
        Find::Found(i) => {
            let t = table_of_mut(vm, id).unwrap();
            Ok(Some(t.remove_at(i).1))
        }
        Find::Missing(_) => Ok(None),
        Find::Slow => Err(()),
    })
}

/// Normalize an index for a sequence of length `n`.
fn seq_index(vm: &Vm, key: Value, n: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Obj(id) if matches!(vm.heap.get(id), Obj::BigInt(_)) => {
            return Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        _ => return Ok(None),
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        if what.is_empty() {
            return Err(PyErr::index_error("index out of range"));
        }
        return Err(PyErr::index_error(format!("{what} index out of range")));
    }
    Ok(Some(j as usize))
}

/// Resolve a slice object against a length: (start, stop, step, count).
pub fn slice_indices(vm: &Vm, sl: ObjId, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Obj::Slice(slice) = vm.heap.get(sl) else {
        unreachable!()
    };
    let crate::object::SliceObj { start, stop, step } = &**slice;
    let get = |v: Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::Obj(id) => match vm.heap.get(id) {
                Obj::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
            _ => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = get(*step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adj = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let start = adj(get(*start)?, if step < 0 { hi } else { lo });
    let stop = adj(get(*stop)?, if step < 0 { lo } else { hi });
    let count = range_len(start, stop, step) as usize;
    Ok((start, stop, step, count))
}

fn slice_vec<T: Copy>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize]);
        i += step;
    }
    out
}

fn is_slice(vm: &Vm, v: Value) -> Option<ObjId> {
    match v {
        Value::Obj(id) if matches!(vm.heap.get(id), Obj::Slice(_)) => Some(id),
        _ => None,
    }
}

/// A slice of a builtin sequence whose bounds include an object with `__index__`: the prelude
/// converts them (`prelude_fn(obj, slice_with_ints, ...)`).
fn slice_index_slow(vm: &Vm, obj: ObjId, key: Value) -> bool {
    let Some(sl) = is_slice(vm, key) else {
        return false;
    };
    if matches!(vm.heap.get(obj), Obj::Instance(_)) {
        return false;
    }
    let Obj::Slice(slice) = vm.heap.get(sl) else {
        return false;
    };
    let crate::object::SliceObj { start, stop, step } = &**slice;
    [*start, *stop, *step]
        .iter()
        .any(|v| matches!(v, Value::Obj(o) if matches!(vm.heap.get(*o), Obj::Instance(_))))
}

/// A non-int index: an object with `__index__` goes through the prelude (`prelude_fn(args)`);
/// anything else is CPython's TypeError.
fn index_slow(
    vm: &Vm,
    what: &str,
    key: Value,
    prelude_fn: &str,
    args: Vec<Value>,
) -> PyResult<Slow> {
    if let Value::Obj(k) = key {
        if let Obj::Instance(inst) = vm.heap.get(k) {
            if let Some(name) = vm.interned.get("__index__") {
                if vm.lookup_in_class(inst.class, Value::Obj(*name)).is_some() {
                    return Ok(Slow::Call(vm.prelude_fn(prelude_fn), args));
                }
            }
        }
    }
    Err(index_type_error(vm, what, key))
}

fn index_type_error(vm: &Vm, what: &str, key: Value) -> PyErr {
    PyErr::type_error(format!(
        "{what} indices must be integers or slices, not {}",
        vm.type_name(key)
    ))
}

/// `container[key]`
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Slow> {
    let Value::Obj(id) = obj else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(obj)
        )));
    };
    if slice_index_slow(vm, id, key) {
        return Ok(Slow::Call(vm.prelude_fn("_getitem_index"), vec![obj, key]));
    }
    let v = match vm.heap.get(id) {
        Obj::List(l) => {
            if let Some(sl) = is_slice(vm, key) {
                let (start, _, step, count) = slice_indices(vm, sl, l.len())?;
                let items = slice_vec(l, start, step, count);
                vm.new_list(items)
            } else {
                match seq_index(vm, key, l.len(), "list")? {
                    Some(i) => l[i],
                    None => return index_slow(vm, "list", key, "_getitem_index", vec![obj, key]),
                }
            }
        }
        Obj::Tuple(t) => {
            if let Some(sl) = is_slice(vm, key) {
                let (start, _, step, count) = slice_indices(vm, sl, t.len())?;
                let items = slice_vec(t, start, step, count);
                vm.new_tuple(items)
            } else {
                match seq_index(vm, key, t.len(), "tuple")? {
                    Some(i) => t[i],
                    None => return index_slow(vm, "tuple", key, "_getitem_index", vec![obj, key]),
                }
            }
        }
        Obj::Str(s) => {
            let ascii = s.is_ascii();
            if let Some(sl) = is_slice(vm, key) {
                let n = s.char_len();
                let (start, _, step, count) = slice_indices(vm, sl, n)?;
                let out: String = if ascii {
                    let b = s.as_str().as_bytes();
                    let v = slice_vec(b, start, step, count);
                    String::from_utf8(v).unwrap_or_default()
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    slice_vec(&chars, start, step, count).into_iter().collect()
                };
                vm.new_str(out)
            } else {
                let n = s.char_len();
                match seq_index(vm, key, n, "string")? {
                    Some(i) => {
                        let c: String = if ascii {
                            (s.as_str().as_bytes()[i] as char).to_string()
                        } else {
                            s.as_str()
                                .chars()
                                .nth(i)
                                .map(|c| c.to_string())
                                .unwrap_or_default()
                        };
                        vm.char_str(&c)
                    }
                    None => {
                        if index_slow(vm, "", key, "_getitem_index", vec![]).is_ok() {
                            return Ok(Slow::Call(vm.prelude_fn("_getitem_index"), vec![obj, key]));
                        }
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            vm.type_name(key)
                        )));
                    }
                }
            }
        }
        Obj::Bytes(b) => {
            if let Some(sl) = is_slice(vm, key) {
                let (start, _, step, count) = slice_indices(vm, sl, b.len())?;
                let v = slice_vec(b, start, step, count);
                Value::Obj(vm.heap.alloc(Obj::Bytes(v.into_boxed_slice())))
            } else {
                match seq_index(vm, key, b.len(), "")? {
                    Some(i) => Value::Int(b[i] as i64),
                    None => return index_slow(vm, "byte", key, "_getitem_index", vec![obj, key]),
                }
            }
        }
        Obj::Range { start, stop, step } => {
            let (start, stop, step) = (*start, *stop, *step);
            let n = range_len(start, stop, step) as usize;
            if let Some(sl) = is_slice(vm, key) {
                let (s0, s1, st, _) = slice_indices(vm, sl, n)?;
                let ns = start + s0 * step;
                let ne = start + s1 * step;
                Value::Obj(vm.heap.alloc(Obj::Range {
                    start: ns,
                    stop: ne,
                    step: step * st,
                }))
            } else {
                match seq_index(vm, key, n, "range object")? {
                    Some(i) => Value::Int(start + i as i64 * step),
                    None => return index_slow(vm, "range", key, "_getitem_index", vec![obj, key]),
                }
            }
        }
        Obj::Dict(d) => match find_key(vm, d, key)? {
            Find::Found(i) => d.entry(i).unwrap().value,
            Find::Missing(_) => return Err(vm.key_error(key)),
            Find::Slow => return Ok(Slow::Call(vm.prelude_fn("_dict_getitem"), vec![obj, key])),
        },
        Obj::Instance(_) => match vm.user_dunder(obj, Sym::GetItem) {
            Some(m) => return Ok(Slow::Call(m, vec![obj, key])),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not subscriptable",
                    vm.type_name(obj)
                )))
            }
        },
        // `list[int]`, `dict[str, int]` in annotations: Cloaca has no GenericAlias; the
        // subscripted builtin type stands for itself.
        Obj::Class(c)
            if c.builtin
                && matches!(
                    c.kind,
                    crate::object::TypeKind::List
                        | crate::object::TypeKind::Dict
                        | crate::object::TypeKind::Set
                        | crate::object::TypeKind::FrozenSet
                        | crate::object::TypeKind::Tuple
                        | crate::object::TypeKind::Type
                ) =>
        {
            obj
        }
        Obj::Class(c) => {
            // A user class with `__class_getitem__`.
            if let Some(k) = vm.interned.get("__class_getitem__") {
                if let Some(f) = vm.lookup_in_class(id, Value::Obj(*k)) {
                    let f = match f {
                        Value::Obj(fid) => match vm.heap.get(fid) {
                            Obj::ClassMethod(inner) => *inner,
                            _ => f,
                        },
                        _ => f,
                    };
                    return Ok(Slow::Call(f, vec![obj, key]));
                }
            }
            return Err(PyErr::type_error(format!(
                "type '{}' is not subscriptable",
                c.name
            )));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                vm.type_name(obj)
            )))
        }
    };
    Ok(Slow::Value(v))
}

/// `container[key] = v`
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<Slow> {
    let Value::Obj(id) = obj else {
        return Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(obj)
        )));
    };
    if slice_index_slow(vm, id, key) {
        return Ok(Slow::Call(
            vm.prelude_fn("_setitem_index"),
            vec![obj, key, v],
        ));
    }
    match vm.heap.get(id) {
        Obj::List(l) => {
            let n = l.len();
            if let Some(sl) = is_slice(vm, key) {
                let (start, stop, step, count) = slice_indices(vm, sl, n)?;
                let Some(new) = vm.collect_native(v)? else {
                    return Ok(Slow::Call(
                        vm.prelude_fn("_list_setslice"),
                        vec![obj, key, v],
                    ));
                };
                let Obj::List(l) = vm.heap.get_mut(id) else {
                    unreachable!()
                };
                if step == 1 {
                    let stop = stop.max(start);
                    l.splice(start as usize..stop as usize, new);
                } else {
                    if new.len() != count {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            count
                        )));
                    }
                    let mut i = start;
                    for x in new {
                        l[i as usize] = x;
                        i += step;
                    }
                }
                return Ok(Slow::Value(Value::None));
            }
            match seq_index(vm, key, n, "list assignment")? {
                Some(i) => {
                    if let Obj::List(l) = vm.heap.get_mut(id) {
                        l[i] = v;
                    }
                }
                None => return index_slow(vm, "list", key, "_setitem_index", vec![obj, key, v]),
            }
        }
        Obj::Dict(_) => {
            if !table_set(vm, id, key, v)? {
                return Ok(Slow::Call(
                    vm.prelude_fn("_dict_setitem"),
                    vec![obj, key, v],
                ));
            }
        }
        Obj::Instance(_) => match vm.user_dunder(obj, Sym::SetItem) {
            Some(m) => return Ok(Slow::Call(m, vec![obj, key, v])),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    vm.type_name(obj)
                )))
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                vm.type_name(obj)
            )))
        }
    }
    Ok(Slow::Value(Value::None))
}

/// `del container[key]`
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Slow> {
    let Value::Obj(id) = obj else {
        return Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(obj)
        )));
    };
    if slice_index_slow(vm, id, key) {
        return Ok(Slow::Call(vm.prelude_fn("_delitem_index"), vec![obj, key]));
    }
    match vm.heap.get(id) {
        Obj::List(l) => {
            let n = l.len();
            if let Some(sl) = is_slice(vm, key) {
                let (start, _, step, count) = slice_indices(vm, sl, n)?;
                let mut idx: Vec<usize> = (0..count)
                    .map(|k| (start + k as i64 * step) as usize)
                    .collect();
                idx.sort_unstable();
                let Obj::List(l) = vm.heap.get_mut(id) else {
                    unreachable!()
                };
                for i in idx.into_iter().rev() {
                    l.remove(i);
                }
                return Ok(Slow::Value(Value::None));
            }
            match seq_index(vm, key, n, "list assignment")? {
                Some(i) => {
                    if let Obj::List(l) = vm.heap.get_mut(id) {
                        l.remove(i);
                    }
                }
                None => return Err(index_type_error(vm, "list", key)),
            }
        }
        Obj::Dict(_) => match table_remove(vm, id, key)? {
            Ok(Some(_)) => {}
            Ok(None) => return Err(vm.key_error(key)),
            Err(()) => return Ok(Slow::Call(vm.prelude_fn("_dict_delitem"), vec![obj, key])),
        },
        Obj::Instance(_) => match vm.user_dunder(obj, Sym::DelItem) {
            Some(m) => return Ok(Slow::Call(m, vec![obj, key])),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support item deletion",
                    vm.type_name(obj)
                )))
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                vm.type_name(obj)
            )))
        }
    }
    Ok(Slow::Value(Value::None))
}

/// `item in container`
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<Slow> {
    let Value::Obj(id) = container else {
        return Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    };
    if let Obj::Class(_) = vm.heap.get(id) {
        if let Some(l) = vm.class_members(id) {
            return contains(vm, Value::Obj(l), item);
        }
    }
    let r = match vm.heap.get(id) {
        Obj::Str(s) => match vm.str_of_sub(item) {
            Some(sub) => s.as_str().contains(sub),
            None => {
                return Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    vm.type_name(item)
                )))
            }
        },
        Obj::List(_) | Obj::Tuple(_) => {
            let items: &[Value] = match vm.heap.get(id) {
                Obj::List(l) => l,
                Obj::Tuple(t) => t,
                _ => unreachable!(),
            };
            let mut found = false;
            for x in items {
                match vm.eq_native(*x, item) {
                    Some(true) => {
                        found = true;
                        break;
                    }
                    Some(false) => {}
                    None => {
                        return Ok(Slow::Call(
                            vm.prelude_fn("_iter_contains"),
                            vec![container, item],
                        ))
                    }
                }
            }
            found
        }
        Obj::Dict(d) | Obj::Set { table: d, .. } => match find_key(vm, d, item)? {
            Find::Found(_) => true,
            Find::Missing(_) => false,
            Find::Slow => {
                return Ok(Slow::Call(
                    vm.prelude_fn("_iter_contains"),
                    vec![container, item],
                ))
            }
        },
        Obj::DictView { dict, kind } => {
            let (dict, kind) = (*dict, *kind);
            match kind {
                ViewKind::Keys => return contains(vm, Value::Obj(dict), item),
                _ => {
                    return Ok(Slow::Call(
                        vm.prelude_fn("_iter_contains"),
                        vec![container, item],
                    ))
                }
            }
        }
        Obj::Range { start, stop, step } => match item {
            Value::Int(i) => {
                let (start, stop, step) = (*start, *stop, *step);
                if step > 0 {
                    i >= start && i < stop && (i - start) % step == 0
                } else {
                    i <= start && i > stop && (start - i) % (-step) == 0
                }
            }
            _ => {
                return Ok(Slow::Call(
                    vm.prelude_fn("_iter_contains"),
                    vec![container, item],
                ))
            }
        },
        Obj::Bytes(b) => match item {
            Value::Int(i) => b.contains(&(i as u8)) && (0..256).contains(&i),
            Value::Obj(o) => match vm.heap.get(o) {
                Obj::Bytes(sub) => sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]),
                _ => return Err(PyErr::type_error("a bytes-like object is required")),
            },
            _ => return Err(PyErr::type_error("a bytes-like object is required")),
        },
        Obj::Instance(_) => {
            if let Some(m) = vm.user_dunder(container, Sym::Contains) {
                return Ok(Slow::Call(m, vec![container, item]));
            }
            if vm.user_dunder(container, Sym::Iter).is_some()
                || vm.user_dunder(container, Sym::GetItem).is_some()
            {
                return Ok(Slow::Call(
                    vm.prelude_fn("_iter_contains"),
                    vec![container, item],
                ));
            }
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(container)
            )));
        }
        Obj::Generator(_) | Obj::Iter(_) => {
            return Ok(Slow::Call(
                vm.prelude_fn("_iter_contains"),
                vec![container, item],
            ))
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(container)
            )))
        }
    };
    Ok(Slow::Value(Value::Bool(r)))
}

/// Unary `-`, `+`, `~`.
pub fn unary(vm: &mut Vm, u: UnaryOp, a: Value) -> PyResult<Slow> {
    let v = match (u, a) {
        (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => vm.int_from_big(-malachite_bigint::BigInt::from(i)),
        },
        (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(b as i64)),
        (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
        (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => a,
        (UnaryOp::Pos, Value::Bool(b)) => Value::Int(b as i64),
        (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
        (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(b as i64)),
        _ => {
            if let Some(b) =
                (vm.is_int(a) && matches!(a, Value::Obj(_))).then(|| vm.to_bigint(a).unwrap())
            {
                match u {
                    UnaryOp::Neg => vm.int_from_big(-b),
                    UnaryOp::Pos => a,
                    UnaryOp::Invert => vm.int_from_big(!b),
                    UnaryOp::Not => unreachable!(),
                }
            } else {
                let (sym, op) = match u {
                    UnaryOp::Neg => (Sym::Neg, "-"),
                    UnaryOp::Pos => (Sym::Pos, "+"),
                    UnaryOp::Invert => (Sym::Invert, "~"),
                    UnaryOp::Not => unreachable!(),
                };
                if let Some(m) = vm.user_dunder(a, sym) {
                    return Ok(Slow::Call(m, vec![a]));
                }
                return Err(PyErr::type_error(format!(
                    "bad operand type for unary {op}: '{}'",
                    vm.type_name(a)
                )));
            }
        }
    };
    Ok(Slow::Value(v))
}

fn repeat_count(vm: &Vm, v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
            Obj::Instance(_) => vm
                .builtin_base(v)
                .filter(|b| vm.is_int(*b))
                .and_then(|b| repeat_count(vm, b)),
            _ => None,
        },
        _ => None,
    }
}

/// Binary operators on sequences, sets and dicts (`NotImplemented` when unsupported).
pub fn binary_seq(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let ((Value::Obj(_), _) | (_, Value::Obj(_))) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    // Repetition.
    if op == BinOp::Mul {
        let (seq, n) = match (repeat_count(vm, a), repeat_count(vm, b)) {
            (_, Some(n)) if matches!(a, Value::Obj(_)) => (a, n),
            (Some(n), _) if matches!(b, Value::Obj(_)) => (b, n),
            _ => return Ok(Value::NotImplemented),
        };
        let n = n.max(0) as usize;
        let Value::Obj(id) = seq else {
            return Ok(Value::NotImplemented);
        };
        let unit = match vm.heap.get(id) {
            Obj::Str(s) => s.as_str().len(),
            Obj::List(l) => l.len() * 16,
            Obj::Tuple(t) => t.len() * 16,
            Obj::Bytes(b) => b.len(),
            _ => return Ok(Value::NotImplemented),
        };
        vm.check_alloc(n, unit.max(1))?;
        return Ok(match vm.heap.get(id) {
            Obj::Str(s) => {
                let r = s.as_str().repeat(n);
                vm.new_str(r)
            }
            Obj::List(l) => {
                let r = l.repeat(n);
                vm.new_list(r)
            }
            Obj::Tuple(t) => {
                let r = t.repeat(n);
                vm.new_tuple(r)
            }
            Obj::Bytes(b) => {
                let r = b.repeat(n);
                Value::Obj(vm.heap.alloc(Obj::Bytes(r.into_boxed_slice())))
            }
            _ => Value::NotImplemented,
        });
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    let r = match (op, vm.heap.get(x), vm.heap.get(y)) {
        (BinOp::Add, Obj::Str(p), Obj::Str(q)) => {
            vm.check_alloc(p.len() + q.len(), 1)?;
            let s = PyStr::concat([p.as_str(), q.as_str()].into_iter());
            Value::Obj(vm.heap.alloc(Obj::Str(s)))
        }
        (BinOp::Add, Obj::List(p), Obj::List(q)) => {
            let mut v = Vec::with_capacity(p.len() + q.len());
            v.extend_from_slice(p);
            v.extend_from_slice(q);
            vm.new_list(v)
        }
        (BinOp::Add, Obj::Tuple(p), Obj::Tuple(q)) => {
            let mut v = Vec::with_capacity(p.len() + q.len());
            v.extend_from_slice(p);
            v.extend_from_slice(q);
            vm.new_tuple(v)
        }
        (BinOp::Add, Obj::Bytes(p), Obj::Bytes(q)) => {
            let mut v = p.to_vec();
            v.extend_from_slice(q);
            Value::Obj(vm.heap.alloc(Obj::Bytes(v.into_boxed_slice())))
        }
        (BinOp::Or, Obj::Dict(p), Obj::Dict(_)) => {
            let d = p.clone();
            let nd = vm.heap.alloc(Obj::Dict(d));
            dict_update_native(vm, nd, y)?;
            Value::Obj(nd)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Obj::Set { frozen, .. },
            Obj::Set { .. },
        ) => {
            let frozen = *frozen;
            return set_binary(vm, op, x, y, frozen);
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Obj::DictView {
                kind: ViewKind::Keys,
                ..
            },
            _,
        )
        | (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            _,
            Obj::DictView {
                kind: ViewKind::Keys,
                ..
            },
        ) => {
            let sa = to_set(vm, a)?;
            let sb = to_set(vm, b)?;
            return set_binary(vm, op, sa, sb, false);
        }
        _ => Value::NotImplemented,
    };
    Ok(r)
}

fn to_set(vm: &mut Vm, v: Value) -> PyResult<ObjId> {
    let items = vm.collect_native(v)?.unwrap_or_default();
    let mut t = Dict::new();
    for it in items {
        match find_key(vm, &t, it)? {
            Find::Missing(h) => {
                t.push(h, it, Value::None);
            }
            Find::Found(_) => {}
            Find::Slow => return Err(PyErr::type_error("unsupported key in set operation")),
        }
    }
    Ok(vm.heap.alloc(Obj::Set {
        table: Box::new(t),
        frozen: false,
    }))
}

/// Set algebra between two sets (result type follows the left operand).
pub fn set_binary(vm: &mut Vm, op: BinOp, x: ObjId, y: ObjId, frozen: bool) -> PyResult<Value> {
    // Operands in CPython iteration order, so results are built in CPython's insertion order.
    let x = vm.set_iter_source(x);
    let y = vm.set_iter_source(y);
    let (Obj::Set { table: p, .. }, Obj::Set { table: q, .. }) = (vm.heap.get(x), vm.heap.get(y))
    else {
        return Ok(Value::NotImplemented);
    };
    let mut out = Dict::new();
    let add = |vm: &Vm, out: &mut Dict, k: Value| -> PyResult<()> {
        if let Find::Missing(h) = find_key(vm, out, k)? {
            out.push(h, k, Value::None);
        }
        Ok(())
    };
    let in_q =
        |vm: &Vm, k: Value| -> PyResult<bool> { Ok(matches!(find_key(vm, q, k)?, Find::Found(_))) };
    let in_p =
        |vm: &Vm, k: Value| -> PyResult<bool> { Ok(matches!(find_key(vm, p, k)?, Find::Found(_))) };
    match op {
        BinOp::Or => {
            for k in p.keys() {
                add(vm, &mut out, k)?;
            }
            for k in q.keys() {
                add(vm, &mut out, k)?;
            }
        }
        BinOp::And => {
            for k in p.keys() {
                if in_q(vm, k)? {
                    add(vm, &mut out, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in p.keys() {
                if !in_q(vm, k)? {
                    add(vm, &mut out, k)?;
                }
            }
        }
        BinOp::Xor => {
            for k in p.keys() {
                if !in_q(vm, k)? {
                    add(vm, &mut out, k)?;
                }
            }
            for k in q.keys() {
                if !in_p(vm, k)? {
                    add(vm, &mut out, k)?;
                }
            }
        }
        _ => return Ok(Value::NotImplemented),
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Set {
        table: Box::new(out),
        frozen,
    })))
}

/// Merge dict `src` into dict `dst` natively.
pub fn dict_update_native(vm: &mut Vm, dst: ObjId, src: ObjId) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = match vm.heap.get(src) {
        Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => return Err(PyErr::type_error("not a dict")),
    };
    for (k, v) in entries {
        if !table_set(vm, dst, k, v)? {
            return Err(PyErr::type_error("unsupported key type in dict update"));
        }
    }
    Ok(())
}

/// In-place operators that mutate (`list +=`, `set |=`, …); others fall back to `binary_native`.
pub fn inplace_native(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Value::Obj(x) = a {
        match (op, vm.heap.get(x)) {
            (BinOp::Add, Obj::List(_)) => {
                let Some(items) = vm.collect_native(b)? else {
                    return Err(PyErr::type_error(
                        "list += of a generator is not supported natively",
                    ));
                };
                if let Obj::List(l) = vm.heap.get_mut(x) {
                    l.extend(items);
                }
                return Ok(a);
            }
            (BinOp::Mul, Obj::List(l)) => {
                let n = repeat_count(vm, b).unwrap_or(0).max(0) as usize;
                vm.check_alloc(n, l.len() * 16)?;
                if let Obj::List(l) = vm.heap.get_mut(x) {
                    let orig = l.clone();
                    l.clear();
                    for _ in 0..n {
                        l.extend_from_slice(&orig);
                    }
                }
                return Ok(a);
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Obj::Set { frozen: false, .. }) => {
                if let Value::Obj(y) = b {
                    if matches!(vm.heap.get(y), Obj::Set { .. }) {
                        let r = set_binary(vm, op, x, y, false)?;
                        if let Value::Obj(rid) = r {
                            let t = match vm.heap.get(rid) {
                                Obj::Set { table, .. } => table.clone(),
                                _ => unreachable!(),
                            };
                            if let Obj::Set { table, .. } = vm.heap.get_mut(x) {
                                *table = t;
                            }
                        }
                        return Ok(a);
                    }
                }
            }
            (BinOp::Or, Obj::Dict(_)) => {
                if let Value::Obj(y) = b {
                    if matches!(vm.heap.get(y), Obj::Dict(_)) {
                        dict_update_native(vm, x, y)?;
                        return Ok(a);
                    }
                }
            }
            _ => {}
        }
    }
    vm.binary_native(op, a, b)
}

/// `{a, b, c}` / `frozenset` construction.
pub fn build_set(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Slow> {
    let mut t = Dict::with_capacity(items.len());
    for it in &items {
        match find_key(vm, &t, *it)? {
            Find::Missing(h) => {
                t.push(h, *it, Value::None);
            }
            Find::Found(_) => {}
            Find::Slow => {
                let l = vm.new_list(items);
                return Ok(Slow::Call(vm.prelude_fn("_build_set"), vec![l]));
            }
        }
    }
    Ok(Slow::Value(Value::Obj(vm.heap.alloc(Obj::Set {
        table: Box::new(t),
        frozen,
    }))))
}

/// `{k1: v1, ...}` construction from a flat list of pairs.
pub fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Slow> {
    let d = vm
        .heap
        .alloc(Obj::Dict(Box::new(Dict::with_capacity(items.len() / 2))));
    for pair in items.chunks(2) {
        if !table_set(vm, d, pair[0], pair[1])? {
            let l = vm.new_list(items);
            return Ok(Slow::Call(vm.prelude_fn("_build_map"), vec![l]));
        }
    }
    Ok(Slow::Value(Value::Obj(d)))
}

/// The comprehension / display helpers `SetAdd`, `MapAdd`, `ListExtend`, `SetUpdate`,
/// `DictUpdate`, `DictMerge`.
#[allow(clippy::collapsible_match)]
pub fn collection_add(vm: &mut Vm, op: Op, target: Value, k: Value, v: Value) -> PyResult<Slow> {
    let Value::Obj(t) = target else {
        return Err(PyErr::type_error("bad collection"));
    };
    match op {
        Op::SetAdd(_) => {
            if !table_set(vm, t, v, Value::None)? {
                return Ok(Slow::Call(vm.prelude_fn("_set_add"), vec![target, v]));
            }
        }
        Op::MapAdd(_) => {
            if !table_set(vm, t, k, v)? {
                return Ok(Slow::Call(
                    vm.prelude_fn("_dict_setitem"),
                    vec![target, k, v],
                ));
            }
        }
        Op::ListExtend(_) => match vm.collect_native(v) {
            Ok(Some(items)) => {
                if let Obj::List(l) = vm.heap.get_mut(t) {
                    l.extend(items);
                }
            }
            Ok(None) => return Ok(Slow::Call(vm.prelude_fn("_list_extend"), vec![target, v])),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "Value after * must be an iterable, not {}",
                    vm.type_name(v)
                )))
            }
        },
        Op::SetUpdate(_) => match vm.collect_native(v)? {
            Some(items) => {
                for it in items {
                    if !table_set(vm, t, it, Value::None)? {
                        return Err(PyErr::type_error("unsupported set element"));
                    }
                }
            }
            None => return Ok(Slow::Call(vm.prelude_fn("_set_update"), vec![target, v])),
        },
        Op::DictUpdate(_) | Op::DictMerge(_) => {
            let Value::Obj(src) = v else {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not a mapping",
                    vm.type_name(v)
                )));
            };
            if !matches!(vm.heap.get(src), Obj::Dict(_)) {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not a mapping",
                    vm.type_name(v)
                )));
            }
            if let Op::DictMerge(_) = op {
                let keys: Vec<Value> = match vm.heap.get(src) {
                    Obj::Dict(d) => d.keys().collect(),
                    _ => vec![],
                };
                for key in keys {
                    if let Ok(Ok(Some(_))) = table_get(vm, t, key) {
                        return Err(PyErr::type_error(format!(
                            "got multiple values for keyword argument '{}'",
                            vm.str_native(key)
                        )));
                    }
                }
            }
            dict_update_native(vm, t, src)?;
        }
        _ => {}
    }
    Ok(Slow::Value(Value::None))
}

/// `len(v)` for builtin values.
pub fn len_native(vm: &Vm, v: Value) -> Option<usize> {
    let Value::Obj(id) = v else { return None };
    Some(match vm.heap.get(id) {
        Obj::Str(s) => s.char_len(),
        Obj::List(l) => l.len(),
        Obj::Tuple(t) => t.len(),
        Obj::Bytes(b) => b.len(),
        Obj::Dict(d) => d.len(),
        Obj::Set { table, .. } => table.len(),
        Obj::Range { start, stop, step } => range_len(*start, *stop, *step) as usize,
        Obj::Class(_) => match vm.class_members(id) {
            Some(l) => return len_native(vm, Value::Obj(l)),
            None => return None,
        },
        Obj::DictView { dict, .. } => match vm.heap.get(*dict) {
            Obj::Dict(d) => d.len(),
            _ => 0,
        },
        _ => return None,
    })
}

/// Convert to i64 for functions taking an int argument.
pub fn arg_int(vm: &Vm, v: Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::BigInt(b) => b
                .to_i64()
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
            Obj::Instance(_) if vm.builtin_base(v).is_some_and(|b| vm.is_int(b)) => {
                arg_int(vm, vm.builtin_base(v).unwrap_or(Value::None), what)
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer{}",
                vm.type_name(v),
                what
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            vm.type_name(v),
            what
        ))),
    }
}
