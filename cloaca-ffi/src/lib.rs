//! # cloaca-ffi — Cloaca's C ABI
//!
//! Every exported function is `extern "C"`, catches panics, and returns a [`CloacaStatus`]
//! (except `cloaca_last_error`, `cloaca_version` and `cloaca_status_name`, which return static
//! or thread-local strings). Runtimes are opaque [`CloacaRuntime`] handles checked against a
//! registry with generation counters, so null, stale, double-destroyed and foreign handles are
//! reported, never dereferenced. Values cross as CBOR (see [`cbor`]), with typed fast paths for
//! `None`, `bool`, `int`, `float` and `str`. `bindings/c/cloaca.h` is generated from this crate
//! by `cargo run -p cloaca-ffi-gen`; `docs/embedding-c.md` is the guide.
//!
//! Pointer arguments must be NULL or valid for the access the function documents; the library
//! checks for NULL but cannot check other invalid pointers.

#![allow(clippy::missing_safety_doc)] // the rules are the header's, stated once at its top

pub mod buffer;
pub mod call;
pub mod cbor;
pub mod status;

#[cfg(feature = "csharp")]
pub mod interop;
#[cfg(feature = "csharp")]
use interop::{c_str, host_fn, size_t};
#[cfg(feature = "csharp")]
use interop::{cancelled_fn, output_fn};

pub use buffer::{cloaca_buffer_free, live_buffers, CloacaBuffer};
pub use call::*;
pub use cbor::{CLOACA_CBOR_MAX_DEPTH, CLOACA_CBOR_TAG_HANDLE, CLOACA_CBOR_TAG_TUPLE};
pub use status::CloacaStatus;

use crate::buffer::give;
use crate::call::{FfiHost, HostFn, Shared, UserData};
use crate::status::{
    arg_bytes, arg_str, arg_text, check_out, fail, guard, last_error_ptr, put, Fail, R,
};
use cloaca_core::host::{HostValue, TaskId, Token};
use cloaca_core::runtime::{Completion, Event, Runtime, RuntimeConfig, RuntimeError, TaskState};
use cloaca_core::vm::OutputSink;
use parking_lot::Mutex;
use std::collections::{HashMap, VecDeque};
use std::ffi::{c_char, c_void, CString};
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::Arc;

/// A runtime handle. `{0}` is never a valid handle. A handle stays invalid once its runtime
/// is destroyed (generation counters: a new runtime never reuses an old handle's value).
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloacaRuntime {
    pub id: u64,
}

/// Runtime limits. A field left 0 takes the default (see `cloaca_config_default`).
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloacaConfig {
    /// Instructions a task runs before it is preempted (default 10000).
    pub slice: u64,
    /// Approximate heap size above which scripts get `MemoryError` (default 1 GiB).
    pub max_heap_bytes: u64,
    /// Consecutive ticks of whole slices before a hog warning event (default 10).
    pub hog_ticks: u32,
    /// Maximum Python call depth per task (default 1000).
    pub recursion_limit: u32,
}

/// Details of a compile error. The strings are NUL-terminated UTF-8 and stay valid until the
/// next `cloaca_*` call on the same thread.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CloacaCompileError {
    /// The exception class: `SyntaxError`, `IndentationError`, `TabError` or
    /// `NotImplementedError` (a construct Cloaca does not support).
    pub kind: *const c_char,
    pub message: *const c_char,
    pub filename: *const c_char,
    /// The offending source line ("" when unknown).
    pub source_line: *const c_char,
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
}

/// What an event reports; see `CloacaEvent`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloacaEventKind {
    /// No event is queued.
    None = 0,
    /// The task returned: `value` holds its return value (CBOR; values with no mapping
    /// arrive as their `repr` string).
    Finished = 1,
    /// An exception escaped the task: `error_kind`, `error_message`, `traceback` (the full
    /// CPython-format traceback). For `SystemExit`, `is_system_exit` is 1 and `exit_status`
    /// is the status it asks for.
    Failed = 2,
    /// The task was cancelled (its `finally` blocks ran).
    Cancelled = 3,
    /// The task has used whole time slices for `ticks` consecutive ticks without blocking;
    /// `script` and `line` say where it is.
    HogWarning = 4,
    /// A completion arrived for `token`, which nobody waits on any more.
    UnknownToken = 5,
}

/// One event from `cloaca_next_event`. Pointers are never NULL (empty strings / zero-length
/// buffers when a field does not apply) and stay valid until the next `cloaca_next_event` on
/// the same runtime, or its destruction.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(meta_len = "size_t", value_len = "size_t")
)]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CloacaEvent {
    pub kind: CloacaEventKind,
    pub task: u64,
    pub token: u64,
    /// The task's `meta` value given at spawn (CBOR).
    pub meta: *const u8,
    pub meta_len: usize,
    /// FINISHED: the return value (CBOR).
    pub value: *const u8,
    pub value_len: usize,
    pub error_kind: *const c_char,
    pub error_message: *const c_char,
    pub traceback: *const c_char,
    pub exit_status: i32,
    pub is_system_exit: i32,
    pub script: *const c_char,
    pub line: u32,
    pub ticks: u32,
}

/// The state of a task, for `cloaca_task_state`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloacaTaskState {
    Runnable = 0,
    /// Parked on a host call; the detail is its token.
    Blocked = 1,
    /// Parked in `join`; the detail is the joined task's id.
    Joining = 2,
    /// Finished, failed or cancelled (its event says which).
    Finished = 3,
}

/// Receives `print` output: `stream` is 1 for stdout, 2 for `sys.stderr`; `text` is UTF-8,
/// `len` bytes, not NUL-terminated, valid during the call. Runs on the thread calling
/// `cloaca_tick`.
pub type CloacaOutputFn = Option<
    unsafe extern "C" fn(user_data: *mut c_void, stream: i32, text: *const c_char, len: usize),
>;

// ---------------------------------------------------------------------------------------------
// The registry of runtimes.

pub(crate) struct RtCell {
    inner: Mutex<Inner>,
    shared: Arc<Shared>,
}

struct Inner {
    rt: Runtime,
    host: FfiHost,
    output: Arc<Mutex<Output>>,
    events: VecDeque<Event>,
    current: EventStore,
    /// Sources compiled by `cloaca_compile`, by module name: (file name, source).
    modules: HashMap<String, (String, String)>,
    poisoned: bool,
}

#[derive(Default)]
struct EventStore {
    meta: Vec<u8>,
    value: Vec<u8>,
    strings: Vec<CString>,
}

#[derive(Default)]
struct Output {
    out: String,
    err: String,
    callback: Option<(
        unsafe extern "C" fn(*mut c_void, i32, *const c_char, usize),
        UserData,
    )>,
}

struct Sink(Arc<Mutex<Output>>);

impl Sink {
    fn write(&self, stream: i32, s: &str) {
        let mut o = self.0.lock();
        match o.callback {
            Some((cb, ud)) => {
                drop(o);
                // SAFETY: registered by the host for this signature.
                unsafe { cb(ud.0, stream, s.as_ptr() as *const c_char, s.len()) }
            }
            None if stream == 1 => o.out.push_str(s),
            None => o.err.push_str(s),
        }
    }
}

impl OutputSink for Sink {
    fn write_str(&mut self, s: &str) {
        self.write(1, s)
    }
    fn write_err(&mut self, s: &str) {
        self.write(2, s)
    }
}

struct Slot {
    generation: u32,
    cell: Option<Arc<RtCell>>,
}

struct Registry {
    slots: Vec<Slot>,
    free: Vec<u32>,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    slots: Vec::new(),
    free: Vec::new(),
});

fn register_cell(cell: Arc<RtCell>) -> CloacaRuntime {
    let mut r = REGISTRY.lock();
    let index = match r.free.pop() {
        Some(i) => i,
        None => {
            r.slots.push(Slot {
                generation: 0,
                cell: None,
            });
            (r.slots.len() - 1) as u32
        }
    };
    let slot = &mut r.slots[index as usize];
    slot.generation = slot.generation.wrapping_add(1).max(1);
    slot.cell = Some(cell);
    CloacaRuntime {
        id: ((slot.generation as u64) << 32) | (index as u64 + 1),
    }
}

fn bad_handle<T>(h: CloacaRuntime) -> R<T> {
    if h.id == 0 {
        fail(CloacaStatus::InvalidHandle, "the runtime handle is null")
    } else {
        fail(
            CloacaStatus::InvalidHandle,
            format!(
                "runtime handle {:#x} is not live (already destroyed, or not issued by this \
                 library)",
                h.id
            ),
        )
    }
}

fn slot_index(h: CloacaRuntime) -> Option<(usize, u32)> {
    let low = (h.id & 0xffff_ffff) as usize;
    (low != 0).then(|| (low - 1, (h.id >> 32) as u32))
}

fn lookup(h: CloacaRuntime) -> R<Arc<RtCell>> {
    let Some((index, generation)) = slot_index(h) else {
        return bad_handle(h);
    };
    let r = REGISTRY.lock();
    match r.slots.get(index) {
        Some(Slot {
            generation: g,
            cell: Some(cell),
        }) if *g == generation => Ok(cell.clone()),
        _ => bad_handle(h),
    }
}

fn busy() -> Fail {
    Fail {
        status: CloacaStatus::Busy,
        message: "the runtime is in use: called from inside one of its own callbacks (only \
                  cloaca_complete*, cloaca_call_* and cloaca_reply_* are allowed there), or from \
                  another thread while its owner is using it"
            .into(),
    }
}

/// Run `f` on the runtime behind `h`, owned for the duration.
fn with_rt<T>(h: CloacaRuntime, f: impl FnOnce(&mut Inner) -> R<T>) -> R<T> {
    let cell = lookup(h)?;
    let mut inner = cell.inner.try_lock().ok_or_else(busy)?;
    if inner.poisoned {
        return fail(
            CloacaStatus::Poisoned,
            "an earlier call on this runtime panicked inside the library; destroy it",
        );
    }
    match catch_unwind(AssertUnwindSafe(|| f(&mut inner))) {
        Ok(r) => r,
        Err(p) => {
            inner.poisoned = true;
            resume_unwind(p)
        }
    }
}

fn runtime_config(c: *const CloacaConfig) -> RuntimeConfig {
    let mut cfg = RuntimeConfig::default();
    if c.is_null() {
        return cfg;
    }
    // SAFETY: non-null, points to a config per the header.
    let c = unsafe { c.read() };
    if c.slice != 0 {
        cfg.slice = c.slice;
    }
    if c.hog_ticks != 0 {
        cfg.hog_ticks = c.hog_ticks;
    }
    if c.recursion_limit != 0 {
        cfg.vm.recursion_limit = c.recursion_limit as usize;
    }
    if c.max_heap_bytes != 0 {
        cfg.vm.max_heap_bytes = c.max_heap_bytes.min(usize::MAX as u64) as usize;
    }
    cfg
}

fn adopt(mut rt: Runtime) -> CloacaRuntime {
    let shared = Arc::new(Shared {
        completer: rt.completer(),
        pending: Default::default(),
    });
    shared
        .pending
        .lock()
        .extend(rt.pending_calls().iter().map(|p| p.token.0));
    let output = Arc::new(Mutex::new(Output::default()));
    rt.set_output(Box::new(Sink(output.clone())));
    let cell = Arc::new(RtCell {
        inner: Mutex::new(Inner {
            rt,
            host: FfiHost::new(shared.clone()),
            output,
            events: VecDeque::new(),
            current: EventStore::default(),
            modules: HashMap::new(),
            poisoned: false,
        }),
        shared,
    });
    register_cell(cell)
}

fn runtime_error(e: RuntimeError) -> Fail {
    let status = match &e {
        RuntimeError::UnknownToken(_) => CloacaStatus::UnknownToken,
        RuntimeError::UnknownTask(_) => CloacaStatus::UnknownTask,
        RuntimeError::NotFound(_) => CloacaStatus::NotFound,
        RuntimeError::Compile(_) => CloacaStatus::CompileError,
        RuntimeError::Value(_) => CloacaStatus::ValueError,
    };
    Fail {
        status,
        message: e.to_string(),
    }
}

fn value_arg(cbor: *const u8, len: usize, what: &str) -> R<HostValue> {
    // SAFETY: the caller passes a (pointer, length) pair per the header.
    let bytes = unsafe { arg_bytes(cbor, len, what)? };
    if bytes.is_empty() {
        return Ok(HostValue::None);
    }
    crate::cbor::decode(bytes).or_else(|e| fail(CloacaStatus::ValueError, format!("{what}: {e}")))
}

// ---------------------------------------------------------------------------------------------
// Library-wide.

/// The message of the most recent call on this thread that did not return
/// `CLOACA_STATUS_OK` ("" if none). Valid until the next `cloaca_*` call on this thread.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_last_error() -> *const c_char {
    last_error_ptr()
}

/// The library version, e.g. "0.1.0" (static).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr() as *const c_char
}

/// The name of a status code, e.g. "CLOACA_STATUS_UNKNOWN_TOKEN" (static; "?" for values
/// that are not status codes).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_status_name(status: i32) -> *const c_char {
    let s: &'static str = match status {
        0 => "CLOACA_STATUS_OK\0",
        1 => "CLOACA_STATUS_NULL_POINTER\0",
        2 => "CLOACA_STATUS_INVALID_HANDLE\0",
        3 => "CLOACA_STATUS_INVALID_BUFFER\0",
        4 => "CLOACA_STATUS_INVALID_ARGUMENT\0",
        5 => "CLOACA_STATUS_INVALID_CALL\0",
        6 => "CLOACA_STATUS_ALREADY_REPLIED\0",
        7 => "CLOACA_STATUS_UNKNOWN_TOKEN\0",
        8 => "CLOACA_STATUS_UNKNOWN_TASK\0",
        9 => "CLOACA_STATUS_NOT_FOUND\0",
        10 => "CLOACA_STATUS_COMPILE_ERROR\0",
        11 => "CLOACA_STATUS_VALUE_ERROR\0",
        12 => "CLOACA_STATUS_TYPE_MISMATCH\0",
        13 => "CLOACA_STATUS_SNAPSHOT_ERROR\0",
        14 => "CLOACA_STATUS_BUSY\0",
        15 => "CLOACA_STATUS_POISONED\0",
        16 => "CLOACA_STATUS_PANIC\0",
        _ => "?\0",
    };
    s.as_ptr() as *const c_char
}

/// Fill `*out` with the default limits.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_config_default(out: *mut CloacaConfig) -> CloacaStatus {
    guard(|| {
        let d = RuntimeConfig::default();
        put(
            out,
            CloacaConfig {
                slice: d.slice,
                max_heap_bytes: d.vm.max_heap_bytes as u64,
                hog_ticks: d.hog_ticks,
                recursion_limit: d.vm.recursion_limit.min(u32::MAX as usize) as u32,
            },
            "out",
        )
    })
}

/// Render a CBOR value (see the mapping) as its Python `repr`, into a text buffer to free with
/// `cloaca_buffer_free`. Handy for logs and tests.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_value_repr(
    cbor: *const u8,
    len: usize,
    out: *mut CloacaBuffer,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        let bytes = arg_bytes(cbor, len, "cbor")?;
        let v = crate::cbor::decode(bytes).or_else(|e| fail(CloacaStatus::ValueError, e))?;
        give(v.repr().into_bytes(), true, out)
    })
}

// ---------------------------------------------------------------------------------------------
// Lifecycle.

/// Create a runtime. `config` may be NULL (defaults). Destroy it with `cloaca_runtime_destroy`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_runtime_new(
    config: *const CloacaConfig,
    out: *mut CloacaRuntime,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        let h = adopt(Runtime::new(runtime_config(config)));
        put(out, h, "out")
    })
}

/// Destroy a runtime and everything in it. Destroying a null, stale or already-destroyed
/// handle returns `CLOACA_STATUS_INVALID_HANDLE`; destroying a runtime from inside its own
/// callback returns `CLOACA_STATUS_BUSY`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_runtime_destroy(runtime: CloacaRuntime) -> CloacaStatus {
    guard(|| {
        let cell = lookup(runtime)?;
        let in_use = cell.inner.try_lock().is_none();
        if in_use {
            return Err(busy());
        }
        let (index, generation) = slot_index(runtime).expect("looked up");
        let removed = {
            let mut r = REGISTRY.lock();
            let slot = &mut r.slots[index];
            if slot.generation == generation && slot.cell.is_some() {
                let c = slot.cell.take();
                r.free.push(index as u32);
                c
            } else {
                None
            }
        };
        match removed {
            // Dropped here, outside the registry lock (other threads may still hold a
            // reference for a moment; the runtime goes when the last one does).
            Some(c) => {
                drop(c);
                Ok(())
            }
            None => bad_handle(runtime),
        }
    })
}

/// Serve the host function `name`: scripts see it as a builtin; a call runs `callback` during
/// `cloaca_tick` with `user_data`. Registering a name again replaces its callback. After
/// `cloaca_restore`, register the functions again (they are not in the snapshot).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(name = "c_str", callback = "host_fn")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_register(
    runtime: CloacaRuntime,
    name: *const c_char,
    callback: CloacaHostFn,
    user_data: *mut c_void,
) -> CloacaStatus {
    guard(|| {
        let name = arg_str(name, "name")?;
        let Some(cb) = callback else {
            return fail(CloacaStatus::NullPointer, "callback is NULL");
        };
        if name.is_empty() {
            return fail(CloacaStatus::InvalidArgument, "name is empty");
        }
        with_rt(runtime, |inner| {
            inner.rt.register(name);
            inner.host.fns.insert(
                name.to_string(),
                HostFn {
                    cb,
                    user_data: UserData(user_data),
                },
            );
            Ok(())
        })
    })
}

/// Set the reissue callback, run during the first `cloaca_tick` after `cloaca_restore` once
/// for each host call that was pending in the snapshot. It replies pending (the host
/// re-attached the token to its own restored work), ready / error (answer now) or refuse
/// (`ReissueError` in the script). NULL (the default) refuses every call. A restored call the
/// host already completed (between the restore and that tick) counts as answered: it is not
/// reissued.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(callback = "host_fn"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_set_reissue(
    runtime: CloacaRuntime,
    callback: CloacaHostFn,
    user_data: *mut c_void,
) -> CloacaStatus {
    guard(|| {
        with_rt(runtime, |inner| {
            inner.host.reissue = callback.map(|cb| HostFn {
                cb,
                user_data: UserData(user_data),
            });
            Ok(())
        })
    })
}

/// Set the callback told about host calls abandoned by cancelled tasks (NULL: none). It runs
/// at the start of the next `cloaca_tick`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(callback = "cancelled_fn")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_set_cancelled(
    runtime: CloacaRuntime,
    callback: CloacaCancelledFn,
    user_data: *mut c_void,
) -> CloacaStatus {
    guard(|| {
        with_rt(runtime, |inner| {
            inner.host.cancelled = callback.map(|cb| (cb, UserData(user_data)));
            Ok(())
        })
    })
}

/// Route `print` output to `callback` (NULL: collect it for `cloaca_take_output`, the
/// default).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(callback = "output_fn")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_set_output(
    runtime: CloacaRuntime,
    callback: CloacaOutputFn,
    user_data: *mut c_void,
) -> CloacaStatus {
    guard(|| {
        with_rt(runtime, |inner| {
            inner.output.lock().callback = callback.map(|cb| (cb, UserData(user_data)));
            Ok(())
        })
    })
}

/// Take the output collected so far for `stream` (1: stdout, 2: stderr) as a text buffer to
/// free with `cloaca_buffer_free`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_take_output(
    runtime: CloacaRuntime,
    stream: i32,
    out: *mut CloacaBuffer,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        if stream != 1 && stream != 2 {
            return fail(
                CloacaStatus::InvalidArgument,
                format!("stream must be 1 (stdout) or 2 (stderr), not {stream}"),
            );
        }
        let text = with_rt(runtime, |inner| {
            let mut o = inner.output.lock();
            Ok(std::mem::take(if stream == 1 {
                &mut o.out
            } else {
                &mut o.err
            }))
        })?;
        give(text.into_bytes(), true, out)
    })
}

/// Compile `source` as module `name` (file name `filename` in tracebacks; NULL means
/// "<name>.py"). On success the module can be spawned with `cloaca_spawn_module` and imported
/// by scripts. On `CLOACA_STATUS_COMPILE_ERROR`, `*error` (if not NULL) gets the details and
/// `cloaca_last_error()` holds the CPython-style report.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(name = "c_str", filename = "c_str", source = "c_str")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_compile(
    runtime: CloacaRuntime,
    name: *const c_char,
    filename: *const c_char,
    source: *const c_char,
    error: *mut CloacaCompileError,
) -> CloacaStatus {
    guard(|| {
        let name = arg_str(name, "name")?;
        let source = arg_str(source, "source")?;
        let filename = if filename.is_null() {
            format!("{name}.py")
        } else {
            arg_str(filename, "filename")?.to_string()
        };
        with_rt(runtime, |inner| {
            if let Err(e) = cloaca_core::compile_module(source, &filename, name) {
                if !error.is_null() {
                    error.write(compile_error_details(&e));
                }
                return fail(CloacaStatus::CompileError, e.render().trim_end());
            }
            inner.rt.add_source(name, &filename, source);
            inner
                .modules
                .insert(name.to_string(), (filename, source.to_string()));
            Ok(())
        })
    })
}

thread_local! {
    static COMPILE_ERROR: std::cell::RefCell<Vec<CString>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn compile_error_details(e: &cloaca_core::CompileError) -> CloacaCompileError {
    COMPILE_ERROR.with(|store| {
        let mut store = store.borrow_mut();
        *store = vec![
            status::c_string(e.kind.name()),
            status::c_string(&e.message),
            status::c_string(&e.filename),
            status::c_string(e.source_line.as_deref().unwrap_or("")),
        ];
        CloacaCompileError {
            kind: store[0].as_ptr(),
            message: store[1].as_ptr(),
            filename: store[2].as_ptr(),
            source_line: store[3].as_ptr(),
            line: e.line,
            column: e.column,
        }
    })
}

/// Spawn a task running the top level of module `name` (compiled with `cloaca_compile`).
/// `meta` is any CBOR value the host attaches to the task (reported in its events, inherited
/// by tasks it spawns; NULL / 0 means `None`). The task starts on the next tick.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(name = "c_str", meta_len = "size_t")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_spawn_module(
    runtime: CloacaRuntime,
    name: *const c_char,
    meta: *const u8,
    meta_len: usize,
    task: *mut u64,
) -> CloacaStatus {
    guard(|| {
        check_out(task, "task")?;
        let name = arg_str(name, "name")?;
        let meta = value_arg(meta, meta_len, "meta")?;
        let id = with_rt(runtime, |inner| {
            let Some((filename, source)) = inner.modules.get(name) else {
                return fail(
                    CloacaStatus::NotFound,
                    format!("module '{name}' was not compiled with cloaca_compile"),
                );
            };
            let (filename, source) = (filename.clone(), source.clone());
            inner
                .rt
                .spawn_module(name, &filename, &source, meta)
                .map_err(runtime_error)
        })?;
        put(task, id.0, "task")
    })
}

/// Spawn a task calling `module.function(*args)` on a module that ran (or is running) its
/// top level. `args` is a CBOR array (NULL / 0: no arguments); `meta` as for
/// `cloaca_spawn_module`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(
        module = "c_str",
        function = "c_str",
        args_len = "size_t",
        meta_len = "size_t"
    )
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_spawn_function(
    runtime: CloacaRuntime,
    module: *const c_char,
    function: *const c_char,
    args: *const u8,
    args_len: usize,
    meta: *const u8,
    meta_len: usize,
    task: *mut u64,
) -> CloacaStatus {
    guard(|| {
        check_out(task, "task")?;
        let module = arg_str(module, "module")?;
        let function = arg_str(function, "function")?;
        let args = crate::cbor::decode_args(arg_bytes(args, args_len, "args")?)
            .or_else(|e| fail(CloacaStatus::ValueError, format!("args: {e}")))?;
        let meta = value_arg(meta, meta_len, "meta")?;
        let id = with_rt(runtime, |inner| {
            inner
                .rt
                .spawn_function(module, function, &args, meta)
                .map_err(runtime_error)
        })?;
        put(task, id.0, "task")
    })
}

/// Run the runtime for one frame: apply completions, reissue restored calls (first tick after
/// a restore), then run tasks round-robin for at most `budget` instructions in total, calling
/// host functions as scripts reach them. Tasks spawned or woken during a tick run on the next.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_tick(runtime: CloacaRuntime, budget: u64) -> CloacaStatus {
    guard(|| {
        with_rt(runtime, |inner| {
            let Inner { rt, host, .. } = inner;
            rt.tick(budget, host);
            Ok(())
        })
    })
}

/// Cancel a task: `CancelledError` is raised where it stands; its `finally` blocks run on the
/// next tick, then a CANCELLED event. A host call it was blocked on is abandoned (its token
/// becomes unknown; the cancelled callback hears of it).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_cancel(runtime: CloacaRuntime, task: u64) -> CloacaStatus {
    guard(|| {
        with_rt(runtime, |inner| {
            let id = TaskId(task);
            if let Some(TaskState::Blocked(token)) = inner.rt.task_state(id) {
                inner.host.shared.pending.lock().remove(&token.0);
            }
            inner.rt.cancel(id).map_err(runtime_error)
        })
    })
}

/// The state of a task; `*detail` (may be NULL) gets the token it is blocked on or the task
/// it joins, else 0. Ended tasks report FINISHED; ids never issued are UNKNOWN_TASK.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_task_state(
    runtime: CloacaRuntime,
    task: u64,
    state: *mut CloacaTaskState,
    detail: *mut u64,
) -> CloacaStatus {
    guard(|| {
        check_out(state, "state")?;
        let s = with_rt(runtime, |inner| {
            inner.rt.task_state(TaskId(task)).ok_or(Fail {
                status: CloacaStatus::UnknownTask,
                message: format!("no task {task}"),
            })
        })?;
        let (s, d) = match s {
            TaskState::Runnable => (CloacaTaskState::Runnable, 0),
            TaskState::Blocked(t) => (CloacaTaskState::Blocked, t.0),
            TaskState::Joining(t) => (CloacaTaskState::Joining, t.0),
            TaskState::Finished => (CloacaTaskState::Finished, 0),
        };
        put(state, s, "state")?;
        if !detail.is_null() {
            detail.write(d);
        }
        Ok(())
    })
}

/// `*idle` = 1 when no task is alive, else 0.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_is_idle(runtime: CloacaRuntime, idle: *mut i32) -> CloacaStatus {
    guard(|| {
        check_out(idle, "idle")?;
        let v = with_rt(runtime, |inner| Ok(inner.rt.is_idle()))?;
        put(idle, v as i32, "idle")
    })
}

/// Take the oldest event. `out->kind` is `CLOACA_EVENT_KIND_NONE` when there is none.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_next_event(
    runtime: CloacaRuntime,
    out: *mut CloacaEvent,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        with_rt(runtime, |inner| {
            if inner.events.is_empty() {
                let drained = inner.rt.drain_events();
                inner.events.extend(drained);
            }
            let ev = inner.events.pop_front();
            let ev = fill_event(&mut inner.current, ev);
            out.write(ev);
            Ok(())
        })
    })
}

fn fill_event(store: &mut EventStore, ev: Option<Event>) -> CloacaEvent {
    store.meta.clear();
    store.value.clear();
    store.strings.clear();
    static EMPTY: &[u8] = b"\0";
    let empty = EMPTY.as_ptr() as *const c_char;
    let mut e = CloacaEvent {
        kind: CloacaEventKind::None,
        task: 0,
        token: 0,
        meta: store.meta.as_ptr(),
        meta_len: 0,
        value: store.value.as_ptr(),
        value_len: 0,
        error_kind: empty,
        error_message: empty,
        traceback: empty,
        exit_status: 0,
        is_system_exit: 0,
        script: empty,
        line: 0,
        ticks: 0,
    };
    let mut text = |s: &str| {
        store.strings.push(status::c_string(s));
        store.strings.last().unwrap().as_ptr()
    };
    let meta = match ev {
        None => return e,
        Some(Event::Finished { task, meta, value }) => {
            e.kind = CloacaEventKind::Finished;
            e.task = task.0;
            cbor::encode_into(&value, &mut store.value);
            Some(meta)
        }
        Some(Event::Failed { task, meta, error }) => {
            e.kind = CloacaEventKind::Failed;
            e.task = task.0;
            e.error_kind = text(&error.kind);
            e.error_message = text(&error.message);
            e.traceback = text(&error.traceback);
            if let Some(s) = error.exit_status {
                e.is_system_exit = 1;
                e.exit_status = s;
            }
            Some(meta)
        }
        Some(Event::Cancelled { task, meta }) => {
            e.kind = CloacaEventKind::Cancelled;
            e.task = task.0;
            Some(meta)
        }
        Some(Event::HogWarning {
            task,
            meta,
            script,
            line,
            ticks,
        }) => {
            e.kind = CloacaEventKind::HogWarning;
            e.task = task.0;
            e.script = text(&script);
            e.line = line;
            e.ticks = ticks;
            Some(meta)
        }
        Some(Event::UnknownToken { token }) => {
            e.kind = CloacaEventKind::UnknownToken;
            e.token = token.0;
            None
        }
    };
    if let Some(m) = meta {
        cbor::encode_into(&m, &mut store.meta);
    }
    e.meta = store.meta.as_ptr();
    e.meta_len = store.meta.len();
    e.value = store.value.as_ptr();
    e.value_len = store.value.len();
    e
}

// ---------------------------------------------------------------------------------------------
// Completions: thread-safe.

fn complete(runtime: CloacaRuntime, token: u64, result: Completion) -> R<()> {
    let cell = lookup(runtime)?;
    if !cell.shared.pending.lock().remove(&token) {
        return fail(
            CloacaStatus::UnknownToken,
            format!(
                "no host call is pending under token {token} (never issued, already \
                 completed, or its task was cancelled)"
            ),
        );
    }
    cell.shared.completer.complete(Token(token), result);
    Ok(())
}

/// Complete a pending host call with a value (CBOR; NULL / 0 means `None`); the task resumes
/// on the next tick. Thread-safe: may be called from any thread, and from inside callbacks.
/// A token completes once; again, or a token never issued, is `CLOACA_STATUS_UNKNOWN_TOKEN`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_complete(
    runtime: CloacaRuntime,
    token: u64,
    cbor: *const u8,
    len: usize,
) -> CloacaStatus {
    guard(|| {
        let v = value_arg(cbor, len, "cbor")?;
        complete(runtime, token, Ok(v))
    })
}

/// `cloaca_complete` with `None`. Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_complete_none(runtime: CloacaRuntime, token: u64) -> CloacaStatus {
    guard(|| complete(runtime, token, Ok(HostValue::None)))
}

/// `cloaca_complete` with an `int`. Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_complete_int(
    runtime: CloacaRuntime,
    token: u64,
    value: i64,
) -> CloacaStatus {
    guard(|| complete(runtime, token, Ok(HostValue::Int(value))))
}

/// `cloaca_complete` with a `float`. Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_complete_float(
    runtime: CloacaRuntime,
    token: u64,
    value: f64,
) -> CloacaStatus {
    guard(|| complete(runtime, token, Ok(HostValue::Float(value))))
}

/// `cloaca_complete` with a `bool` (0 is `False`). Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub extern "C" fn cloaca_complete_bool(
    runtime: CloacaRuntime,
    token: u64,
    value: i32,
) -> CloacaStatus {
    guard(|| complete(runtime, token, Ok(HostValue::Bool(value != 0))))
}

/// `cloaca_complete` with a `str` (UTF-8, `len` bytes; copied). Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(text = "c_str", len = "size_t")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_complete_str(
    runtime: CloacaRuntime,
    token: u64,
    text: *const c_char,
    len: usize,
) -> CloacaStatus {
    guard(|| {
        let s = arg_text(text, len, "text")?.to_string();
        complete(runtime, token, Ok(HostValue::Str(s)))
    })
}

/// Complete a pending host call with an error: `HostError(message)` is raised in the script.
/// Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(message = "c_str"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_complete_error(
    runtime: CloacaRuntime,
    token: u64,
    message: *const c_char,
) -> CloacaStatus {
    guard(|| {
        let m = arg_str(message, "message")?.to_string();
        complete(runtime, token, Err(m))
    })
}

// ---------------------------------------------------------------------------------------------
// Snapshots.

/// Save the whole runtime (every task, mid-function, mid-host-call) into a buffer to free with
/// `cloaca_buffer_free`. Completions already queued are applied first. Host callbacks and
/// output routing are not saved.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_snapshot(
    runtime: CloacaRuntime,
    out: *mut CloacaBuffer,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        let bytes = with_rt(runtime, |inner| Ok(inner.rt.snapshot()))?;
        give(bytes, false, out)
    })
}

/// Restore a runtime from snapshot bytes (`config` may be NULL). The blob is never trusted:
/// corrupted, truncated or incompatible input returns `CLOACA_STATUS_SNAPSHOT_ERROR` with the
/// reason. Then register the host functions and the reissue callback again, and tick: the
/// first tick reissues every call that was pending at save time.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_restore(
    data: *const u8,
    len: usize,
    config: *const CloacaConfig,
    out: *mut CloacaRuntime,
) -> CloacaStatus {
    guard(|| {
        check_out(out, "out")?;
        let bytes = arg_bytes(data, len, "data")?;
        let rt = Runtime::restore(bytes, runtime_config(config))
            .or_else(|e| fail(CloacaStatus::SnapshotError, e.to_string()))?;
        put(out, adopt(rt), "out")
    })
}
