//! Native continuations: the second half of builtins that had to call into Python first. Each is
//! identified by a [`ContId`] stored in a frame's `Cont::Native`, so it survives snapshots.

use crate::frame::ContId;
use crate::object::Obj;
use crate::value::{ObjId, Value};
use crate::vm::call::NResult;
use crate::vm::exc::{ExcType, PyErr};
use crate::vm::Vm;

/// Negate the truth of a bool result (`!=` via prelude `_seq_eq`).
pub const NOT: ContId = ContId(0);
/// `not x` where x has `__bool__`/`__len__`: state `[from_len]`.
pub const NOT_TRUTH: ContId = ContId(1);
/// Default `__ne__`: invert `__eq__` unless NotImplemented; state `[a, b]`.
pub const NE_FROM_EQ: ContId = ContId(2);
/// `raise Cls`: the instantiated class is raised; state `[cause]` optional.
pub const RAISE: ContId = ContId(3);
/// `iter(obj)` via `__iter__`: the result must be an iterator.
pub const CHECK_ITER: ContId = ContId(4);
/// `hash(obj)` via `__hash__`: the result must be an int.
pub const HASH_RESULT: ContId = ContId(5);
/// `len(obj)` via `__len__`.
pub const LEN_RESULT: ContId = ContId(6);
/// `next(it, default)`: StopIteration gives the default; state `[default]`.
pub const NEXT_DEFAULT: ContId = ContId(7);
/// A class called with a native continuation returned from its Python `__init__`: check the
/// result is None, then run the continuation on the instance. State `[inst, inner id, inner
/// state...]`.
pub const INIT_THEN: ContId = ContId(8);
/// `bool(obj)` via `__bool__`/`__len__`: state `[from_len]`.
pub const TRUTH: ContId = ContId(9);
/// Ignore the call's result and produce `state[0]` (`__init_subclass__` → the new class).
pub const RETURN_STATE: ContId = ContId(10);

pub fn name(id: ContId) -> &'static str {
    match id.0 {
        0 => "not",
        1 => "not_truth",
        2 => "ne_from_eq",
        3 => "raise",
        4 => "check_iter",
        5 => "hash_result",
        6 => "len_result",
        7 => "next_default",
        8 => "init_then",
        9 => "truth",
        10 => "return_state",
        _ => "?",
    }
}

pub fn by_name(n: &str) -> Option<ContId> {
    (0..11u16).map(ContId).find(|c| name(*c) == n)
}

/// Run continuation `id` with the called function's result `v`.
pub fn run(vm: &mut Vm, id: ContId, state: &[Value], v: Value) -> NResult {
    match id {
        NOT => NResult::Ok(Value::Bool(!vm.truthy_native(v).unwrap_or(true))),
        NOT_TRUTH | TRUTH => {
            let from_len = matches!(state.first(), Some(Value::Bool(true)));
            match vm.truth_result(v, from_len) {
                Ok(t) => NResult::Ok(Value::Bool(if id == NOT_TRUTH { !t } else { t })),
                Err(e) => NResult::Err(e),
            }
        }
        NE_FROM_EQ => match v {
            Value::NotImplemented => NResult::Ok(Value::Bool(!state[0].is(state[1]))),
            other => match vm.truthy_native(other) {
                Some(t) => NResult::Ok(Value::Bool(!t)),
                None => NResult::Ok(Value::Bool(false)),
            },
        },
        RAISE => {
            let Value::Obj(e) = v else {
                return NResult::Err(PyErr::type_error(
                    "exceptions must derive from BaseException",
                ));
            };
            if vm.exc_data(e).is_none() {
                return NResult::Err(PyErr::type_error(
                    "exceptions must derive from BaseException",
                ));
            }
            if let Some(c) = state.first() {
                if let Some(d) = vm.exc_data_mut(e) {
                    d.cause = *c;
                    d.suppress_context = true;
                }
            }
            NResult::Err(PyErr::Obj(e))
        }
        CHECK_ITER => {
            let ok = match v {
                Value::Obj(id) => {
                    matches!(vm.heap.get(id), Obj::Iter(_) | Obj::Generator(_))
                        || vm.user_dunder(v, crate::vm::Sym::Next).is_some()
                }
                _ => false,
            };
            if ok {
                NResult::Ok(v)
            } else {
                NResult::Err(PyErr::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    vm.type_name(v)
                )))
            }
        }
        HASH_RESULT => match v {
            Value::Int(i) => NResult::Ok(Value::Int(if i == -1 { -2 } else { i })),
            Value::Bool(b) => NResult::Ok(Value::Int(b as i64)),
            Value::Obj(id) if matches!(vm.heap.get(id), Obj::BigInt(_)) => {
                let b = vm.to_bigint(v).unwrap();
                NResult::Ok(Value::Int(crate::vm::ops::hash_bigint(&b)))
            }
            _ => NResult::Err(PyErr::type_error(
                "__hash__ method should return an integer",
            )),
        },
        LEN_RESULT => match v {
            Value::Int(i) if i < 0 => {
                NResult::Err(PyErr::value_error("__len__() should return >= 0"))
            }
            Value::Int(_) => NResult::Ok(v),
            Value::Bool(b) => NResult::Ok(Value::Int(b as i64)),
            _ => NResult::Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
        INIT_THEN => {
            if !v.is_none() {
                return NResult::Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(v)
                )));
            }
            let inner = match state.get(1) {
                Some(Value::Int(i)) => ContId(*i as u16),
                _ => return NResult::Ok(state[0]),
            };
            run(vm, inner, &state[2..], state[0])
        }
        NEXT_DEFAULT => NResult::Ok(v),
        RETURN_STATE => NResult::Ok(state.first().copied().unwrap_or(Value::None)),
        _ => NResult::Err(PyErr::new(ExcType::RuntimeError, "unknown continuation")),
    }
}

/// An exception escaped a frame whose continuation is `id`: `Some` to handle it.
pub fn on_exception(vm: &mut Vm, id: ContId, state: &[Value], exc: ObjId) -> Option<NResult> {
    if id == INIT_THEN {
        if let Some(Value::Int(i)) = state.get(1) {
            return on_exception(vm, ContId(*i as u16), &state[2..], exc);
        }
        return None;
    }
    if id == NEXT_DEFAULT && vm.exc_matches(exc, ExcType::StopIteration) {
        return Some(NResult::Ok(state[0]));
    }
    None
}
