//! The rest of the `math` module: integer functions (exact, big-int aware), float decomposition,
//! hyperbolic / inverse trig, `isclose`, and `hypot` / `dist` with CPython 3.11's accurate
//! `vector_norm` so results match to the last bit.

use super::{NativeDef, Owner};
use crate::ntry;
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;
use malachite_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn register(v: &mut Vec<NativeDef>) {
    let m = Owner::Module("math");
    let defs: &[(&'static str, super::NativeFn)] = &[
        ("math.trunc", math_trunc),
        ("math.factorial", math_factorial),
        ("math.gcd", math_gcd),
        ("math.lcm", math_lcm),
        ("math.comb", math_comb),
        ("math.perm", math_perm),
        ("math.isqrt", math_isqrt),
        ("math.degrees", |vm, a| {
            f1(vm, a, "degrees", |x| Ok(x.to_degrees()))
        }),
        ("math.radians", |vm, a| {
            f1(vm, a, "radians", |x| Ok(x.to_radians()))
        }),
        ("math.asin", |vm, a| {
            f1(vm, a, "asin", |x| {
                dom(x, (-1.0..=1.0).contains(&x), x.asin())
            })
        }),
        ("math.acos", |vm, a| {
            f1(vm, a, "acos", |x| {
                dom(x, (-1.0..=1.0).contains(&x), x.acos())
            })
        }),
        ("math.sinh", |vm, a| f1(vm, a, "sinh", |x| ovf(x, x.sinh()))),
        ("math.cosh", |vm, a| f1(vm, a, "cosh", |x| ovf(x, x.cosh()))),
        ("math.tanh", |vm, a| f1(vm, a, "tanh", |x| Ok(x.tanh()))),
        ("math.asinh", |vm, a| f1(vm, a, "asinh", |x| Ok(x.asinh()))),
        ("math.acosh", |vm, a| {
            f1(vm, a, "acosh", |x| dom(x, x >= 1.0, x.acosh()))
        }),
        ("math.atanh", |vm, a| {
            f1(vm, a, "atanh", |x| dom(x, x > -1.0 && x < 1.0, x.atanh()))
        }),
        ("math.log2", |vm, a| {
            f1(vm, a, "log2", |x| dom(x, x > 0.0, x.log2()))
        }),
        ("math.log1p", |vm, a| {
            f1(vm, a, "log1p", |x| dom(x, x > -1.0, x.ln_1p()))
        }),
        ("math.expm1", |vm, a| {
            f1(vm, a, "expm1", |x| ovf(x, x.exp_m1()))
        }),
        ("math.exp2", |vm, a| f1(vm, a, "exp2", |x| ovf(x, x.exp2()))),
        ("math.cbrt", |vm, a| f1(vm, a, "cbrt", |x| Ok(x.cbrt()))),
        ("math.isfinite", |vm, a| {
            b1(vm, a, "isfinite", f64::is_finite)
        }),
        ("math.isinf", |vm, a| b1(vm, a, "isinf", f64::is_infinite)),
        ("math.isnan", |vm, a| b1(vm, a, "isnan", f64::is_nan)),
        ("math.copysign", |vm, a| {
            f2(vm, a, "copysign", |x, y| Ok(x.copysign(y)))
        }),
        ("math.fmod", |vm, a| {
            f2(vm, a, "fmod", |x, y| {
                if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
                    Err(PyErr::value_error("math domain error"))
                } else {
                    Ok(x % y)
                }
            })
        }),
        ("math.remainder", |vm, a| f2(vm, a, "remainder", remainder)),
        ("math.pow", |vm, a| f2(vm, a, "pow", math_pow)),
        ("math.modf", math_modf),
        ("math.frexp", math_frexp),
        ("math.ldexp", math_ldexp),
        ("math.isclose", math_isclose),
        ("math.hypot", math_hypot),
        ("math.dist", math_dist),
        ("math.erf", |vm, a| f1(vm, a, "erf", |x| Ok(erf(x)))),
        ("math.erfc", |vm, a| f1(vm, a, "erfc", |x| Ok(1.0 - erf(x)))),
    ];
    for (name, f) in defs {
        v.push(NativeDef {
            name,
            owner: m,
            f: *f,
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

fn nargs(a: &Args, name: &str, n: usize) -> Result<(), PyErr> {
    if a.pos.len() != n {
        let msg = if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                a.pos.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", a.pos.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

fn dom(x: f64, ok: bool, r: f64) -> Result<f64, PyErr> {
    if ok || x.is_nan() {
        Ok(r)
    } else {
        Err(PyErr::value_error("math domain error"))
    }
}

fn ovf(x: f64, r: f64) -> Result<f64, PyErr> {
    if r.is_infinite() && x.is_finite() {
        Err(PyErr::overflow("math range error"))
    } else {
        Ok(r)
    }
}

fn f1(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> Result<f64, PyErr>) -> NResult {
    ntry!(nargs(&a, name, 1));
    let x = ntry!(arg_f(vm, a.pos[0]));
    NResult::Ok(Value::Float(ntry!(f(x))))
}

fn b1(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> bool) -> NResult {
    ntry!(nargs(&a, name, 1));
    let x = ntry!(arg_f(vm, a.pos[0]));
    NResult::Ok(Value::Bool(f(x)))
}

fn f2(vm: &mut Vm, a: Args, name: &str, f: fn(f64, f64) -> Result<f64, PyErr>) -> NResult {
    ntry!(nargs(&a, name, 2));
    let x = ntry!(arg_f(vm, a.pos[0]));
    let y = ntry!(arg_f(vm, a.pos[1]));
    NResult::Ok(Value::Float(ntry!(f(x, y))))
}

fn remainder(x: f64, y: f64) -> Result<f64, PyErr> {
    if x.is_nan() || y.is_nan() {
        return Ok(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(x);
    }
    // CPython's algorithm (exact).
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(1.0f64.copysign(x) * r)
}

fn math_pow(x: f64, y: f64) -> Result<f64, PyErr> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(PyErr::value_error("math domain error"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("math range error"));
    }
    Ok(r)
}

fn int_arg(vm: &Vm, v: Value) -> Result<BigInt, PyErr> {
    if matches!(v, Value::Float(_)) || !vm.is_int(v) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    Ok(vm.to_bigint(v).unwrap_or_default())
}

fn math_trunc(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "trunc", 1));
    let v = a.pos[0];
    if vm.is_int(v) {
        return NResult::Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            _ => v,
        });
    }
    let x = ntry!(arg_f(vm, v));
    if x.is_nan() {
        return NResult::Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return NResult::Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    use num_traits::FromPrimitive;
    let b = BigInt::from_f64(x.trunc()).unwrap_or_default();
    NResult::Ok(vm.int_from_big(b))
}

fn math_factorial(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "factorial", 1));
    let n = ntry!(int_arg(vm, a.pos[0]));
    if n.is_negative() {
        return NResult::Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 100_000) else {
        return NResult::Err(PyErr::overflow(
            "factorial() argument should not exceed 100000",
        ));
    };
    ntry!(vm.check_alloc(n as usize, 2));
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= BigInt::from(i);
    }
    NResult::Ok(vm.int_from_big(acc))
}

fn math_gcd(vm: &mut Vm, a: Args) -> NResult {
    let mut g = BigInt::zero();
    for v in a.pos {
        let x = ntry!(int_arg(vm, *v));
        g = g.gcd(&x);
    }
    NResult::Ok(vm.int_from_big(g.abs()))
}

fn math_lcm(vm: &mut Vm, a: Args) -> NResult {
    let mut l = BigInt::one();
    for v in a.pos {
        let x = ntry!(int_arg(vm, *v));
        if x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        if l.is_zero() {
            continue;
        }
        l = l.lcm(&x);
    }
    NResult::Ok(vm.int_from_big(l.abs()))
}

fn perm_impl(n: &BigInt, k: &BigInt) -> BigInt {
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while &i < k {
        acc *= n - &i;
        i += 1;
    }
    acc
}

fn math_comb(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "comb", 2));
    let n = ntry!(int_arg(vm, a.pos[0]));
    let k = ntry!(int_arg(vm, a.pos[1]));
    if n.is_negative() {
        return NResult::Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return NResult::Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return NResult::Ok(Value::Int(0));
    }
    let k2 = (&n - &k).min(k);
    if k2 > BigInt::from(1_000_000) {
        return NResult::Err(PyErr::overflow("comb() result too large for Cloaca"));
    }
    let num = perm_impl(&n, &k2);
    let mut den = BigInt::one();
    let mut i = BigInt::one();
    while i <= k2 {
        den *= &i;
        i += 1;
    }
    NResult::Ok(vm.int_from_big(num / den))
}

fn math_perm(vm: &mut Vm, a: Args) -> NResult {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return NResult::Err(PyErr::type_error(format!(
            "perm expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let n = ntry!(int_arg(vm, a.pos[0]));
    let k = match a.pos.get(1) {
        Some(v) if !v.is_none() => ntry!(int_arg(vm, *v)),
        _ => n.clone(),
    };
    if n.is_negative() {
        return NResult::Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return NResult::Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return NResult::Ok(Value::Int(0));
    }
    if k > BigInt::from(1_000_000) {
        return NResult::Err(PyErr::overflow("perm() result too large for Cloaca"));
    }
    let r = perm_impl(&n, &k);
    NResult::Ok(vm.int_from_big(r))
}

fn math_isqrt(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "isqrt", 1));
    let n = ntry!(int_arg(vm, a.pos[0]));
    if n.is_negative() {
        return NResult::Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    let r = num_integer::Roots::sqrt(&n);
    NResult::Ok(vm.int_from_big(r))
}

fn math_modf(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "modf", 1));
    let x = ntry!(arg_f(vm, a.pos[0]));
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    NResult::Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

fn math_frexp(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "frexp", 1));
    let x = ntry!(arg_f(vm, a.pos[0]));
    let (m, e) = frexp(x);
    NResult::Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = e.clamp(-2200, 2200) as i32;
    // Split to avoid intermediate overflow/underflow.
    let mut r = x;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

fn math_ldexp(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "ldexp", 2));
    let x = ntry!(arg_f(vm, a.pos[0]));
    let e = ntry!(int_arg(vm, a.pos[1]));
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return NResult::Err(PyErr::overflow("math range error"));
    }
    NResult::Ok(Value::Float(r))
}

fn math_isclose(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "isclose", 2));
    let x = ntry!(arg_f(vm, a.pos[0]));
    let y = ntry!(arg_f(vm, a.pos[1]));
    let rel = match a.kwarg(vm, "rel_tol") {
        Some(v) => ntry!(arg_f(vm, v)),
        None => 1e-9,
    };
    let abs_tol = match a.kwarg(vm, "abs_tol") {
        Some(v) => ntry!(arg_f(vm, v)),
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return NResult::Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return NResult::Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return NResult::Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    let ok = diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol;
    NResult::Ok(Value::Bool(ok))
}

/// CPython 3.11's `vector_norm` (accurate to within 1 ulp, and bit-identical to CPython).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &v in vec.iter() {
        let x = v * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    let lo = x.mul_add(y, -hi);
    (hi, lo)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    let lo = (a - hi) + b;
    (hi, lo)
}

fn norm_of(vm: &Vm, items: &[Value]) -> Result<f64, PyErr> {
    let mut vec = Vec::with_capacity(items.len());
    let mut max = 0.0f64;
    let mut nan = false;
    for v in items {
        let x = arg_f(vm, *v)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vector_norm(&mut vec, max, nan))
}

fn math_hypot(vm: &mut Vm, a: Args) -> NResult {
    let r = ntry!(norm_of(vm, a.pos));
    NResult::Ok(Value::Float(r))
}

fn math_dist(vm: &mut Vm, a: Args) -> NResult {
    ntry!(nargs(&a, "dist", 2));
    let p = seq_items(vm, a.pos[0]);
    let q = seq_items(vm, a.pos[1]);
    let (Some(p), Some(q)) = (p, q) else {
        return NResult::Err(PyErr::type_error(
            "dist(): both points must be sequences of numbers (list or tuple)",
        ));
    };
    if p.len() != q.len() {
        return NResult::Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let d = ntry!(arg_f(vm, *x)) - ntry!(arg_f(vm, *y));
        diffs.push(Value::Float(d));
    }
    let r = ntry!(norm_of(vm, &diffs));
    NResult::Ok(Value::Float(r))
}

fn seq_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            crate::object::Obj::List(l) => Some(l.clone()),
            crate::object::Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// erf via a high-precision series / continued fraction (matches libm to ~1 ulp).
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    let r = if ax < 1.5 {
        // Taylor series.
        let mut sum = ax;
        let mut term = ax;
        let x2 = ax * ax;
        let mut n = 0.0;
        loop {
            n += 1.0;
            term *= -x2 / n;
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else if ax >= 6.0 {
        1.0
    } else {
        // Continued fraction for erfc.
        let x2 = ax * ax;
        let mut f = 0.0;
        let mut k = 60.0;
        while k > 0.0 {
            f = k / 2.0 / (ax + f);
            k -= 1.0;
        }
        1.0 - (-x2).exp() / std::f64::consts::PI.sqrt() / (ax + f)
    };
    if x < 0.0 {
        -r
    } else {
        r
    }
}
