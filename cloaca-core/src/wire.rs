//! Compact serde encodings of the core data types, used by snapshots (see
//! `docs/snapshot-format.md`). Kept in one place so the wire format is reviewable as a whole.
//!
//! CBOR through serde would otherwise spell out a field or variant name for every value; a parked
//! NPC script is a few dozen values, so the hot types get hand-written encodings:
//!
//! | type | encoding |
//! |------|----------|
//! | `Value::Obj(id)` | unsigned integer `id` |
//! | `Value::Int(i)` | one-element array `[i]` |
//! | `Value::Float(f)` | float |
//! | `Value::None` / `Bool` | null / bool |
//! | `Value::Undef` / `NotImplemented` / `Ellipsis` | text `"u"` / `"n"` / `"e"` |
//! | `PyStr` | text (hash and length are recomputed on load) |
//! | `Dict` | flat array `[stride, k, v, (hash,) k, v, (hash,) …]`; stride 3 keeps hashes |
//! | `NativeId`, `ContId` | the native's / continuation's name, so tables may grow |
//!
//! Deleted dict entries are kept (as `"u"` keys) so live iterators' positions stay valid.

use crate::dict::{Dict, Entry};
use crate::frame::ContId;
use crate::object::{NativeId, PyStr};
use crate::value::{ObjId, Value};
use serde::de::{self, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Obj(id) => s.serialize_u32(id.0),
            Value::Int(i) => {
                let mut seq = s.serialize_seq(Some(1))?;
                seq.serialize_element(&i)?;
                seq.end()
            }
            Value::Float(f) => s.serialize_f64(f),
            Value::None => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(b),
            Value::Undef => s.serialize_str("u"),
            Value::NotImplemented => s.serialize_str("n"),
            Value::Ellipsis => s.serialize_str("e"),
        }
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Cloaca value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        u32::try_from(v)
            .map(|id| Value::Obj(ObjId(id)))
            .map_err(|_| E::custom(format!("object id {v} out of range")))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        if v >= 0 {
            self.visit_u64(v as u64)
        } else {
            Err(E::custom("negative object id"))
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_f32<E: de::Error>(self, v: f32) -> Result<Value, E> {
        Ok(Value::Float(v as f64))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::None)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        match v {
            "u" => Ok(Value::Undef),
            "n" => Ok(Value::NotImplemented),
            "e" => Ok(Value::Ellipsis),
            _ => Err(E::custom(format!("unknown value marker {v:?}"))),
        }
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let i: i64 = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("empty int"))?;
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom("int with extra elements"));
        }
        Ok(Value::Int(i))
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

impl Serialize for PyStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PyStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PyStr, D::Error> {
        let s = String::deserialize(d)?;
        Ok(PyStr::new(s))
    }
}

impl Serialize for Dict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let entries = self.raw_entries();
        let stride = if self.keep_hashes { 3 } else { 2 };
        let mut seq = s.serialize_seq(Some(1 + entries.len() * stride))?;
        seq.serialize_element(&(stride as u8))?;
        for e in entries {
            seq.serialize_element(&e.key)?;
            seq.serialize_element(&e.value)?;
            if stride == 3 {
                seq.serialize_element(&e.hash)?;
            }
        }
        seq.end()
    }
}

struct DictVisitor;

impl<'de> Visitor<'de> for DictVisitor {
    type Value = Dict;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a dict table")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Dict, A::Error> {
        let stride: u8 = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("empty dict table"))?;
        if stride != 2 && stride != 3 {
            return Err(de::Error::custom(format!("bad dict stride {stride}")));
        }
        let mut entries = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024) / 2);
        while let Some(key) = seq.next_element::<Value>()? {
            let value: Value = seq
                .next_element()?
                .ok_or_else(|| de::Error::custom("dict entry without a value"))?;
            let hash = if stride == 3 {
                seq.next_element()?
                    .ok_or_else(|| de::Error::custom("dict entry without a hash"))?
            } else {
                0
            };
            entries.push(Entry { hash, key, value });
        }
        Ok(Dict::from_loaded(entries, stride == 3))
    }
}

impl<'de> Deserialize<'de> for Dict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Dict, D::Error> {
        d.deserialize_seq(DictVisitor)
    }
}

impl Serialize for NativeId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(crate::builtins::native_name(*self))
    }
}

impl<'de> Deserialize<'de> for NativeId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<NativeId, D::Error> {
        let name = String::deserialize(d)?;
        crate::builtins::native_by_name(&name)
            .ok_or_else(|| de::Error::custom(format!("unknown native function {name:?}")))
    }
}

impl Serialize for ContId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(crate::builtins::conts::name(*self))
    }
}

impl<'de> Deserialize<'de> for ContId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ContId, D::Error> {
        let name = String::deserialize(d)?;
        crate::builtins::conts::by_name(&name)
            .ok_or_else(|| de::Error::custom(format!("unknown continuation {name:?}")))
    }
}

thread_local! {
    /// Names read recently by [`shared_name`] (a handful: a save has few distinct ones).
    static NAMES: std::cell::RefCell<Vec<Arc<str>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many distinct recent names [`shared_name`] remembers.
const SHARED_NAMES: usize = 8;

/// Deserialize a task or host-call name, sharing one `Arc<str>` between equal names read on this
/// thread, as the runtime shares them in memory (ten thousand NPCs spawned from one function
/// have one name). Saves two allocations per name on restore; the encoding is plain text.
pub(crate) fn shared_name<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
    struct NameVisitor;
    impl<'de> Visitor<'de> for NameVisitor {
        type Value = Arc<str>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a name")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Arc<str>, E> {
            Ok(NAMES.with(|names| {
                let mut names = names.borrow_mut();
                if let Some(n) = names.iter().find(|n| &***n == v) {
                    return n.clone();
                }
                let n: Arc<str> = Arc::from(v);
                if names.len() >= SHARED_NAMES {
                    names.remove(0);
                }
                names.push(n.clone());
                n
            }))
        }
    }
    d.deserialize_str(NameVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round<T: Serialize + for<'de> Deserialize<'de>>(v: &T) -> (T, usize) {
        let mut buf = Vec::new();
        ciborium::into_writer(v, &mut buf).unwrap();
        (ciborium::from_reader(&buf[..]).unwrap(), buf.len())
    }

    #[test]
    fn values_round_trip_compactly() {
        let cases = [
            (Value::Obj(ObjId(5)), 1),
            (Value::Obj(ObjId(70000)), 5),
            (Value::Int(3), 2),
            (Value::Int(-1 << 40), 10),
            (Value::Float(1.5), 3),
            (Value::None, 1),
            (Value::Bool(true), 1),
            (Value::Undef, 2),
            (Value::NotImplemented, 2),
            (Value::Ellipsis, 2),
        ];
        for (v, size) in cases {
            let (back, n) = round(&v);
            assert!(back.is(v), "{v:?} came back as {back:?}");
            assert_eq!(n, size, "encoded size of {v:?}");
        }
        let (nan, _) = round(&Value::Float(f64::NAN));
        assert!(matches!(nan, Value::Float(f) if f.is_nan()));
    }

    #[test]
    fn bad_values_are_errors() {
        for bytes in [&[0x61, b'x'][..], &[0x80][..], &[0x3a, 0, 0, 0, 1][..]] {
            assert!(
                ciborium::from_reader::<Value, _>(bytes).is_err(),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn dict_keeps_order_deleted_slots_and_optional_hashes() {
        let mut d = Dict::new();
        d.push(11, Value::Int(1), Value::Int(10));
        d.push(22, Value::Int(2), Value::Int(20));
        d.push(33, Value::Int(3), Value::Int(30));
        d.remove_at(1);
        let (back, _) = round(&d);
        assert_eq!(back.slots(), 3);
        assert_eq!(back.len(), 2);
        assert!(back.entry(1).is_none());
        assert_eq!(
            back.raw_entries()[2].hash,
            0,
            "hashes are recomputed on load"
        );
        d.keep_hashes = true;
        let (back, _) = round(&d);
        assert_eq!(back.raw_entries()[2].hash, 33);
        assert!(back.keep_hashes);
    }

    #[test]
    fn equal_names_are_shared_on_load() {
        #[derive(serde::Deserialize)]
        struct N(#[serde(deserialize_with = "shared_name")] Arc<str>);
        let mut buf = Vec::new();
        ciborium::into_writer(&"npcs.npc", &mut buf).unwrap();
        let a: N = ciborium::from_reader(&buf[..]).unwrap();
        let b: N = ciborium::from_reader(&buf[..]).unwrap();
        assert_eq!(&*a.0, "npcs.npc");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        for i in 0..2 * SHARED_NAMES {
            let mut other = Vec::new();
            ciborium::into_writer(&format!("n{i}"), &mut other).unwrap();
            let n: N = ciborium::from_reader(&other[..]).unwrap();
            assert_eq!(&*n.0, format!("n{i}"));
        }
    }

    #[test]
    fn natives_travel_by_name() {
        let id = crate::builtins::native_by_name("len").unwrap();
        let mut buf = Vec::new();
        ciborium::into_writer(&id, &mut buf).unwrap();
        assert_eq!(&buf[1..], b"len");
        let unknown = {
            let mut b = Vec::new();
            ciborium::into_writer(&"no_such_native", &mut b).unwrap();
            b
        };
        assert!(ciborium::from_reader::<NativeId, _>(&unknown[..]).is_err());
    }
}
