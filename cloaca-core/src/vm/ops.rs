//! Operators on builtin values: arithmetic with Python semantics (i64 fast path, big-int
//! promotion, floor division/modulo toward −∞), comparisons, equality, hashing and truthiness.
//!
//! Every function here is *native*: it never calls Python code. When an operand is an instance
//! whose class defines the relevant dunder, the native function answers `None` ("not mine") and the
//! VM dispatches to the dunder through a frame with a continuation (see `exec`).

use crate::bytecode::{BinOp, CmpOp};
use crate::object::{Obj, TypeKind};
use crate::value::{ObjId, Value};
use crate::vm::exc::{PyErr, PyResult};
use crate::vm::{Sym, Vm};
use malachite_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

pub use crate::numfmt::{hash_bigint, hash_f64, hash_i64};

/// Python float `divmod`: (floor quotient, modulo with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn int_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

pub fn int_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

impl Vm {
    /// The class of a native iterator (`list_iterator`, `zip`, …).
    fn iter_class(&self, st: &crate::object::IterState) -> ObjId {
        use crate::object::{IterState as S, ViewKind};
        let t = &self.types;
        let i = match st {
            S::Seq { seq, .. } => match self.heap.get(*seq) {
                Obj::List(_) => 0,
                Obj::Tuple(_) => 1,
                _ => 4,
            },
            S::Str { s, .. } => match self.heap.get(*s) {
                Obj::Str(ps) if !ps.is_ascii() => 3,
                _ => 2,
            },
            S::Range { .. } => 5,
            S::Dict { dict, kind, .. } => match (self.heap.get(*dict), kind) {
                (Obj::Set { .. }, _) => 9,
                (_, ViewKind::Keys) => 6,
                (_, ViewKind::Values) => 7,
                (_, ViewKind::Items) => 8,
            },
            S::Reversed { seq, .. } => match self.heap.get(*seq) {
                Obj::List(_) => 10,
                _ => 11,
            },
            S::Enumerate { .. } => 12,
            S::Zip { .. } => 13,
            _ => return t.iterator,
        };
        t.iter_types.get(i).copied().unwrap_or(t.iterator)
    }

    /// The class of any value.
    #[inline]
    pub fn class_of(&self, v: Value) -> ObjId {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::NotImplemented => t.notimpl,
            Value::Ellipsis => t.ellipsis,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(_) => t.str_,
                Obj::BigInt(_) => t.int,
                Obj::Bytes(_) => t.bytes,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set { frozen: false, .. } => t.set,
                Obj::Set { frozen: true, .. } => t.frozenset,
                Obj::Function(_) => t.function,
                Obj::BoundMethod { .. } => t.method,
                Obj::Native(_) | Obj::HostFn(_) => t.builtin_function,
                Obj::TaskHandle(_) => t.task,
                Obj::HostHandle(_) => t.host_handle,
                Obj::Class(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Cell(_) => t.cell,
                Obj::Generator(_) => t.generator,
                Obj::Module(_) => t.module,
                Obj::Range { .. } => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Iter(st) => self.iter_class(st),
                Obj::Property(_) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super { .. } => t.super_,
                Obj::DictView { kind, .. } => match kind {
                    crate::object::ViewKind::Keys => t.dict_keys,
                    crate::object::ViewKind::Values => t.dict_values,
                    crate::object::ViewKind::Items => t.dict_items,
                },
            },
        }
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: Value) -> String {
        match self.heap.get(self.class_of(v)) {
            Obj::Class(c) => c.name.clone(),
            _ => "?".into(),
        }
    }

    /// `issubclass(a, b)` over the MRO.
    pub fn is_subclass(&self, a: ObjId, b: ObjId) -> bool {
        if a == b {
            return true;
        }
        match self.heap.get(a) {
            Obj::Class(c) => c.mro.contains(&b),
            _ => false,
        }
    }

    #[inline]
    pub fn isinstance(&self, v: Value, cls: ObjId) -> bool {
        self.is_subclass(self.class_of(v), cls)
    }

    /// Look `name` up along the MRO of class `cls` (through the attribute cache).
    #[inline]
    pub fn lookup_in_class(&self, cls: ObjId, name: Value) -> Option<Value> {
        self.attr_cache_lookup(cls, name, false, || {
            self.lookup_in_class_uncached(cls, name)
        })
    }

    /// `compute()` — a pure function of the classes and `name` — through the attribute cache.
    /// `hook` keeps a second family of answers per (class, name) apart from plain MRO lookups.
    #[inline]
    pub fn attr_cache_lookup(
        &self,
        cls: ObjId,
        name: Value,
        hook: bool,
        compute: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let Value::Obj(nid) = name else {
            return compute();
        };
        let key = nid.0 ^ if hook { HOOK_BIT } else { 0 };
        let epoch = self.heap.class_epoch();
        let slot = self.attr_cache.slot(cls, key);
        let e = slot.get();
        if e.cls == cls.0 && e.name == key && e.epoch == epoch {
            return if e.found.is_undef() {
                None
            } else {
                Some(e.found)
            };
        }
        let r = compute();
        slot.set(AttrCacheEntry {
            cls: cls.0,
            name: key,
            epoch,
            found: r.unwrap_or(Value::Undef),
        });
        r
    }

    /// The MRO walk behind [`Vm::lookup_in_class`].
    pub fn lookup_in_class_uncached(&self, cls: ObjId, name: Value) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        for &k in c.mro.iter() {
            let Obj::Class(kc) = self.heap.get(k) else {
                continue;
            };
            if let Some(i) = self.dict_find_str(&kc.dict, name) {
                return Some(kc.dict.entry(i).unwrap().value);
            }
        }
        None
    }

    /// A dunder defined in Python by the class of an instance (None for builtin values and for
    /// dunders only inherited from builtin types).
    #[inline]
    pub fn user_dunder(&self, v: Value, s: Sym) -> Option<Value> {
        let Value::Obj(id) = v else { return None };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        let m = self.lookup_in_class(inst.class, self.sym(s))?;
        match m {
            Value::Obj(mid) if matches!(self.heap.get(mid), Obj::Native(_)) => None,
            _ => Some(m),
        }
    }

    // ----- ints -----

    /// Normalize a big int to the i64 fast path when it fits.
    pub fn int_from_big(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.heap.alloc(Obj::BigInt(Box::new(b)))),
        }
    }

    /// The value as a big int, if it is an int (or bool).
    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some((**b).clone()),
                // An instance of an int subclass: its value.
                Obj::Instance(_) => self.builtin_base(v).and_then(|b| self.to_bigint(b)),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(id) => matches!(self.heap.get(id), Obj::BigInt(_)),
            _ => false,
        }
    }

    /// An int (bool, big int) or a float: what `sum`'s native addition takes.
    #[inline]
    pub fn is_number(&self, v: Value) -> bool {
        matches!(v, Value::Float(_)) || self.is_int(v)
    }

    /// The value as f64 for mixed arithmetic (ints and floats).
    pub fn to_f64(&self, v: Value) -> Option<PyResult<f64>> {
        match v {
            Value::Float(f) => Some(Ok(f)),
            Value::Int(i) => Some(Ok(i as f64)),
            Value::Bool(b) => Some(Ok(b as i64 as f64)),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some(match b.to_f64() {
                    Some(f) if f.is_finite() => Ok(f),
                    _ => Err(PyErr::overflow("int too large to convert to float")),
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// An index-like int as i64 (`__index__` semantics for builtins).
    pub fn to_index(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
                Obj::Instance(_) => self.builtin_base(v).and_then(|b| self.to_index(b)),
                _ => None,
            },
            _ => None,
        }
    }

    fn big_binary(&mut self, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => {
                let bits = a.bits() + b.bits();
                self.check_alloc((bits / 8) as usize, 1)?;
                a * b
            }
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(PyErr::zero_div("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(PyErr::zero_div("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(PyErr::zero_div("division by zero"));
                }
                return Ok(Value::Float(big_truediv(&a, &b)?));
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let fa = a.to_f64().unwrap_or(f64::INFINITY);
                    let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return self.float_binary(BinOp::Pow, fa, fb);
                }
                let Some(e) = b.to_u32() else {
                    if a.is_zero() || a == BigInt::from(1) {
                        return Ok(self.int_from_big(a));
                    }
                    if a == BigInt::from(-1) {
                        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
                    }
                    return Err(PyErr::memory());
                };
                let bits = a.bits().saturating_mul(e as u64);
                if bits > 64 * 1024 * 1024 {
                    return Err(PyErr::memory());
                }
                self.check_alloc((bits / 8) as usize, 1)?;
                a.pow(e)
            }
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(PyErr::value_error("negative shift count"));
                }
                let Some(n) = b.to_u64() else {
                    return Err(PyErr::memory());
                };
                if a.is_zero() {
                    return Ok(Value::Int(0));
                }
                if a.bits() + n > 64 * 1024 * 1024 {
                    return Err(PyErr::memory());
                }
                self.check_alloc((n / 8) as usize, 1)?;
                a << n
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(PyErr::value_error("negative shift count"));
                }
                let n = b.to_u64().unwrap_or(u64::MAX);
                if n > a.bits() {
                    return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
                }
                a >> n
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::MatMul => unreachable!(),
        };
        Ok(self.int_from_big(r))
    }

    fn int_binary(&mut self, op: BinOp, a: i64, b: i64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(PyErr::zero_div("integer division or modulo by zero"));
                }
                int_floordiv(a, b)
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(PyErr::zero_div("integer modulo by zero"));
                }
                if b == -1 {
                    Some(0)
                } else {
                    Some(int_mod(a, b))
                }
            }
            BinOp::TrueDiv => {
                if b == 0 {
                    return Err(PyErr::zero_div("division by zero"));
                }
                if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(a as f64 / b as f64));
                }
                return Ok(Value::Float(big_truediv(
                    &BigInt::from(a),
                    &BigInt::from(b),
                )?));
            }
            BinOp::Pow => {
                if b < 0 {
                    return self.float_binary(BinOp::Pow, a as f64, b as f64);
                }
                match u32::try_from(b) {
                    Ok(e) => a.checked_pow(e),
                    Err(_) => None,
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if a == 0 {
                    Some(0)
                } else if b < 63 && (a.unsigned_abs().leading_zeros() as i64) > b + 1 {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::And => Some(a & b),
            BinOp::Or => Some(a | b),
            BinOp::Xor => Some(a ^ b),
            BinOp::MatMul => return Ok(Value::NotImplemented),
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_binary(op, BigInt::from(a), BigInt::from(b)),
        }
    }

    pub fn float_binary(&mut self, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(PyErr::zero_div("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(PyErr::zero_div("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(PyErr::zero_div("float modulo"));
                }
                float_divmod(a, b).1
            }
            BinOp::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
                }
                if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                    return Err(PyErr::value_error(
                        "math domain error (negative number raised to a fractional power: complex results are not supported)",
                    ));
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Ok(Value::NotImplemented),
        };
        Ok(Value::Float(r))
    }

    /// A binary operator on builtin operands. `Ok(NotImplemented)` when the types don't support it
    /// natively (the VM then tries dunders or raises `TypeError`).
    pub fn binary_native(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return self.int_binary(op, x, y),
            (Value::Float(x), Value::Float(y)) => return self.float_binary(op, x, y),
            (Value::Int(x), Value::Float(y)) => return self.float_binary(op, x as f64, y),
            (Value::Float(x), Value::Int(y)) => return self.float_binary(op, x, y as f64),
            _ => {}
        }
        // Bools and big ints.
        if self.is_int(a) && self.is_int(b) {
            if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
                let r = self.int_binary(op, x, y)?;
                // bool & bool stays bool.
                if let (Value::Bool(p), Value::Bool(q), Value::Int(n)) = (a, b, r) {
                    if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                        let _ = (p, q);
                        return Ok(Value::Bool(n != 0));
                    }
                }
                return Ok(r);
            }
            let x = self.to_bigint(a).unwrap();
            let y = self.to_bigint(b).unwrap();
            return self.big_binary(op, x, y);
        }
        let an = matches!(a, Value::Float(_)) || self.is_int(a);
        let bn = matches!(b, Value::Float(_)) || self.is_int(b);
        if an && bn {
            let x = self.to_f64(a).unwrap()?;
            let y = self.to_f64(b).unwrap()?;
            return self.float_binary(op, x, y);
        }
        crate::builtins::seq::binary_seq(self, op, a, b)
    }

    /// The `TypeError` for an unsupported binary operation.
    /// [`Vm::binary_type_error`] for `a op= b` (`inplace`): CPython names the operator `+=`.
    pub fn binary_type_error_ex(&self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyErr {
        let e = self.binary_type_error(op, a, b);
        match e {
            PyErr::New(t, msg) if inplace && msg.starts_with("unsupported operand") => {
                let sym = op.symbol();
                PyErr::New(
                    t,
                    msg.replacen(&format!("for {sym}:"), &format!("for {sym}=:"), 1),
                )
            }
            e => e,
        }
    }

    pub fn binary_type_error(&self, op: BinOp, a: Value, b: Value) -> PyErr {
        if op == BinOp::Add {
            if self.class_of(a) == self.types.bytes && self.class_of(b) == self.types.str_ {
                return PyErr::type_error("can't concat str to bytes");
            }
            if let Some(sa) = self.str_of(a) {
                let _ = sa;
                if self.str_of(b).is_none() {
                    return PyErr::type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        self.type_name(b)
                    ));
                }
            }
            let ta = self.class_of(a);
            if ta == self.types.list && self.class_of(b) != self.types.list {
                return PyErr::type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ));
            }
            if ta == self.types.tuple && self.class_of(b) != self.types.tuple {
                return PyErr::type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ));
            }
        }
        if op == BinOp::Mul {
            let seq = |v: Value| {
                let c = self.class_of(v);
                c == self.types.str_
                    || c == self.types.list
                    || c == self.types.tuple
                    || c == self.types.bytes
            };
            if (seq(a) && !self.is_int(b) && self.user_dunder(b, Sym::RMul).is_none())
                || (seq(b) && !self.is_int(a))
            {
                let other = if seq(a) { b } else { a };
                return PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
        }
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    // ----- comparisons -----

    /// Compare numbers exactly (ints of any size vs floats). None if either is not a number.
    pub fn num_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Some(Some(x.cmp(&y))),
            (Value::Float(x), Value::Float(y)) => return Some(x.partial_cmp(&y)),
            _ => {}
        }
        let a_is_num = matches!(a, Value::Float(_)) || self.is_int(a);
        let b_is_num = matches!(b, Value::Float(_)) || self.is_int(b);
        if !a_is_num || !b_is_num {
            return None;
        }
        match (a, b) {
            (Value::Float(x), _) => {
                Some(cmp_float_int(x, &self.to_bigint(b).unwrap()).map(Ordering::reverse))
            }
            (_, Value::Float(y)) => Some(cmp_float_int(y, &self.to_bigint(a).unwrap())),
            _ => Some(Some(
                self.to_bigint(a).unwrap().cmp(&self.to_bigint(b).unwrap()),
            )),
        }
    }

    /// Native equality. `None` when a user `__eq__` must decide.
    pub fn eq_native(&self, a: Value, b: Value) -> Option<bool> {
        self.eq_native_depth(a, b, 0)
    }

    fn eq_native_depth(&self, a: Value, b: Value, depth: usize) -> Option<bool> {
        if let Some(o) = self.num_cmp(a, b) {
            return Some(o == Some(Ordering::Equal));
        }
        if a.is(b) {
            // Identity implies equality except for NaN (handled above).
            return Some(true);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            // Different non-object values, or an object and an inline value.
            return match (a, b) {
                (Value::Obj(x), _) | (_, Value::Obj(x)) => {
                    if matches!(self.heap.get(x), Obj::Instance(_))
                        && self.user_dunder(Value::Obj(x), Sym::Eq).is_some()
                    {
                        None
                    } else {
                        Some(false)
                    }
                }
                _ => Some(false),
            };
        };
        if depth > 200 {
            // Too deep for the native comparison: let the prelude's recursive comparison decide
            // (it raises RecursionError for absurdly deep structures, as CPython does).
            return None;
        }
        match (self.heap.get(x), self.heap.get(y)) {
            (Obj::Str(p), Obj::Str(q)) => Some(p.same_text(q)),
            (Obj::Bytes(p), Obj::Bytes(q)) => Some(p == q),
            // A handle names a host object: two handles with the same id are the same object
            // (each crossing of the host boundary makes a new heap value).
            (Obj::HostHandle(p), Obj::HostHandle(q)) => Some(p == q),
            (Obj::List(p), Obj::List(q)) => self.seq_eq(p, q, depth),
            (Obj::Tuple(p), Obj::Tuple(q)) => self.seq_eq(p, q, depth),
            (Obj::Dict(p), Obj::Dict(q)) => {
                if p.len() != q.len() {
                    return Some(false);
                }
                for e in p.iter() {
                    let h = self.hash_native(e.key)?.ok()?;
                    let mut undecided = false;
                    let found = q.find(h, e.key, &mut |k1, k2| match self.eq_native_depth(
                        k1,
                        k2,
                        depth + 1,
                    ) {
                        Some(r) => r,
                        None => {
                            undecided = true;
                            false
                        }
                    });
                    if undecided {
                        return None;
                    }
                    match found {
                        None => return Some(false),
                        Some(i) => {
                            let qv = q.entry(i).unwrap().value;
                            if !e.value.is(qv) && !self.eq_native_depth(e.value, qv, depth + 1)? {
                                return Some(false);
                            }
                        }
                    }
                }
                Some(true)
            }
            (Obj::Set { table: p, .. }, Obj::Set { table: q, .. }) => {
                if p.len() != q.len() {
                    return Some(false);
                }
                Some(self.set_is_subset(p, q)?)
            }
            (
                Obj::Range {
                    start: a1,
                    stop: b1,
                    step: c1,
                },
                Obj::Range {
                    start: a2,
                    stop: b2,
                    step: c2,
                },
            ) => {
                let l1 = range_len(*a1, *b1, *c1);
                let l2 = range_len(*a2, *b2, *c2);
                Some(l1 == l2 && (l1 == 0 || (a1 == a2 && (l1 == 1 || c1 == c2))))
            }
            (Obj::Instance(_), _) if self.user_dunder(a, Sym::Eq).is_some() => None,
            (_, Obj::Instance(_)) if self.user_dunder(b, Sym::Eq).is_some() => None,
            (Obj::DictView { dict: d1, kind: k1 }, Obj::DictView { dict: d2, kind: k2 })
                if k1 == k2 && *k1 != crate::object::ViewKind::Values =>
            {
                let (Obj::Dict(p), Obj::Dict(q)) = (self.heap.get(*d1), self.heap.get(*d2)) else {
                    return Some(false);
                };
                if *k1 == crate::object::ViewKind::Keys {
                    Some(p.len() == q.len() && self.set_is_subset(p, q)?)
                } else {
                    self.eq_native_depth(Value::Obj(*d1), Value::Obj(*d2), depth + 1)
                }
            }
            // Keys / items views compare like sets with sets (and each other): the prelude.
            (Obj::DictView { kind, .. }, Obj::Set { .. } | Obj::DictView { .. })
            | (Obj::Set { .. }, Obj::DictView { kind, .. })
                if *kind != crate::object::ViewKind::Values =>
            {
                None
            }
            _ => Some(false),
        }
    }

    fn seq_eq(&self, p: &[Value], q: &[Value], depth: usize) -> Option<bool> {
        if p.len() != q.len() {
            return Some(false);
        }
        for (a, b) in p.iter().zip(q.iter()) {
            // Containers compare items identity-first (PyObject_RichCompareBool).
            if a.is(*b) {
                continue;
            }
            if !self.eq_native_depth(*a, *b, depth + 1)? {
                return Some(false);
            }
        }
        Some(true)
    }

    /// Every key of `p` is in `q` (native equality only).
    pub fn set_is_subset(&self, p: &crate::dict::Dict, q: &crate::dict::Dict) -> Option<bool> {
        for k in p.keys() {
            let h = self.hash_native(k)?.ok()?;
            let mut undecided = false;
            let found = q.find(h, k, &mut |k1, k2| match self.eq_native(k1, k2) {
                Some(r) => r,
                None => {
                    undecided = true;
                    false
                }
            });
            if undecided {
                return None;
            }
            if found.is_none() {
                return Some(false);
            }
        }
        Some(true)
    }

    /// Native ordering comparison (`<` etc.). `Ok(None)` when not natively comparable.
    pub fn compare_native(&self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(self.eq_native(a, b).map(|r| r == (op == CmpOp::Eq)));
        }
        if let Some(o) = self.num_cmp(a, b) {
            return Ok(Some(match o {
                None => false,
                Some(o) => cmp_result(op, o),
            }));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(None);
        };
        match (self.heap.get(x), self.heap.get(y)) {
            (Obj::Str(p), Obj::Str(q)) => Ok(Some(cmp_result(
                op,
                p.as_str().as_bytes().cmp(q.as_str().as_bytes()),
            ))),
            (Obj::Bytes(p), Obj::Bytes(q)) => Ok(Some(cmp_result(op, p.cmp(q)))),
            (Obj::List(p), Obj::List(q)) => self.seq_cmp(op, p, q),
            (Obj::Tuple(p), Obj::Tuple(q)) => self.seq_cmp(op, p, q),
            (Obj::Set { table: p, .. }, Obj::Set { table: q, .. }) => {
                let r = match op {
                    CmpOp::Le => self.set_is_subset(p, q),
                    CmpOp::Lt => self.set_is_subset(p, q).map(|s| s && p.len() < q.len()),
                    CmpOp::Ge => self.set_is_subset(q, p),
                    CmpOp::Gt => self.set_is_subset(q, p).map(|s| s && q.len() < p.len()),
                    _ => None,
                };
                Ok(r)
            }
            _ => Ok(None),
        }
    }

    fn seq_cmp(&self, op: CmpOp, p: &[Value], q: &[Value]) -> PyResult<Option<bool>> {
        for (a, b) in p.iter().zip(q.iter()) {
            match self.eq_native(*a, *b) {
                Some(true) => continue,
                Some(false) => return self.compare_native(op, *a, *b),
                None => return Ok(None),
            }
        }
        Ok(Some(cmp_result(op, p.len().cmp(&q.len()))))
    }

    /// The `TypeError` for an unsupported ordering comparison.
    pub fn compare_type_error(&self, op: CmpOp, a: Value, b: Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    // ----- hashing -----

    /// Native hash. `None` when the class defines `__hash__` in Python; `Err` for unhashable values.
    pub fn hash_native(&self, v: Value) -> Option<PyResult<u64>> {
        Some(Ok(match v {
            Value::Int(i) => hash_i64(i) as u64,
            Value::Bool(b) => b as u64,
            Value::Float(f) => hash_f64(f) as u64,
            Value::None => 0xFC_A86E,
            Value::Undef => 0,
            Value::NotImplemented => 0x0071_3A3E,
            Value::Ellipsis => 0x0E11_1951,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => s.hash(),
                Obj::HostHandle(h) => h.wrapping_mul(0x9E37_79B9_7F4A_7C15),
                Obj::BigInt(b) => hash_bigint(b) as u64,
                Obj::Bytes(b) => crate::object::hash_str(&String::from_utf8_lossy(b)) ^ 0x5bd1_e995,
                Obj::Tuple(items) => {
                    // xxHash-style combination as in CPython's tuplehash.
                    let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                    for it in items.iter() {
                        let h = match self.hash_native(*it)? {
                            Ok(h) => h,
                            Err(e) => return Some(Err(e)),
                        };
                        acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(0x9E37_79B1_85EB_CA87);
                    }
                    acc.wrapping_add(items.len() as u64 ^ 0x27D4_EB2F_1656_67C5 ^ 3527539)
                }
                Obj::Set {
                    table,
                    frozen: true,
                } => {
                    let mut acc: u64 = 1927868237u64.wrapping_mul(table.len() as u64 + 1);
                    for e in table.iter() {
                        let h = e.hash;
                        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                    }
                    acc.wrapping_mul(69069).wrapping_add(907133923)
                }
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set { frozen: false, .. }
                | Obj::DictView { .. } => {
                    return Some(Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    ))))
                }
                Obj::Instance(inst) => {
                    let h = self.lookup_in_class(inst.class, self.sym(Sym::Hash));
                    match h {
                        Some(Value::None) => {
                            return Some(Err(PyErr::type_error(format!(
                                "unhashable type: '{}'",
                                self.type_name(v)
                            ))))
                        }
                        Some(Value::Obj(m)) if !matches!(self.heap.get(m), Obj::Native(_)) => {
                            return None
                        }
                        _ => {
                            if self.user_dunder(v, Sym::Eq).is_some() {
                                return Some(Err(PyErr::type_error(format!(
                                    "unhashable type: '{}'",
                                    self.type_name(v)
                                ))));
                            }
                            identity_hash(id)
                        }
                    }
                }
                _ => identity_hash(id),
            },
        }))
    }

    // ----- truthiness -----

    /// Native truth value. `None` when `__bool__`/`__len__` must be called.
    #[inline]
    pub fn truthy_native(&self, v: Value) -> Option<bool> {
        Some(match v {
            Value::Bool(b) => b,
            Value::None | Value::Undef => false,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => !s.as_str().is_empty(),
                Obj::BigInt(_) => true,
                Obj::Bytes(b) => !b.is_empty(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set { table, .. } => !table.is_empty(),
                Obj::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                    Obj::Dict(d) => !d.is_empty(),
                    _ => true,
                },
                Obj::Instance(_) => {
                    if self.user_dunder(v, Sym::Bool).is_some()
                        || self.user_dunder(v, Sym::Len).is_some()
                    {
                        return None;
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// Is the value of builtin kind `k` (exact type)?
    pub fn kind_of(&self, v: Value) -> TypeKind {
        match self.heap.get(self.class_of(v)) {
            Obj::Class(c) => c.kind,
            _ => TypeKind::Object,
        }
    }
}

#[inline]
fn small_int(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

fn identity_hash(id: ObjId) -> u64 {
    (id.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 4
}

#[inline]
pub fn cmp_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Compare int `i` with float `x` exactly; returns the ordering of `i` relative to `x`.
fn cmp_float_int(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = x.floor();
    let fi = BigInt::from_f64_exact(fl);
    match i.cmp(&fi) {
        Ordering::Equal => {
            if x > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        use num_traits::FromPrimitive;
        BigInt::from_f64(f).unwrap_or_default()
    }
}

/// True division of big ints, correctly rounded as CPython's (round-half-even on a 55-bit
/// quotient with a sticky bit; results in the subnormal range may be off by one ulp).
fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if a.bits() <= 53 && b.bits() <= 53 {
        if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) {
            return Ok(x / y);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (ua, ub) = (a.abs(), b.abs());
    if ua.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Quotient scaled to 55..=56 bits: value = q * 2**(-shift).
    let shift = 55 - (ua.bits() as i64 - ub.bits() as i64);
    let (num, den) = if shift >= 0 {
        (ua << (shift as u64), ub)
    } else {
        (ua, ub << ((-shift) as u64))
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q |= BigInt::from(1);
    }
    let drop = q.bits() as i64 - 53;
    let mut exp = -shift;
    if drop > 0 {
        let mask = (BigInt::from(1) << (drop as u64)) - 1;
        let low = &q & &mask;
        q >>= drop as u64;
        let half = BigInt::from(1) << ((drop - 1) as u64);
        if low > half || (low == half && (&q & BigInt::from(1)) == BigInt::from(1)) {
            q += 1;
        }
        exp += drop;
    }
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    // f * 2**exp, in steps that stay finite.
    while exp > 0 {
        let step = exp.min(1000);
        f *= 2f64.powi(step as i32);
        exp -= step;
    }
    while exp < 0 {
        let step = (-exp).min(1000);
        f /= 2f64.powi(step as i32);
        exp += step;
    }
    if f.is_infinite() {
        return Err(PyErr::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// One remembered MRO lookup: `(class, name) -> found` (`Undef`: not found), valid while the
/// heap's class epoch equals `epoch`.
#[derive(Clone, Copy, Debug)]
pub struct AttrCacheEntry {
    cls: u32,
    name: u32,
    epoch: u32,
    found: Value,
}

const ATTR_CACHE_SIZE: usize = 1024;
/// Distinguishes hook lookups (`attr_hook`) from MRO lookups of the same name in cache keys.
const HOOK_BIT: u32 = 1 << 31;

/// A direct-mapped cache of MRO lookups, like CPython's type attribute cache. Instance
/// attribute access checks the class first (for properties), so without it every `self.x`
/// walks the whole MRO. Not part of snapshots: a restored VM starts with an empty cache.
/// Invalidation is wholesale: any change that could affect a class bumps the heap's class
/// epoch (see `Heap::class_epoch`), and entries from an older epoch never match.
pub struct AttrCache {
    entries: Box<[std::cell::Cell<AttrCacheEntry>]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        let empty = AttrCacheEntry {
            cls: u32::MAX,
            name: u32::MAX,
            epoch: 0,
            found: Value::Undef,
        };
        AttrCache {
            entries: (0..ATTR_CACHE_SIZE)
                .map(|_| std::cell::Cell::new(empty))
                .collect(),
        }
    }
}

impl AttrCache {
    #[inline]
    fn slot(&self, cls: ObjId, key: u32) -> &std::cell::Cell<AttrCacheEntry> {
        let h = (cls.0.wrapping_mul(0x9E37_79B1) ^ key.wrapping_mul(0x85EB_CA77)) >> 7;
        &self.entries[h as usize & (ATTR_CACHE_SIZE - 1)]
    }
}
