//! Script-side scheduling builtins: `wait()`, `spawn(fn, *args)` and `join(task)`. Each parks the
//! task with a request the scheduler (`runtime`) serves; under a host without a scheduler they
//! are errors.

use super::{NativeDef, Owner};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::exec::Park;
use crate::vm::Vm;

pub fn register(v: &mut Vec<NativeDef>) {
    let b = Owner::Builtins;
    v.push(NativeDef {
        name: "wait",
        owner: b,
        f: wait,
    });
    v.push(NativeDef {
        name: "spawn",
        owner: b,
        f: spawn,
    });
    v.push(NativeDef {
        name: "join",
        owner: b,
        f: join,
    });
}

/// `wait()`: give up the rest of this tick; returns None on the next one.
fn wait(_vm: &mut Vm, args: Args) -> NResult {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return PyErr::type_error("wait() takes no arguments").into();
    }
    NResult::Park(Park::Wait)
}

/// `spawn(fn, *args)`: start `fn(*args)` as a new task (it runs from the next tick); returns its
/// handle.
fn spawn(vm: &mut Vm, args: Args) -> NResult {
    if !args.kw.is_empty() {
        return PyErr::type_error("spawn() takes no keyword arguments").into();
    }
    let Some((&func, rest)) = args.pos.split_first() else {
        return PyErr::type_error("spawn() missing required argument: 'fn'").into();
    };
    if !vm.is_callable(func) {
        return PyErr::type_error(format!("'{}' object is not callable", vm.type_name(func)))
            .into();
    }
    NResult::Park(Park::Spawn {
        func,
        args: rest.to_vec(),
    })
}

/// `join(task)`: wait until the task ends; return its result or re-raise its exception.
fn join(vm: &mut Vm, args: Args) -> NResult {
    let [Value::Obj(h)] = args.pos else {
        return PyErr::type_error("join() takes exactly one argument (a task from spawn())").into();
    };
    if !matches!(vm.heap.get(*h), Obj::TaskHandle(_)) {
        let t = vm.type_name(args.pos[0]);
        return PyErr::type_error(format!("join() argument must be a Task, not '{t}'")).into();
    }
    NResult::Park(Park::Join { handle: *h })
}
