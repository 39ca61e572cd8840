//! A small, fast serde backend for CBOR (RFC 8949) over byte slices, used for snapshot bodies.
//!
//! It writes exactly the bytes `ciborium` writes for the same serde calls (shortest integer and
//! length heads, shortest lossless float, enums as `"variant"` or `{"variant": …}`, structs as
//! maps of field names, definite lengths whenever serde knows them), so the snapshot format does
//! not depend on which of the two produced a blob; a test checks the equivalence. Reading
//! accepts any well-formed CBOR the serde data model can express (definite and indefinite
//! lengths, every float width); tags are refused.
//!
//! Why not `ciborium` for the body: it reads through an `io::Read` one header at a time with a
//! generic decoder, and was most of the restore time of a runtime with thousands of parked
//! scripts. This reader works on the slice directly and borrows strings from it.
//!
//! Untrusted input: every read is bounds-checked, nesting is limited to [`MAX_DEPTH`], and the
//! length a collection announces is never used to allocate more than the bytes left in the input
//! could hold (each element takes at least one byte). Errors are values, never panics.

use serde::de::{self, DeserializeSeed, Visitor};
use serde::ser::{self, Serialize};
use std::fmt;

/// Deepest nesting of arrays, maps and enums accepted when reading (as `ciborium`'s default).
pub const MAX_DEPTH: u32 = 256;

/// A read or write failure (a message for the snapshot error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, Error>;

// ---------------------------------------------------------------------------------------------
// Writing

/// Serialize `v` as CBOR, appending to `out`.
pub fn to_writer<T: Serialize + ?Sized>(v: &T, out: &mut Vec<u8>) -> Result<()> {
    let mut ser = Ser {
        out: std::mem::take(out),
    };
    let r = v.serialize(&mut ser);
    *out = ser.out;
    r
}

/// Serialize `v` as CBOR.
#[cfg(test)]
pub fn to_vec<T: Serialize + ?Sized>(v: &T) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    to_writer(v, &mut out)?;
    Ok(out)
}

const BREAK: u8 = 0xff;

pub struct Ser {
    out: Vec<u8>,
}

impl Ser {
    #[inline]
    fn head(&mut self, major: u8, v: u64) {
        let m = major << 5;
        if v < 24 {
            self.out.push(m | v as u8);
        } else if v <= u8::MAX as u64 {
            self.out.extend_from_slice(&[m | 24, v as u8]);
        } else if v <= u16::MAX as u64 {
            self.out.push(m | 25);
            self.out.extend_from_slice(&(v as u16).to_be_bytes());
        } else if v <= u32::MAX as u64 {
            self.out.push(m | 26);
            self.out.extend_from_slice(&(v as u32).to_be_bytes());
        } else {
            self.out.push(m | 27);
            self.out.extend_from_slice(&v.to_be_bytes());
        }
    }

    #[inline]
    fn len_head(&mut self, major: u8, len: Option<usize>) {
        match len {
            Some(n) => self.head(major, n as u64),
            None => self.out.push(major << 5 | 31),
        }
    }

    #[inline]
    fn text(&mut self, s: &str) {
        self.head(3, s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }
}

/// An open array or map; `ending` when its length was unknown (closed with a break).
pub struct Coll<'s> {
    ser: &'s mut Ser,
    ending: bool,
}

impl<'s> ser::Serializer for &'s mut Ser {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Coll<'s>;
    type SerializeTuple = Self::SerializeSeq;
    type SerializeTupleStruct = Self::SerializeSeq;
    type SerializeTupleVariant = Self::SerializeSeq;
    type SerializeMap = Self::SerializeSeq;
    type SerializeStruct = Self::SerializeSeq;
    type SerializeStructVariant = Self::SerializeSeq;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.out.push(if v { 0xf5 } else { 0xf4 });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.serialize_i64(v as i64)
    }
    #[inline]
    fn serialize_i64(self, v: i64) -> Result<()> {
        if v < 0 {
            self.head(1, v as u64 ^ !0);
        } else {
            self.head(0, v as u64);
        }
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        match i64::try_from(v) {
            Ok(v) => self.serialize_i64(v),
            Err(_) => Err(Error("128-bit integers are not supported".into())),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.serialize_u64(v as u64)
    }
    #[inline]
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.head(0, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        match u64::try_from(v) {
            Ok(v) => self.serialize_u64(v),
            Err(_) => Err(Error("128-bit integers are not supported".into())),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        // The shortest width that gives back the same bits (as ciborium does).
        let h = half::f16::from_f64(v);
        let s = v as f32;
        if f64::from(h).to_bits() == v.to_bits() {
            self.out.push(0xf9);
            self.out.extend_from_slice(&h.to_be_bytes());
        } else if f64::from(s).to_bits() == v.to_bits() {
            self.out.push(0xfa);
            self.out.extend_from_slice(&s.to_be_bytes());
        } else {
            self.out.push(0xfb);
            self.out.extend_from_slice(&v.to_be_bytes());
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    #[inline]
    fn serialize_str(self, v: &str) -> Result<()> {
        self.text(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.head(2, v.len() as u64);
        self.out.extend_from_slice(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<()> {
        self.out.push(0xf6);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<()> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        self.text(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, v: &T) -> Result<()> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<()> {
        self.head(5, 1);
        self.text(variant);
        v.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.len_head(4, len);
        Ok(Coll {
            ser: self,
            ending: len.is_none(),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeSeq> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeSeq> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeSeq> {
        self.head(5, 1);
        self.text(variant);
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.len_head(5, len);
        Ok(Coll {
            ser: self,
            ending: len.is_none(),
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeSeq> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeSeq> {
        self.head(5, 1);
        self.text(variant);
        self.serialize_map(Some(len))
    }
    fn is_human_readable(&self) -> bool {
        false
    }
}

impl Coll<'_> {
    #[inline]
    fn elem<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        v.serialize(&mut *self.ser)
    }
    fn finish(self) -> Result<()> {
        if self.ending {
            self.ser.out.push(BREAK);
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Coll<'_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeTuple for Coll<'_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Coll<'_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Coll<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeMap for Coll<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> Result<()> {
        self.elem(k)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<()> {
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeStruct for Coll<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<()> {
        self.ser.text(key);
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Coll<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<()> {
        self.ser.text(key);
        self.elem(v)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Deserialize one CBOR item that must span all of `bytes`.
#[cfg(test)]
pub fn from_slice<'de, T: de::Deserialize<'de>>(bytes: &'de [u8]) -> Result<T> {
    let mut d = De::new(bytes);
    let v = T::deserialize(&mut d)?;
    d.finish()?;
    Ok(v)
}

pub struct De<'de> {
    buf: &'de [u8],
    pos: usize,
    depth: u32,
}

/// For readers that take a struct apart by hand (the snapshot body): position, raw bytes and
/// array heads.
impl<'de> De<'de> {
    pub fn new(buf: &'de [u8]) -> De<'de> {
        De {
            buf,
            pos: 0,
            depth: 0,
        }
    }

    /// Bytes read so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Whether the unread input starts with `prefix`.
    pub fn starts_with(&self, prefix: &[u8]) -> bool {
        self.buf[self.pos..].starts_with(prefix)
    }

    /// Skip `n` bytes already known to be one or more whole items (see [`De::starts_with`]).
    pub fn advance(&mut self, n: usize) -> Result<()> {
        self.take(n).map(|_| ())
    }

    /// The raw bytes between two positions.
    pub fn span(&self, from: usize, to: usize) -> &'de [u8] {
        &self.buf[from..to]
    }

    /// Read an array head of exactly `len` items (definite or indefinite); call
    /// [`De::end_array`] after reading them.
    pub fn array_head(&mut self, len: u64) -> Result<bool> {
        let at = self.pos;
        match self.head()? {
            Head::Array(Some(n)) if n == len => Ok(false),
            Head::Array(None) => Ok(true),
            _ => Err(Error(format!(
                "expected an array of {len} items at byte {at}"
            ))),
        }
    }

    /// Close an array opened with [`De::array_head`]; `indefinite` is what it returned.
    pub fn end_array(&mut self, indefinite: bool) -> Result<()> {
        if indefinite {
            if self.peek_byte()? != BREAK {
                return Err(Error(format!("array too long at byte {}", self.pos)));
            }
            self.pos += 1;
        }
        Ok(())
    }

    /// Go back to a position returned by [`De::pos`] (to read an item again another way).
    pub fn rewind(&mut self, pos: usize) {
        debug_assert!(pos <= self.pos);
        self.pos = pos.min(self.pos);
    }

    // Item readers for hand-written decoders. Each reads the next item only when it has the
    // asked-for shape (definite lengths, in range) and otherwise leaves the position where it
    // was and returns `None`, so the caller can fall back to serde for the same item, which
    // either accepts the other shape or reports the error.

    /// The next item's first byte, if any.
    #[inline]
    pub fn peek(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    /// An unsigned integer.
    #[inline]
    pub fn uint(&mut self) -> Option<u64> {
        let b = *self.buf.get(self.pos)?;
        if b <= 23 {
            self.pos += 1;
            return Some(b as u64);
        }
        self.try_item(|h| match h {
            Head::Uint(n) => Some(n),
            _ => None,
        })
    }

    /// An unsigned integer that fits in a `u32`.
    #[inline]
    pub fn u32(&mut self) -> Option<u32> {
        let at = self.pos;
        let n = self.uint()?;
        u32::try_from(n).ok().or_else(|| {
            self.pos = at;
            None
        })
    }

    /// An integer (either sign) that fits in an `i64`.
    #[inline]
    pub fn i64(&mut self) -> Option<i64> {
        self.try_item(|h| match h {
            Head::Uint(n) => i64::try_from(n).ok(),
            Head::Nint(n) => i64::try_from(n).ok().map(|n| -1 - n),
            _ => None,
        })
    }

    /// A float of any width.
    #[inline]
    pub fn float(&mut self) -> Option<f64> {
        self.try_item(|h| match h {
            Head::Float(f) => Some(f),
            _ => None,
        })
    }

    /// `null` (or `undefined`, which serde reads as none too).
    #[inline]
    pub fn null(&mut self) -> bool {
        if matches!(self.buf.get(self.pos), Some(0xf6 | 0xf7)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// A boolean.
    #[inline]
    pub fn bool(&mut self) -> Option<bool> {
        match self.buf.get(self.pos)? {
            0xf4 => {
                self.pos += 1;
                Some(false)
            }
            0xf5 => {
                self.pos += 1;
                Some(true)
            }
            _ => None,
        }
    }

    /// A definite-length text string (valid UTF-8), borrowed from the input.
    #[inline]
    pub fn text(&mut self) -> Option<&'de str> {
        let b = *self.buf.get(self.pos)?;
        if (0x60..=0x77).contains(&b) {
            // Short text, the length in the head byte: the common case.
            let start = self.pos + 1;
            let bytes = self.buf.get(start..start + (b - 0x60) as usize)?;
            let s = if bytes.is_ascii() {
                // SAFETY: ASCII is valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            } else {
                std::str::from_utf8(bytes).ok()?
            };
            self.pos = start + bytes.len();
            return Some(s);
        }
        let at = self.pos;
        let n = self.try_item(|h| match h {
            Head::Text(Some(n)) => usize::try_from(n).ok(),
            _ => None,
        })?;
        match self.take(n).ok().and_then(|b| std::str::from_utf8(b).ok()) {
            Some(s) => Some(s),
            None => {
                self.pos = at;
                None
            }
        }
    }

    /// The head of a definite-length array: its length. The caller reads the items.
    #[inline]
    pub fn array(&mut self) -> Option<u64> {
        let b = *self.buf.get(self.pos)?;
        if (0x80..=0x97).contains(&b) {
            self.pos += 1;
            return Some((b - 0x80) as u64);
        }
        self.try_item(|h| match h {
            Head::Array(Some(n)) => Some(n),
            _ => None,
        })
    }

    /// The head of a definite-length map: its number of entries.
    #[inline]
    pub fn map_head(&mut self) -> Option<u64> {
        let b = *self.buf.get(self.pos)?;
        if (0xa0..=0xb7).contains(&b) {
            self.pos += 1;
            return Some((b - 0xa0) as u64);
        }
        self.try_item(|h| match h {
            Head::Map(Some(n)) => Some(n),
            _ => None,
        })
    }

    /// How many items of at least one byte each the rest of the input could hold: the most a
    /// collection's announced length may preallocate.
    pub fn room(&self) -> usize {
        self.buf.len() - self.pos
    }

    #[inline]
    fn try_item<T>(&mut self, f: impl FnOnce(Head) -> Option<T>) -> Option<T> {
        let at = self.pos;
        match self.head().ok().and_then(f) {
            Some(v) => Some(v),
            None => {
                self.pos = at;
                None
            }
        }
    }

    /// Fail unless every byte was read.
    pub fn finish(&self) -> Result<()> {
        if self.pos != self.buf.len() {
            return Err(Error(format!(
                "{} unexpected bytes after the value",
                self.buf.len() - self.pos
            )));
        }
        Ok(())
    }
}

/// A decoded item head. Lengths are `None` for indefinite-length items.
#[derive(Clone, Copy, Debug)]
enum Head {
    Uint(u64),
    /// The value is `-1 - n`.
    Nint(u64),
    Bytes(Option<u64>),
    Text(Option<u64>),
    Array(Option<u64>),
    Map(Option<u64>),
    Tag,
    Bool(bool),
    Null,
    Float(f64),
    Break,
}

impl<'de> De<'de> {
    #[inline]
    fn eof(&self) -> Error {
        Error(format!("unexpected end of input at byte {}", self.pos))
    }

    #[inline]
    fn take(&mut self, n: usize) -> Result<&'de [u8]> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.eof())?;
        let s = self.buf.get(self.pos..end).ok_or_else(|| self.eof())?;
        self.pos = end;
        Ok(s)
    }

    #[inline]
    fn arg(&mut self, info: u8) -> Result<Option<u64>> {
        Ok(Some(match info {
            0..=23 => info as u64,
            24 => self.take(1)?[0] as u64,
            25 => u16::from_be_bytes(self.take(2)?.try_into().expect("2")) as u64,
            26 => u32::from_be_bytes(self.take(4)?.try_into().expect("4")) as u64,
            27 => u64::from_be_bytes(self.take(8)?.try_into().expect("8")),
            31 => return Ok(None),
            _ => return Err(Error(format!("reserved CBOR head at byte {}", self.pos))),
        }))
    }

    #[inline]
    fn head(&mut self) -> Result<Head> {
        let b = *self.buf.get(self.pos).ok_or_else(|| self.eof())?;
        self.pos += 1;
        let info = b & 31;
        let definite = |a: Option<u64>, pos: usize| {
            a.ok_or_else(|| Error(format!("indefinite length not allowed at byte {pos}")))
        };
        Ok(match b >> 5 {
            0 => Head::Uint(definite(self.arg(info)?, self.pos)?),
            1 => Head::Nint(definite(self.arg(info)?, self.pos)?),
            2 => Head::Bytes(self.arg(info)?),
            3 => Head::Text(self.arg(info)?),
            4 => Head::Array(self.arg(info)?),
            5 => Head::Map(self.arg(info)?),
            6 => {
                definite(self.arg(info)?, self.pos)?;
                Head::Tag
            }
            _ => match info {
                20 => Head::Bool(false),
                21 => Head::Bool(true),
                22 | 23 => Head::Null,
                25 => Head::Float(f64::from(half::f16::from_be_bytes(
                    self.take(2)?.try_into().expect("2"),
                ))),
                26 => Head::Float(f64::from(f32::from_be_bytes(
                    self.take(4)?.try_into().expect("4"),
                ))),
                27 => Head::Float(f64::from_be_bytes(self.take(8)?.try_into().expect("8"))),
                31 => Head::Break,
                _ => {
                    return Err(Error(format!(
                        "unsupported simple value at byte {}",
                        self.pos
                    )))
                }
            },
        })
    }

    #[inline]
    fn peek_byte(&self) -> Result<u8> {
        self.buf.get(self.pos).copied().ok_or_else(|| self.eof())
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error("nesting too deep".into()));
        }
        Ok(())
    }

    /// The bytes of a byte or text string (segments of an indefinite one joined).
    fn string_bytes(&mut self, major: u8, len: Option<u64>) -> Result<Cow<'de>> {
        match len {
            Some(n) => {
                let n = usize::try_from(n).map_err(|_| self.eof())?;
                Ok(Cow::Borrowed(self.take(n)?))
            }
            None => {
                let mut v = Vec::new();
                loop {
                    let at = self.pos;
                    match self.head()? {
                        Head::Break => break,
                        Head::Bytes(Some(n)) if major == 2 => v.extend_from_slice(
                            self.take(usize::try_from(n).unwrap_or(usize::MAX))?,
                        ),
                        Head::Text(Some(n)) if major == 3 => v.extend_from_slice(
                            self.take(usize::try_from(n).unwrap_or(usize::MAX))?,
                        ),
                        _ => return Err(Error(format!("bad string segment at byte {at}"))),
                    }
                }
                Ok(Cow::Owned(v))
            }
        }
    }

    fn utf8(b: &[u8]) -> Result<&str> {
        std::str::from_utf8(b).map_err(|_| Error("text is not valid UTF-8".into()))
    }

    /// Skip one item (for ignored values).
    fn skip(&mut self) -> Result<()> {
        let at = self.pos;
        match self.head()? {
            Head::Uint(_) | Head::Nint(_) | Head::Bool(_) | Head::Null | Head::Float(_) => Ok(()),
            Head::Bytes(l) => self.string_bytes(2, l).map(|_| ()),
            Head::Text(l) => self.string_bytes(3, l).map(|_| ()),
            Head::Array(l) | Head::Map(l) => {
                let per = if matches!(self.buf[at] >> 5, 5) { 2 } else { 1 };
                self.enter()?;
                match l {
                    Some(n) => {
                        for _ in 0..n.saturating_mul(per) {
                            self.skip()?;
                        }
                    }
                    None => {
                        while self.peek_byte()? != BREAK {
                            for _ in 0..per {
                                self.skip()?;
                            }
                        }
                        self.pos += 1;
                    }
                }
                self.depth -= 1;
                Ok(())
            }
            Head::Tag => Err(Error(format!("unexpected CBOR tag at byte {at}"))),
            Head::Break => Err(Error(format!("unexpected break at byte {at}"))),
        }
    }

    fn seq<V: Visitor<'de>>(&mut self, len: Option<u64>, visitor: V) -> Result<V::Value> {
        self.enter()?;
        let mut acc = Access {
            de: self,
            left: len,
        };
        let v = visitor.visit_seq(&mut acc)?;
        acc.end()?;
        self.depth -= 1;
        Ok(v)
    }

    fn map<V: Visitor<'de>>(&mut self, len: Option<u64>, visitor: V) -> Result<V::Value> {
        self.enter()?;
        let mut acc = Access {
            de: self,
            left: len.map(|n| n.saturating_mul(2)),
        };
        let v = visitor.visit_map(&mut acc)?;
        acc.end()?;
        self.depth -= 1;
        Ok(v)
    }
}

enum Cow<'de> {
    Borrowed(&'de [u8]),
    Owned(Vec<u8>),
}

/// Elements of an array or entries of a map (`left` counts items: two per map entry).
struct Access<'a, 'de> {
    de: &'a mut De<'de>,
    left: Option<u64>,
}

impl<'de> Access<'_, 'de> {
    /// Whether another item follows (consuming the break of an indefinite collection).
    #[inline]
    fn more(&mut self) -> Result<bool> {
        match &mut self.left {
            Some(0) => Ok(false),
            Some(n) => {
                *n -= 1;
                Ok(true)
            }
            None => {
                if self.de.peek_byte()? == BREAK {
                    self.de.pos += 1;
                    self.left = Some(0);
                    Ok(false)
                } else {
                    Ok(true)
                }
            }
        }
    }

    fn end(&mut self) -> Result<()> {
        if self.more()? {
            return Err(Error(format!(
                "collection has more items than expected at byte {}",
                self.de.pos
            )));
        }
        Ok(())
    }

    fn hint(&self) -> Option<usize> {
        // Never more than the input could hold: each item takes at least one byte.
        let room = self.de.buf.len() - self.de.pos;
        Some(match self.left {
            Some(n) => (n.min(room as u64)) as usize,
            None => 0,
        })
    }
}

impl<'de> de::SeqAccess<'de> for Access<'_, 'de> {
    type Error = Error;
    #[inline]
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.more()? {
            seed.deserialize(&mut *self.de).map(Some)
        } else {
            Ok(None)
        }
    }
    fn size_hint(&self) -> Option<usize> {
        self.hint()
    }
}

impl<'de> de::MapAccess<'de> for Access<'_, 'de> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.more()? {
            seed.deserialize(&mut *self.de).map(Some)
        } else {
            Ok(None)
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        if !self.more()? {
            return Err(Error("map key without a value".into()));
        }
        seed.deserialize(&mut *self.de)
    }
    fn size_hint(&self) -> Option<usize> {
        self.hint().map(|n| n / 2)
    }
}

impl<'de> de::Deserializer<'de> for &mut De<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let at = self.pos;
        match self.head()? {
            Head::Uint(n) => visitor.visit_u64(n),
            Head::Nint(n) => match i64::try_from(n) {
                Ok(n) => visitor.visit_i64(-1 - n),
                Err(_) => Err(Error(format!("integer out of range at byte {at}"))),
            },
            Head::Bytes(l) => match self.string_bytes(2, l)? {
                Cow::Borrowed(b) => visitor.visit_borrowed_bytes(b),
                Cow::Owned(b) => visitor.visit_byte_buf(b),
            },
            Head::Text(l) => match self.string_bytes(3, l)? {
                Cow::Borrowed(b) => visitor.visit_borrowed_str(De::utf8(b)?),
                Cow::Owned(b) => visitor.visit_string(
                    String::from_utf8(b).map_err(|_| Error("text is not valid UTF-8".into()))?,
                ),
            },
            Head::Array(l) => self.seq(l, visitor),
            Head::Map(l) => self.map(l, visitor),
            Head::Bool(b) => visitor.visit_bool(b),
            Head::Null => visitor.visit_none(),
            Head::Float(f) => visitor.visit_f64(f),
            Head::Tag => Err(Error(format!("unexpected CBOR tag at byte {at}"))),
            Head::Break => Err(Error(format!("unexpected break at byte {at}"))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek_byte()? {
            0xf6 | 0xf7 => {
                self.pos += 1;
                visitor.visit_none()
            }
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.head()? {
            Head::Null => visitor.visit_unit(),
            _ => Err(Error(format!("expected null before byte {}", self.pos))),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let at = self.pos;
        match self.head()? {
            Head::Text(l) => {
                let name = match self.string_bytes(3, l)? {
                    Cow::Borrowed(b) => De::utf8(b)?,
                    Cow::Owned(_) => return Err(Error(format!("bad enum variant at byte {at}"))),
                };
                visitor.visit_enum(de::value::BorrowedStrDeserializer::new(name))
            }
            Head::Map(Some(1)) => {
                self.enter()?;
                let v = visitor.visit_enum(&mut *self)?;
                self.depth -= 1;
                Ok(v)
            }
            _ => Err(Error(format!("expected an enum variant at byte {at}"))),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }

    fn is_human_readable(&self) -> bool {
        false
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf seq tuple tuple_struct map struct identifier
    }
}

impl<'de> de::EnumAccess<'de> for &mut De<'de> {
    type Error = Error;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let v = seed.deserialize(&mut *self)?;
        Ok((v, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut De<'de> {
    type Error = Error;
    fn unit_variant(self) -> Result<()> {
        de::Deserialize::deserialize(self)
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        de::Deserializer::deserialize_any(self, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    enum E {
        #[serde(rename = "u")]
        Unit,
        N(i64),
        T(u8, String),
        S {
            a: Option<u32>,
            b: Vec<f64>,
        },
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    struct S {
        x: u64,
        y: i32,
        s: String,
        #[serde(skip)]
        skipped: u8,
        e: Vec<E>,
        m: BTreeMap<String, (bool, Option<char>)>,
        b: serde_bytes_like::B,
        f: [f64; 6],
    }

    mod serde_bytes_like {
        use super::*;
        #[derive(Debug, PartialEq, Clone)]
        pub struct B(pub Vec<u8>);
        impl Serialize for B {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
        impl<'de> Deserialize<'de> for B {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<B, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = B;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("bytes")
                    }
                    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> std::result::Result<B, E> {
                        Ok(B(v.to_vec()))
                    }
                }
                d.deserialize_bytes(V)
            }
        }
    }

    fn sample() -> S {
        let mut m = BTreeMap::new();
        m.insert("k".to_string(), (true, Some('é')));
        m.insert("long key ".repeat(5), (false, None));
        S {
            x: u64::MAX,
            y: -70000,
            s: "hé".repeat(20),
            skipped: 0,
            e: vec![
                E::Unit,
                E::N(i64::MIN),
                E::N(23),
                E::N(-24),
                E::N(-25),
                E::T(255, String::new()),
                E::S {
                    a: Some(65536),
                    b: vec![],
                },
            ],
            m,
            b: serde_bytes_like::B((0..=255).collect()),
            f: [0.0, -0.0, 1.5, 0.1, f64::INFINITY, 65504.0 * 2.0],
        }
    }

    #[test]
    fn writes_what_ciborium_writes_and_reads_it_back() {
        let v = sample();
        let mut theirs = Vec::new();
        ciborium::into_writer(&v, &mut theirs).unwrap();
        let ours = to_vec(&v).unwrap();
        assert_eq!(ours, theirs);
        let back: S = from_slice(&ours).unwrap();
        assert_eq!(back, v);
        let nan = to_vec(&f64::NAN).unwrap();
        let mut theirs = Vec::new();
        ciborium::into_writer(&f64::NAN, &mut theirs).unwrap();
        assert_eq!(nan, theirs);
    }

    #[test]
    fn reads_indefinite_lengths_and_every_float_width() {
        // [_ 1, "a" (_ "b" "c"), {_ "k": 2.5 (f32)}, 1.0 (f16)]
        let bytes = [
            0x9f, 0x01, 0x7f, 0x61, b'b', 0x61, b'c', 0xff, 0xbf, 0x61, b'k', 0xfa, 0x40, 0x20, 0,
            0, 0xff, 0xf9, 0x3c, 0x00, 0xff,
        ];
        let v: (u8, String, BTreeMap<String, f64>, f64) = from_slice(&bytes).unwrap();
        assert_eq!(v.0, 1);
        assert_eq!(v.1, "bc");
        assert_eq!(v.2["k"], 2.5);
        assert_eq!(v.3, 1.0);
    }

    #[test]
    fn damaged_input_is_an_error_not_a_panic() {
        let good = to_vec(&sample()).unwrap();
        for n in 0..good.len() {
            assert!(from_slice::<S>(&good[..n]).is_err(), "truncated at {n}");
        }
        for i in 0..good.len() {
            for bit in [0x01, 0x10, 0x80] {
                let mut b = good.clone();
                b[i] ^= bit;
                let _ = from_slice::<S>(&b);
            }
        }
        // Huge announced lengths do not allocate: arrays, strings, maps.
        for bytes in [
            &[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff][..],
            &[0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff][..],
            &[0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff][..],
        ] {
            assert!(from_slice::<Vec<u64>>(bytes).is_err());
            assert!(from_slice::<String>(bytes).is_err());
            assert!(from_slice::<BTreeMap<u8, u8>>(bytes).is_err());
            assert!(from_slice::<de::IgnoredAny>(bytes).is_err());
        }
        // Deep nesting is refused before the stack runs out.
        let deep = vec![0x81u8; 100_000];
        assert!(from_slice::<de::IgnoredAny>(&deep).is_err());
        let deep_any = vec![0x81u8; 100_000];
        assert!(from_slice::<E>(&deep_any).is_err());
        // Trailing bytes, tags, reserved heads.
        assert!(from_slice::<u8>(&[0x01, 0x02]).is_err());
        assert!(from_slice::<u64>(&[0xc2, 0x41, 0x01]).is_err());
        assert!(from_slice::<u64>(&[0x1c]).is_err());
        assert!(from_slice::<Vec<u8>>(&[0x82, 0x01]).is_err());
        assert!(from_slice::<(u8,)>(&[0x82, 0x01, 0x02]).is_err());
    }
}
