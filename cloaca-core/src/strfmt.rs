//! CPython-exact string formatting front ends: `printf`-style `%` formatting and the
//! `str.format` / f-string replacement-field parser.
//!
//! This module owns the *syntax* of both mini-languages and the per-conversion text production
//! of `%`-formatting. Object access (looking arguments up, calling `str()`/`repr()`/`__format__`)
//! is the VM's job; the number and spec formatting itself lives in [`crate::numfmt`].
//!
//! `%`-formatting: [`parse_percent`] splits a format into [`PercentPiece`]s; the VM walks them,
//! fetching one argument per `*` and one per conversion (see [`PercentSpec::args_needed`]),
//! converts the argument into a [`PercentArg`] and calls [`format_percent_arg`]. The VM raises
//! "not enough arguments for format string" / "not all arguments converted during string
//! formatting" (TypeErrors) from its own argument count ([`count_percent_args`]).
//!
//! `str.format`: [`parse_format_string`] yields literals and [`FormatPiece::Field`]s with the
//! automatic field numbering already resolved and nested replacement fields inside the spec kept
//! as pieces for the VM to substitute ([`FormatPiece::literal_spec`] is the fast path).
//!
//! Error-ordering caveat: syntax errors are reported before any argument is looked up, so when a
//! string has *both* a lookup error (KeyError/IndexError, wrong `%` argument count) and a later
//! syntax error, we may report a different error than CPython. Single errors match exactly.

use crate::numfmt::{self, DtoaFlags, MAX_WIDTH};
use malachite_bigint::{BigInt, Sign};

// ---------------------------------------------------------------------------------------------
// %-formatting
// ---------------------------------------------------------------------------------------------

/// A width or precision in a `%` conversion spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Num(usize),
    /// `*`: taken from the next positional argument (must be an int).
    Star,
}

/// `%` conversion flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// One `%[(key)][flags][width][.precision][hlL]conv` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(name)s`
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Width>,
    pub precision: Option<Width>,
    /// The conversion character, not yet validated: an unsupported one is reported by
    /// [`format_percent_arg`] (CPython fetches the argument first).
    pub conv: char,
    /// Character index of `conv` in the format string (for the error message).
    pub index: usize,
}

impl PercentSpec {
    /// Positional arguments this spec consumes: one per `*` plus the value itself.
    pub fn args_needed(&self) -> usize {
        1 + (self.width == Some(Width::Star)) as usize
            + (self.precision == Some(Width::Star)) as usize
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
}

/// Number of positional arguments a parsed `%` format consumes (ignoring `%(key)` specs'
/// values, which come from the mapping).
pub fn count_percent_args(pieces: &[PercentPiece]) -> usize {
    pieces
        .iter()
        .map(|p| match p {
            PercentPiece::Spec(s) if s.key.is_some() => s.args_needed() - 1,
            PercentPiece::Spec(s) => s.args_needed(),
            PercentPiece::Literal(_) => 0,
        })
        .sum()
}

/// True when any spec uses `%(key)`: the right operand must then be a mapping
/// (otherwise TypeError "format requires a mapping").
pub fn percent_uses_mapping(pieces: &[PercentPiece]) -> bool {
    pieces
        .iter()
        .any(|p| matches!(p, PercentPiece::Spec(s) if s.key.is_some()))
}

/// Parse a `%` format string.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < n {
        let c = chars[pos];
        if c != '%' {
            lit.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        // key
        let mut key = None;
        if pos < n && chars[pos] == '(' {
            pos += 1;
            let kstart = pos;
            let mut depth = 1;
            while pos < n {
                match chars[pos] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".into());
            }
            key = Some(chars[kstart..pos].iter().collect::<String>());
            pos += 1; // skip ')'
        }
        let mut flags = PercentFlags::default();
        while pos < n {
            match chars[pos] {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            pos += 1;
        }
        let mut width = None;
        if pos < n && chars[pos] == '*' {
            width = Some(Width::Star);
            pos += 1;
        } else if pos < n && chars[pos].is_ascii_digit() {
            let mut w: usize = 0;
            while pos < n && chars[pos].is_ascii_digit() {
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(chars[pos] as usize - '0' as usize))
                    .filter(|&w| w <= MAX_WIDTH)
                    .ok_or("width too big")?;
                pos += 1;
            }
            width = Some(Width::Num(w));
        }
        let mut precision = None;
        if pos < n && chars[pos] == '.' {
            pos += 1;
            if pos < n && chars[pos] == '*' {
                precision = Some(Width::Star);
                pos += 1;
            } else {
                let mut p: usize = 0;
                while pos < n && chars[pos].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(chars[pos] as usize - '0' as usize))
                        .filter(|&p| p <= MAX_WIDTH)
                        .ok_or("precision too big")?;
                    pos += 1;
                }
                precision = Some(Width::Num(p));
            }
        }
        if pos < n && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= n {
            return Err("incomplete format".into());
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv: chars[pos],
            index: pos,
        }));
        pos += 1;
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// An already-converted `%` argument.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArg {
    Int(BigInt),
    Float(f64),
    /// For `%s`/`%r`/`%a`: the `str()`/`repr()`/`ascii()` text; for `%c`: the 1-char string.
    Str(String),
}

fn unsupported(spec: &PercentSpec) -> String {
    let c = spec.conv;
    let shown = if (31..=126).contains(&(c as u32)) {
        c
    } else {
        '?'
    };
    format!(
        "unsupported format character '{shown}' (0x{:x}) at index {}",
        c as u32, spec.index
    )
}

fn type_name(arg: &PercentArg) -> &'static str {
    match arg {
        PercentArg::Int(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Str(_) => "str",
    }
}

/// `_PyUnicode_FormatLong`: digits with optional `0x`/`0o` prefix and precision zero-fill.
fn format_long(v: &BigInt, alt: bool, prec: Option<usize>, conv: char) -> String {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let negative = v.sign() == Sign::Minus;
    let s = v.to_str_radix(radix);
    let digits = s.strip_prefix('-').unwrap_or(&s);
    let mut out = String::with_capacity(digits.len() + 4 + prec.unwrap_or(0));
    if negative {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if let Some(p) = prec {
        for _ in digits.len()..p {
            out.push('0');
        }
    }
    out.push_str(digits);
    if conv == 'X' {
        out.make_ascii_uppercase();
    }
    out
}

fn float_to_bigint(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".into());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".into());
    }
    let s = format!("{:.0}", x.trunc());
    numfmt::parse_int(&s, 10).ok_or_else(|| "cannot convert float to integer".to_string())
}

/// Like [`format_percent_arg`] but takes the raw values of `*` width/precision arguments:
/// a negative width means left-justify, a negative precision means 0 (as CPython).
pub fn format_percent_arg_signed(
    spec: &PercentSpec,
    width: Option<i64>,
    prec: Option<i64>,
    arg: PercentArg,
) -> Result<String, String> {
    let mut spec2 = spec.clone();
    let width = match width {
        Some(w) if w < 0 => {
            spec2.flags.left = true;
            Some(w.unsigned_abs())
        }
        Some(w) => Some(w as u64),
        None => None,
    };
    let width = match width {
        Some(w) if w > MAX_WIDTH as u64 => return Err("width too big".into()),
        Some(w) => Some(w as usize),
        None => None,
    };
    let prec = match prec {
        Some(p) if p < 0 => Some(0),
        Some(p) if p as u64 > MAX_WIDTH as u64 => return Err("precision too big".into()),
        Some(p) => Some(p as usize),
        None => None,
    };
    format_percent_arg(&spec2, width, prec, arg)
}

/// Produce the text of one `%` conversion. `width` / `prec` are the effective values (from the
/// spec, or the VM-resolved `*` arguments; `None` = not given). Errors are CPython's messages;
/// see [`numfmt::format_error_kind`] for their exception classes.
pub fn format_percent_arg(
    spec: &PercentSpec,
    width: Option<usize>,
    prec: Option<usize>,
    arg: PercentArg,
) -> Result<String, String> {
    if width.is_some_and(|w| w > MAX_WIDTH) {
        return Err("width too big".into());
    }
    if prec.is_some_and(|p| p > MAX_WIDTH) {
        return Err("precision too big".into());
    }
    let conv = spec.conv;
    let flags = &spec.flags;
    let (text, numeric) = match conv {
        's' | 'r' | 'a' => match arg {
            PercentArg::Str(s) => (s, false),
            PercentArg::Int(v) => (v.to_string(), false),
            PercentArg::Float(x) => (numfmt::float_repr(x), false),
        },
        'c' => match arg {
            PercentArg::Str(s) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => (c.to_string(), false),
                    _ => return Err("%c requires int or char".into()),
                }
            }
            PercentArg::Int(v) => {
                let c = i64::try_from(v.to_string().parse::<i128>().unwrap_or(-1)).unwrap_or(-1);
                if !(0..=0x10ffff).contains(&c) {
                    return Err("%c arg not in range(0x110000)".into());
                }
                (
                    char::from_u32(c as u32).unwrap_or('\u{fffd}').to_string(),
                    false,
                )
            }
            PercentArg::Float(_) => return Err("%c requires int or char".into()),
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let v = match arg {
                PercentArg::Int(v) => v,
                PercentArg::Float(x) if matches!(conv, 'd' | 'i' | 'u') => float_to_bigint(x)?,
                other => {
                    return Err(if matches!(conv, 'd' | 'i' | 'u') {
                        format!(
                            "%{conv} format: a real number is required, not {}",
                            type_name(&other)
                        )
                    } else {
                        format!(
                            "%{conv} format: an integer is required, not {}",
                            type_name(&other)
                        )
                    })
                }
            };
            (format_long(&v, flags.alt, prec, conv), true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(v) => numfmt::bigint_to_f64(&v)?,
                PercentArg::Str(_) => return Err("must be real number, not str".into()),
            };
            let dflags = DtoaFlags {
                alt: flags.alt,
                ..DtoaFlags::default()
            };
            (
                numfmt::double_to_string(x, conv, prec.unwrap_or(6), dflags),
                true,
            )
        }
        _ => return Err(unsupported(spec)),
    };
    Ok(percent_output(&text, conv, flags, width, prec, numeric))
}

/// CPython's `unicode_format_arg_output`: sign, `0x`/`0o` prefix, padding and `%s` truncation.
fn percent_output(
    s: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    numeric: bool,
) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.blank)
    {
        return s.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut pindex = 0;
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if flags.sign => signchar = '+',
            _ if flags.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o') && len >= 2;
    if has_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if has_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------------------------

/// The argument a replacement field refers to. Automatic numbering (`{}`) is resolved by the
/// parser into `Index`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldArg {
    Index(usize),
    Name(String),
}

/// `.name` / `[int]` / `[key]` after the field's first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    Index(usize),
    Key(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    Literal(String),
    Field {
        arg: FieldArg,
        accessors: Vec<Accessor>,
        /// `r`, `s` or `a` (already validated).
        conversion: Option<char>,
        /// The format spec: literal text and nested replacement fields (whose own specs are
        /// always literal). Concatenate after substitution. Empty = no spec.
        spec: Vec<FormatPiece>,
    },
}

impl FormatPiece {
    /// For a `Field`: its spec as a plain string if it has no nested fields.
    pub fn literal_spec(&self) -> Option<String> {
        match self {
            FormatPiece::Field { spec, .. } => {
                let mut out = String::new();
                for p in spec {
                    match p {
                        FormatPiece::Literal(s) => out.push_str(s),
                        FormatPiece::Field { .. } => return None,
                    }
                }
                Some(out)
            }
            FormatPiece::Literal(_) => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// Parse a `str.format` format string (also usable for `format_map`).
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    parse_markup(&chars, 2, &mut auto)
}

fn push_literal(pieces: &mut Vec<FormatPiece>, text: &[char]) {
    if text.is_empty() {
        return;
    }
    if let Some(FormatPiece::Literal(s)) = pieces.last_mut() {
        s.extend(text);
    } else {
        pieces.push(FormatPiece::Literal(text.iter().collect()));
    }
}

/// `get_integer` from CPython's unicode_format.h: `Ok(None)` if not all ASCII digits.
fn field_integer(s: &[char]) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(c as usize - '0' as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| numfmt::TOO_MANY_DIGITS.to_string())?;
    }
    Ok(Some(acc))
}

fn parse_markup(
    chars: &[char],
    depth: i32,
    auto: &mut AutoNumber,
) -> Result<Vec<FormatPiece>, String> {
    if depth <= 0 {
        return Err("Max string recursion exceeded".into());
    }
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut pos = 0;
    while pos < n {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut lit_len = pos - start;
        if markup && c == '}' && (at_end || chars[pos] != '}') {
            return Err("Single '}' encountered in format string".into());
        }
        if markup && at_end && c == '{' {
            return Err("Single '{' encountered in format string".into());
        }
        if markup {
            if chars[pos] == c {
                pos += 1;
                markup = false;
            } else {
                lit_len -= 1;
            }
        }
        push_literal(&mut pieces, &chars[start..start + lit_len]);
        if !markup {
            continue;
        }
        // parse_field
        let fstart = pos;
        let mut c = '\0';
        while pos < n {
            c = chars[pos];
            pos += 1;
            match c {
                '{' => return Err("unexpected '{' in field name".into()),
                '[' => {
                    while pos < n && chars[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let fend = pos.saturating_sub(1).max(fstart);
        let mut conversion = None;
        let mut spec_range = None;
        let mut needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if pos >= n {
                    return Err("end of string while looking for conversion specifier".into());
                }
                conversion = Some(chars[pos]);
                pos += 1;
                if pos < n {
                    let c2 = chars[pos];
                    pos += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err("expected ':' after conversion specifier".into());
                    }
                }
            }
            if !done {
                let sstart = pos;
                let mut count = 1;
                let mut found = false;
                while pos < n {
                    let c3 = chars[pos];
                    pos += 1;
                    if c3 == '{' {
                        needs_expanding = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec_range = Some((sstart, pos - 1));
                            found = true;
                            break;
                        }
                    }
                }
                if !found {
                    return Err("unmatched '{' in format spec".into());
                }
            }
        } else if c != '}' {
            return Err("expected '}' before end of string".into());
        }

        // field_name_split
        let name = &chars[fstart..fend];
        let first_len = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_len];
        let first_idx = field_integer(first)?;
        let empty = first.is_empty();
        let numeric = empty || first_idx.is_some();
        if auto.state == AutoState::Init && numeric {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if numeric {
            if auto.state == AutoState::Manual && empty {
                return Err(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                );
            }
            if auto.state != AutoState::Manual && !empty {
                return Err(
                    "cannot switch from automatic field numbering to manual field specification"
                        .into(),
                );
            }
        }
        let arg = if empty {
            let i = auto.next;
            auto.next += 1;
            FieldArg::Index(i)
        } else if let Some(i) = first_idx {
            FieldArg::Index(i)
        } else {
            FieldArg::Name(first.iter().collect())
        };
        let rest = &name[first_len..];
        let mut accessors = Vec::new();
        let mut i = 0;
        while i < rest.len() {
            let c = rest[i];
            i += 1;
            let part: &[char];
            match c {
                '.' => {
                    let s = i;
                    while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                        i += 1;
                    }
                    part = &rest[s..i];
                    if part.is_empty() {
                        return Err("Empty attribute in format string".into());
                    }
                    accessors.push(Accessor::Attr(part.iter().collect()));
                }
                '[' => {
                    let s = i;
                    while i < rest.len() && rest[i] != ']' {
                        i += 1;
                    }
                    if i >= rest.len() {
                        return Err("Missing ']' in format string".into());
                    }
                    part = &rest[s..i];
                    i += 1;
                    if part.is_empty() {
                        return Err("Empty attribute in format string".into());
                    }
                    accessors.push(match field_integer(part)? {
                        Some(k) => Accessor::Index(k),
                        None => Accessor::Key(part.iter().collect()),
                    });
                }
                _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
            }
        }
        if let Some(conv) = conversion {
            if !matches!(conv, 'r' | 's' | 'a') {
                return Err(if (conv as u32) > 32 && (conv as u32) < 127 {
                    format!("Unknown conversion specifier {conv}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", conv as u32)
                });
            }
        }
        let spec = match spec_range {
            Some((a, b)) if needs_expanding => parse_markup(&chars[a..b], depth - 1, auto)?,
            Some((a, b)) if b > a => vec![FormatPiece::Literal(chars[a..b].iter().collect())],
            _ => Vec::new(),
        };
        pieces.push(FormatPiece::Field {
            arg,
            accessors,
            conversion,
            spec,
        });
    }
    Ok(pieces)
}
