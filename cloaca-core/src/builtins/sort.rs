//! Native sorting for `sorted()` / `list.sort()`: the parts that need no Python code.
//!
//! The prelude's `_sort_items` computes key values (key functions are Python calls, which must
//! stay resumable) and then asks for a native ordering here. Keys of one simple kind — all
//! inline ints, all strs, all non-NaN floats — sort with a total order directly; other keys that
//! compare natively (tuples, mixed numbers, …) sort with a `<`-only merge sort, CPython's
//! contract for `list.sort`. When some comparison needs a user `__lt__`, the answer is "undecided"
//! and the prelude falls back to its Python merge sort. All sorts are stable, and `reverse`
//! keeps equal keys in their original order, as CPython's does.

use super::{NativeDef, Owner};
use crate::bytecode::CmpOp;
use crate::object::Obj;
use crate::value::{ObjId, Value};
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;
use std::cmp::Ordering;

pub fn register(v: &mut Vec<NativeDef>) {
    let b = Owner::Builtins;
    for (name, f) in [
        ("_sort_list", sort_list as super::NativeFn),
        ("_sort_by_keys", sort_by_keys),
    ] {
        v.push(NativeDef { name, owner: b, f });
    }
}

/// `_sort_list(list, reverse)`: sort the list in place by its items. True when done natively;
/// False (list untouched) when Python comparisons are needed.
fn sort_list(vm: &mut Vm, args: Args) -> NResult {
    let Some(Value::Obj(id)) = args.pos.first().copied() else {
        return NResult::Ok(Value::Bool(false));
    };
    let reverse = reverse_arg(vm, &args, 1);
    let items = match vm.heap.get(id) {
        Obj::List(l) => l.clone(),
        _ => return NResult::Ok(Value::Bool(false)),
    };
    reorder(vm, id, &items, &items, reverse)
}

/// `_sort_by_keys(list, keys, reverse)`: sort `list` in place by the parallel list `keys`.
/// True when done natively; False (list untouched) when Python comparisons are needed.
fn sort_by_keys(vm: &mut Vm, args: Args) -> NResult {
    let (Some(Value::Obj(id)), Some(Value::Obj(kid))) =
        (args.pos.first().copied(), args.pos.get(1).copied())
    else {
        return NResult::Ok(Value::Bool(false));
    };
    let reverse = reverse_arg(vm, &args, 2);
    let (items, keys) = match (vm.heap.get(id), vm.heap.get(kid)) {
        (Obj::List(l), Obj::List(k)) if l.len() == k.len() => (l.clone(), k.clone()),
        _ => return NResult::Ok(Value::Bool(false)),
    };
    reorder(vm, id, &items, &keys, reverse)
}

/// Reorder list `id` (whose items are `items`) by the native order of `keys`; the prelude's
/// answer: True when done, False (list untouched) when Python comparisons are needed.
fn reorder(vm: &mut Vm, id: ObjId, items: &[Value], keys: &[Value], reverse: bool) -> NResult {
    match native_order(vm, keys, reverse) {
        Err(e) => NResult::Err(e),
        Ok(None) => NResult::Ok(Value::Bool(false)),
        Ok(Some(order)) => {
            let sorted = order.iter().map(|&i| items[i]).collect();
            if let Obj::List(l) = vm.heap.get_mut(id) {
                *l = sorted;
            }
            NResult::Ok(Value::Bool(true))
        }
    }
}

fn reverse_arg(vm: &Vm, args: &Args, i: usize) -> bool {
    vm.truthy_native(args.pos.get(i).copied().unwrap_or(Value::Bool(false)))
        .unwrap_or(false)
}

/// The stable sorting permutation of `keys` (ascending, or descending with equal keys kept in
/// order when `reverse`). `Ok(None)`: some pair needs a Python comparison.
pub fn native_order(vm: &Vm, keys: &[Value], reverse: bool) -> Result<Option<Vec<usize>>, PyErr> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if keys.len() < 2 {
        return Ok(Some(order));
    }
    // Keys of one kind with a total order: sort directly.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ints: Vec<i64> = keys
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { 0 })
            .collect();
        sort_total(&mut order, reverse, |a, b| ints[a].cmp(&ints[b]));
        return Ok(Some(order));
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let fs: Vec<f64> = keys
            .iter()
            .map(|k| if let Value::Float(f) = k { *f } else { 0.0 })
            .collect();
        sort_total(&mut order, reverse, |a, b| {
            fs[a].partial_cmp(&fs[b]).unwrap_or(Ordering::Equal)
        });
        return Ok(Some(order));
    }
    if let Some(strs) = keys
        .iter()
        .map(|k| vm.str_of(*k))
        .collect::<Option<Vec<&str>>>()
    {
        // Code-point order is UTF-8 byte order.
        sort_total(&mut order, reverse, |a, b| {
            strs[a].as_bytes().cmp(strs[b].as_bytes())
        });
        return Ok(Some(order));
    }
    // Anything else that compares natively: only `<`, as CPython's sort does.
    let mut err = None;
    let mut undecided = false;
    let mut lt = |a: usize, b: usize| -> bool {
        if undecided || err.is_some() {
            return false;
        }
        let (x, y) = if reverse {
            (keys[b], keys[a])
        } else {
            (keys[a], keys[b])
        };
        match vm.compare_native(CmpOp::Lt, x, y) {
            Ok(Some(r)) => r,
            Ok(None) => {
                undecided = true;
                false
            }
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort_by_lt(&mut order, &mut lt);
    if let Some(e) = err {
        return Err(e);
    }
    Ok((!undecided).then_some(order))
}

/// Stable sort of indices by a total order; `reverse` sorts descending with ties in order.
fn sort_total(order: &mut [usize], reverse: bool, cmp: impl Fn(usize, usize) -> Ordering) {
    if reverse {
        order.sort_by(|&a, &b| cmp(b, a));
    } else {
        order.sort_by(|&a, &b| cmp(a, b));
    }
}

/// A stable merge sort that only asks `lt(a, b)` ("a sorts strictly before b") and tolerates
/// inconsistent answers (NaNs, odd `__lt__`s) without panicking.
fn merge_sort_by_lt(v: &mut [usize], lt: &mut impl FnMut(usize, usize) -> bool) {
    const RUN: usize = 16;
    let n = v.len();
    // Insertion sort on short runs.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start && lt(x, v[j - 1]) {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        start = end;
    }
    // Bottom-up merges.
    let mut buf = v.to_vec();
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the right only when strictly smaller: stability.
                if lt(v[j], v[i]) {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&v[j..hi]);
            lo = hi;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::merge_sort_by_lt;

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        let keys: Vec<i32> = (0..1000).map(|i| (i * 7919) % 13).collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        merge_sort_by_lt(&mut order, &mut |a, b| keys[a] < keys[b]);
        for w in order.windows(2) {
            assert!(keys[w[0]] < keys[w[1]] || (keys[w[0]] == keys[w[1]] && w[0] < w[1]));
        }
    }

    #[test]
    fn inconsistent_comparisons_do_not_panic() {
        let mut order: Vec<usize> = (0..500).collect();
        let mut n = 0u32;
        merge_sort_by_lt(&mut order, &mut |_, _| {
            n = n.wrapping_mul(1103515245).wrapping_add(12345);
            n & 1 == 0
        });
        let mut seen = order.clone();
        seen.sort();
        assert_eq!(seen, (0..500).collect::<Vec<_>>());
    }
}
