//! The value mapping across the C ABI: [`HostValue`] <-> plain CBOR (RFC 8949).
//!
//! | Python / `HostValue` | CBOR                                                        |
//! |----------------------|-------------------------------------------------------------|
//! | `None`               | `null` (simple value 22)                                    |
//! | `bool`               | `false` / `true`                                            |
//! | `int` (64-bit)       | unsigned / negative integer (major types 0 and 1)           |
//! | `float`              | float; written as double (`0xfb`), half and single accepted  |
//! | `str`                | text string (UTF-8)                                         |
//! | `bytes`              | byte string                                                 |
//! | `list`               | array                                                       |
//! | `tuple`              | tag [`CLOACA_CBOR_TAG_TUPLE`] wrapping an array             |
//! | `dict`               | map, pairs in insertion order                               |
//! | host handle          | tag [`CLOACA_CBOR_TAG_HANDLE`] wrapping an unsigned integer |
//!
//! Decoding never trusts its input: one complete item and nothing after it, nesting at most
//! [`CLOACA_CBOR_MAX_DEPTH`], lengths checked against the bytes left before anything is allocated,
//! indefinite-length strings / arrays / maps accepted, every other tag or simple value refused.

use cloaca_core::host::HostValue;

/// CBOR tag (0x636C0001) marking an array as a Python `tuple` (an untagged array is a `list`).
pub const CLOACA_CBOR_TAG_TUPLE: u64 = 0x636C_0001;
/// CBOR tag (0x636C0002) marking an unsigned integer as an opaque host handle.
pub const CLOACA_CBOR_TAG_HANDLE: u64 = 0x636C_0002;

/// Nesting limit for decoded CBOR values (the runtime's own limit for values crossing the
/// boundary).
pub const CLOACA_CBOR_MAX_DEPTH: usize = 64;

fn head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    if n < 24 {
        out.push(m | n as u8);
    } else if n <= 0xff {
        out.extend_from_slice(&[m | 24, n as u8]);
    } else if n <= 0xffff {
        out.push(m | 25);
        out.extend_from_slice(&(n as u16).to_be_bytes());
    } else if n <= 0xffff_ffff {
        out.push(m | 26);
        out.extend_from_slice(&(n as u32).to_be_bytes());
    } else {
        out.push(m | 27);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

/// Append the CBOR encoding of `v` to `out`.
pub fn encode_into(v: &HostValue, out: &mut Vec<u8>) {
    match v {
        HostValue::None => out.push(0xf6),
        HostValue::Bool(false) => out.push(0xf4),
        HostValue::Bool(true) => out.push(0xf5),
        HostValue::Int(i) if *i >= 0 => head(out, 0, *i as u64),
        HostValue::Int(i) => head(out, 1, !(*i as u64)),
        HostValue::Float(f) => {
            out.push(0xfb);
            out.extend_from_slice(&f.to_bits().to_be_bytes());
        }
        HostValue::Str(s) => {
            head(out, 3, s.len() as u64);
            out.extend_from_slice(s.as_bytes());
        }
        HostValue::Bytes(b) => {
            head(out, 2, b.len() as u64);
            out.extend_from_slice(b);
        }
        HostValue::List(xs) => encode_items(xs, out),
        HostValue::Tuple(xs) => {
            head(out, 6, CLOACA_CBOR_TAG_TUPLE);
            encode_items(xs, out);
        }
        HostValue::Dict(kv) => {
            head(out, 5, kv.len() as u64);
            for (k, v) in kv {
                encode_into(k, out);
                encode_into(v, out);
            }
        }
        HostValue::Handle(h) => {
            head(out, 6, CLOACA_CBOR_TAG_HANDLE);
            head(out, 0, *h);
        }
    }
}

fn encode_items(xs: &[HostValue], out: &mut Vec<u8>) {
    head(out, 4, xs.len() as u64);
    for x in xs {
        encode_into(x, out);
    }
}

/// The CBOR encoding of `v`.
pub fn encode(v: &HostValue) -> Vec<u8> {
    let mut out = Vec::new();
    encode_into(v, &mut out);
    out
}

/// A sequence of values encoded as one CBOR array (positional arguments).
pub fn encode_array(xs: &[HostValue]) -> Vec<u8> {
    let mut out = Vec::new();
    encode_items(xs, &mut out);
    out
}

/// Decode exactly one value occupying all of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<HostValue, String> {
    let mut d = Decoder { bytes, pos: 0 };
    let v = d.value(0)?;
    if d.pos != bytes.len() {
        return Err(format!(
            "invalid CBOR value: {} unexpected bytes after the value",
            bytes.len() - d.pos
        ));
    }
    Ok(v)
}

/// Decode a CBOR array (or tuple) of positional arguments; empty input means no arguments.
pub fn decode_args(bytes: &[u8]) -> Result<Vec<HostValue>, String> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    match decode(bytes)? {
        HostValue::List(xs) | HostValue::Tuple(xs) => Ok(xs),
        other => Err(format!(
            "arguments must be a CBOR array, got {}",
            type_name(&other)
        )),
    }
}

pub fn type_name(v: &HostValue) -> &'static str {
    match v {
        HostValue::None => "None",
        HostValue::Bool(_) => "bool",
        HostValue::Int(_) => "int",
        HostValue::Float(_) => "float",
        HostValue::Str(_) => "str",
        HostValue::Bytes(_) => "bytes",
        HostValue::List(_) => "list",
        HostValue::Tuple(_) => "tuple",
        HostValue::Dict(_) => "dict",
        HostValue::Handle(_) => "handle",
    }
}

struct Decoder<'a> {
    bytes: &'a [u8],
    pos: usize,
}

const BREAK: u8 = 0xff;

impl Decoder<'_> {
    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("invalid CBOR value at byte {}: {what}", self.pos))
    }

    fn byte(&mut self) -> Result<u8, String> {
        match self.bytes.get(self.pos) {
            Some(b) => {
                self.pos += 1;
                Ok(*b)
            }
            None => self.err("unexpected end of input"),
        }
    }

    fn take(&mut self, n: u64) -> Result<&[u8], String> {
        let left = (self.bytes.len() - self.pos) as u64;
        if n > left {
            return self.err("unexpected end of input");
        }
        let s = &self.bytes[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(s)
    }

    /// The argument of an item head with additional info `info` (`None` for indefinite length).
    fn arg(&mut self, info: u8) -> Result<Option<u64>, String> {
        Ok(Some(match info {
            0..=23 => info as u64,
            24 => self.byte()? as u64,
            25 => u16::from_be_bytes(self.take(2)?.try_into().unwrap()) as u64,
            26 => u32::from_be_bytes(self.take(4)?.try_into().unwrap()) as u64,
            27 => u64::from_be_bytes(self.take(8)?.try_into().unwrap()),
            31 => return Ok(None),
            _ => return self.err("reserved additional information"),
        }))
    }

    fn peek_break(&mut self) -> Result<bool, String> {
        match self.bytes.get(self.pos) {
            Some(&BREAK) => {
                self.pos += 1;
                Ok(true)
            }
            Some(_) => Ok(false),
            None => self.err("unexpected end of input"),
        }
    }

    /// A definite or indefinite byte / text string of major type `major`.
    fn string(&mut self, major: u8, len: Option<u64>) -> Result<Vec<u8>, String> {
        match len {
            Some(n) => Ok(self.take(n)?.to_vec()),
            None => {
                let mut out = Vec::new();
                while !self.peek_break()? {
                    let b = self.byte()?;
                    if b >> 5 != major {
                        return self.err("bad chunk in an indefinite-length string");
                    }
                    match self.arg(b & 0x1f)? {
                        Some(n) => out.extend_from_slice(self.take(n)?),
                        None => return self.err("nested indefinite-length string"),
                    }
                }
                Ok(out)
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<HostValue, String> {
        if depth > CLOACA_CBOR_MAX_DEPTH {
            return self.err("nested too deeply");
        }
        let b = self.byte()?;
        let (major, info) = (b >> 5, b & 0x1f);
        if major == 7 {
            return match info {
                20 => Ok(HostValue::Bool(false)),
                21 => Ok(HostValue::Bool(true)),
                22 => Ok(HostValue::None),
                25 => {
                    let h = u16::from_be_bytes(self.take(2)?.try_into().unwrap());
                    Ok(HostValue::Float(f16_to_f64(h)))
                }
                26 => {
                    let f = u32::from_be_bytes(self.take(4)?.try_into().unwrap());
                    Ok(HostValue::Float(f32::from_bits(f) as f64))
                }
                27 => {
                    let f = u64::from_be_bytes(self.take(8)?.try_into().unwrap());
                    Ok(HostValue::Float(f64::from_bits(f)))
                }
                31 => self.err("unexpected break"),
                _ => self.err("unsupported simple value (only false, true, null and floats)"),
            };
        }
        let arg = self.arg(info)?;
        match major {
            0 => {
                let n = arg.ok_or("indefinite integer").or_else(|e| self.err(e))?;
                i64::try_from(n)
                    .map(HostValue::Int)
                    .or_else(|_| self.err("integer out of the 64-bit signed range"))
            }
            1 => {
                let n = arg.ok_or("indefinite integer").or_else(|e| self.err(e))?;
                match i64::try_from(n) {
                    Ok(n) => Ok(HostValue::Int(-1 - n)),
                    Err(_) => self.err("integer out of the 64-bit signed range"),
                }
            }
            2 => Ok(HostValue::Bytes(self.string(2, arg)?)),
            3 => {
                let bytes = self.string(3, arg)?;
                String::from_utf8(bytes)
                    .map(HostValue::Str)
                    .or_else(|_| self.err("text string is not valid UTF-8"))
            }
            4 => Ok(HostValue::List(self.items(arg, depth)?)),
            5 => {
                let mut kv = Vec::new();
                match arg {
                    Some(n) => {
                        // Every key and value takes at least one byte.
                        if n > (self.bytes.len() - self.pos) as u64 / 2 {
                            return self.err("map longer than the input");
                        }
                        kv.reserve(n as usize);
                        for _ in 0..n {
                            let k = self.value(depth + 1)?;
                            let v = self.value(depth + 1)?;
                            kv.push((k, v));
                        }
                    }
                    None => {
                        while !self.peek_break()? {
                            let k = self.value(depth + 1)?;
                            let v = self.value(depth + 1)?;
                            kv.push((k, v));
                        }
                    }
                }
                Ok(HostValue::Dict(kv))
            }
            6 => match arg {
                Some(CLOACA_CBOR_TAG_TUPLE) => match self.value(depth + 1)? {
                    HostValue::List(xs) => Ok(HostValue::Tuple(xs)),
                    _ => self.err("the tuple tag must wrap an array"),
                },
                Some(CLOACA_CBOR_TAG_HANDLE) => {
                    let b = self.byte()?;
                    match (b >> 5, self.arg(b & 0x1f)?) {
                        (0, Some(h)) => Ok(HostValue::Handle(h)),
                        _ => self.err("the handle tag must wrap an unsigned integer"),
                    }
                }
                Some(t) => self.err(&format!("unsupported tag {t}")),
                None => self.err("indefinite tag"),
            },
            _ => unreachable!(),
        }
    }

    fn items(&mut self, len: Option<u64>, depth: usize) -> Result<Vec<HostValue>, String> {
        let mut xs = Vec::new();
        match len {
            Some(n) => {
                if n > (self.bytes.len() - self.pos) as u64 {
                    return self.err("array longer than the input");
                }
                xs.reserve(n as usize);
                for _ in 0..n {
                    xs.push(self.value(depth + 1)?);
                }
            }
            None => {
                while !self.peek_break()? {
                    xs.push(self.value(depth + 1)?);
                }
            }
        }
        Ok(xs)
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    let mag = match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    };
    sign * mag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kind() {
        let v = HostValue::Dict(vec![
            ("name".into(), "Ada".into()),
            (
                HostValue::Int(-3),
                HostValue::List(vec![1.5.into(), HostValue::None, HostValue::Int(i64::MIN)]),
            ),
            (
                "t".into(),
                HostValue::Tuple(vec![true.into(), HostValue::Handle(u64::MAX), false.into()]),
            ),
            ("b".into(), HostValue::Bytes(vec![0, 255])),
            ("big".into(), HostValue::Int(i64::MAX)),
            ("s".into(), HostValue::Str("é".repeat(300))),
        ]);
        assert_eq!(decode(&encode(&v)).unwrap(), v);
    }

    #[test]
    fn known_encodings() {
        assert_eq!(encode(&HostValue::Int(0)), [0x00]);
        assert_eq!(encode(&HostValue::Int(-1)), [0x20]);
        assert_eq!(encode(&HostValue::Int(500)), [0x19, 0x01, 0xf4]);
        assert_eq!(encode(&HostValue::from("a")), [0x61, b'a']);
        assert_eq!(encode(&HostValue::None), [0xf6]);
        assert_eq!(
            encode(&HostValue::Tuple(vec![])),
            [0xda, 0x63, 0x6c, 0x00, 0x01, 0x80]
        );
        // Half and single precision floats, indefinite-length arrays and strings decode.
        assert_eq!(decode(&[0xf9, 0x3e, 0x00]).unwrap(), HostValue::Float(1.5));
        assert_eq!(
            decode(&[0xfa, 0x3f, 0xc0, 0x00, 0x00]).unwrap(),
            HostValue::Float(1.5)
        );
        assert_eq!(
            decode(&[0x9f, 0x01, 0x7f, 0x61, b'a', 0x61, b'b', 0xff, 0xff]).unwrap(),
            HostValue::List(vec![HostValue::Int(1), "ab".into()])
        );
    }

    #[test]
    fn hostile_input_is_an_error() {
        for bad in [
            &[][..],
            &[0x01, 0x02],                                           // trailing bytes
            &[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // huge array
            &[0x7a, 0xff, 0xff, 0xff, 0xff],                         // long string
            &[0x62, 0xff, 0xfe],                                     // bad UTF-8
            &[0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // u64 max
            &[0xc2, 0x41, 0x01],                                     // bignum tag
            &[0xf7],                                                 // undefined
            &[0x9f, 0x01],                                           // unterminated
            &[0x1c],                                                 // reserved
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
        let mut deep = vec![0x81u8; 10_000];
        deep.push(0x01);
        assert!(decode(&deep).unwrap_err().contains("nested too deeply"));
    }
}
