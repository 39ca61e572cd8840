//! `Task`: one thread of script execution — a value stack plus an explicit frame stack.

use crate::frame::{Cont, Frame, GenMode};
use crate::object::CodeId;
use crate::value::{ObjId, Value};
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

    /// The uninitialised slot one past the last frame, with capacity for it ensured (the
    /// length is unchanged: the caller writes the slot, then sets the length).
    #[inline(always)]
    fn next_frame_slot(&mut self) -> *mut Frame {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(1);
        }
        // SAFETY: `len < capacity`, so the offset stays inside the allocation.
        unsafe { self.frames.as_mut_ptr().add(self.frames.len()) }
    }

    /// `frames.push(frame)`, always inlined: the call fast path pushes a frame per call and
    /// the library's `push` is outlined there.
    #[inline(always)]
    pub fn push_frame(&mut self, frame: Frame) {
        let p = self.next_frame_slot();
        // SAFETY: the slot is uninitialised and becomes part of the vector only after the
        // write.
        unsafe {
            p.write(frame);
            self.frames.set_len(self.frames.len() + 1);
        }
    }

    /// Push the frame of a plain function call (no namespace, no handler blocks, result
    /// pushed, not a generator), writing each field straight into the vector's slot.
    ///
    /// Equivalent to `push_frame(Frame { .. })`, but that builds the frame in a stack
    /// temporary with 4-byte field stores and copies it with 16-byte loads, which stall on
    /// store forwarding (perf: the call fast path's hottest instruction in `fib`).
    #[inline(always)]
    pub fn push_call_frame(&mut self, code: CodeId, base: u32, ret_sp: u32, globals: ObjId) {
        let p = self.next_frame_slot();
        // SAFETY: every field of the uninitialised slot is written before the length covers it.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(code);
            std::ptr::addr_of_mut!((*p).ip).write(0);
            std::ptr::addr_of_mut!((*p).base).write(base);
            std::ptr::addr_of_mut!((*p).ret_sp).write(ret_sp);
            std::ptr::addr_of_mut!((*p).globals).write(globals);
            std::ptr::addr_of_mut!((*p).ns).write(Value::Undef);
            std::ptr::addr_of_mut!((*p).blocks).write(Vec::new());
            std::ptr::addr_of_mut!((*p).cont).write(Cont::Push);
            std::ptr::addr_of_mut!((*p).gen).write(None);
            self.frames.set_len(self.frames.len() + 1);
        }
    }

    /// Push a suspended generator's frame `src` with a new base, return height and consumer
    /// (`Cont::Gen(mode)`), moving its handler blocks out of it; the rest of `src` is left
    /// as is.
    ///
    /// Field by field, as in [`Task::push_call_frame`]: copying the whole frame out of the
    /// generator stalled on store forwarding (perf: a third of `resume_generator`'s samples),
    /// and so did moving even an empty block vector through a temporary.
    #[inline(always)]
    pub fn push_resumed_frame(&mut self, src: &mut Frame, base: u32, ret_sp: u32, mode: GenMode) {
        let p = self.next_frame_slot();
        // SAFETY: as in `push_call_frame`.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(src.code);
            std::ptr::addr_of_mut!((*p).ip).write(src.ip);
            std::ptr::addr_of_mut!((*p).base).write(base);
            std::ptr::addr_of_mut!((*p).ret_sp).write(ret_sp);
            std::ptr::addr_of_mut!((*p).globals).write(src.globals);
            std::ptr::addr_of_mut!((*p).ns).write(src.ns);
            if src.blocks.capacity() == 0 {
                std::ptr::addr_of_mut!((*p).blocks).write(Vec::new());
            } else {
                std::ptr::addr_of_mut!((*p).blocks).write(std::mem::take(&mut src.blocks));
            }
            std::ptr::addr_of_mut!((*p).cont).write(Cont::Gen(mode));
            std::ptr::addr_of_mut!((*p).gen).write(src.gen);
            self.frames.set_len(self.frames.len() + 1);
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
