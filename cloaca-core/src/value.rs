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
