//! Host calls as C sees them: the callbacks, the `CloacaCall` a callback receives, its
//! argument accessors and the replies.

use crate::cbor;
use crate::status::{arg_bytes, arg_str, arg_text, check_out, fail, guard, put, CloacaStatus, R};
use cloaca_core::host::{Host, HostCall, HostReply, HostValue, Token};
use cloaca_core::runtime::Completer;
use parking_lot::Mutex;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ffi::{c_char, c_void};
use std::sync::Arc;

#[cfg(feature = "csharp")]
use crate::interop::{c_str, size_t, size_t_out};

/// A host function, or the reissue callback: read the call with the `cloaca_call_*`
/// accessors and answer with exactly one `cloaca_reply_*` before returning. The `call`
/// pointer is valid only until the callback returns. Runs on the thread calling
/// `cloaca_tick`. Must not unwind (no C++ exceptions, no longjmp) out of the callback.
pub type CloacaHostFn =
    Option<unsafe extern "C" fn(user_data: *mut c_void, call: *const CloacaCall)>;

/// Told that the task waiting on `token` was cancelled: the host may drop that work (a later
/// `cloaca_complete` of the token returns `CLOACA_STATUS_UNKNOWN_TOKEN`).
pub type CloacaCancelledFn = Option<unsafe extern "C" fn(user_data: *mut c_void, token: u64)>;

/// A host call in progress (opaque). Valid only inside the callback that received it.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type(opaque))]
pub struct CloacaCall {
    call: *const HostCall,
    shared: *const Shared,
    reissue: bool,
    reply: Cell<Option<HostReply>>,
    replied: Cell<bool>,
    /// Encodings handed out by the CBOR accessors (live until the callback returns).
    scratch: RefCell<Vec<Vec<u8>>>,
    /// The call this one interrupted on the same thread (a callback ticking another runtime).
    prev: *const CloacaCall,
}

thread_local! {
    static CURRENT: Cell<*const CloacaCall> = const { Cell::new(std::ptr::null()) };
}

/// The kind of a value, for `cloaca_call_arg_type`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloacaValueType {
    None = 0,
    Bool = 1,
    Int = 2,
    Float = 3,
    Str = 4,
    Bytes = 5,
    List = 6,
    Tuple = 7,
    Dict = 8,
    Handle = 9,
}

/// State of a runtime that other threads touch: the pending tokens and the completion queue.
#[derive(Default)]
pub(crate) struct Shared {
    pub pending: Mutex<HashSet<u64>>,
    pub completer: Completer,
}

/// `user_data` pointers belong to the host, which promises (header: thread rules) to use a
/// runtime from one thread at a time.
#[derive(Clone, Copy)]
pub(crate) struct UserData(pub *mut c_void);
unsafe impl Send for UserData {}

#[derive(Clone, Copy)]
pub(crate) struct HostFn {
    pub cb: unsafe extern "C" fn(*mut c_void, *const CloacaCall),
    pub user_data: UserData,
}

/// The `Host` a runtime ticks with: C callbacks by name.
pub(crate) struct FfiHost {
    pub fns: HashMap<String, HostFn>,
    pub reissue: Option<HostFn>,
    pub cancelled: Option<(unsafe extern "C" fn(*mut c_void, u64), UserData)>,
    pub shared: Arc<Shared>,
}

impl FfiHost {
    pub fn new(shared: Arc<Shared>) -> FfiHost {
        FfiHost {
            fns: HashMap::new(),
            reissue: None,
            cancelled: None,
            shared,
        }
    }
}

fn invoke(f: HostFn, call: &HostCall, shared: &Shared, reissue: bool) -> Option<HostReply> {
    let ctx = CloacaCall {
        call,
        shared,
        reissue,
        reply: Cell::new(None),
        replied: Cell::new(false),
        scratch: RefCell::new(Vec::new()),
        prev: CURRENT.get(),
    };
    CURRENT.set(&ctx);
    // SAFETY: the host registered `cb` for this signature; `ctx` outlives the call.
    unsafe { (f.cb)(f.user_data.0, &ctx) };
    CURRENT.set(ctx.prev);
    ctx.reply.take()
}

impl Host for FfiHost {
    fn call(&mut self, call: &HostCall) -> HostReply {
        match self.fns.get(&*call.name) {
            Some(f) => invoke(*f, call, &self.shared, false).unwrap_or_else(|| {
                HostReply::Error(format!(
                    "the host function {}() returned without replying",
                    call.name
                ))
            }),
            None => HostReply::Error(format!("no host function '{}' is registered", call.name)),
        }
    }

    fn reissue(&mut self, call: &HostCall) -> HostReply {
        if !self.shared.pending.lock().contains(&call.token.0) {
            // The host completed this restored call before its reissue (its completion is
            // queued and applies right after the reissue pass): it is answered, not refused.
            return HostReply::Pending;
        }
        let reply = match self.reissue {
            Some(f) => invoke(f, call, &self.shared, true).unwrap_or_else(|| {
                HostReply::Refused(format!(
                    "the host's reissue callback returned without replying for {}() (token {})",
                    call.name, call.token
                ))
            }),
            None => HostReply::Refused(format!(
                "the host cannot resume the pending call {}() (token {})",
                call.name, call.token
            )),
        };
        if !matches!(reply, HostReply::Pending) {
            self.shared.pending.lock().remove(&call.token.0);
        }
        reply
    }

    fn cancelled(&mut self, token: Token) {
        if let Some((cb, ud)) = self.cancelled {
            // SAFETY: registered by the host for this signature.
            unsafe { cb(ud.0, token.0) }
        }
    }
}

/// The live call behind `p`, if `p` is one of this thread's calls in progress.
fn live<'a>(p: *const CloacaCall) -> R<&'a CloacaCall> {
    if p.is_null() {
        return fail(CloacaStatus::NullPointer, "call is NULL");
    }
    let mut cur = CURRENT.get();
    while !cur.is_null() {
        if cur == p {
            // SAFETY: `cur` is on this thread's stack of calls in progress.
            return Ok(unsafe { &*p });
        }
        cur = unsafe { (*cur).prev };
    }
    fail(
        CloacaStatus::InvalidCall,
        "this CloacaCall is not live: accessors and replies work only inside the callback \
         that received it, on its thread",
    )
}

impl CloacaCall {
    fn host_call(&self) -> &HostCall {
        // SAFETY: valid while the call is live (checked by `live`).
        unsafe { &*self.call }
    }

    fn arg(&self, index: usize) -> R<&HostValue> {
        let c = self.host_call();
        match c.args.get(index) {
            Some(v) => Ok(v),
            None => fail(
                CloacaStatus::TypeMismatch,
                format!(
                    "{}() has {} positional argument(s), no index {index}",
                    c.name,
                    c.args.len()
                ),
            ),
        }
    }

    fn mismatch<T>(&self, index: usize, want: &str, got: &HostValue) -> R<T> {
        fail(
            CloacaStatus::TypeMismatch,
            format!(
                "argument {index} of {}() is {}, not {want}",
                self.host_call().name,
                cbor::type_name(got)
            ),
        )
    }

    fn set_reply(&self, reply: HostReply) -> R<()> {
        if self.replied.get() {
            return fail(
                CloacaStatus::AlreadyReplied,
                format!(
                    "the call {}() (token {}) was already answered",
                    self.host_call().name,
                    self.host_call().token
                ),
            );
        }
        if matches!(reply, HostReply::Pending) {
            // Registered before the callback returns, so another thread may complete the
            // token at once.
            // SAFETY: the runtime's shared state outlives its calls.
            let shared = unsafe { &*self.shared };
            shared.pending.lock().insert(self.host_call().token.0);
        }
        self.replied.set(true);
        self.reply.set(Some(reply));
        Ok(())
    }

    fn keep(&self, bytes: Vec<u8>, data: *mut *const u8, len: *mut usize) -> R<()> {
        let mut scratch = self.scratch.borrow_mut();
        scratch.push(bytes);
        let b = scratch.last().unwrap();
        // SAFETY: checked non-null by the caller.
        unsafe {
            data.write(b.as_ptr());
            len.write(b.len());
        }
        Ok(())
    }
}

fn value_type(v: &HostValue) -> CloacaValueType {
    match v {
        HostValue::None => CloacaValueType::None,
        HostValue::Bool(_) => CloacaValueType::Bool,
        HostValue::Int(_) => CloacaValueType::Int,
        HostValue::Float(_) => CloacaValueType::Float,
        HostValue::Str(_) => CloacaValueType::Str,
        HostValue::Bytes(_) => CloacaValueType::Bytes,
        HostValue::List(_) => CloacaValueType::List,
        HostValue::Tuple(_) => CloacaValueType::Tuple,
        HostValue::Dict(_) => CloacaValueType::Dict,
        HostValue::Handle(_) => CloacaValueType::Handle,
    }
}

/// The call's token: unique for the runtime's life, across save/load. Keep it to complete a
/// pending call, and as the key of the host's own saved state for reissue.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_token(call: *const CloacaCall, out: *mut u64) -> CloacaStatus {
    guard(|| put(out, live(call)?.host_call().token.0, "out"))
}

/// The id of the task making the call.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_task(call: *const CloacaCall, out: *mut u64) -> CloacaStatus {
    guard(|| put(out, live(call)?.host_call().task.0, "out"))
}

/// 1 when the call is a reissue after a restore (in the reissue callback), else 0.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_is_reissue(
    call: *const CloacaCall,
    out: *mut i32,
) -> CloacaStatus {
    guard(|| put(out, live(call)?.reissue as i32, "out"))
}

/// The name the function was registered under (UTF-8, `*len` bytes, not NUL-terminated;
/// valid until the callback returns).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t_out"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_name(
    call: *const CloacaCall,
    name: *mut *const c_char,
    len: *mut usize,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?.host_call();
        check_out(len, "len")?;
        put(name, c.name.as_ptr() as *const c_char, "name")?;
        len.write(c.name.len());
        Ok(())
    })
}

/// The number of positional arguments.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(out = "size_t_out"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_count(
    call: *const CloacaCall,
    out: *mut usize,
) -> CloacaStatus {
    guard(|| put(out, live(call)?.host_call().args.len(), "out"))
}

/// The type of positional argument `index`.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(index = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_type(
    call: *const CloacaCall,
    index: usize,
    out: *mut CloacaValueType,
) -> CloacaStatus {
    guard(|| put(out, value_type(live(call)?.arg(index)?), "out"))
}

/// Positional argument `index` as an `int` (a `bool` reads as 0 / 1). Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(index = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_int(
    call: *const CloacaCall,
    index: usize,
    out: *mut i64,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        match c.arg(index)? {
            HostValue::Int(i) => put(out, *i, "out"),
            HostValue::Bool(b) => put(out, *b as i64, "out"),
            other => c.mismatch(index, "an int", other),
        }
    })
}

/// Positional argument `index` as a `float` (an `int` converts). Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(index = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_float(
    call: *const CloacaCall,
    index: usize,
    out: *mut f64,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        match c.arg(index)? {
            HostValue::Float(f) => put(out, *f, "out"),
            HostValue::Int(i) => put(out, *i as f64, "out"),
            other => c.mismatch(index, "a float", other),
        }
    })
}

/// Positional argument `index` as a `str`: UTF-8, `*len` bytes, not NUL-terminated, valid
/// until the callback returns. Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(index = "size_t", len = "size_t_out")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_str(
    call: *const CloacaCall,
    index: usize,
    data: *mut *const c_char,
    len: *mut usize,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        check_out(len, "len")?;
        match c.arg(index)? {
            HostValue::Str(s) => {
                put(data, s.as_ptr() as *const c_char, "data")?;
                len.write(s.len());
                Ok(())
            }
            other => c.mismatch(index, "a str", other),
        }
    })
}

/// Positional argument `index` as CBOR (valid until the callback returns).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(index = "size_t", len = "size_t_out")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_arg_cbor(
    call: *const CloacaCall,
    index: usize,
    data: *mut *const u8,
    len: *mut usize,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        check_out(data, "data")?;
        check_out(len, "len")?;
        let bytes = cbor::encode(c.arg(index)?);
        c.keep(bytes, data, len)
    })
}

/// All positional arguments as one CBOR array (valid until the callback returns).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t_out"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_args_cbor(
    call: *const CloacaCall,
    data: *mut *const u8,
    len: *mut usize,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        check_out(data, "data")?;
        check_out(len, "len")?;
        let bytes = cbor::encode_array(&c.host_call().args);
        c.keep(bytes, data, len)
    })
}

/// The keyword arguments as one CBOR map from names to values, in call order (an empty map
/// when there are none; valid until the callback returns).
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t_out"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_call_kwargs_cbor(
    call: *const CloacaCall,
    data: *mut *const u8,
    len: *mut usize,
) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        check_out(data, "data")?;
        check_out(len, "len")?;
        let map = HostValue::Dict(
            c.host_call()
                .kwargs
                .iter()
                .map(|(k, v)| (HostValue::Str(k.clone()), v.clone()))
                .collect(),
        );
        c.keep(cbor::encode(&map), data, len)
    })
}

fn reply(call: *const CloacaCall, r: impl FnOnce() -> R<HostReply>) -> CloacaStatus {
    guard(|| {
        let c = live(call)?;
        c.set_reply(r()?)
    })
}

/// Answer with a value (CBOR, see the mapping above): the script continues at once.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_ready(
    call: *const CloacaCall,
    cbor: *const u8,
    len: usize,
) -> CloacaStatus {
    reply(call, || {
        let bytes = arg_bytes(cbor, len, "cbor")?;
        let v = cbor::decode(bytes).or_else(|e| fail(CloacaStatus::ValueError, e))?;
        Ok(HostReply::Ready(v))
    })
}

/// Answer `None`. Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_none(call: *const CloacaCall) -> CloacaStatus {
    reply(call, || Ok(HostReply::Ready(HostValue::None)))
}

/// Answer an `int`. Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_int(call: *const CloacaCall, value: i64) -> CloacaStatus {
    reply(call, || Ok(HostReply::Ready(HostValue::Int(value))))
}

/// Answer a `float`. Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_float(call: *const CloacaCall, value: f64) -> CloacaStatus {
    reply(call, || Ok(HostReply::Ready(HostValue::Float(value))))
}

/// Answer a `bool` (0 is `False`, anything else `True`). Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_bool(call: *const CloacaCall, value: i32) -> CloacaStatus {
    reply(call, || Ok(HostReply::Ready(HostValue::Bool(value != 0))))
}

/// Answer a `str` (UTF-8, `len` bytes; copied). Fast path: no CBOR.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(text = "c_str", len = "size_t")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_str(
    call: *const CloacaCall,
    text: *const c_char,
    len: usize,
) -> CloacaStatus {
    reply(call, || {
        Ok(HostReply::Ready(HostValue::Str(
            arg_text(text, len, "text")?.to_string(),
        )))
    })
}

/// Answer with an error: the script sees `HostError(message)` raised at the call, which it
/// can catch. `message` is NUL-terminated UTF-8.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(message = "c_str"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_error(
    call: *const CloacaCall,
    message: *const c_char,
) -> CloacaStatus {
    reply(call, || {
        Ok(HostReply::Error(arg_str(message, "message")?.to_string()))
    })
}

/// Answer later: the task parks until `cloaca_complete*(runtime, token, …)` (from any thread,
/// even before this callback returns). Get the token with `cloaca_call_token`. In the reissue
/// callback: the host re-attached the call to its own work.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_pending(call: *const CloacaCall) -> CloacaStatus {
    reply(call, || Ok(HostReply::Pending))
}

/// Reissue callback only: the host cannot re-attach this call; the script sees
/// `ReissueError(message)` raised at the call. (In a host function it acts like
/// `cloaca_reply_error`.)
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(message = "c_str"))]
#[no_mangle]
pub unsafe extern "C" fn cloaca_reply_refuse(
    call: *const CloacaCall,
    message: *const c_char,
) -> CloacaStatus {
    reply(call, || {
        Ok(HostReply::Refused(arg_str(message, "message")?.to_string()))
    })
}
