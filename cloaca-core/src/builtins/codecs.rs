//! The text codecs behind `str.encode`, `bytes.decode`, `str(b, enc)` and `bytes(s, enc)`:
//! UTF-8, ASCII and Latin-1 with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! (encoding only) `xmlcharrefreplace` error handlers, raising CPython's messages.

use crate::vm::exc::{ExcType, PyErr};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Look an encoding name up as CPython's `codecs.lookup` does (case and `-`/`_`/space
/// insensitive, with the common aliases).
pub fn lookup(name: &str) -> Result<Codec, PyErr> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "ibm819" | "csisolatin1" | "iso_8859_1_1987" => Ok(Codec::Latin1),
        _ => Err(PyErr::new(
            ExcType::LookupError,
            format!("unknown encoding: {name}"),
        )),
    }
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        ExcType::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(codec, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, PyErr> {
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let msg = if j - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        codec.name(),
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        codec.name(),
                        j - 1
                    )
                };
                return Err(PyErr::new(ExcType::UnicodeEncodeError, msg));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            other => return Err(unknown_handler(other)),
        }
        i += 1;
    }
    Ok(out)
}

/// `b.decode(codec, errors)`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<String, PyErr> {
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Latin1 => {
            out.extend(b.iter().map(|&x| x as char));
        }
        Codec::Ascii => {
            for (pos, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(PyErr::new(
                            ExcType::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte 0x{x:02x} in position {pos}: ordinal not in range(128)"
                            ),
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                    other => return Err(unknown_handler(other)),
                }
            }
        }
        Codec::Utf8 => {
            let mut rest = b;
            let mut base = 0usize;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY-free: the prefix was validated.
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let pos = base + good;
                        let byte = rest[good];
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        match errors {
                            "strict" => {
                                let reason = match e.error_len() {
                                    None => "unexpected end of data",
                                    Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => {
                                        "invalid start byte"
                                    }
                                    Some(_) => "invalid continuation byte",
                                };
                                let what = if bad > 1 {
                                    format!("bytes in position {pos}-{}", pos + bad - 1)
                                } else {
                                    format!("byte 0x{byte:02x} in position {pos}")
                                };
                                return Err(PyErr::new(
                                    ExcType::UnicodeDecodeError,
                                    format!("'utf-8' codec can't decode {what}: {reason}"),
                                ));
                            }
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for x in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{x:02x}"));
                                }
                            }
                            other => return Err(unknown_handler(other)),
                        }
                        rest = &rest[good + bad..];
                        base = pos + bad;
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The `(encoding, errors)` arguments of `encode` / `decode` / `str()` / `bytes()`: positional
/// from index `first`, or by keyword. `None` for an absent encoding.
pub fn codec_args(
    vm: &crate::vm::Vm,
    args: &crate::vm::call::Args,
    first: usize,
    what: &str,
) -> Result<(Codec, String), PyErr> {
    let get = |i: usize, name: &str| -> Result<Option<String>, PyErr> {
        let v = args
            .pos
            .get(first + i)
            .copied()
            .or_else(|| args.kwarg(vm, name));
        match v {
            None => Ok(None),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(PyErr::type_error(format!(
                    "{what}() argument '{name}' must be str, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let enc = get(0, "encoding")?;
    let errors = get(1, "errors")?.unwrap_or_else(|| "strict".to_string());
    let codec = match enc {
        Some(e) => lookup(&e)?,
        None => Codec::Utf8,
    };
    Ok((codec, errors))
}
