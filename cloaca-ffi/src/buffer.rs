//! Buffers the library hands to C (snapshots, text): owned by the library until
//! `cloaca_buffer_free`, which detects double frees and foreign buffers.

use crate::status::{check_out, fail, guard, CloacaStatus, R};
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

#[cfg(feature = "csharp")]
use crate::interop::{buffer_in_out, size_t};

/// Bytes owned by the library. Read `data[0..len]`; give it back with `cloaca_buffer_free`
/// exactly once. Text buffers (output, repr) are followed by a NUL byte not counted in `len`,
/// so `data` can be used as a C string. Do not modify the fields.
#[cfg_attr(feature = "csharp", interoptopus::ffi_type)]
#[cfg_attr(feature = "csharp", interoptopus::ffi_surrogates(len = "size_t"))]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CloacaBuffer {
    pub data: *const u8,
    pub len: usize,
    /// Identifies the allocation (0 once freed).
    pub id: u64,
}

static LIVE: Mutex<BTreeMap<u64, Box<[u8]>>> = Mutex::new(BTreeMap::new());
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Hand `bytes` to C through `out` (checked non-null by the caller).
pub(crate) unsafe fn give(mut bytes: Vec<u8>, text: bool, out: *mut CloacaBuffer) -> R<()> {
    check_out(out, "out buffer")?;
    let len = bytes.len();
    if text {
        bytes.push(0);
    }
    let boxed = bytes.into_boxed_slice();
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let data = boxed.as_ptr();
    LIVE.lock().insert(id, boxed);
    out.write(CloacaBuffer { data, len, id });
    Ok(())
}

/// The number of buffers not yet freed (for leak checks in tests).
pub fn live_buffers() -> usize {
    LIVE.lock().len()
}

/// Free a buffer the library returned, and zero `*buffer`. Freeing it again, freeing a copy
/// of an already-freed buffer, or a buffer the library never issued returns
/// `CLOACA_STATUS_INVALID_BUFFER` and frees nothing. Thread-safe.
#[cfg_attr(feature = "csharp", interoptopus::ffi_function)]
#[cfg_attr(
    feature = "csharp",
    interoptopus::ffi_surrogates(buffer = "buffer_in_out")
)]
#[no_mangle]
pub unsafe extern "C" fn cloaca_buffer_free(buffer: *mut CloacaBuffer) -> CloacaStatus {
    guard(|| {
        check_out(buffer, "buffer")?;
        let b = buffer.read();
        if b.id == 0 && b.data.is_null() {
            return fail(
                CloacaStatus::InvalidBuffer,
                "buffer is empty: already freed, or never filled by the library",
            );
        }
        let mut live = LIVE.lock();
        match live.get(&b.id) {
            Some(owned) if owned.as_ptr() == b.data => {
                live.remove(&b.id);
            }
            _ => {
                return fail(
                    CloacaStatus::InvalidBuffer,
                    format!(
                        "buffer {} is not live: already freed, or not issued by this library",
                        b.id
                    ),
                )
            }
        }
        drop(live);
        buffer.write(CloacaBuffer {
            data: std::ptr::null(),
            len: 0,
            id: 0,
        });
        Ok(())
    })
}
