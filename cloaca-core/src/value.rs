//! `Value`: the 16-byte, `Copy` representation of every Python value.
//!
//! Small immutable values live inline (None, bool, i64 ints, floats); everything else is an
//! [`ObjId`] — an index into the [`crate::heap::Heap`] arena. No `Rc`, no raw pointers: a value is
//! plain data, which is what makes whole-runtime snapshots possible.

use serde::{Deserialize, Serialize};

/// Index of an object in the heap arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ObjId(pub u32);

impl ObjId {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A Python value. Its snapshot encoding is in `wire`.
///
/// `repr(u64)` gives every variant its payload at offset 8 behind a full-word tag, so a `Value`
/// moves as two aligned words; the default layout put `Bool`'s payload at offset 1, and copies
/// became overlapping partial stores that stall store-to-load forwarding in the interpreter loop.
#[derive(Clone, Copy, Debug, Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local slot, or "NULL" in `LoadMethod`/`CallMethod`. Never
    /// visible to scripts.
    #[default]
    Undef,
    None,
    Bool(bool),
    /// The i64 fast path of Python `int`; results that overflow promote to a heap big int.
    Int(i64),
    Float(f64),
    /// `NotImplemented`, the binary-operator fallback signal.
    NotImplemented,
    /// `...`
    Ellipsis,
    Obj(ObjId),
}

/// `s[i]`, read as two 8-byte loads (tag word, payload word) instead of one 16-byte load.
///
/// The interpreter writes most fresh values (an `Int` result, a `Bool`) as two 8-byte stores;
/// a 16-byte load of such a slot straight afterwards cannot take its data from the store
/// buffer (store-to-load forwarding needs the load inside one store) and stalls until both
/// stores reach the cache — perf showed that stall as the hottest spot of `Return` and
/// `StoreFast`. Volatile keeps the compiler from fusing the two loads back into one.
#[inline(always)]
pub fn load_split(s: &[Value], i: usize) -> Value {
    assert!(i < s.len());
    // SAFETY: `i` is in bounds.
    unsafe { load_split_ptr(s.as_ptr().add(i)) }
}

/// [`load_split`] of the value at `p`.
///
/// # Safety
/// `p` must be valid for a read of one initialised `Value`.
#[inline(always)]
pub unsafe fn load_split_ptr(p: *const Value) -> Value {
    // A `Value` is two 8-byte words (`repr(u64)`, 16 bytes), read here as `MaybeUninit` (a
    // `Bool`'s payload word is partly padding) and reassembled into the same bytes, which form
    // the valid `Value` that was there.
    let w = p as *const std::mem::MaybeUninit<u64>;
    let words = [
        std::ptr::read_volatile(w),
        std::ptr::read_volatile(w.add(1)),
    ];
    std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(words)
}

/// Write `v` to `p` as two 8-byte stores, the counterpart of [`load_split`]: a value the
/// compiler holds as two words (or spilled as two words) is not reassembled through a 16-byte
/// stack temporary, whose load would stall on those two word stores.
///
/// # Safety
/// `p` must be valid for a write of one `Value`.
#[inline(always)]
pub unsafe fn store_split(p: *mut Value, v: Value) {
    let words = std::mem::transmute::<Value, [std::mem::MaybeUninit<u64>; 2]>(v);
    let w = p as *mut std::mem::MaybeUninit<u64>;
    std::ptr::write_volatile(w, words[0]);
    std::ptr::write_volatile(w.add(1), words[1]);
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    #[inline]
    pub fn is_undef(self) -> bool {
        matches!(self, Value::Undef)
    }
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }
    /// Identity (`is`).
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Undef, Value::Undef)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; treat equal inline ints as identical.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
impl From<ObjId> for Value {
    fn from(id: ObjId) -> Self {
        Value::Obj(id)
    }
}
