//! Status codes, the per-thread last error, and the guard every exported function runs in.

use std::cell::RefCell;
use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// What every `cloaca_*` function returns. On anything but `CLOACA_STATUS_OK`,
/// `cloaca_last_error()` describes what went wrong, and no out-parameter was written (except
/// the error details `cloaca_compile` documents).
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloacaStatus {
    /// Success.
    Ok = 0,
    /// A required pointer argument was NULL.
    NullPointer = 1,
    /// The runtime handle is null, stale (destroyed) or was never issued by this library.
    InvalidHandle = 2,
    /// The buffer was already freed, or was not issued by this library.
    InvalidBuffer = 3,
    /// An argument is malformed (e.g. a string that is not UTF-8).
    InvalidArgument = 4,
    /// The `CloacaCall*` is not live: call accessors and replies work only inside the callback
    /// that received it, on the thread that runs the callback.
    InvalidCall = 5,
    /// The call was already answered (a call takes exactly one reply).
    AlreadyReplied = 6,
    /// No host call is pending under this token (never issued, already completed, or its task
    /// was cancelled).
    UnknownToken = 7,
    /// No live task has this id.
    UnknownTask = 8,
    /// No such module or function.
    NotFound = 9,
    /// The source does not compile; see the `CloacaCompileError` out-parameter.
    CompileError = 10,
    /// A CBOR value is malformed or has no mapping.
    ValueError = 11,
    /// A typed accessor was used on a value of another type, or an index is out of range.
    TypeMismatch = 12,
    /// The snapshot cannot be restored (corrupted, truncated, wrong version, inconsistent).
    SnapshotError = 13,
    /// The runtime is in use: a call on a runtime from inside one of its own callbacks (other
    /// than `cloaca_complete*` and the call accessors / replies), or from a second thread while
    /// the owner is using it.
    Busy = 14,
    /// An earlier call on this runtime panicked inside the library; the runtime may be
    /// inconsistent and only `cloaca_runtime_destroy` is accepted.
    Poisoned = 15,
    /// The library panicked (a bug); the message is in `cloaca_last_error()`.
    Panic = 16,
}

/// A failed call: the status and the message for `cloaca_last_error`.
#[derive(Debug)]
pub(crate) struct Fail {
    pub status: CloacaStatus,
    pub message: String,
}

pub(crate) type R<T> = Result<T, Fail>;

pub(crate) fn fail<T>(status: CloacaStatus, message: impl Into<String>) -> R<T> {
    Err(Fail {
        status,
        message: message.into(),
    })
}

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

/// A C string from arbitrary text (interior NULs become U+FFFD).
pub(crate) fn c_string(s: &str) -> CString {
    CString::new(s.replace('\0', "\u{FFFD}")).unwrap_or_default()
}

pub(crate) fn set_last_error(msg: &str) {
    LAST_ERROR.with(|e| *e.borrow_mut() = c_string(msg));
}

pub(crate) fn last_error_ptr() -> *const c_char {
    LAST_ERROR.with(|e| e.borrow().as_ptr())
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Run an exported function's body: panics become `Panic`, errors set the last error.
pub(crate) fn guard(f: impl FnOnce() -> R<()>) -> CloacaStatus {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => CloacaStatus::Ok,
        Ok(Err(e)) => {
            set_last_error(&e.message);
            e.status
        }
        Err(p) => {
            set_last_error(&format!(
                "internal error (panic in the Cloaca library): {}",
                panic_message(&*p)
            ));
            CloacaStatus::Panic
        }
    }
}

/// A NUL-terminated UTF-8 argument.
pub(crate) unsafe fn arg_str<'a>(p: *const c_char, what: &str) -> R<&'a str> {
    if p.is_null() {
        return fail(CloacaStatus::NullPointer, format!("{what} is NULL"));
    }
    CStr::from_ptr(p).to_str().or_else(|_| {
        fail(
            CloacaStatus::InvalidArgument,
            format!("{what} is not valid UTF-8"),
        )
    })
}

/// A (pointer, length) byte argument; NULL is allowed when `len` is 0.
pub(crate) unsafe fn arg_bytes<'a>(p: *const u8, len: usize, what: &str) -> R<&'a [u8]> {
    if len == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return fail(
            CloacaStatus::NullPointer,
            format!("{what} is NULL with length {len}"),
        );
    }
    Ok(std::slice::from_raw_parts(p, len))
}

/// A (pointer, length) UTF-8 argument; NULL is allowed when `len` is 0.
pub(crate) unsafe fn arg_text<'a>(p: *const c_char, len: usize, what: &str) -> R<&'a str> {
    let b = arg_bytes(p as *const u8, len, what)?;
    std::str::from_utf8(b).or_else(|_| {
        fail(
            CloacaStatus::InvalidArgument,
            format!("{what} is not valid UTF-8"),
        )
    })
}

/// Check an out-parameter before any work is done.
pub(crate) fn check_out<T>(p: *mut T, what: &str) -> R<()> {
    if p.is_null() {
        return fail(CloacaStatus::NullPointer, format!("{what} is NULL"));
    }
    Ok(())
}

/// Write an out-parameter (checked with [`check_out`] or here).
pub(crate) unsafe fn put<T>(p: *mut T, v: T, what: &str) -> R<()> {
    check_out(p, what)?;
    p.write(v);
    Ok(())
}
