//! Formatting glue between values and the pure formatters in `numfmt`/`strfmt`: f-string
//! `FormatValue`, `format()`, and `str % args`. Values that need Python-level `__str__`,
//! `__repr__` or `__format__` take the prelude's slow path.

use crate::builtins::seq::Slow;
use crate::bytecode::Conversion;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::exc::{ExcType, PyErr, PyResult};
use crate::vm::{Sym, Vm};

/// Map a formatter's error message to the right exception.
fn fmt_err(msg: String) -> PyErr {
    if msg.contains("argument")
        && (msg.contains("not enough") || msg.contains("not all") || msg.contains("required"))
        || msg.starts_with("%") && msg.contains("format: a real number is required")
    {
        return PyErr::type_error(msg);
    }
    if msg.contains("requires") || msg.contains("must be") || msg.contains("is required") {
        return PyErr::type_error(msg);
    }
    PyErr::value_error(msg)
}

/// `format(v, spec)` for builtin values; `None` when Python code is needed.
pub fn format_native(vm: &mut Vm, v: Value, spec: &str) -> Option<PyResult<String>> {
    let r = match v {
        Value::Int(i) => crate::numfmt::format_i64(i, spec),
        Value::Bool(b) => {
            if spec.is_empty() {
                Ok(if b { "True" } else { "False" }.to_string())
            } else {
                crate::numfmt::format_i64(b as i64, spec)
            }
        }
        Value::Float(f) => crate::numfmt::format_float(f, spec),
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::Str(s) => crate::numfmt::format_str(s.as_str(), spec),
            Obj::BigInt(b) => crate::numfmt::format_int(b, spec),
            Obj::Instance(_) => {
                if vm.user_dunder(v, Sym::Format).is_some() {
                    return None;
                }
                if spec.is_empty() {
                    return vm.str_fast(v).map(Ok);
                }
                return Some(Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                ))));
            }
            _ => {
                if spec.is_empty() {
                    return vm.str_fast(v).map(Ok);
                }
                return Some(Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                ))));
            }
        },
        Value::None if !spec.is_empty() => {
            return Some(Err(PyErr::type_error(
                "unsupported format string passed to NoneType.__format__",
            )))
        }
        _ => return vm.str_fast(v).map(Ok),
    };
    Some(r.map_err(fmt_err))
}

/// `ascii(s)` from a repr: escape non-ASCII characters.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// f-string `{v!conv:spec}`.
pub fn format_value(vm: &mut Vm, v: Value, conv: Conversion, spec: Value) -> PyResult<Slow> {
    let spec_s = if spec.is_undef() {
        ""
    } else {
        vm.str_of(spec).unwrap_or("")
    }
    .to_string();
    let converted = match conv {
        Conversion::None => Some(v),
        Conversion::Str => vm.str_fast(v).map(|s| vm.new_str(s)),
        Conversion::Repr => vm.repr_fast(v).map(|s| vm.new_str(s)),
        Conversion::Ascii => vm.repr_fast(v).map(|s| {
            let a = ascii_of(&s);
            vm.new_str(a)
        }),
    };
    if let Some(cv) = converted {
        if let Some(r) = format_native(vm, cv, &spec_s) {
            let s = r?;
            return Ok(Slow::Value(vm.new_str(s)));
        }
    }
    let conv_s = match conv {
        Conversion::None => "",
        Conversion::Str => "s",
        Conversion::Repr => "r",
        Conversion::Ascii => "a",
    };
    let c = vm.new_str(conv_s);
    let sp = vm.new_str(spec_s);
    Ok(Slow::Call(vm.prelude_fn("_format_value"), vec![v, c, sp]))
}

/// `fmt % args` where `fmt` is a str. Uses the prelude when an argument needs Python `__str__`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Slow> {
    let fmt_s = vm.str_of(fmt).unwrap_or("").to_string();
    let pieces = crate::strfmt::parse_percent(&fmt_s).map_err(fmt_err)?;
    // An instance of a tuple subclass formats as its tuple.
    let args = match vm.builtin_base(args) {
        Some(b @ Value::Obj(bid)) if matches!(vm.heap.get(bid), Obj::Tuple(_)) => b,
        _ => args,
    };
    let is_mapping = matches!(args, Value::Obj(id) if matches!(vm.heap.get(id), Obj::Dict(_)))
        || vm.is_instance_obj(args)
            && vm.user_dunder(args, Sym::GetItem).is_some()
            && !matches!(args, Value::Obj(id) if matches!(vm.heap.get(id), Obj::Tuple(_)));
    let items: Vec<Value> = match args {
        Value::Obj(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => vm.tuple_items(args).to_vec(),
        _ => vec![args],
    };
    let mut out = String::new();
    let mut next = 0usize;
    let mut uses_key = false;
    for piece in &pieces {
        match piece {
            crate::strfmt::PercentPiece::Literal(s) => out.push_str(s),
            crate::strfmt::PercentPiece::Spec(spec) => {
                let mut take = |vm: &Vm| -> PyResult<Value> {
                    let _ = vm;
                    if next >= items.len() {
                        return Err(PyErr::type_error("not enough arguments for format string"));
                    }
                    next += 1;
                    Ok(items[next - 1])
                };
                let width = match spec.width {
                    Some(crate::strfmt::Width::Star) => {
                        Some(crate::builtins::seq::arg_int(vm, take(vm)?, "")?.max(0) as usize)
                    }
                    Some(crate::strfmt::Width::Num(n)) => Some(n),
                    None => None,
                };
                let prec = match spec.precision {
                    Some(crate::strfmt::Width::Star) => {
                        Some(crate::builtins::seq::arg_int(vm, take(vm)?, "")?.max(0) as usize)
                    }
                    Some(crate::strfmt::Width::Num(n)) => Some(n),
                    None => None,
                };
                let arg = if let Some(key) = &spec.key {
                    uses_key = true;
                    if !is_mapping {
                        return Err(PyErr::type_error("format requires a mapping"));
                    }
                    let k = vm.new_str(key.clone());
                    let Value::Obj(did) = args else {
                        unreachable!()
                    };
                    match crate::builtins::seq::table_get(vm, did, k)? {
                        Ok(Some(v)) => v,
                        Ok(None) => return Err(vm.key_error(k)),
                        Err(()) => return Ok(slow(vm, fmt, args)),
                    }
                } else {
                    take(vm)?
                };
                // Numeric conversions of an instance of an int / float subclass use its value.
                let arg = match vm.builtin_base(arg) {
                    Some(b) if !matches!(spec.conv, 's' | 'r' | 'a') => b,
                    _ => arg,
                };
                let parg = match spec.conv {
                    's' | 'r' | 'a' => {
                        let s = if spec.conv == 's' {
                            vm.str_fast(arg)
                        } else {
                            vm.repr_fast(arg)
                        };
                        match s {
                            Some(s) => crate::strfmt::PercentArg::Str(if spec.conv == 'a' {
                                ascii_of(&s)
                            } else {
                                s
                            }),
                            None => return Ok(slow(vm, fmt, args)),
                        }
                    }
                    'c' => match vm.str_of(arg) {
                        Some(s) => crate::strfmt::PercentArg::Str(s.to_string()),
                        None => match vm.to_bigint(arg) {
                            Some(b) => crate::strfmt::PercentArg::Int(b),
                            None => return Err(PyErr::type_error("%c requires int or char")),
                        },
                    },
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match (vm.to_bigint(arg), arg) {
                        (Some(b), _) => crate::strfmt::PercentArg::Int(b),
                        (None, Value::Float(f)) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(PyErr::overflow(
                                    "cannot convert float infinity to integer",
                                ));
                            }
                            use num_traits::FromPrimitive;
                            crate::strfmt::PercentArg::Int(
                                malachite_bigint::BigInt::from_f64(f.trunc()).unwrap_or_default(),
                            )
                        }
                        _ => {
                            let msg = if matches!(spec.conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{} format: a real number is required, not {}",
                                    spec.conv,
                                    vm.type_name(arg)
                                )
                            } else {
                                format!(
                                    "%{} format: an integer is required, not {}",
                                    spec.conv,
                                    vm.type_name(arg)
                                )
                            };
                            return Err(PyErr::type_error(msg));
                        }
                    },
                    _ => match vm.to_f64(arg) {
                        Some(f) => crate::strfmt::PercentArg::Float(f?),
                        None => {
                            return Err(PyErr::type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(arg)
                            )))
                        }
                    },
                };
                let s =
                    crate::strfmt::format_percent_arg(spec, width, prec, parg).map_err(fmt_err)?;
                out.push_str(&s);
            }
        }
    }
    if !uses_key && next < items.len() && !is_mapping {
        return Err(PyErr::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Slow::Value(vm.new_str(out)))
}

fn slow(vm: &mut Vm, fmt: Value, args: Value) -> Slow {
    Slow::Call(vm.prelude_fn("_percent_format"), vec![fmt, args])
}

#[allow(dead_code)]
fn unused() -> ExcType {
    ExcType::ValueError
}
