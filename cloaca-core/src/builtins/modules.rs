//! Built-in modules: `math` and `random` (whose generator state lives in the runtime so that a
//! restored snapshot continues the same sequence).

use super::{NativeDef, Owner};
use crate::object::{NativeId, Obj};
use crate::value::{ObjId, Value};
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;

pub fn register(v: &mut Vec<NativeDef>) {
    let m = Owner::Module("math");
    let defs: &[(&'static str, super::NativeFn)] = &[
        ("math.sqrt", |vm, a| f1(vm, a, f64::sqrt, |x| x >= 0.0)),
        ("math.sin", |vm, a| f1(vm, a, f64::sin, f64::is_finite)),
        ("math.cos", |vm, a| f1(vm, a, f64::cos, f64::is_finite)),
        ("math.tan", |vm, a| f1(vm, a, f64::tan, f64::is_finite)),
        ("math.atan", |vm, a| f1(vm, a, f64::atan, |_| true)),
        ("math.exp", |vm, a| {
            let x = a
                .pos
                .first()
                .and_then(|v| vm.to_f64(*v))
                .and_then(|r| r.ok());
            match x {
                Some(x) if x.is_finite() && x.exp().is_infinite() => {
                    NResult::Err(PyErr::overflow("math range error"))
                }
                _ => f1(vm, a, f64::exp, |_| true),
            }
        }),
        ("math.log10", |vm, a| f1(vm, a, f64::log10, |x| x > 0.0)),
        ("math.fabs", |vm, a| f1(vm, a, f64::abs, |_| true)),
        ("math.floor", math_floor),
        ("math.ceil", math_ceil),
        ("math.log", math_log),
        ("math.atan2", math_atan2),
    ];
    for (name, f) in defs {
        v.push(NativeDef {
            name,
            owner: m,
            f: *f,
        });
    }
    // Private aliases for the prelude (which cannot import).
    for (alias, target) in [
        ("_math_floor", "math.floor"),
        ("_math_ceil", "math.ceil"),
        ("_math_log", "math.log"),
        ("_math_sqrt", "math.sqrt"),
        ("_math_sin", "math.sin"),
        ("_math_cos", "math.cos"),
    ] {
        let f = defs.iter().find(|(n, _)| *n == target).unwrap().1;
        v.push(NativeDef {
            name: alias,
            owner: Owner::Builtins,
            f,
        });
    }
}

fn arg_f(vm: &Vm, v: Value) -> Result<f64, PyErr> {
    match vm.to_f64(v) {
        Some(r) => r,
        None => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

fn f1(vm: &mut Vm, a: Args, f: fn(f64) -> f64, domain: fn(f64) -> bool) -> NResult {
    if a.pos.len() != 1 {
        return NResult::Err(PyErr::type_error(
            "math function takes exactly one argument",
        ));
    }
    let x = match arg_f(vm, a.pos[0]) {
        Ok(x) => x,
        Err(e) => return NResult::Err(e),
    };
    if !domain(x) && !x.is_nan() {
        return NResult::Err(PyErr::value_error("math domain error"));
    }
    NResult::Ok(Value::Float(f(x)))
}

fn round_to_int(vm: &mut Vm, a: Args, f: fn(f64) -> f64) -> NResult {
    let v = a.pos.first().copied().unwrap_or(Value::None);
    if vm.is_int(v) {
        return NResult::Ok(v);
    }
    let x = match arg_f(vm, v) {
        Ok(x) => x,
        Err(e) => return NResult::Err(e),
    };
    if !x.is_finite() {
        return NResult::Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    use num_traits::FromPrimitive;
    let b = malachite_bigint::BigInt::from_f64(f(x)).unwrap_or_default();
    NResult::Ok(vm.int_from_big(b))
}
fn math_floor(vm: &mut Vm, a: Args) -> NResult {
    round_to_int(vm, a, f64::floor)
}
fn math_ceil(vm: &mut Vm, a: Args) -> NResult {
    round_to_int(vm, a, f64::ceil)
}
fn math_log(vm: &mut Vm, a: Args) -> NResult {
    let x = match arg_f(vm, a.pos.first().copied().unwrap_or(Value::None)) {
        Ok(x) => x,
        Err(e) => return NResult::Err(e),
    };
    if x <= 0.0 {
        return NResult::Err(PyErr::value_error("math domain error"));
    }
    match a.pos.get(1) {
        Some(b) => match arg_f(vm, *b) {
            Ok(b) => NResult::Ok(Value::Float(x.ln() / b.ln())),
            Err(e) => NResult::Err(e),
        },
        None => NResult::Ok(Value::Float(x.ln())),
    }
}
fn math_atan2(vm: &mut Vm, a: Args) -> NResult {
    match (arg_f(vm, a.pos[0]), arg_f(vm, a.pos[1])) {
        (Ok(y), Ok(x)) => NResult::Ok(Value::Float(y.atan2(x))),
        (Err(e), _) | (_, Err(e)) => NResult::Err(e),
    }
}

/// A small `sys`: `argv`, `exit`, `maxsize`, `stdout` / `stderr` (write, flush),
/// `setrecursionlimit` / `getrecursionlimit`, `version_info`, `byteorder`.
fn sys_module(vm: &mut Vm) -> ObjId {
    let (module, globals) = vm.new_module("sys");
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let key = vm.intern(k);
        vm.dict_set_str(globals, key, v);
    };
    for (k, p) in [
        ("exit", "exit"),
        ("stdout", "_sys_stdout"),
        ("stderr", "_sys_stderr"),
        ("setrecursionlimit", "_sys_setrecursionlimit"),
        ("getrecursionlimit", "_sys_getrecursionlimit"),
    ] {
        let v = vm.prelude_fn(p);
        set(vm, k, v);
    }
    set(vm, "maxsize", Value::Int(i64::MAX));
    let script = vm.new_str("");
    let argv = vm.new_list(vec![script]);
    set(vm, "argv", argv);
    let fin = vm.new_str("final");
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        fin,
        Value::Int(0),
    ]);
    set(vm, "version_info", vi);
    let bo = vm.new_str("little");
    set(vm, "byteorder", bo);
    module
}

/// Create a built-in module object by name (`math`, `random`), or None.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<ObjId> {
    if name == "sys" {
        return Some(sys_module(vm));
    }
    if name != "math" && name != "random" {
        return None;
    }
    let (module, globals) = vm.new_module(name);
    for (i, d) in super::natives().iter().enumerate() {
        if d.owner == Owner::Module(if name == "math" { "math" } else { "random" }) {
            let short = d.name.rsplit('.').next().unwrap_or(d.name);
            let f = Value::Obj(vm.heap.alloc(Obj::Native(NativeId(i as u16))));
            let k = vm.intern(short);
            vm.dict_set_str(globals, k, f);
        }
    }
    if name == "math" {
        for (k, v) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            let key = vm.intern(k);
            vm.dict_set_str(globals, key, Value::Float(v));
        }
        for n in ["prod", "fsum"] {
            let f = vm.prelude_fn(&format!("_math_{n}"));
            let key = vm.intern(n);
            vm.dict_set_str(globals, key, f);
        }
    } else {
        // The distributions are written in the prelude over the native Mersenne Twister.
        for n in [
            "random",
            "seed",
            "getrandbits",
            "randrange",
            "randint",
            "choice",
            "choices",
            "shuffle",
            "sample",
            "uniform",
            "gauss",
            "normalvariate",
            "expovariate",
            "triangular",
            "getstate",
            "setstate",
            "Random",
        ] {
            let f = vm.prelude_fn(&format!("_random_{n}"));
            let key = vm.intern(n);
            vm.dict_set_str(globals, key, f);
        }
    }
    Some(module)
}
