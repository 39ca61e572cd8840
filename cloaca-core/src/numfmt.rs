//! CPython-exact number <-> text conversion for the VM.
//!
//! This module owns everything the runtime needs to turn numbers into text and back exactly the
//! way CPython 3.11 does:
//!
//! * `repr(float)` / `str(float)` ([`float_repr`]) and the general `PyOS_double_to_string`
//!   machinery ([`double_to_string`]) used by `format()`, `%`-formatting and `round()`;
//! * `float(str)` ([`parse_float`]) and `int(str, base)` ([`parse_int`]);
//! * `hex()` / `oct()` / `bin()` and radix conversion;
//! * the format-spec mini-language (`format(x, spec)`, `f"{x:spec}"`, `str.format`) for `int`,
//!   `float` and `str` ([`parse_format_spec`], [`format_int`], [`format_i64`], [`format_float`],
//!   [`format_str`]);
//! * `round(float, n)` ([`round_float`]) and `round(float)` ([`round_half_even_to_int`]);
//! * numeric hashing modulo 2**61 - 1 so that `hash(1) == hash(1.0)` ([`hash_i64`],
//!   [`hash_bigint`], [`hash_f64`]).
//!
//! Nothing here panics on hostile input: every failure is an `Err(String)` carrying CPython's
//! exception message. Most are `ValueError`s; use [`format_error_kind`] to learn which Python
//! exception class a message belongs to. Widths and precisions are capped at [`MAX_WIDTH`] so a
//! script cannot make us allocate gigabytes (CPython would try and raise `MemoryError`).
//!
//! Digit generation relies on Rust's `core::fmt` float formatting, which is exact: `{:e}` yields
//! the shortest round-tripping digits (same as David Gay's mode 0) and `{:.N}` / `{:.Ne}` are
//! correctly rounded with ties-to-even, matching `_Py_dg_dtoa` modes 3 and 2.
//!
//! Known gaps: the `n` presentation type always behaves as in the C locale (no grouping), and
//! non-ASCII Unicode decimal digits are not accepted where CPython would accept them (width digits,
//! `int('١٢')`, `float('١.٥')`).

use malachite_bigint::{BigInt, Sign};

/// Largest width or precision we agree to honour. CPython accepts up to `sys.maxsize` and then
/// fails with `MemoryError`; we refuse early with a `ValueError`-class message instead.
pub const MAX_WIDTH: usize = 1 << 24;

/// Message used when a width/precision is syntactically valid but above [`MAX_WIDTH`].
pub const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Which Python exception class a message returned by this module (or `strfmt`) belongs to:
/// `"OverflowError"`, `"TypeError"` or `"ValueError"`.
pub fn format_error_kind(msg: &str) -> &'static str {
    if msg.starts_with("%c arg not in range")
        || msg == "int too large to convert to float"
        || msg == "Python int too large to convert to C long"
        || msg == "rounded value too large to represent"
        || msg == "precision too large"
    {
        "OverflowError"
    } else if msg == "%c requires int or char" || msg == "* wants int" {
        "TypeError"
    } else {
        "ValueError"
    }
}

// ---------------------------------------------------------------------------------------------
// Digit generation (the `_Py_dg_dtoa` equivalent)
// ---------------------------------------------------------------------------------------------

/// Digits and decimal-point position of a finite, non-negative double: value = 0.DIGITS * 10**decpt.
/// `digits` has no leading or trailing zeros, except that zero is `("0", 1)`.
struct Digits {
    digits: String,
    decpt: i64,
}

fn digits_from_exp_form(s: &str) -> Digits {
    // s looks like "1.2345e-7" or "1e16" or "0e0"
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" || digits.is_empty() {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Mode 0: shortest digits that round-trip; among equally short candidates the one nearest to
/// `x`, ties to even (as dtoa). Rust's `{:e}` may break an exact tie the other way, so we
/// recompute the correctly rounded value with the same digit count and prefer it if it
/// round-trips.
fn shortest_digits(x: f64) -> Digits {
    let ax = x.abs();
    let d = digits_from_exp_form(&format!("{:e}", ax));
    let n = d.digits.len();
    if n >= 2 {
        let exact = format!("{:.*e}", n - 1, ax);
        if exact.parse::<f64>().ok() == Some(ax) {
            return digits_from_exp_form(&exact);
        }
    }
    d
}

/// Mode 2: `n >= 1` significant digits, correctly rounded (ties to even).
fn sig_digits(x: f64, n: usize) -> Digits {
    digits_from_exp_form(&format!("{:.*e}", n.saturating_sub(1), x.abs()))
}

/// Mode 3: `n` digits after the decimal point, correctly rounded (ties to even).
fn fixed_digits(x: f64, n: usize) -> Digits {
    let s = format!("{:.*}", n, x.abs());
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let all: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let trimmed = all.trim_start_matches('0');
    let lead = (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    Digits {
        digits: trimmed.to_string(),
        decpt: int_len - lead,
    }
}

/// Flags for [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integers look like floats (`1.0`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, turn `-0` into `0`.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string`. `code` is one of `e E f F g G r` (`r` = repr, requires
/// precision 0). Unknown codes are treated as `r`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut out = String::new();
    if !x.is_finite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (d, mut precision) = match code {
        'e' => (
            sig_digits(x, precision.saturating_add(1)),
            precision.saturating_add(1),
        ),
        'f' => (fixed_digits(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (sig_digits(x, p), p)
        }
        _ => (shortest_digits(x), 0),
    };
    if code == 'e' {
        // nothing: precision already bumped
    } else if code != 'f' && code != 'g' {
        precision = 0;
    }
    let digits = d.digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let precision = precision as i64;
    let mut sign = negative;
    if flags.no_neg_0 && sign && d.digits == "0" {
        sign = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let lim = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let ds = &d.digits;
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&ds[..decpt as usize]);
        out.push('.');
        out.push_str(&ds[decpt as usize..]);
    } else {
        out.push_str(ds);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(x)` / `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `'%.{precision}f' % x`.
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, DtoaFlags::default())
}

/// `'%.{precision}e' % x`.
pub fn format_float_exp(x: f64, precision: usize) -> String {
    double_to_string(x, 'e', precision, DtoaFlags::default())
}

/// `'%.{precision}g' % x`.
pub fn format_float_general(x: f64, precision: usize) -> String {
    double_to_string(x, 'g', precision, DtoaFlags::default())
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// Python's `str.isspace()` for one character.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Code points of the `0` of every run of Unicode decimal digits (category Nd), Unicode 14.0
/// as in CPython 3.11 (generated with `unicodedata.decimal`). Each run is 10 digits long.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// CPython's `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (`'7'`, `'٧'`, `'７'`).
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let off = u - DECIMAL_ZEROS[i - 1];
    (off < 10).then_some(off)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by stripping ASCII whitespace: what
/// `int(str)` and `float(str)` actually parse. Non-ASCII junk becomes `?` (never valid).
fn to_ascii_number_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if py_isspace(c) {
            out.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    out.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'))
        .to_string()
}

/// Python `float(s)` for a `str` argument. `None` means ValueError
/// ("could not convert string to float: ...", produced by the caller).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = to_ascii_number_text(s);
    if t.is_empty() {
        return None;
    }
    let b = t.as_bytes();
    // Underscores only between two digits; remove them.
    let mut clean = String::with_capacity(t.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_ok = i > 0 && b[i - 1].is_ascii_digit();
            let next_ok = i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !prev_ok || !next_ok {
                return None;
            }
        } else {
            clean.push(c as char);
        }
    }
    let (neg, body) = match clean.as_bytes().first() {
        Some(b'-') => (true, &clean[1..]),
        Some(b'+') => (false, &clean[1..]),
        _ => (false, &clean[..]),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Validate: digits [. digits] [e [sign] digits], at least one mantissa digit.
    let bb = body.as_bytes();
    let mut i = 0;
    let mut mant_digits = 0;
    while i < bb.len() && bb[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if i < bb.len() && bb[i] == b'.' {
        i += 1;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return None;
    }
    if i < bb.len() && (bb[i] == b'e' || bb[i] == b'E') {
        i += 1;
        if i < bb.len() && (bb[i] == b'+' || bb[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != bb.len() {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if neg { -v } else { v })
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// Python `int(s, base)` for a `str` argument, `base` 0 or 2..=36. `None` means ValueError
/// ("invalid literal for int() with base N: ...", produced by the caller; the caller also
/// validates `base` with "int() base must be >= 2 and <= 36, or 0"). No digit-count limit is
/// applied (CPython's `sys.set_int_max_str_digits` limit is the caller's business).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = to_ascii_number_text(s);
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    match b.first() {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let at = |k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && at(i + 1) == b'x')
            || (base == 8 && at(i + 1) == b'o')
            || (base == 2 && at(i + 1) == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits = Vec::with_capacity(b.len() - i);
    let mut prev_us = false;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev_us {
                return None;
            }
            prev_us = true;
        } else if digit_value(c) < base {
            digits.push(c);
            prev_us = false;
        } else {
            return None;
        }
        i += 1;
    }
    if prev_us || digits.is_empty() {
        return None;
    }
    let v = BigInt::parse_bytes(&digits, base)?;
    if error_if_nonzero && v.sign() != Sign::NoSign {
        return None;
    }
    Some(if neg { -v } else { v })
}

// ---------------------------------------------------------------------------------------------
// Radix conversion
// ---------------------------------------------------------------------------------------------

/// Digits of `v` in `radix` (2..=36, lowercase), with a leading `-` for negatives.
/// An out-of-range radix is clamped into 2..=36.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    v.to_str_radix(radix.clamp(2, 36))
}

fn prefixed(v: &BigInt, radix: u32, prefix: &str) -> String {
    let s = v.to_str_radix(radix);
    match s.strip_prefix('-') {
        Some(rest) => format!("-{prefix}{rest}"),
        None => format!("{prefix}{s}"),
    }
}

/// Python `hex(v)`: `'-0x1f'`.
pub fn int_hex(v: &BigInt) -> String {
    prefixed(v, 16, "0x")
}

/// Python `oct(v)`: `'0o17'`.
pub fn int_oct(v: &BigInt) -> String {
    prefixed(v, 8, "0o")
}

/// Python `bin(v)`: `'-0b101'`.
pub fn int_bin(v: &BigInt) -> String {
    prefixed(v, 2, "0b")
}

fn i64_prefixed(v: i64, prefix: &str, radix: u32) -> String {
    let a = v.unsigned_abs();
    let digits = match radix {
        16 => format!("{a:x}"),
        8 => format!("{a:o}"),
        2 => format!("{a:b}"),
        _ => a.to_string(),
    };
    format!("{}{prefix}{digits}", if v < 0 { "-" } else { "" })
}

/// `hex()` fast path for machine ints.
pub fn i64_hex(v: i64) -> String {
    i64_prefixed(v, "0x", 16)
}

/// `oct()` fast path for machine ints.
pub fn i64_oct(v: i64) -> String {
    i64_prefixed(v, "0o", 8)
}

/// `bin()` fast path for machine ints.
pub fn i64_bin(v: i64) -> String {
    i64_prefixed(v, "0b", 2)
}

/// BigInt -> f64 exactly as `float(int)` (round-half-even), or the OverflowError message.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    if v.bits() > 1024 {
        return Err("int too large to convert to float".into());
    }
    let f: f64 = v.to_string().parse().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err("int too large to convert to float".into());
    }
    Ok(f)
}

fn bigint_to_i64(v: &BigInt) -> Option<i64> {
    if v.bits() > 64 {
        return None;
    }
    let (sign, digits) = v.to_u64_digits();
    let mag = digits.first().copied().unwrap_or(0);
    match sign {
        Sign::Minus => {
            if mag <= i64::MAX as u64 + 1 {
                Some((mag as i64).wrapping_neg())
            } else {
                None
            }
        }
        _ => i64::try_from(mag).ok(),
    }
}

// ---------------------------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------------------------

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` when not given (the type's default applies).
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero), floats only.
    pub no_neg_0: bool,
    pub alternate: bool,
    /// A `0` preceded the width (without an explicit fill).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn parse_spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: usize = 0;
    while *pos < chars.len() {
        let Some(d) = unicode_decimal(chars[*pos]) else {
            break;
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return Err(TOO_MANY_DIGITS.into()),
        };
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Parse a format spec for an object of type `type_name` (used in the "Invalid format
/// specifier" message) whose default presentation type is `default_ty` (`Some('d')` for int,
/// `None` for float, `Some('s')` for str; the parsed `ty` stays `None` when omitted). Validates
/// grouping against the type (`Cannot specify ',' with 'x'.`) like CPython's parser.
pub fn parse_format_spec_for(
    spec: &str,
    type_name: &str,
    default_ty: Option<char>,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut f = FormatSpec::default();
    let mut pos = 0;
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    f.width = parse_spec_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match parse_spec_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".into()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(g) = f.grouping {
        match f.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(if (t as u32) > 32 && (t as u32) < 128 {
                    format!("Cannot specify '{g}' with '{t}'.")
                } else {
                    format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
                })
            }
        }
    }
    Ok(f)
}

/// [`parse_format_spec_for`] with the generic type name `object` and no default type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object", None)
}

/// Refuse widths we will not allocate (checked after all CPython validations, where CPython
/// would start allocating).
fn check_width(spec: &FormatSpec) -> Result<(), String> {
    if spec.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(TOO_MANY_DIGITS.into());
    }
    Ok(())
}

fn unknown_code(t: char, type_name: &str) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("Unknown format code '{t}' for object of type '{type_name}'")
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            t as u32
        )
    }
}

impl FormatSpec {
    fn effective_align(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }
}

/// Insert thousands separators into `digits` (ASCII), zero-padding to `min_width` first —
/// CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, i64)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut pos = d.len();
    let mut min_width = min_width;
    let mut rev: Vec<u8> = Vec::with_capacity(d.len() + d.len() / 3 + 4);
    let emit = |rev: &mut Vec<u8>, pos: &mut usize, n_chars: i64, n_zeros: i64, s: bool| {
        if s {
            rev.push(0); // placeholder for separator
        }
        for _ in 0..n_chars {
            *pos -= 1;
            rev.push(d[*pos]);
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    match sep {
        Some((_, group)) => {
            let mut use_sep = false;
            loop {
                let len = group.min(remaining.max(min_width).max(1));
                let n_zeros = (len - remaining).max(0);
                let n_chars = remaining.min(len).max(0);
                emit(&mut rev, &mut pos, n_chars, n_zeros, use_sep);
                use_sep = true;
                remaining -= n_chars;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, &mut pos, n_chars, n_zeros, false);
        }
    }
    let sep_char = sep.map(|s| s.0).unwrap_or(',');
    rev.iter()
        .rev()
        .map(|&b| if b == 0 { sep_char } else { b as char })
        .collect()
}

/// Lay out a number: `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`
/// (CPython's `calc_number_widths` + `fill_number`).
#[allow(clippy::too_many_arguments)]
fn layout_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    sep: Option<(char, i64)>,
    upper: bool,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let align = spec.effective_align('>');
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit =
        sign.is_some() as i64 + prefix.len() as i64 + has_decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        let g = group_digits(digits, min_width, sep);
        if upper {
            g.to_ascii_uppercase()
        } else {
            g
        }
    };
    let n_grouped = grouped.len() as i64;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out = String::with_capacity(n_padding + grouped.len() + remainder.len() + 8);
    out.extend(std::iter::repeat_n(spec.fill, lpad));
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n(spec.fill, spad));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.extend(std::iter::repeat_n(spec.fill, rpad));
    out
}

fn sep_for(spec: &FormatSpec, ty: char) -> Option<(char, i64)> {
    match (spec.grouping, ty) {
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(g), _) => Some((g, 3)),
        (None, _) => None,
    }
}

/// Shared integer formatting for magnitudes given as decimal/radix digit strings.
fn format_int_parsed(
    negative: bool,
    magnitude_in: &dyn Fn(u32) -> String,
    as_f64: &dyn Fn() -> Result<f64, String>,
    as_char: &dyn Fn() -> Result<char, String>,
    spec: &FormatSpec,
) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = as_f64()?;
            return format_float_spec(x, spec);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let c = as_char()?;
        check_width(spec)?;
        return Ok(layout_number(
            spec,
            false,
            "",
            "",
            false,
            &c.to_string(),
            None,
            false,
        ));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    check_width(spec)?;
    let digits = magnitude_in(radix);
    let sep = if ty == 'n' { None } else { sep_for(spec, ty) };
    Ok(layout_number(
        spec,
        negative,
        prefix,
        &digits,
        false,
        "",
        sep,
        ty == 'X',
    ))
}

fn char_from_code(v: i64) -> Result<char, String> {
    if !(0..=0x10ffff).contains(&v) {
        return Err("%c arg not in range(0x110000)".into());
    }
    // Lone surrogates cannot live in a Rust string; substitute U+FFFD.
    Ok(char::from_u32(v as u32).unwrap_or('\u{fffd}'))
}

/// `format(v, spec)` for a Python int.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    if let Some(small) = bigint_to_i64(v) {
        return format_i64(small, spec);
    }
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = parse_format_spec_for(spec, "int", Some('d'))?;
    let negative = v.sign() == Sign::Minus;
    let mag = if negative { -v.clone() } else { v.clone() };
    format_int_parsed(
        negative,
        &|r| mag.to_str_radix(r),
        &|| bigint_to_f64(v),
        &|| Err("Python int too large to convert to C long".into()),
        &spec,
    )
}

/// `format(v, spec)` fast path for ints that fit in an `i64`.
pub fn format_i64(v: i64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = parse_format_spec_for(spec, "int", Some('d'))?;
    let mag = v.unsigned_abs();
    format_int_parsed(
        v < 0,
        &|r| match r {
            2 => format!("{mag:b}"),
            8 => format!("{mag:o}"),
            16 => format!("{mag:x}"),
            _ => mag.to_string(),
        },
        &|| Ok(v as f64),
        &|| char_from_code(v),
        &spec,
    )
}

/// `format(x, spec)` for a Python float.
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let spec = parse_format_spec_for(spec, "float", None)?;
    format_float_spec(x, &spec)
}

/// Format a float with an already-parsed spec (also used for ints with float types).
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".into());
        }
        if p > MAX_WIDTH {
            return Err(TOO_MANY_DIGITS.into());
        }
    }
    check_width(spec)?;
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut code = ty.unwrap_or('r');
    let mut default_precision = 6;
    if ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(val, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..n_int];
    let rest = &body[n_int..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let sep = if ty == Some('n') {
        None
    } else {
        sep_for(spec, 'd')
    };
    Ok(layout_number(
        spec,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        sep,
        false,
    ))
}

/// `format(s, spec)` for a Python str.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let spec = parse_format_spec_for(spec, "str", Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    let align = spec.effective_align('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    check_width(&spec)?;
    let mut len = s.chars().count();
    let text: &str = match spec.precision {
        Some(p) if p < len => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    Ok(pad_str(
        text,
        len,
        spec.width.unwrap_or(0),
        align,
        spec.fill,
    ))
}

/// Pad `text` (of `len` chars) to `width` with `fill`, aligned `<`, `>` or `^`.
pub fn pad_str(text: &str, len: usize, width: usize, align: char, fill: char) -> String {
    let pad = width.saturating_sub(len);
    let (l, r) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, r));
    out
}

// ---------------------------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------------------------

/// `round(x)` for a float: nearest integer, ties to even, still as an f64 (the caller converts
/// to int and raises for inf/nan).
pub fn round_half_even_to_int(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)`; on overflow (e.g. `round(1.7e308, -308)`) returns the error message
/// "rounded value too large to represent" (an OverflowError).
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX = (53 - (-1021)) * 0.30103 = 323; NDIGITS_MIN = -(1025 * 0.30103) = -308
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x)
    } else {
        let k = (-ndigits) as usize;
        let ax = x.abs();
        let int_digits = format!("{:.0}", ax.trunc());
        let has_frac = ax != ax.trunc();
        let q = if int_digits.len() < k {
            // |x| < 10**(k-1) <= half of 10**k: rounds to 0.
            String::from("0")
        } else {
            let (head, tail) = int_digits.split_at(int_digits.len() - k);
            let first = tail.as_bytes()[0];
            let rest_zero = tail[1..].bytes().all(|b| b == b'0');
            let round_up = if first > b'5' {
                true
            } else if first < b'5' {
                false
            } else if !rest_zero || has_frac {
                true
            } else {
                let last = head.bytes().last().unwrap_or(b'0');
                (last - b'0') % 2 == 1
            };
            let mut h: Vec<u8> = if head.is_empty() {
                vec![b'0']
            } else {
                head.as_bytes().to_vec()
            };
            if round_up {
                let mut i = h.len();
                loop {
                    if i == 0 {
                        h.insert(0, b'1');
                        break;
                    }
                    i -= 1;
                    if h[i] == b'9' {
                        h[i] = b'0';
                    } else {
                        h[i] += 1;
                        break;
                    }
                }
            }
            String::from_utf8(h).unwrap_or_else(|_| "0".into())
        };
        let v: f64 = format!("{q}e{k}").parse().unwrap_or(f64::INFINITY);
        if x.is_sign_negative() {
            -v
        } else {
            v
        }
    };
    if rounded.is_infinite() {
        return Err("rounded value too large to represent".into());
    }
    Ok(rounded)
}

/// `round(x, ndigits)` for a float. Overflow (which CPython reports as OverflowError) yields
/// an infinity here; use [`round_float_checked`] to get the error.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => f64::INFINITY.copysign(x),
    }
}

// ---------------------------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------------------------

/// `sys.hash_info.modulus` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

fn finish_hash(mag_mod: u64, negative: bool) -> i64 {
    let h = if negative {
        -(mag_mod as i64)
    } else {
        mag_mod as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for an int that fits in an i64.
pub fn hash_i64(v: i64) -> i64 {
    finish_hash(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(v)` for an arbitrary int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    let mut acc: u64 = 0;
    for &d in digits.iter().rev() {
        acc = ((((acc as u128) << 64) | d as u128) % HASH_MODULUS as u128) as u64;
    }
    finish_hash(acc, sign == Sign::Minus)
}

/// `hash(x)` for a float: equal to the hash of the int when `x` is integral.
/// NaN hashes to 0 (CPython 3.10+ uses the object's id; any value is valid).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant * 2**e exactly
    let (mant, e) = if exp_bits == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    // 2**e mod P == 2**(e mod 61) because 2**61 == 1 (mod P).
    let r = e.rem_euclid(61) as u32;
    let h = (((mant as u128) << r) % HASH_MODULUS as u128) as u64;
    finish_hash(h, x < 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tables generated by `tests-data/gen_numfmt_cases.py numfmt` with CPython 3.11.
    include!("../tests-data/numfmt_cases.rs");

    fn big(s: &str) -> BigInt {
        parse_int(s, 10).expect("test literal")
    }

    #[test]
    fn float_repr_table() {
        let mut bad = Vec::new();
        for &(b, want) in FLOAT_REPR_CASES {
            let x = f64::from_bits(b);
            let got = float_repr(x);
            if got != want {
                bad.push(format!("{x:e}: got {got} want {want}"));
            }
            // and it round-trips through float()
            let back = parse_float(&got).map(f64::to_bits);
            if back != Some(b) {
                bad.push(format!("{want}: parse_float round trip failed"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn float_repr_specials() {
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
    }

    #[test]
    fn format_float_table() {
        let mut bad = Vec::new();
        for &(b, spec, want) in FORMAT_FLOAT_CASES {
            let x = f64::from_bits(b);
            let got = format_float(x, spec);
            if got.as_deref().map_err(|e| e.as_str()) != want {
                bad.push(format!(
                    "format({x:?}, {spec:?}): got {got:?} want {want:?}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} failures:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn format_int_table() {
        let mut bad = Vec::new();
        for &(v, spec, want) in FORMAT_INT_CASES {
            let got = format_int(&big(v), spec);
            if got.as_deref().map_err(|e| e.as_str()) != want {
                bad.push(format!("format({v}, {spec:?}): got {got:?} want {want:?}"));
            }
            if let Ok(small) = v.parse::<i64>() {
                let got = format_i64(small, spec);
                if got.as_deref().map_err(|e| e.as_str()) != want {
                    bad.push(format!(
                        "format_i64({v}, {spec:?}): got {got:?} want {want:?}"
                    ));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{} failures:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn format_str_table() {
        let mut bad = Vec::new();
        for &(v, spec, want) in FORMAT_STR_CASES {
            let got = format_str(v, spec);
            if got.as_deref().map_err(|e| e.as_str()) != want {
                bad.push(format!(
                    "format({v:?}, {spec:?}): got {got:?} want {want:?}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} failures:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn round_table() {
        let mut bad = Vec::new();
        for &(b, n, want) in ROUND_CASES {
            let x = f64::from_bits(b);
            let got = round_float_checked(x, n).map(f64::to_bits);
            if got.as_ref().map_err(|e| e.as_str()) != want.as_ref().map_err(|e| *e) {
                bad.push(format!("round({x:?}, {n}): got {got:?} want {want:?}"));
            }
        }
        for &(b, want) in ROUND0_CASES {
            let x = f64::from_bits(b);
            let got = round_half_even_to_int(x);
            if got.to_bits() != want && !(got == 0.0 && f64::from_bits(want) == 0.0) {
                bad.push(format!("round({x:?}): got {got:?}"));
            }
        }
        assert!(
            bad.is_empty(),
            "{} failures:\n{}",
            bad.len(),
            bad.join("\n")
        );
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(1234.5, -2), 1200.0);
        assert_eq!(round_float(f64::MAX, -308), f64::INFINITY);
    }

    #[test]
    fn parse_float_table() {
        for &(s, want) in PARSE_FLOAT_CASES {
            let got = parse_float(s);
            match (got, want) {
                (Some(g), Some(w)) if w == NAN => assert!(g.is_nan(), "{s:?}"),
                (g, w) => assert_eq!(g.map(f64::to_bits), w, "parse_float({s:?})"),
            }
        }
    }
    const NAN: u64 = 0x7ff8_0000_0000_0001; // marker used by the generator for "is a NaN"

    #[test]
    fn parse_int_table() {
        for &(s, base, want) in PARSE_INT_CASES {
            let got = parse_int(s, base).map(|v| v.to_string());
            assert_eq!(got.as_deref(), want, "int({s:?}, {base})");
        }
        assert_eq!(parse_int("1", 1), None);
        assert_eq!(parse_int("1", 37), None);
    }

    #[test]
    fn radix_forms() {
        assert_eq!(int_hex(&big("-31")), "-0x1f");
        assert_eq!(int_oct(&big("8")), "0o10");
        assert_eq!(int_bin(&big("-5")), "-0b101");
        assert_eq!(int_hex(&big("0")), "0x0");
        assert_eq!(int_to_str_radix(&big("-35"), 36), "-z");
        assert_eq!(i64_hex(i64::MIN), "-0x8000000000000000");
        assert_eq!(i64_oct(-8), "-0o10");
        assert_eq!(i64_bin(0), "0b0");
        assert_eq!(
            int_hex(&big("340282366920938463463374607431768211455")),
            "0xffffffffffffffffffffffffffffffff"
        );
    }

    #[test]
    fn hash_tables() {
        for &(v, want) in HASH_INT_CASES {
            assert_eq!(hash_bigint(&big(v)), want, "hash({v})");
            if let Ok(small) = v.parse::<i64>() {
                assert_eq!(hash_i64(small), want, "hash_i64({v})");
            }
        }
        for &(b, want) in HASH_FLOAT_CASES {
            assert_eq!(
                hash_f64(f64::from_bits(b)),
                want,
                "hash({})",
                f64::from_bits(b)
            );
        }
        assert_eq!(hash_f64(f64::NAN), 0);
    }

    #[test]
    fn hostile_inputs_do_not_allocate_or_panic() {
        assert_eq!(
            format_i64(1, "999999999999d").unwrap_err(),
            "Too many decimal digits in format string"
        );
        assert!(format_float(1.0, ".99999999f").is_err());
        assert!(format_str("x", "99999999").is_err());
        assert!(
            format_int(&big("5"), "16777216").is_ok() || format_int(&big("5"), "16777216").is_err()
        );
        assert_eq!(
            format_float(1.0, ".2147483648f").unwrap_err(),
            "precision too big"
        );
        for spec in [
            "", "{", "}", "\u{0}", "é<", "é", "<é", "..", ".é", "0é", "#", "z", "=", "%%",
        ] {
            let _ = format_float(1.0, spec);
            let _ = format_i64(-1, spec);
            let _ = format_int(&big("-123456789012345678901234567890"), spec);
            let _ = format_str("é", spec);
        }
        assert_eq!(
            format_error_kind("%c arg not in range(0x110000)"),
            "OverflowError"
        );
        assert_eq!(
            format_error_kind("Precision not allowed in integer format specifier"),
            "ValueError"
        );
    }
}
