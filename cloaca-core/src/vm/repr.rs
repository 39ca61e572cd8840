//! `repr()` and `str()` of builtin values, computed natively.
//!
//! `repr_fast`/`str_fast` answer `None` when some object in the value needs a Python-level
//! `__repr__`/`__str__`; the caller then takes the resumable slow path (the prelude).

use crate::object::{Obj, ViewKind};
use crate::value::Value;
use crate::vm::{Sym, Vm};

/// Python's `repr(float)`.
pub fn float_repr(f: f64) -> String {
    crate::numfmt::float_repr(f)
}

/// Python's `repr(str)`: single quotes unless the text contains `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Approximation of `str.isprintable` for repr purposes.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if (0x2028..=0x2029).contains(&u)
        || (0xd800..=0xdfff).contains(&u)
        || (0xfff0..=0xfff8).contains(&u)
    {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    !matches!(u, 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xe000..=0xf8ff)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// `repr(v)` if it can be computed without running Python code.
    pub fn repr_fast(&self, v: Value) -> Option<String> {
        let mut out = String::new();
        let mut stack = Vec::new();
        if self.repr_into(v, &mut out, &mut stack) {
            Some(out)
        } else {
            None
        }
    }

    /// `str(v)` if it can be computed without running Python code.
    pub fn str_fast(&self, v: Value) -> Option<String> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Obj::Str(s) => return Some(s.as_str().to_string()),
                Obj::Instance(inst) => {
                    if self.user_dunder(v, Sym::Str).is_some() {
                        return None;
                    }
                    if let Some(e) = &inst.exc {
                        if self.user_dunder(v, Sym::Repr).is_some()
                            && self.user_dunder(v, Sym::Str).is_none()
                        {
                            return None;
                        }
                        let items = self.tuple_items(e.args);
                        return match items.len() {
                            0 => Some(String::new()),
                            1 => {
                                if self.class_of(v)
                                    == self.types.exc(crate::vm::exc::ExcType::KeyError)
                                    || self.is_subclass(
                                        self.class_of(v),
                                        self.types.exc(crate::vm::exc::ExcType::KeyError),
                                    )
                                {
                                    self.repr_fast(items[0])
                                } else {
                                    self.str_fast(items[0])
                                }
                            }
                            _ => self.repr_fast(e.args),
                        };
                    }
                }
                _ => {}
            }
        }
        self.repr_fast(v)
    }

    /// Best-effort repr that never needs Python (user `__repr__` is ignored). For diagnostics.
    pub fn repr_native(&self, v: Value) -> String {
        self.repr_fast(v).unwrap_or_else(|| self.default_repr(v))
    }

    /// Best-effort str that never needs Python. For diagnostics.
    pub fn str_native(&self, v: Value) -> String {
        self.str_fast(v).unwrap_or_else(|| self.default_repr(v))
    }

    /// `<__main__.Foo object at 0x...>`
    pub fn default_repr(&self, v: Value) -> String {
        let cls = self.class_of(v);
        let (name, module) = match self.heap.get(cls) {
            Obj::Class(c) => (c.qualname.clone(), c.module.clone()),
            _ => ("object".into(), String::new()),
        };
        let addr = match v {
            Value::Obj(id) => 0x7f00_0000_0000u64 + id.0 as u64 * 16,
            _ => 0,
        };
        if module.is_empty() || module == "builtins" {
            format!("<{name} object at {addr:#x}>")
        } else {
            format!("<{module}.{name} object at {addr:#x}>")
        }
    }

    fn repr_into(&self, v: Value, out: &mut String, stack: &mut Vec<u32>) -> bool {
        match v {
            Value::Undef => out.push_str("<NULL>"),
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Obj(id) => {
                let o = self.heap.get(id);
                let container = matches!(
                    o,
                    Obj::List(_)
                        | Obj::Tuple(_)
                        | Obj::Dict(_)
                        | Obj::Set { .. }
                        | Obj::DictView { .. }
                );
                if container {
                    if stack.contains(&id.0) {
                        out.push_str(match o {
                            Obj::List(_) => "[...]",
                            Obj::Dict(_) => "{...}",
                            _ => "...",
                        });
                        return true;
                    }
                    if stack.len() > 200 {
                        return false;
                    }
                    stack.push(id.0);
                }
                let ok = self.repr_obj(v, o, out, stack);
                if container {
                    stack.pop();
                }
                return ok;
            }
        }
        true
    }

    fn repr_seq(&self, items: &[Value], out: &mut String, stack: &mut Vec<u32>) -> bool {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !self.repr_into(*it, out, stack) {
                return false;
            }
        }
        true
    }

    fn repr_obj(&self, v: Value, o: &Obj, out: &mut String, stack: &mut Vec<u32>) -> bool {
        match o {
            Obj::Str(s) => out.push_str(&str_repr(s.as_str())),
            Obj::BigInt(b) => out.push_str(&b.to_string()),
            Obj::Bytes(b) => out.push_str(&bytes_repr(b)),
            Obj::List(items) => {
                out.push('[');
                if !self.repr_seq(items, out, stack) {
                    return false;
                }
                out.push(']');
            }
            Obj::Tuple(items) => {
                out.push('(');
                if !self.repr_seq(items, out, stack) {
                    return false;
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Obj::Dict(d) => {
                out.push('{');
                for (i, e) in d.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !self.repr_into(e.key, out, stack) {
                        return false;
                    }
                    out.push_str(": ");
                    if !self.repr_into(e.value, out, stack) {
                        return false;
                    }
                }
                out.push('}');
            }
            Obj::Set { table, frozen } => {
                if table.is_empty() {
                    out.push_str(if *frozen { "frozenset()" } else { "set()" });
                    return true;
                }
                if *frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let mut ordered = table.clone();
                ordered.to_cpython_set_order();
                let keys: Vec<Value> = ordered.keys().collect();
                if !self.repr_seq(&keys, out, stack) {
                    return false;
                }
                out.push('}');
                if *frozen {
                    out.push(')');
                }
            }
            Obj::DictView { dict, kind } => {
                let Obj::Dict(d) = self.heap.get(*dict) else {
                    return false;
                };
                let name = match kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                };
                out.push_str(name);
                out.push_str("([");
                for (i, e) in d.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let ok = match kind {
                        ViewKind::Keys => self.repr_into(e.key, out, stack),
                        ViewKind::Values => self.repr_into(e.value, out, stack),
                        ViewKind::Items => {
                            out.push('(');
                            let a = self.repr_into(e.key, out, stack);
                            out.push_str(", ");
                            let b = self.repr_into(e.value, out, stack);
                            out.push(')');
                            a && b
                        }
                    };
                    if !ok {
                        return false;
                    }
                }
                out.push_str("])");
            }
            Obj::Function(f) => {
                out.push_str(&format!("<function {} at {:#x}>", f.qualname, addr(v)))
            }
            Obj::BoundMethod { func, receiver } => {
                let fname = match func {
                    Value::Obj(fid) => match self.heap.get(*fid) {
                        Obj::Function(f) => f.qualname.to_string(),
                        Obj::Native(n) => crate::builtins::native_name(*n).to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                if let Obj::Function(_) = func
                    .as_obj()
                    .map(|f| self.heap.get(f))
                    .unwrap_or(&Obj::Cell(Value::None))
                {
                    out.push_str(&format!("<bound method {} of ", fname));
                    if !self.repr_into(*receiver, out, stack) {
                        return false;
                    }
                    out.push('>');
                } else {
                    let short = fname.rsplit('.').next().unwrap_or(&fname).to_string();
                    out.push_str(&format!(
                        "<built-in method {} of {} object at {:#x}>",
                        short,
                        self.type_name(*receiver),
                        addr(*receiver)
                    ));
                }
            }
            Obj::Native(n) => {
                let name = crate::builtins::native_name(*n);
                let short = name.rsplit('.').next().unwrap_or(name);
                out.push_str(&format!("<built-in function {short}>"));
            }
            Obj::HostFn(name) => out.push_str(&format!("<host function {name}>")),
            Obj::TaskHandle(t) => {
                let state = match t.outcome {
                    crate::object::Outcome::Running => "running",
                    crate::object::Outcome::Returned(_) => "finished",
                    crate::object::Outcome::Raised(_) => "failed",
                    crate::object::Outcome::Cancelled => "cancelled",
                };
                out.push_str(&format!("<Task {} {state}>", t.id));
            }
            Obj::HostHandle(h) => out.push_str(&format!("<HostHandle {h}>")),
            Obj::Class(c) => {
                if c.builtin {
                    out.push_str(&format!("<class '{}'>", c.name));
                } else {
                    out.push_str(&format!("<class '{}.{}'>", c.module, c.qualname));
                }
            }
            Obj::Instance(inst) => {
                if self.user_dunder(v, Sym::Repr).is_some() {
                    return false;
                }
                if let Some(e) = &inst.exc {
                    let name = self.class_name(inst.class);
                    out.push_str(&name);
                    let items = self.tuple_items(e.args);
                    if items.len() == 1 {
                        out.push('(');
                        if !self.repr_into(items[0], out, stack) {
                            return false;
                        }
                        out.push(')');
                    } else if !self.repr_into(e.args, out, stack) {
                        return false;
                    }
                } else {
                    out.push_str(&self.default_repr(v));
                }
            }
            Obj::Cell(_) => out.push_str(&format!("<cell at {:#x}>", addr(v))),
            Obj::Generator(g) => out.push_str(&format!(
                "<generator object {} at {:#x}>",
                g.qualname,
                addr(v)
            )),
            Obj::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    out.push_str(&format!("range({start}, {stop})"));
                } else {
                    out.push_str(&format!("range({start}, {stop}, {step})"));
                }
            }
            Obj::Slice(sl) => {
                let crate::object::SliceObj { start, stop, step } = &**sl;
                out.push_str("slice(");
                let ok = self.repr_into(*start, out, stack);
                out.push_str(", ");
                let ok2 = self.repr_into(*stop, out, stack);
                out.push_str(", ");
                let ok3 = self.repr_into(*step, out, stack);
                out.push(')');
                return ok && ok2 && ok3;
            }
            Obj::Iter(_) => out.push_str(&format!("<iterator object at {:#x}>", addr(v))),
            Obj::Property(_) => out.push_str(&format!("<property object at {:#x}>", addr(v))),
            Obj::StaticMethod(_) => {
                out.push_str(&format!("<staticmethod object at {:#x}>", addr(v)))
            }
            Obj::ClassMethod(_) => out.push_str(&format!("<classmethod object at {:#x}>", addr(v))),
            Obj::Super { .. } => out.push_str("<super object>"),
        }
        true
    }
}

fn addr(v: Value) -> u64 {
    match v {
        Value::Obj(id) => 0x7f00_0000_0000u64 + id.0 as u64 * 16,
        _ => 0,
    }
}
