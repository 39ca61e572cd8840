//! `Task`: one thread of script execution — a value stack plus an explicit frame stack.

use crate::frame::Frame;
use crate::value::Value;
use serde_tuple::{Deserialize_tuple, Serialize_tuple};

#[derive(Clone, Debug, Default, Serialize_tuple, Deserialize_tuple)]
pub struct Task {
    /// Local slots and temporaries of every frame, contiguous.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled: Value,
}

impl Task {
    /// An empty task. Capacities are small: thousands of scripts may sit parked at once (a
    /// parked NPC costs well under 1 KiB), and both vectors grow on demand.
    pub fn new() -> Task {
        Task {
            stack: Vec::new(),
            frames: Vec::with_capacity(1),
            handled: Value::None,
        }
    }

    /// `frames.push(frame)`, always inlined: the call fast path pushes a frame per call and
    /// the library's `push` is outlined there.
    #[inline(always)]
    pub fn push_frame(&mut self, frame: Frame) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(1);
        }
        // SAFETY: capacity exceeds length (just ensured); the slot is uninitialised and
        // becomes part of the vector only after the write.
        unsafe {
            let len = self.frames.len();
            self.frames.as_mut_ptr().add(len).write(frame);
            self.frames.set_len(len + 1);
        }
    }

    /// Every value this task keeps alive (GC roots).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.stack.iter().for_each(|v| f(*v));
        for fr in &self.frames {
            fr.trace(&mut |v| f(v));
        }
        f(self.handled);
    }
}
