//! Interop metadata for the C# bindings (feature `csharp`, used only by the generator
//! `cargo run --release -p cloaca-ffi-gen-csharp`; the shipped library does not depend on
//! interoptopus).
//!
//! The exported functions and types themselves carry interoptopus 0.14's `#[ffi_function]` /
//! `#[ffi_type]` (through `cfg_attr`), so the C# declarations are derived from the real
//! signatures. interoptopus 0.14 has no `usize`, no `unsafe extern "C" fn` pointers and maps
//! `*const c_char` to `ref sbyte`; the surrogates below describe those parameters instead:
//!
//! - `usize` (`size_t`) is pointer-sized: it becomes C# `IntPtr`, right on 32- and 64-bit
//!   targets alike (interoptopus only knows fixed-width integers).
//! - `*const c_char` becomes `IntPtr`: the C# layer marshals UTF-8 itself (the default
//!   `string` marshalling is the ANSI code page on Windows).
//! - the callback typedefs become named delegates (`CloacaHostFn`, ...).
//! - `cloaca_buffer_free` reads and zeroes its buffer: `ref CloacaBuffer`, not `out`.

use crate::buffer::CloacaBuffer;
use crate::call::CloacaCall;
use interoptopus::lang::c::{
    CType, Constant, ConstantValue, Documentation, FnPointerType, FunctionSignature, Meta,
    Parameter, PrimitiveType, PrimitiveValue,
};
use interoptopus::lang::rust::CTypeInfo;
use interoptopus::patterns::callbacks::NamedCallback;
use interoptopus::patterns::TypePattern;
use interoptopus::{extra_type, function, Inventory, InventoryBuilder, Symbol};

fn void_ptr() -> CType {
    CType::ReadPointer(Box::new(CType::Primitive(PrimitiveType::Void)))
}

/// `size_t` / `usize`: pointer-sized (C# `IntPtr`).
pub fn size_t() -> CType {
    void_ptr()
}

/// `size_t *` out-parameter (C# `ref IntPtr`).
pub fn size_t_out() -> CType {
    CType::ReadWritePointer(Box::new(void_ptr()))
}

/// `const char *` (C# `IntPtr`; UTF-8, marshalled by the C# layer).
pub fn c_str() -> CType {
    CType::ReadPointer(Box::new(CType::Pattern(TypePattern::CChar)))
}

/// `CloacaBuffer *` read and written (C# `ref CloacaBuffer`).
pub fn buffer_in_out() -> CType {
    CType::ReadPointer(Box::new(CloacaBuffer::type_info()))
}

fn named_callback(name: &str, params: Vec<Parameter>) -> CType {
    let sig = FunctionSignature::new(params, CType::Primitive(PrimitiveType::Void));
    let fnp = FnPointerType::new_named(sig, name.to_string());
    CType::Pattern(TypePattern::NamedCallback(NamedCallback::new(fnp)))
}

/// `CloacaHostFn`: `void (*)(void *user_data, const CloacaCall *call)`.
pub fn host_fn() -> CType {
    named_callback(
        "CloacaHostFn",
        vec![
            Parameter::new("user_data".into(), void_ptr()),
            Parameter::new(
                "call".into(),
                CType::ReadPointer(Box::new(CloacaCall::type_info())),
            ),
        ],
    )
}

/// `CloacaCancelledFn`: `void (*)(void *user_data, uint64_t token)`.
pub fn cancelled_fn() -> CType {
    named_callback(
        "CloacaCancelledFn",
        vec![
            Parameter::new("user_data".into(), void_ptr()),
            Parameter::new("token".into(), CType::Primitive(PrimitiveType::U64)),
        ],
    )
}

/// `CloacaOutputFn`: `void (*)(void *user_data, int32_t stream, const char *text, size_t len)`.
pub fn output_fn() -> CType {
    named_callback(
        "CloacaOutputFn",
        vec![
            Parameter::new("user_data".into(), void_ptr()),
            Parameter::new("stream".into(), CType::Primitive(PrimitiveType::I32)),
            Parameter::new("text".into(), c_str()),
            Parameter::new("len".into(), size_t()),
        ],
    )
}

fn constant(name: &str, value: u64, doc: &str) -> Symbol {
    let meta = Meta::with_documentation(Documentation::from_line(doc), None);
    let value = ConstantValue::Primitive(PrimitiveValue::U64(value));
    Symbol::Constant(Constant::new(name.to_string(), value, meta))
}

/// Everything the C# bindings declare: every exported function, its types, the constants.
pub fn ffi_inventory() -> Inventory {
    use crate::buffer::*;
    use crate::call::*;
    use crate::*;
    InventoryBuilder::new()
        .register(constant(
            "CLOACA_CBOR_TAG_TUPLE",
            CLOACA_CBOR_TAG_TUPLE,
            "CBOR tag marking an array as a Python `tuple`.",
        ))
        .register(constant(
            "CLOACA_CBOR_TAG_HANDLE",
            CLOACA_CBOR_TAG_HANDLE,
            "CBOR tag marking an unsigned integer as an opaque host handle.",
        ))
        .register(constant(
            "CLOACA_CBOR_MAX_DEPTH",
            CLOACA_CBOR_MAX_DEPTH as u64,
            "Nesting limit for decoded CBOR values.",
        ))
        .register(extra_type!(CloacaStatus))
        .register(extra_type!(CloacaTaskState))
        .register(extra_type!(CloacaEventKind))
        .register(extra_type!(CloacaValueType))
        .register(extra_type!(CloacaConfig))
        .register(extra_type!(CloacaRuntime))
        .register(extra_type!(CloacaBuffer))
        .register(extra_type!(CloacaEvent))
        .register(extra_type!(CloacaCompileError))
        .register(function!(cloaca_last_error))
        .register(function!(cloaca_version))
        .register(function!(cloaca_status_name))
        .register(function!(cloaca_config_default))
        .register(function!(cloaca_value_repr))
        .register(function!(cloaca_runtime_new))
        .register(function!(cloaca_runtime_destroy))
        .register(function!(cloaca_register))
        .register(function!(cloaca_set_reissue))
        .register(function!(cloaca_set_cancelled))
        .register(function!(cloaca_set_output))
        .register(function!(cloaca_take_output))
        .register(function!(cloaca_compile))
        .register(function!(cloaca_spawn_module))
        .register(function!(cloaca_spawn_function))
        .register(function!(cloaca_tick))
        .register(function!(cloaca_cancel))
        .register(function!(cloaca_task_state))
        .register(function!(cloaca_is_idle))
        .register(function!(cloaca_next_event))
        .register(function!(cloaca_complete))
        .register(function!(cloaca_complete_none))
        .register(function!(cloaca_complete_int))
        .register(function!(cloaca_complete_float))
        .register(function!(cloaca_complete_bool))
        .register(function!(cloaca_complete_str))
        .register(function!(cloaca_complete_error))
        .register(function!(cloaca_snapshot))
        .register(function!(cloaca_restore))
        .register(function!(cloaca_buffer_free))
        .register(function!(cloaca_call_token))
        .register(function!(cloaca_call_task))
        .register(function!(cloaca_call_is_reissue))
        .register(function!(cloaca_call_name))
        .register(function!(cloaca_call_arg_count))
        .register(function!(cloaca_call_arg_type))
        .register(function!(cloaca_call_arg_int))
        .register(function!(cloaca_call_arg_float))
        .register(function!(cloaca_call_arg_str))
        .register(function!(cloaca_call_arg_cbor))
        .register(function!(cloaca_call_args_cbor))
        .register(function!(cloaca_call_kwargs_cbor))
        .register(function!(cloaca_reply_ready))
        .register(function!(cloaca_reply_none))
        .register(function!(cloaca_reply_int))
        .register(function!(cloaca_reply_float))
        .register(function!(cloaca_reply_bool))
        .register(function!(cloaca_reply_str))
        .register(function!(cloaca_reply_error))
        .register(function!(cloaca_reply_pending))
        .register(function!(cloaca_reply_refuse))
        .inventory()
}
