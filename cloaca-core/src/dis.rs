//! A disassembler in the spirit of CPython's `dis`: a readable listing of every code object of a
//! [`CompiledModule`] (header with counts and variable names, then one line per instruction with
//! the source line at line changes, jump-target markers, the operand and a resolved hint).
//! Used by `cloaca dis FILE.py` and in tests.

use crate::bytecode::{Code, CompiledModule, Const, Op, Table};
use std::collections::HashSet;
use std::fmt::Write;

/// Disassemble every code object of `module`.
pub fn disassemble(module: &CompiledModule) -> String {
    let mut out = String::new();
    for (i, code) in module.codes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        disassemble_code(&mut out, i, code, module);
    }
    out
}

/// `repr`-like rendering of a constant.
pub fn const_repr(c: &Const, module: Option<&CompiledModule>) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(f) => {
            if f.is_nan() {
                "nan".into()
            } else if f.is_infinite() {
                if *f > 0.0 {
                    "inf".into()
                } else {
                    "-inf".into()
                }
            } else if f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut s = String::from("b'");
            for &x in b {
                match x {
                    b'\\' => s.push_str("\\\\"),
                    b'\'' => s.push_str("\\'"),
                    b'\n' => s.push_str("\\n"),
                    b'\t' => s.push_str("\\t"),
                    b'\r' => s.push_str("\\r"),
                    0x20..=0x7e => s.push(x as char),
                    _ => {
                        let _ = write!(s, "\\x{x:02x}");
                    }
                }
            }
            s.push('\'');
            s
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|c| const_repr(c, module)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(i) => match module.and_then(|m| m.codes.get(*i as usize)) {
            Some(code) => format!("<code object {} #{}>", code.name, i),
            None => format!("<code #{i}>"),
        },
    }
}

fn jump_target(op: &Op) -> Option<u32> {
    match *op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupFinally(t)
        | Op::SetupCleanup(t) => Some(t),
        _ => None,
    }
}

fn op_name(op: &Op) -> String {
    let dbg = format!("{op:?}");
    let end = dbg.find(['(', ' ', '{']).unwrap_or(dbg.len());
    dbg[..end].to_string()
}

fn deref_name(code: &Code, i: u32) -> String {
    let i = i as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .cloned()
        .unwrap_or_else(|| "?".into())
}

/// Operand and hint columns for one instruction.
fn operand(op: &Op, code: &Code, module: &CompiledModule) -> (String, String) {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let var = |i: u32| {
        code.varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let konst = |i: u32| {
        code.consts
            .get(i as usize)
            .map(|c| const_repr(c, Some(module)))
            .unwrap_or_else(|| "?".into())
    };
    if let Some((table, i)) = op.table_operand() {
        let detail = match table {
            Table::Const => konst(i),
            Table::Var => var(i),
            Table::Deref => deref_name(code, i),
            Table::Name => name(i),
        };
        return (i.to_string(), detail);
    }
    match *op {
        Op::Binary(b) | Op::Inplace(b) => (String::new(), b.symbol().to_string()),
        Op::Compare(c) => (String::new(), c.symbol().to_string()),
        Op::Unary(u) => (String::new(), format!("{u:?}")),
        Op::IsOp(inv) => (
            u32::from(inv).to_string(),
            if inv { "is not" } else { "is" }.into(),
        ),
        Op::ContainsOp(inv) => (
            u32::from(inv).to_string(),
            if inv { "not in" } else { "in" }.into(),
        ),
        Op::FormatValue {
            conversion,
            has_spec,
        } => (
            String::new(),
            format!(
                "{conversion:?}{}",
                if has_spec { ", with spec" } else { "" }
            ),
        ),
        Op::MakeFunction { code: c, flags } => {
            let mut parts = Vec::new();
            if flags & 1 != 0 {
                parts.push("defaults");
            }
            if flags & 2 != 0 {
                parts.push("kwdefaults");
            }
            if flags & 4 != 0 {
                parts.push("annotations");
            }
            if flags & 8 != 0 {
                parts.push("closure");
            }
            let hint = if parts.is_empty() {
                konst(c)
            } else {
                format!("{}, {}", konst(c), parts.join(", "))
            };
            (format!("{c} {flags}"), hint)
        }
        Op::UnpackEx(n) => (
            n.to_string(),
            format!("{} before, {} after", n & 0xff, n >> 8),
        ),
        _ => {
            if let Some(t) = jump_target(op) {
                return (t.to_string(), format!("to {t}"));
            }
            let dbg = format!("{op:?}");
            match (dbg.find('('), dbg.rfind(')')) {
                (Some(a), Some(b)) if b > a => (dbg[a + 1..b].to_string(), String::new()),
                _ => (String::new(), String::new()),
            }
        }
    }
}

fn disassemble_code(out: &mut String, index: usize, code: &Code, module: &CompiledModule) {
    let _ = writeln!(
        out,
        "Disassembly of #{index} <code object {} ({:?}) at {}, line {}>:",
        code.qualname, code.kind, code.filename, code.first_line
    );
    let mut flags = Vec::new();
    if code.flags.varargs {
        flags.push("VARARGS");
    }
    if code.flags.varkw {
        flags.push("VARKEYWORDS");
    }
    if code.flags.generator {
        flags.push("GENERATOR");
    }
    if code.flags.namespace {
        flags.push("NAMESPACE");
    }
    let _ = writeln!(
        out,
        "  argcount={} posonly={} kwonly={} flags=[{}]",
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        flags.join(", ")
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", code.varnames.join(", "));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", code.cellvars.join(", "));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", code.freevars.join(", "));
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  doc: {doc:?}");
    }
    let targets: HashSet<u32> = code.ops.iter().filter_map(jump_target).collect();
    let mut last_line = None;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let marker = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let (arg, hint) = operand(op, code, module);
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!(" ({hint})")
        };
        let _ = writeln!(
            out,
            "{line_col} {marker} {i:>4} {:<20} {arg:>5}{hint}",
            op_name(op)
        );
    }
}

/// Python-style `repr` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
