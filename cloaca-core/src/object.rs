//! Heap object kinds: everything a [`Value::Obj`] can point at.
//!
//! Objects are plain data (serde), referring to each other only through [`ObjId`]s, so the arena
//! can be traced by the collector (`trace`) and written into a snapshot as is.

use crate::dict::Dict;
use crate::frame::Frame;
use crate::value::{ObjId, Value};
use malachite_bigint::BigInt;
use serde::{Deserialize, Serialize};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};

/// Index into the runtime's table of loaded code objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CodeId(pub u32);

/// Index into the static table of native (Rust) functions. Snapshots store the native's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NativeId(pub u16);

/// An immutable Python `str`. Its length in characters is computed at creation; its hash on
/// first use (most intermediate strings of string building are never hashed). Text of up to
/// [`PyStr::INLINE`] bytes is stored in the object itself (no allocation: most keys, words
/// and pieces of string building are that short), longer text in a box.
#[derive(Clone)]
pub struct PyStr {
    text: Text,
    /// `hash_str(text)`, or 0 until first asked for (see [`PyStr::hash`]).
    hash: std::cell::Cell<u64>,
}

#[derive(Clone)]
enum Text {
    /// `buf[..len]` is UTF-8 (copied from a `&str`).
    Inline {
        len: u8,
        char_len: u8,
        buf: [u8; PyStr::INLINE],
    },
    Boxed {
        s: Box<str>,
        char_len: u32,
    },
}

// A string and its cached hash fit an arena slot's payload (see `heap`).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<PyStr>() <= 32);

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    /// The longest text stored inline.
    pub const INLINE: usize = 21;

    pub fn new<S: AsRef<str> + Into<Box<str>>>(s: S) -> PyStr {
        let t = s.as_ref();
        let text = if t.len() <= Self::INLINE {
            let mut buf = [0u8; Self::INLINE];
            buf[..t.len()].copy_from_slice(t.as_bytes());
            Text::Inline {
                len: t.len() as u8,
                char_len: char_count(t) as u8,
                buf,
            }
        } else {
            let char_len = char_count(t) as u32;
            Text::Boxed {
                s: s.into(),
                char_len,
            }
        };
        PyStr {
            text,
            hash: std::cell::Cell::new(0),
        }
    }
    /// The concatenation of `parts` (walked twice: lengths, then text), built in place: no
    /// intermediate `String`, and no allocation at all when the result is short.
    pub fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> PyStr {
        let mut buf = [0u8; Self::INLINE];
        let mut at = 0;
        let mut ascii = true;
        for p in parts.clone() {
            let end = at + p.len();
            if end > Self::INLINE {
                let total: usize = parts.clone().map(str::len).sum();
                let mut s = String::with_capacity(total);
                parts.for_each(|p| s.push_str(p));
                return PyStr::new(s);
            }
            buf[at..end].copy_from_slice(p.as_bytes());
            ascii &= p.is_ascii();
            at = end;
        }
        let char_len = if ascii {
            at
        } else {
            // SAFETY: `buf[..at]` is a concatenation of whole `&str`s (written just above).
            char_count(unsafe { std::str::from_utf8_unchecked(&buf[..at]) })
        };
        PyStr {
            text: Text::Inline {
                len: at as u8,
                char_len: char_len as u8,
                buf,
            },
            hash: std::cell::Cell::new(0),
        }
    }
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline { len, buf, .. } => {
                // SAFETY: `buf[..len]` was copied from a `&str` whole (see `Text::Inline`).
                unsafe { std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize)) }
            }
            Text::Boxed { s, .. } => s,
        }
    }
    /// Length in characters (code points).
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.text {
            Text::Inline { char_len, .. } => *char_len as usize,
            Text::Boxed { char_len, .. } => *char_len as usize,
        }
    }
    /// The string's hash (`hash_str`), computed once.
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_str(self.as_str());
        self.hash.set(h);
        h
    }
    /// Whether two strings hold the same text (hashes compared first when both are known).
    #[inline]
    pub fn same_text(&self, other: &PyStr) -> bool {
        let (a, b) = (self.hash.get(), other.hash.get());
        if a != 0 && b != 0 && a != b {
            return false;
        }
        self.as_str() == other.as_str()
    }
    /// Recompute derived fields after deserialization.
    pub fn rehash(&mut self) {
        self.hash.set(0);
        if let Text::Boxed { s, char_len } = &mut self.text {
            *char_len = char_count(s) as u32;
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.as_str().len()
    }
}

impl std::ops::Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Deterministic string hash (FxHash-style over 8-byte words). Never randomized, so dict/set
/// layouts are identical across processes and snapshots.
pub fn hash_str(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = s.len() as u64;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    // Finalize (avoid -1 as a Python hash and spread the high bits).
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    // 0 marks "not computed yet" in `PyStr`.
    h.max(1)
}

/// A Python function object.
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Function {
    pub code: CodeId,
    pub name: std::sync::Arc<str>,
    pub qualname: std::sync::Arc<str>,
    /// The module's globals dict.
    pub globals: ObjId,
    /// Positional defaults (for the last `defaults.len()` positional parameters).
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: (name, value).
    pub kwdefaults: Vec<(String, Value)>,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    /// `__dict__` for function attributes (rare).
    pub attrs: Option<Dict>,
    pub doc: Value,
    /// Module name, for `__module__`.
    pub module: Value,
}

/// A builtin type's identity, for the native dispatch of constructors, `isinstance` fast paths
/// and instance layout (user subclasses of `Exception` carry [`ExcData`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Function,
    BuiltinFunction,
    Method,
    Range,
    Slice,
    Generator,
    Module,
    Cell,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Iterator,
    DictKeys,
    DictValues,
    DictItems,
    /// A task handle (`spawn`).
    Task,
    /// An opaque host object.
    HostHandle,
    /// `BaseException` and every class derived from it.
    Exception,
    /// A user-defined class (deriving from `object` only).
    User,
}

/// A class (builtin or user-defined).
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ObjId>,
    /// C3 linearization, starting with the class itself.
    pub mro: Vec<ObjId>,
    pub dict: Dict,
    /// The builtin type this class is, or the builtin layout its instances use.
    pub kind: TypeKind,
    /// True for builtin types (attributes cannot be set on them).
    pub builtin: bool,
}

/// Exception payload carried by instances of `BaseException` subclasses.
#[derive(Clone, Debug, Default, Serialize_tuple, Deserialize_tuple)]
pub struct ExcData {
    /// The `args` tuple.
    pub args: Value,
    /// Traceback entries in unwinding order (innermost first): (code, line).
    pub traceback: Vec<(CodeId, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// An instance of a user-defined class (or of an exception class).
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Instance {
    pub class: ObjId,
    pub attrs: Dict,
    pub exc: Option<Box<ExcData>>,
}

/// A generator object: a suspended frame plus its saved slots and value stack.
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Generator {
    pub name: std::sync::Arc<str>,
    pub qualname: std::sync::Arc<str>,
    /// The suspended frame (None while running or when finished).
    pub frame: Option<Frame>,
    /// The frame's local slots and value stack, saved while suspended.
    pub saved: Vec<Value>,
    pub state: GenState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A module object.
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Module {
    pub name: String,
    pub dict: ObjId,
}

/// Which part of a dict an iterator or view walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// Native iterator states.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum IterState {
    /// list / tuple / bytes by index.
    Seq {
        seq: ObjId,
        idx: usize,
    },
    /// str by byte position.
    Str {
        s: ObjId,
        pos: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// dict or set entries by entry index; `len` detects mutation during iteration.
    Dict {
        dict: ObjId,
        idx: usize,
        kind: ViewKind,
        len: usize,
    },
    /// `reversed(seq)` over list/tuple/str: `idx` counts the remaining items.
    Reversed {
        seq: ObjId,
        idx: usize,
    },
    /// `enumerate` over a native iterator.
    Enumerate {
        inner: ObjId,
        count: i64,
    },
    /// `zip` over native iterators.
    Zip {
        inners: Vec<ObjId>,
    },
    Empty,
}

/// A `slice` object, boxed in [`Obj::Slice`] (encoded exactly like the struct variant it
/// replaced: a map of the three field names).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A `property` object, boxed in [`Obj::Property`] like [`SliceObj`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
}

/// Every kind of heap object. Payloads above 32 bytes are boxed: an arena slot is as large as
/// the largest variant (40 bytes), and the collector and every object access stream through the
/// slots.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Obj {
    #[serde(rename = "s")]
    Str(PyStr),
    #[serde(rename = "I")]
    BigInt(#[serde(with = "bigint_serde")] Box<BigInt>),
    #[serde(rename = "b")]
    Bytes(Box<[u8]>),
    #[serde(rename = "l")]
    List(Vec<Value>),
    #[serde(rename = "t")]
    Tuple(Box<[Value]>),
    /// Boxed, like every payload above 32 bytes: an arena slot is as large as the largest
    /// variant, and the collector and every object access stream through the slots.
    #[serde(rename = "d")]
    Dict(Box<Dict>),
    /// `set` (frozen = false) or `frozenset` (frozen = true); values in the table are unused.
    #[serde(rename = "S")]
    Set { table: Box<Dict>, frozen: bool },
    #[serde(rename = "f")]
    Function(Box<Function>),
    /// A function or native bound to `self`.
    #[serde(rename = "m")]
    BoundMethod { func: Value, receiver: Value },
    #[serde(rename = "n")]
    Native(NativeId),
    #[serde(rename = "c")]
    Class(Box<Class>),
    #[serde(rename = "i")]
    Instance(Box<Instance>),
    #[serde(rename = "C")]
    Cell(Value),
    #[serde(rename = "g")]
    Generator(Box<Generator>),
    #[serde(rename = "M")]
    Module(Box<Module>),
    #[serde(rename = "r")]
    Range { start: i64, stop: i64, step: i64 },
    #[serde(rename = "x")]
    Slice(Box<SliceObj>),
    #[serde(rename = "it")]
    Iter(Box<IterState>),
    #[serde(rename = "p")]
    Property(Box<PropertyObj>),
    #[serde(rename = "sm")]
    StaticMethod(Value),
    #[serde(rename = "cm")]
    ClassMethod(Value),
    #[serde(rename = "su")]
    Super { class: ObjId, receiver: Value },
    #[serde(rename = "dv")]
    DictView { dict: ObjId, kind: ViewKind },
    /// A function the host registered by name; calling it makes a host call.
    #[serde(rename = "h")]
    HostFn(std::sync::Arc<str>),
    /// The script-side handle of a task (`spawn` returns one; `join` waits on it).
    #[serde(rename = "T")]
    TaskHandle(Box<TaskHandle>),
    /// An opaque host object that crossed the boundary as `HostValue::Handle`.
    #[serde(rename = "H")]
    HostHandle(u64),
}

/// A task handle: the task's id and, once it ended, its outcome (kept here so `join` works after
/// the scheduler forgot the task).
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct TaskHandle {
    pub id: u64,
    pub outcome: Outcome,
}

/// How a task ended.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Outcome {
    #[serde(rename = "r")]
    Running,
    #[serde(rename = "v")]
    Returned(Value),
    #[serde(rename = "x")]
    Raised(Value),
    #[serde(rename = "c")]
    Cancelled,
}

impl Obj {
    /// Call `f` on every value this object references (for the collector).
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) | Obj::Native(_) => {}
            Obj::HostFn(_) | Obj::HostHandle(_) => {}
            Obj::TaskHandle(t) => match t.outcome {
                Outcome::Returned(v) | Outcome::Raised(v) => f(v),
                Outcome::Running | Outcome::Cancelled => {}
            },
            Obj::Range { .. } => {}
            Obj::List(v) => v.iter().for_each(|x| f(*x)),
            Obj::Tuple(v) => v.iter().for_each(|x| f(*x)),
            Obj::Dict(d) => d.trace(f),
            Obj::Set { table, .. } => table.trace(f),
            Obj::Function(func) => {
                f(Value::Obj(func.globals));
                func.defaults.iter().for_each(|x| f(*x));
                func.kwdefaults.iter().for_each(|(_, x)| f(*x));
                func.closure.iter().for_each(|x| f(*x));
                if let Some(d) = &func.attrs {
                    d.trace(f);
                }
                f(func.doc);
                f(func.module);
            }
            Obj::BoundMethod { func, receiver } => {
                f(*func);
                f(*receiver);
            }
            Obj::Class(c) => {
                c.bases.iter().for_each(|b| f(Value::Obj(*b)));
                c.mro.iter().for_each(|b| f(Value::Obj(*b)));
                c.dict.trace(f);
            }
            Obj::Instance(inst) => {
                f(Value::Obj(inst.class));
                inst.attrs.trace(f);
                if let Some(e) = &inst.exc {
                    f(e.args);
                    f(e.cause);
                    f(e.context);
                }
            }
            Obj::Cell(v) => f(*v),
            Obj::Generator(g) => {
                g.saved.iter().for_each(|x| f(*x));
                if let Some(fr) = &g.frame {
                    fr.trace(f);
                }
            }
            Obj::Module(m) => f(Value::Obj(m.dict)),
            Obj::Slice(sl) => {
                let crate::object::SliceObj { start, stop, step } = &**sl;
                f(*start);
                f(*stop);
                f(*step);
            }
            Obj::Iter(it) => match &**it {
                IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(Value::Obj(*seq)),
                IterState::Str { s, .. } => f(Value::Obj(*s)),
                IterState::Dict { dict, .. } => f(Value::Obj(*dict)),
                IterState::Enumerate { inner, .. } => f(Value::Obj(*inner)),
                IterState::Zip { inners } => inners.iter().for_each(|i| f(Value::Obj(*i))),
                IterState::Range { .. } | IterState::Empty => {}
            },
            Obj::Property(pr) => {
                let crate::object::PropertyObj { fget, fset, fdel } = &**pr;
                f(*fget);
                f(*fset);
                f(*fdel);
            }
            Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Super { class, receiver } => {
                f(Value::Obj(*class));
                f(*receiver);
            }
            Obj::DictView { dict, .. } => f(Value::Obj(*dict)),
        }
    }

    /// Rough size in bytes beyond the arena slot, for memory limits and statistics.
    pub fn extra_bytes(&self) -> usize {
        match self {
            Obj::Str(s) => s.len(),
            Obj::BigInt(b) => (b.bits() / 8) as usize,
            Obj::Bytes(b) => b.len(),
            Obj::List(v) => v.capacity() * 16,
            Obj::Tuple(v) => v.len() * 16,
            Obj::Dict(d) | Obj::Set { table: d, .. } => d.approx_bytes(),
            Obj::Instance(i) => 64 + i.attrs.approx_bytes(),
            Obj::Class(c) => 128 + c.dict.approx_bytes(),
            Obj::Function(_) => 96,
            Obj::Generator(g) => 64 + g.saved.len() * 16,
            _ => 0,
        }
    }
}

/// Big ints serialize as little-endian two's-complement bytes.
mod bigint_serde {
    use malachite_bigint::BigInt;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(v: &BigInt, s: S) -> Result<S::Ok, S::Error> {
        serde_bytes_like(&v.to_signed_bytes_le()).serialize(s)
    }
    fn serde_bytes_like(b: &[u8]) -> serde_bytes_shim::Bytes<'_> {
        serde_bytes_shim::Bytes(b)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Box<BigInt>, D::Error> {
        let bytes = serde_bytes_shim::ByteBuf::deserialize(d)?;
        Ok(Box::new(BigInt::from_signed_bytes_le(&bytes.0)))
    }

    /// Minimal byte-string (de)serialization so CBOR stores a byte string, not an int array.
    mod serde_bytes_shim {
        use serde::de::{Error, Visitor};
        use serde::{Deserialize, Deserializer, Serialize, Serializer};
        pub struct Bytes<'a>(pub &'a [u8]);
        impl Serialize for Bytes<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
        pub struct ByteBuf(pub Vec<u8>);
        impl<'de> Deserialize<'de> for ByteBuf {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = ByteBuf;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a byte string")
                    }
                    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<ByteBuf, E> {
                        Ok(ByteBuf(v.to_vec()))
                    }
                    fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<ByteBuf, E> {
                        Ok(ByteBuf(v))
                    }
                    fn visit_seq<A: serde::de::SeqAccess<'de>>(
                        self,
                        mut seq: A,
                    ) -> Result<ByteBuf, A::Error> {
                        let mut out = Vec::new();
                        while let Some(b) = seq.next_element::<u8>()? {
                            out.push(b);
                        }
                        Ok(ByteBuf(out))
                    }
                }
                d.deserialize_byte_buf(V)
            }
        }
    }
}

// An arena slot is an `Option<Obj>`: keep it at 40 bytes on 64-bit targets (see `Obj`).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Option<Obj>>() == 40);

#[cfg(test)]
mod tests {
    use super::*;

    /// Text at, around and across the inline limit (ASCII and multi-byte), built directly and
    /// by `concat`, reads back whole, with its length in characters and the same hash.
    #[test]
    fn strings_inline_and_boxed_read_back_the_same() {
        let n = PyStr::INLINE;
        let cases = [
            String::new(),
            "a".repeat(n - 1),
            "a".repeat(n),
            "a".repeat(n + 1),
            format!("{}é", "a".repeat(n - 2)), // n + 1 bytes: boxed
            format!("{}é", "a".repeat(n - 3)), // n bytes: inline
            "ß€𝄞".repeat(3),
            "x".repeat(1000),
        ];
        for text in &cases {
            let direct = PyStr::new(text.as_str());
            let (a, b) = text.split_at(text.char_indices().nth(1).map_or(0, |(i, _)| i));
            let joined = PyStr::concat([a, "", b].into_iter());
            for s in [&direct, &joined] {
                assert_eq!(s.as_str(), text);
                assert_eq!(s.char_len(), text.chars().count(), "{text:?}");
                assert_eq!(s.is_ascii(), text.is_ascii());
                assert_eq!(s.hash(), hash_str(text));
            }
            assert!(direct.same_text(&joined));
            let mut r = direct.clone();
            r.rehash();
            assert_eq!(
                (r.as_str(), r.char_len()),
                (text.as_str(), direct.char_len())
            );
        }
    }

    /// `Slice` and `Property` were struct variants before their payloads were boxed: the
    /// encoding is unchanged, so snapshots written before load after.
    #[test]
    fn boxed_slice_and_property_keep_their_encoding() {
        #[derive(Serialize)]
        enum Before {
            #[serde(rename = "x")]
            Slice {
                start: Value,
                stop: Value,
                step: Value,
            },
            #[serde(rename = "p")]
            Property {
                fget: Value,
                fset: Value,
                fdel: Value,
            },
        }
        fn cbor<T: Serialize>(v: &T) -> Vec<u8> {
            let mut out = Vec::new();
            ciborium::into_writer(v, &mut out).unwrap();
            out
        }
        let (a, b, c) = (Value::Int(1), Value::None, Value::Obj(ObjId(9)));
        let old_slice = cbor(&Before::Slice {
            start: a,
            stop: b,
            step: c,
        });
        let old_prop = cbor(&Before::Property {
            fget: c,
            fset: b,
            fdel: a,
        });
        let new_slice = cbor(&Obj::Slice(Box::new(SliceObj {
            start: a,
            stop: b,
            step: c,
        })));
        let new_prop = cbor(&Obj::Property(Box::new(PropertyObj {
            fget: c,
            fset: b,
            fdel: a,
        })));
        assert_eq!(old_slice, new_slice);
        assert_eq!(old_prop, new_prop);
        let back: Obj = ciborium::from_reader(&old_slice[..]).unwrap();
        assert!(matches!(back, Obj::Slice(s) if s.start.is(a) && s.stop.is_none() && s.step.is(c)));
        let back: Obj = ciborium::from_reader(&old_prop[..]).unwrap();
        assert!(matches!(back, Obj::Property(p) if p.fget.is(c) && p.fdel.is(a)));
    }
}
