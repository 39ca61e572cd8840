//! Native (Rust) functions: the builtin functions, the methods of builtin types, the `math` and
//! `random` modules, and the prelude (Python-source builtins and resumable slow paths).
//!
//! Every native is registered in one table ([`natives`]) and referred to by [`NativeId`]; snapshots
//! store natives by *name*, so the table may grow between versions without breaking saved games.

pub mod codecs;
pub mod conts;
pub mod fmt;
pub mod functions;
pub mod mathx;
pub mod methods;
pub mod modules;
pub mod random;
pub mod sched;
pub mod seq;
pub mod sort;
pub mod strmethods;
pub mod types;

use crate::object::{NativeId, Obj, TypeKind};
use crate::value::Value;
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;
use std::collections::HashMap;
use std::sync::OnceLock;

pub type NativeFn = fn(&mut Vm, Args) -> NResult;

/// Where a native is installed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// A builtin function (`len`, `print`, …).
    Builtins,
    /// A method of a builtin type (self is the first positional argument).
    Type(TypeKind),
    /// A method of `BaseException`.
    Exception,
    /// A function of a built-in module.
    Module(&'static str),
    /// A class method / static method of a builtin type (`dict.fromkeys`, `str.maketrans`).
    TypeStatic(TypeKind),
}

pub struct NativeDef {
    /// Qualified name, unique: `len`, `str.upper`, `math.sqrt`, `_dict_push`.
    pub name: &'static str,
    pub owner: Owner,
    pub f: NativeFn,
}

/// The table of all natives, in a fixed order.
pub fn natives() -> &'static [NativeDef] {
    static TABLE: OnceLock<Vec<NativeDef>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v = Vec::new();
        functions::register(&mut v);
        types::register(&mut v);
        methods::register(&mut v);
        strmethods::register(&mut v);
        modules::register(&mut v);
        sched::register(&mut v);
        mathx::register(&mut v);
        random::register(&mut v);
        sort::register(&mut v);
        v
    })
}

fn by_name() -> &'static HashMap<&'static str, u16> {
    static MAP: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        natives()
            .iter()
            .enumerate()
            .map(|(i, d)| (d.name, i as u16))
            .collect()
    })
}

/// Look a native up by its qualified name (snapshot loading).
pub fn native_by_name(name: &str) -> Option<NativeId> {
    by_name().get(name).map(|i| NativeId(*i))
}

/// Is this native a method of a builtin type that can be subclassed (`list`, `dict`, `str`,
/// `int`, …; self is its first argument)? Called on an instance of a subclass, it works on the
/// instance's hidden builtin value.
#[inline]
pub fn is_list_or_dict_method(id: NativeId) -> bool {
    matches!(
        natives().get(id.0 as usize).map(|d| d.owner),
        Some(Owner::Type(
            TypeKind::List
                | TypeKind::Dict
                | TypeKind::Str
                | TypeKind::Int
                | TypeKind::Float
                | TypeKind::Tuple
                | TypeKind::Bytes
        ))
    )
}

pub fn native_name(id: NativeId) -> &'static str {
    natives().get(id.0 as usize).map(|d| d.name).unwrap_or("?")
}

pub fn call_native(vm: &mut Vm, id: NativeId, args: Args) -> NResult {
    match natives().get(id.0 as usize) {
        Some(d) => (d.f)(vm, args),
        None => NResult::Err(PyErr::type_error("unknown native function")),
    }
}

/// The constructor native for a builtin type (`int(...)`, `list(...)`).
pub fn constructor_for(vm: &Vm, kind: TypeKind) -> Option<Value> {
    let cls = vm.types.of_kind(kind);
    let key = vm.interned.get("__new__")?;
    match vm.heap.get(cls) {
        Obj::Class(c) => vm
            .dict_find_str(&c.dict, Value::Obj(*key))
            .map(|i| c.dict.entry(i).unwrap().value),
        _ => None,
    }
}

/// Install natives into builtins and type dicts, then load the prelude.
pub fn install(vm: &mut Vm) {
    for (i, d) in natives().iter().enumerate() {
        let id = vm.heap.alloc(Obj::Native(NativeId(i as u16)));
        let v = Value::Obj(id);
        let short = d.name.rsplit('.').next().unwrap_or(d.name);
        match d.owner {
            Owner::Builtins => vm.set_builtin(d.name, v),
            Owner::Type(k) | Owner::TypeStatic(k) => {
                let cls = vm.types.of_kind(k);
                let v = if matches!(d.owner, Owner::TypeStatic(_)) && short != "__new__" {
                    let sm = if short == "fromkeys" || short == "__init_subclass__" {
                        Obj::ClassMethod(v)
                    } else {
                        Obj::StaticMethod(v)
                    };
                    Value::Obj(vm.heap.alloc(sm))
                } else {
                    v
                };
                let key = vm.intern(short);
                class_dict_set(vm, cls, key, v);
            }
            Owner::Exception => {
                let cls = vm.types.exc(crate::vm::exc::ExcType::BaseException);
                let key = vm.intern(short);
                class_dict_set(vm, cls, key, v);
            }
            Owner::Module(_) => {}
        }
    }
    // `object` methods shared by all classes.
    load_prelude(vm);
}

fn class_dict_set(vm: &mut Vm, cls: crate::value::ObjId, key: Value, v: Value) {
    let hash = vm.str_hash(key);
    let found = match vm.heap.get(cls) {
        Obj::Class(c) => vm.dict_find_str(&c.dict, key),
        _ => None,
    };
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        match found {
            Some(i) => *c.dict.entry_value_mut(i) = v,
            None => {
                c.dict.push(hash, key, v);
            }
        }
    }
}

pub const PRELUDE: &str = include_str!("prelude.py");
/// Prelude helpers newer than snapshot format 2 (see `prelude_folds.py`).
pub const PRELUDE_FOLDS: &str = include_str!("prelude_folds.py");

/// Standard modules written in Python, compiled and run on first import (so they cost nothing —
/// no code, no snapshot bytes — until a script imports them).
pub fn stdlib_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "heapq" => include_str!("stdlib/heapq.py"),
        "collections" => include_str!("stdlib/collections.py"),
        "itertools" => include_str!("stdlib/itertools.py"),
        "functools" => include_str!("stdlib/functools.py"),
        "dataclasses" => include_str!("stdlib/dataclasses.py"),
        "enum" => include_str!("stdlib/enum.py"),
        "string" => include_str!("stdlib/string.py"),
        "typing" => include_str!("stdlib/typing.py"),
        "copy" => include_str!("stdlib/copy.py"),
        "json" => include_str!("stdlib/json.py"),
        "operator" => include_str!("stdlib/operator.py"),
        "contextlib" => include_str!("stdlib/contextlib.py"),
        "__future__" => include_str!("stdlib/future.py"),
        "abc" => include_str!("stdlib/abc.py"),
        "bisect" => include_str!("stdlib/bisect.py"),
        "types" => include_str!("stdlib/types.py"),
        "textwrap" => include_str!("stdlib/textwrap.py"),
        "statistics" => include_str!("stdlib/statistics.py"),
        _ => return None,
    })
}

fn load_prelude(vm: &mut Vm) {
    let (_module, globals) = vm.new_module("builtins");
    vm.prelude = globals;
    run_prelude_part(vm, PRELUDE);
    run_prelude_part(vm, PRELUDE_FOLDS);
    export_prelude(vm);
}

/// A runtime restored from a save whose prelude predates `prelude_folds.py` gets those helpers
/// (the rest of its saved prelude is kept as it was).
pub fn add_missing_prelude_helpers(vm: &mut Vm) {
    let helpers = ["_sum_rest", "_any_rest", "_all_rest"];
    if helpers.iter().any(|h| vm.prelude_fn(h).is_none()) {
        run_prelude_part(vm, PRELUDE_FOLDS);
    }
}

/// Compile `source` and run it in the prelude's namespace.
fn run_prelude_part(vm: &mut Vm, source: &str) {
    let globals = vm.prelude;
    let compiled = crate::compile::compile_module(source, "<prelude>", "builtins")
        .unwrap_or_else(|e| panic!("prelude failed to compile: {e}"));
    let code = vm.load_module_code(compiled);
    let mut task = crate::vm::Task::new();
    let sp = 0;
    let _ = vm.push_module_frame(&mut task, code, globals, sp, crate::frame::Cont::TaskRoot);
    let mut budget = u64::MAX;
    match vm.run(&mut task, &mut budget) {
        crate::vm::exec::Exit::Finished(_) => {}
        other => {
            let msg = match other {
                crate::vm::exec::Exit::Raised(e) => vm.format_traceback(e),
                o => format!("{o:?}"),
            };
            panic!("prelude failed to run: {msg}")
        }
    }
}

/// Export the prelude's public names as builtins.
fn export_prelude(vm: &mut Vm) {
    let globals = vm.prelude;
    let entries: Vec<(Value, Value)> = match vm.heap.get(globals) {
        Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => vec![],
    };
    for (k, v) in entries {
        let name = vm.str_of(k).unwrap_or("_").to_string();
        if !name.starts_with('_') && vm.get_builtin(&name).is_none() {
            vm.set_builtin(&name, v);
        } else if let Some(helper) = name.strip_prefix("_match_") {
            if matches!(helper, "seq" | "map" | "class") {
                vm.set_builtin(&format!("<match_{helper}>"), v);
            }
        }
    }
}

// ----- argument helpers shared by the native modules -----

/// Check the positional argument count.
pub fn arity(name: &str, args: &Args, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// Reject keyword arguments.
pub fn no_kw(name: &str, args: &Args) -> Result<(), PyErr> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

#[macro_export]
macro_rules! ntry {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return $crate::vm::call::NResult::Err(e.into()),
        }
    };
}
