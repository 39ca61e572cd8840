//! More `str` methods: searching with start/end, splitting from the right, partitioning,
//! padding, case predicates, `splitlines`, `expandtabs`, `translate` and friends. All indices are
//! in characters (code points), as in CPython.

use super::{arity, NativeDef, Owner};
use crate::builtins::seq::arg_int;
use crate::ntry;
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;

pub fn register(v: &mut Vec<NativeDef>) {
    use TypeKind as K;
    let defs: &[(&'static str, super::NativeFn)] = &[
        ("str.find", str_find),
        ("str.rfind", str_rfind),
        ("str.index", str_index),
        ("str.rindex", str_rindex),
        ("str.count", str_count),
        ("str.startswith", str_startswith),
        ("str.endswith", str_endswith),
        ("str.rsplit", str_rsplit),
        ("str.splitlines", str_splitlines),
        ("str.partition", str_partition),
        ("str.rpartition", str_rpartition),
        ("str.zfill", str_zfill),
        ("str.center", str_center),
        ("str.ljust", str_ljust),
        ("str.rjust", str_rjust),
        ("str.swapcase", str_swapcase),
        ("str.casefold", str_casefold),
        ("str.isupper", str_isupper),
        ("str.islower", str_islower),
        ("str.istitle", str_istitle),
        ("str.isalnum", str_isalnum),
        ("str.isdecimal", str_isdecimal),
        ("str.isnumeric", str_isnumeric),
        ("str.isidentifier", str_isidentifier),
        ("str.isascii", str_isascii),
        ("str.isprintable", str_isprintable),
        ("str.expandtabs", str_expandtabs),
        ("str.removeprefix", str_removeprefix),
        ("str.removesuffix", str_removesuffix),
        ("str.translate", str_translate),
    ];
    for (name, f) in defs {
        v.push(NativeDef {
            name,
            owner: Owner::Type(K::Str),
            f: *f,
        });
    }
    v.push(NativeDef {
        name: "str.maketrans",
        owner: Owner::TypeStatic(K::Str),
        f: str_maketrans,
    });
}

fn this(vm: &Vm, args: &Args, name: &str) -> Result<String, PyErr> {
    args.pos
        .first()
        .and_then(|v| vm.str_of_sub(*v))
        .map(|s| s.to_string())
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{}'",
                args.pos
                    .first()
                    .map(|v| vm.type_name(*v))
                    .unwrap_or_else(|| "NoneType".into())
            ))
        })
}

fn str_arg(vm: &Vm, v: Value, fname: &str) -> Result<String, PyErr> {
    vm.str_of_sub(v)
        .map(|s| s.to_string())
        .ok_or_else(|| PyErr::type_error(format!("{fname} must be str, not {}", vm.type_name(v))))
}

fn ret(vm: &mut Vm, s: String) -> NResult {
    NResult::Ok(vm.new_str(s))
}

/// Optional slice-style int argument (None = absent).
fn opt_index(vm: &Vm, v: Option<Value>) -> Result<Option<i64>, PyErr> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => arg_int(vm, x, "").map(Some).map_err(|_| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// CPython's ADJUST_INDICES: clamp (start, end) to [0, len].
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Find `sub` in `hay[start..end]` (char indices); returns the char index.
fn find_impl(hay: &[char], sub: &[char], start: i64, end: i64, rev: bool) -> i64 {
    let len = hay.len() as i64;
    if start > len || end - start < sub.len() as i64 {
        return -1;
    }
    let (s, e) = (start as usize, end as usize);
    let n = sub.len();
    if rev {
        let mut i = e - n;
        loop {
            if hay[i..i + n] == *sub {
                return i as i64;
            }
            if i == s {
                return -1;
            }
            i -= 1;
        }
    } else {
        for i in s..=e - n {
            if hay[i..i + n] == *sub {
                return i as i64;
            }
        }
        -1
    }
}

fn search(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> Result<i64, PyErr> {
    arity(name, args, 2, 4)?;
    if args.pos.len() == 2 {
        // Fast path without bounds: byte search, then convert the offset to characters.
        if let (Some(s), Some(sub)) = (vm.str_of_sub(args.pos[0]), vm.str_of_sub(args.pos[1])) {
            let found = if rev { s.rfind(sub) } else { s.find(sub) };
            return Ok(match found {
                Some(b) if s.is_char_boundary(b) => {
                    if s.len() == s.chars().count() {
                        b as i64
                    } else {
                        s[..b].chars().count() as i64
                    }
                }
                _ => -1,
            });
        }
    }
    let s = this(vm, args, name)?;
    let sub = vm
        .str_of(args.pos[1])
        .map(|x| x.to_string())
        .ok_or_else(|| {
            PyErr::type_error(format!("must be str, not {}", vm.type_name(args.pos[1])))
        })?;
    let hay = chars_of(&s);
    let sub = chars_of(&sub);
    let (st, en) = adjust(
        opt_index(vm, args.pos.get(2).copied())?,
        opt_index(vm, args.pos.get(3).copied())?,
        hay.len() as i64,
    );
    Ok(find_impl(&hay, &sub, st, en, rev))
}

fn str_find(vm: &mut Vm, args: Args) -> NResult {
    NResult::Ok(Value::Int(ntry!(search(vm, &args, "find", false))))
}
fn str_rfind(vm: &mut Vm, args: Args) -> NResult {
    NResult::Ok(Value::Int(ntry!(search(vm, &args, "rfind", true))))
}
fn str_index(vm: &mut Vm, args: Args) -> NResult {
    match ntry!(search(vm, &args, "index", false)) {
        -1 => NResult::Err(PyErr::value_error("substring not found")),
        i => NResult::Ok(Value::Int(i)),
    }
}
fn str_rindex(vm: &mut Vm, args: Args) -> NResult {
    match ntry!(search(vm, &args, "rindex", true)) {
        -1 => NResult::Err(PyErr::value_error("substring not found")),
        i => NResult::Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("count", &args, 2, 4));
    if args.pos.len() == 2 {
        if let (Some(s), Some(sub)) = (vm.str_of_sub(args.pos[0]), vm.str_of_sub(args.pos[1])) {
            let n = if sub.is_empty() {
                s.chars().count() + 1
            } else {
                s.matches(sub).count()
            };
            return NResult::Ok(Value::Int(n as i64));
        }
    }
    let s = ntry!(this(vm, &args, "count"));
    let Some(sub) = vm.str_of_sub(args.pos[1]).map(|x| x.to_string()) else {
        return NResult::Err(PyErr::type_error(format!(
            "must be str, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    let hay = chars_of(&s);
    let sub = chars_of(&sub);
    let (st, en) = adjust(
        ntry!(opt_index(vm, args.pos.get(2).copied())),
        ntry!(opt_index(vm, args.pos.get(3).copied())),
        hay.len() as i64,
    );
    if st > hay.len() as i64 || en < st {
        return NResult::Ok(Value::Int(0));
    }
    let (st, en) = (st as usize, en as usize);
    if sub.is_empty() {
        return NResult::Ok(Value::Int((en - st + 1) as i64));
    }
    let mut n = 0;
    let mut i = st;
    while i + sub.len() <= en {
        if hay[i..i + sub.len()] == *sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    NResult::Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, args: Args, start: bool) -> NResult {
    let name = if start { "startswith" } else { "endswith" };
    ntry!(arity(name, &args, 2, 4));
    if args.pos.len() == 2 {
        if let (Some(s), Some(p)) = (vm.str_of_sub(args.pos[0]), vm.str_of_sub(args.pos[1])) {
            return NResult::Ok(Value::Bool(if start {
                s.starts_with(p)
            } else {
                s.ends_with(p)
            }));
        }
    }
    let s = ntry!(this(vm, &args, name));
    let hay = chars_of(&s);
    let (st, en) = adjust(
        ntry!(opt_index(vm, args.pos.get(2).copied())),
        ntry!(opt_index(vm, args.pos.get(3).copied())),
        hay.len() as i64,
    );
    let arg = args.pos[1];
    let mut cands: Vec<String> = Vec::new();
    if let Some(p) = vm.str_of_sub(arg) {
        cands.push(p.to_string());
    } else if vm.kind_of(arg) == TypeKind::Tuple {
        for it in vm.tuple_items(arg) {
            match vm.str_of_sub(*it) {
                Some(p) => cands.push(p.to_string()),
                None => {
                    return NResult::Err(PyErr::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(*it)
                    )))
                }
            }
        }
    } else {
        return NResult::Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(arg)
        )));
    }
    if st > hay.len() as i64 {
        return NResult::Ok(Value::Bool(false));
    }
    for p in cands {
        let p = chars_of(&p);
        if en - st < p.len() as i64 {
            continue;
        }
        let (a, b) = (st as usize, en as usize);
        let ok = if start {
            hay[a..a + p.len()] == *p
        } else {
            hay[b - p.len()..b] == *p
        };
        if ok {
            return NResult::Ok(Value::Bool(true));
        }
    }
    NResult::Ok(Value::Bool(false))
}
fn str_startswith(vm: &mut Vm, args: Args) -> NResult {
    affix(vm, args, true)
}
fn str_endswith(vm: &mut Vm, args: Args) -> NResult {
    affix(vm, args, false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("rsplit", &args, 1, 3));
    let s = ntry!(this(vm, &args, "rsplit"));
    let sep = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "sep"))
        .filter(|v| !v.is_none());
    let maxsplit = args
        .pos
        .get(2)
        .copied()
        .or_else(|| args.kwarg(vm, "maxsplit"))
        .unwrap_or(Value::Int(-1));
    let maxsplit = ntry!(arg_int(vm, maxsplit, ""));
    let mut parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(crate::numfmt::py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(crate::numfmt::py_isspace)
                    .map(|b| b + rest[b..].chars().next().unwrap().len_utf8())
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(crate::numfmt::py_isspace);
            }
            out
        }
        Some(sv) => {
            let Some(sep) = vm.str_of_sub(sv).map(|x| x.to_string()) else {
                return NResult::Err(PyErr::type_error(format!(
                    "must be str or None, not {}",
                    vm.type_name(sv)
                )));
            };
            if sep.is_empty() {
                return NResult::Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(|x| x.to_string())
                    .collect()
            }
        }
    };
    parts.reverse();
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    NResult::Ok(vm.new_list(items))
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("splitlines", &args, 1, 2));
    let s = ntry!(this(vm, &args, "splitlines"));
    let keep = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "keepends"))
        .map(|v| vm.truthy_native(v).unwrap_or(true))
        .unwrap_or(false);
    let cs = chars_of(&s);
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < cs.len() {
        if is_linebreak(cs[i]) {
            let mut eol = i + 1;
            if cs[i] == '\r' && i + 1 < cs.len() && cs[i + 1] == '\n' {
                eol = i + 2;
            }
            let end = if keep { eol } else { i };
            out.push(cs[start..end].iter().collect::<String>());
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < cs.len() {
        out.push(cs[start..].iter().collect::<String>());
    }
    let items: Vec<Value> = out.into_iter().map(|p| vm.new_str(p)).collect();
    NResult::Ok(vm.new_list(items))
}

fn partition(vm: &mut Vm, args: Args, rev: bool) -> NResult {
    let name = if rev { "rpartition" } else { "partition" };
    ntry!(arity(name, &args, 2, 2));
    let s = ntry!(this(vm, &args, name));
    let Some(sep) = vm.str_of_sub(args.pos[1]).map(|x| x.to_string()) else {
        return NResult::Err(PyErr::type_error(format!(
            "must be str, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    if sep.is_empty() {
        return NResult::Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(b) => [
            s[..b].to_string(),
            sep.clone(),
            s[b + sep.len()..].to_string(),
        ],
        None if rev => [String::new(), String::new(), s],
        None => [s, String::new(), String::new()],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    NResult::Ok(vm.new_tuple(items))
}
fn str_partition(vm: &mut Vm, args: Args) -> NResult {
    partition(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> NResult {
    partition(vm, args, true)
}

fn str_zfill(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("zfill", &args, 2, 2));
    let s = ntry!(this(vm, &args, "zfill"));
    let w = ntry!(arg_int(vm, args.pos[1], ""));
    let n = s.chars().count() as i64;
    if w <= n {
        return ret(vm, s);
    }
    ntry!(vm.check_alloc(w as usize, 1));
    let fill = "0".repeat((w - n) as usize);
    let out = if s.starts_with('+') || s.starts_with('-') {
        format!("{}{}{}", &s[..1], fill, &s[1..])
    } else {
        format!("{fill}{s}")
    };
    ret(vm, out)
}

fn pad(vm: &mut Vm, args: Args, name: &str, how: u8) -> NResult {
    ntry!(arity(name, &args, 2, 3));
    let s = ntry!(this(vm, &args, name));
    let w = ntry!(arg_int(vm, args.pos[1], ""));
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(f) => {
            let Some(fs) = vm.str_of_sub(*f) else {
                return NResult::Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    vm.type_name(*f)
                )));
            };
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return NResult::Err(PyErr::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    let n = s.chars().count() as i64;
    if w <= n {
        return ret(vm, s);
    }
    ntry!(vm.check_alloc(w as usize, fill.len_utf8()));
    let marg = w - n;
    let (left, right) = match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & w & 1);
            (left, marg - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(&s);
    out.extend(std::iter::repeat_n(fill, right as usize));
    ret(vm, out)
}
fn str_center(vm: &mut Vm, args: Args) -> NResult {
    pad(vm, args, "center", b'c')
}
fn str_ljust(vm: &mut Vm, args: Args) -> NResult {
    pad(vm, args, "ljust", b'l')
}
fn str_rjust(vm: &mut Vm, args: Args) -> NResult {
    pad(vm, args, "rjust", b'r')
}

fn str_swapcase(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "swapcase"));
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    ret(vm, out)
}

fn str_casefold(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "casefold"));
    let out = s.to_lowercase().replace('ß', "ss");
    ret(vm, out)
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}'
            | '\u{1ffc}'
    )
}

fn bool_ret(b: bool) -> NResult {
    NResult::Ok(Value::Bool(b))
}

fn str_isupper(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "isupper"));
    bool_ret(s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c)))
}
fn str_islower(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "islower"));
    bool_ret(s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c)))
}
fn str_istitle(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "istitle"));
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return bool_ret(false);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return bool_ret(false);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    bool_ret(cased)
}

fn all_nonempty(vm: &Vm, args: &Args, name: &str, f: impl Fn(char) -> bool) -> NResult {
    let s = ntry!(this(vm, args, name));
    bool_ret(!s.is_empty() && s.chars().all(f))
}
fn is_decimal(c: char) -> bool {
    crate::numfmt::unicode_decimal(c).is_some()
}
fn str_isalnum(vm: &mut Vm, args: Args) -> NResult {
    all_nonempty(vm, &args, "isalnum", |c| c.is_alphanumeric())
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> NResult {
    all_nonempty(vm, &args, "isdecimal", is_decimal)
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> NResult {
    all_nonempty(vm, &args, "isnumeric", |c| c.is_numeric())
}
fn str_isascii(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "isascii"));
    bool_ret(s.is_ascii())
}
fn str_isprintable(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "isprintable"));
    bool_ret(s.chars().all(|c| {
        c == ' '
            || !(c.is_control()
                || c.is_whitespace()
                || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
    }))
}
fn str_isidentifier(vm: &mut Vm, args: Args) -> NResult {
    let s = ntry!(this(vm, &args, "isidentifier"));
    let mut it = s.chars();
    let ok = match it.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    bool_ret(ok)
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("expandtabs", &args, 1, 2));
    let s = ntry!(this(vm, &args, "expandtabs"));
    let ts = match args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg(vm, "tabsize"))
    {
        Some(v) => ntry!(arg_int(vm, v, "")),
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    ntry!(vm.check_alloc(out.len() + n as usize, 1));
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    ret(vm, out)
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("removeprefix", &args, 2, 2));
    let s = ntry!(this(vm, &args, "removeprefix"));
    let p = ntry!(str_arg(vm, args.pos[1], "removeprefix() argument"));
    let out = s.strip_prefix(p.as_str()).unwrap_or(&s).to_string();
    ret(vm, out)
}
fn str_removesuffix(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("removesuffix", &args, 2, 2));
    let s = ntry!(this(vm, &args, "removesuffix"));
    let p = ntry!(str_arg(vm, args.pos[1], "removesuffix() argument"));
    let out = s.strip_suffix(p.as_str()).unwrap_or(&s).to_string();
    ret(vm, out)
}

fn str_translate(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("translate", &args, 2, 2));
    let s = ntry!(this(vm, &args, "translate"));
    let table = args.pos[1];
    let Some(tid) = table
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Obj::Dict(_)))
    else {
        return NResult::Err(PyErr::type_error(
            "Cloaca's str.translate() needs a dict table (from str.maketrans)",
        ));
    };
    let mut out = String::new();
    for c in s.chars() {
        let got = ntry!(crate::builtins::seq::table_get(
            vm,
            tid,
            Value::Int(c as i64)
        ));
        match got {
            Ok(Some(Value::None)) => {}
            Ok(Some(v)) => {
                if let Some(r) = vm.str_of_sub(v) {
                    out.push_str(r);
                } else if let Value::Int(i) = v {
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return NResult::Err(PyErr::value_error(
                                "character mapping must be in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return NResult::Err(PyErr::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            _ => out.push(c),
        }
    }
    ret(vm, out)
}

fn str_maketrans(vm: &mut Vm, args: Args) -> NResult {
    ntry!(arity("maketrans", &args, 1, 3));
    let d = vm.new_dict();
    let did = d.as_obj().unwrap();
    if args.pos.len() == 1 {
        let src = args.pos[0];
        let Some(sid) = src
            .as_obj()
            .filter(|id| matches!(vm.heap.get(*id), Obj::Dict(_)))
        else {
            return NResult::Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = match vm.heap.get(sid) {
            Obj::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, v) in entries {
            let key = if let Some(ks) = vm.str_of_sub(k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return NResult::Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if let Value::Int(_) = k {
                k
            } else {
                return NResult::Err(PyErr::type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            ntry!(crate::builtins::seq::table_set(vm, did, key, v));
        }
        return NResult::Ok(d);
    }
    let x = ntry!(str_arg(vm, args.pos[0], "maketrans() argument 1"));
    let y = ntry!(str_arg(vm, args.pos[1], "maketrans() argument 2"));
    let (xc, yc) = (chars_of(&x), chars_of(&y));
    if xc.len() != yc.len() {
        return NResult::Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in xc.iter().zip(yc.iter()) {
        ntry!(crate::builtins::seq::table_set(
            vm,
            did,
            Value::Int(*a as i64),
            Value::Int(*b as i64)
        ));
    }
    if let Some(z) = args.pos.get(2) {
        let z = ntry!(str_arg(vm, *z, "maketrans() argument 3"));
        for c in z.chars() {
            ntry!(crate::builtins::seq::table_set(
                vm,
                did,
                Value::Int(c as i64),
                Value::None
            ));
        }
    }
    NResult::Ok(d)
}
