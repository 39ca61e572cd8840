//! The interpreter loop: executes a task's frames until it finishes, raises, runs out of budget
//! or parks. Also exception unwinding (handler blocks, continuations that intercept exceptions,
//! generator bookkeeping) and generator yields.
//!
//! Each instruction is dispatched twice at most: a fast path handles the common cases of the
//! hottest instructions with the value stack's height and the budget in locals; everything else
//! (and a hot instruction's uncommon cases) falls through to the general implementation, which
//! works on `task.stack` with its length brought up to date.

use crate::bytecode::{CmpOp, Conversion, Op, UnaryOp};
use crate::dict::Dict;
use crate::frame::{Block, Cont, Frame, GenMode};
use crate::object::{CodeId, Function, GenState, Obj};
use crate::value::{load_split, load_split_ptr, store_split, ObjId, Value};
use crate::vm::attr::Attr;
use crate::vm::call::Called;
use crate::vm::exc::{ExcType, PyErr, PyResult};
use crate::vm::iter::IterKind;
use crate::vm::{Sym, Task, Vm};

/// Why a task stopped running without finishing.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum Park {
    /// `wait()`: give up the rest of this tick.
    Wait,
    /// A call to a host function: the scheduler hands it to the host.
    HostCall {
        name: std::sync::Arc<str>,
        args: Box<[Value]>,
        /// (name, value) keyword arguments.
        kwargs: Box<[(Value, Value)]>,
    },
    /// `join(task)`: wait for the task behind this handle to finish.
    Join { handle: ObjId },
    /// `spawn(fn, *args)`: the scheduler creates the task and delivers its handle.
    Spawn { func: Value, args: Vec<Value> },
}

/// A parked task's request plus the continuation that receives its eventual result.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Parked {
    pub park: Park,
    pub cont: Cont,
}

impl Parked {
    /// Every value the request holds (GC roots).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match &self.park {
            Park::Wait => {}
            Park::HostCall { args, kwargs, .. } => {
                args.iter().for_each(|v| f(*v));
                kwargs.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v);
                });
            }
            Park::Join { handle } => f(Value::Obj(*handle)),
            Park::Spawn { func, args } => {
                f(*func);
                args.iter().for_each(|v| f(*v));
            }
        }
        self.cont.trace(&mut |v| f(v));
    }
}

/// The outcome of running a task for a while.
#[derive(Debug)]
pub enum Exit {
    /// The outermost frame returned this value.
    Finished(Value),
    /// An exception escaped the outermost frame.
    Raised(ObjId),
    /// The instruction budget ran out (the task is runnable).
    Budget,
    /// The heap wants a collection; the caller should collect and resume.
    Gc,
    /// The task parked; the scheduler serves the request and resumes it with
    /// [`Vm::resume_parked`].
    Park(Box<Parked>),
}

impl Vm {
    /// Deliver the result of a parked request (`Ok`: a value for its continuation; `Err`: raise
    /// at the call site). Returns `Some(exit)` when the task stops again right away (it finished,
    /// raised or parked); `None` when it is ready to `run`.
    pub fn resume_parked(
        &mut self,
        task: &mut Task,
        cont: Cont,
        result: PyResult<Value>,
    ) -> Option<Exit> {
        let r = result.and_then(|v| self.deliver(task, cont, v));
        match r {
            Ok(Called::Done) | Ok(Called::Frame) => None,
            Ok(Called::Park(p)) => Some(Exit::Park(p)),
            Err(e) => match self.unwind(task, e, true) {
                Ok(()) => None,
                Err(exc) => Some(Exit::Raised(exc)),
            },
        }
    }

    /// Run `task` for at most `*budget` instructions.
    pub fn run(&mut self, task: &mut Task, budget: &mut u64) -> Exit {
        // The budget left, in a local (a register) rather than behind `budget`: decremented
        // through the pointer, every instruction made a load-modify-store of the same memory
        // word, a chain of store-to-load forwards through the whole loop. Written back on exit.
        let mut left = *budget;
        macro_rules! exit {
            ($e:expr) => {{
                *budget = left;
                return $e;
            }};
        }
        'frame: loop {
            let Some(frame) = task.frames.last() else {
                exit!(Exit::Finished(task.stack.pop().unwrap_or(Value::None)));
            };
            let code_id = frame.code;
            let mut ip = frame.ip as usize;
            let base = frame.base as usize;
            let globals = frame.globals;
            // Module-level code: `LoadName`/`StoreName` work on the globals (fast path).
            let module_level = matches!(frame.ns, Value::Obj(n) if n == globals);
            // SAFETY: `codes` is append-only and `self` outlives this call.
            let lc = unsafe { self.code_detached(code_id) };
            let ops: &[Op] = &lc.code.ops;
            let gcache = self.global_cache.base_for(code_id, ops.len());

            macro_rules! save_ip {
                () => {
                    task.frames.last_mut().unwrap().ip = ip as u32
                };
            }
            macro_rules! throw {
                ($e:expr) => {{
                    let e = $e;
                    save_ip!();
                    match self.unwind(task, e, true) {
                        Ok(()) => continue 'frame,
                        Err(exc) => exit!(Exit::Raised(exc)),
                    }
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => throw!(e),
                    }
                };
            }
            macro_rules! called {
                ($e:expr) => {{
                    save_ip!();
                    match $e {
                        Ok(Called::Done) => {
                            if task.frames.len() == 0 {
                                continue 'frame;
                            }
                            // A continuation may have moved this frame's ip (branches).
                            ip = task.frames.last().unwrap().ip as usize;
                        }
                        Ok(Called::Frame) => continue 'frame,
                        Ok(Called::Park(p)) => exit!(Exit::Park(p)),
                        Err(e) => throw!(e),
                    }
                }};
            }
            macro_rules! pop {
                () => {{
                    let len = task.stack.len();
                    let v = load_split(&task.stack, len.wrapping_sub(1));
                    // SAFETY: `load_split` checked `len - 1` is in bounds; `Value` is `Copy`.
                    unsafe { task.stack.set_len(len - 1) };
                    v
                }};
            }
            // `Vec::push`, kept inline in this loop (the compiler outlines the library's).
            macro_rules! push {
                ($v:expr) => {{
                    let v: Value = $v;
                    let st = &mut task.stack;
                    if st.len() == st.capacity() {
                        st.reserve(1);
                    }
                    // SAFETY: capacity exceeds length (just ensured); `Value` is `Copy`.
                    unsafe {
                        let len = st.len();
                        store_split(st.as_mut_ptr().add(len), v);
                        st.set_len(len + 1);
                    }
                }};
            }
            macro_rules! top {
                () => {
                    load_split(&task.stack, task.stack.len().wrapping_sub(1))
                };
            }

            // The value stack's height, kept in a local while the hot instructions run (see
            // the fast path below); `task.stack`'s own length is only brought up to date
            // before anything else looks at the vector.
            let mut height = task.stack.len();
            // Push for the fast path: the slot at `height` is written, then counted.
            macro_rules! fpush {
                ($v:expr) => {{
                    let v: Value = $v;
                    if height == task.stack.capacity() {
                        // SAFETY: as for the slow path's `set_len` below.
                        unsafe { task.stack.set_len(height) };
                        task.stack.reserve(1);
                    }
                    // SAFETY: `height < capacity` (just ensured).
                    unsafe { store_split(task.stack.as_mut_ptr().add(height), v) };
                    height += 1;
                }};
            }
            // Slot `i` (below `height`) as two words; see `load_split`.
            macro_rules! fget {
                ($i:expr) => {{
                    let i: usize = $i;
                    assert!(i < height);
                    // SAFETY: `i < height <= capacity` and every slot below `height` is
                    // initialised.
                    unsafe { load_split_ptr(task.stack.as_ptr().add(i)) }
                }};
            }
            macro_rules! fset {
                ($i:expr, $v:expr) => {{
                    let i: usize = $i;
                    let v: Value = $v;
                    assert!(i < height);
                    // SAFETY: as in `fget!`.
                    unsafe { store_split(task.stack.as_mut_ptr().add(i), v) };
                }};
            }
            macro_rules! fpop {
                () => {{
                    let v = fget!(height.wrapping_sub(1));
                    height -= 1;
                    v
                }};
            }

            loop {
                if left == 0 {
                    save_ip!();
                    // SAFETY: as for the slow path's `set_len` below.
                    unsafe { task.stack.set_len(height) };
                    exit!(Exit::Budget);
                }
                left -= 1;
                let op = ops[ip];
                ip += 1;
                // The fast path: the common cases of the hottest instructions, on `height`
                // instead of the vector's length. Kept in the vector, the length was loaded,
                // changed and stored back by nearly every instruction, and each instruction's
                // load waited for the previous one's store to forward: a chain through memory
                // that set the pace of the whole loop. An arm that completes its instruction
                // `continue`s; one that cannot (an error, a call, another type) leaves the
                // stack as it found it and falls through to the general implementation below.
                match op {
                    Op::LoadFast(i) => {
                        let v = fget!(base + i as usize);
                        if !v.is_undef() {
                            fpush!(v);
                            // Runtime superinstruction: a following `LoadFast`/`LoadConst`
                            // runs in the same dispatch (operands of binary ops and calls are
                            // mostly such pairs).
                            match ops[ip] {
                                Op::LoadFast(j) => {
                                    let w = fget!(base + j as usize);
                                    if !w.is_undef() {
                                        fpush!(w);
                                        ip += 1;
                                    }
                                }
                                Op::LoadConst(c) => {
                                    fpush!(lc.consts[c as usize]);
                                    ip += 1;
                                }
                                _ => {}
                            }
                            continue;
                        }
                    }
                    Op::LoadConst(i) => {
                        fpush!(lc.consts[i as usize]);
                        continue;
                    }
                    Op::StoreFast(i) => {
                        let v = fpop!();
                        fset!(base + i as usize, v);
                        continue;
                    }
                    Op::Pop => {
                        // As `Vec::pop` in the general path: nothing to pop is not an error.
                        height = height.saturating_sub(1);
                        continue;
                    }
                    Op::Copy(n) => {
                        let v = fget!(height.wrapping_sub(n as usize));
                        fpush!(v);
                        continue;
                    }
                    Op::Swap(n) => {
                        let (i, j) = (height.wrapping_sub(1), height.wrapping_sub(n as usize));
                        let (a, b) = (fget!(i), fget!(j));
                        fset!(i, b);
                        fset!(j, a);
                        continue;
                    }
                    Op::Binary(bop) | Op::Inplace(bop) => {
                        let (a, b) = (fget!(height.wrapping_sub(2)), fget!(height - 1));
                        if let Some(r) = numeric_fast(bop, a, b) {
                            height -= 1;
                            fset!(height - 1, r);
                            continue;
                        }
                    }
                    Op::Compare(cop) => {
                        let (a, b) = (fget!(height.wrapping_sub(2)), fget!(height - 1));
                        if let Some(r) = compare_fast(cop, a, b) {
                            height -= 2;
                            // Fused with a following conditional jump: the bool never
                            // touches the stack (one dispatch instead of two).
                            match ops[ip] {
                                Op::PopJumpIfFalse(t) => {
                                    ip = if r { ip + 1 } else { t as usize };
                                }
                                Op::PopJumpIfTrue(t) => {
                                    ip = if r { t as usize } else { ip + 1 };
                                }
                                _ => fpush!(Value::Bool(r)),
                            }
                            continue;
                        }
                    }
                    // A backward jump may stop for a collection (general path).
                    Op::Jump(t) if (t as usize) >= ip || !self.heap.should_collect() => {
                        ip = t as usize;
                        continue;
                    }
                    Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                        let v = fget!(height.wrapping_sub(1));
                        let truth = match v {
                            Value::Bool(b) => Some(b),
                            _ => self.truthy_native(v),
                        };
                        if let Some(b) = truth {
                            height -= 1;
                            if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                ip = t as usize;
                            }
                            continue;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                        let v = fget!(height.wrapping_sub(1));
                        if let Some(b) = self.truthy_native(v) {
                            if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                ip = t as usize;
                            } else {
                                height -= 1;
                            }
                            continue;
                        }
                    }
                    Op::BinarySubscr => {
                        // list[int]
                        let key = fget!(height.wrapping_sub(1));
                        let obj = fget!(height - 2);
                        if let (Value::Obj(id), Value::Int(i)) = (obj, key) {
                            if let Obj::List(l) = self.heap.get(id) {
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    let v = l[j as usize];
                                    height -= 1;
                                    fset!(height - 1, v);
                                    continue;
                                }
                            }
                        }
                    }
                    Op::StoreSubscr => {
                        // list[int] = v. The value is read from the stack only at the store and
                        // moved as two words: popped first, it lived across the heap lookup in
                        // a stack temporary and was copied into the list with a 16-byte load
                        // of two 8-byte stores, which stalled on store forwarding.
                        let key = fget!(height.wrapping_sub(1));
                        let obj = fget!(height - 2);
                        if let (Value::Obj(id), Value::Int(i)) = (obj, key) {
                            let v = fget!(height.wrapping_sub(3));
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    // SAFETY: `j` is in bounds (checked above).
                                    unsafe { store_split(l.as_mut_ptr().add(j as usize), v) };
                                    height -= 3;
                                    continue;
                                }
                            }
                        }
                    }
                    Op::ForIter(exit) => {
                        // A native iterator (range, list, tuple, str, dict, ...).
                        if let Value::Obj(itid) = fget!(height.wrapping_sub(1)) {
                            if let Some(st) = self.heap.iter_state_mut(itid) {
                                if let crate::object::IterState::Range { cur, stop, step } = st {
                                    let c = *cur;
                                    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                                        *cur = c.saturating_add(*step);
                                        fpush!(Value::Int(c));
                                    } else {
                                        height -= 1;
                                        ip = exit as usize;
                                    }
                                    continue;
                                }
                                match self.iter_next(itid) {
                                    Ok(Some(v)) => fpush!(v),
                                    Ok(None) => {
                                        height -= 1;
                                        ip = exit as usize;
                                    }
                                    Err(e) => {
                                        // SAFETY: as for the slow path's `set_len` below.
                                        unsafe { task.stack.set_len(height) };
                                        throw!(e);
                                    }
                                }
                                continue;
                            }
                        }
                    }
                    Op::UnpackSequence(n) => {
                        // A tuple or list of the right length.
                        if let Value::Obj(id) = fget!(height.wrapping_sub(1)) {
                            let items: Option<&[Value]> = match self.heap.get(id) {
                                Obj::Tuple(t) => Some(&t[..]),
                                Obj::List(l) => Some(&l[..]),
                                _ => None,
                            };
                            if let Some(items) = items {
                                if items.len() == n as usize {
                                    height -= 1;
                                    for &v in items.iter().rev() {
                                        fpush!(v);
                                    }
                                    continue;
                                }
                            }
                        }
                    }
                    Op::LoadGlobal(ni) => {
                        let name = lc.names[ni as usize];
                        if let Some(v) = self.load_global_cached(globals, name, gcache + ip) {
                            fpush!(v);
                            continue;
                        }
                    }
                    // A module's top level (a script's loops): names are globals.
                    Op::LoadName(ni) if module_level => {
                        let name = lc.names[ni as usize];
                        if let Some(v) = self.load_global_cached(globals, name, gcache + ip) {
                            fpush!(v);
                            continue;
                        }
                    }
                    Op::StoreName(ni) if module_level => {
                        let v = fget!(height.wrapping_sub(1));
                        if self.dict_store_hit(globals, lc.names[ni as usize], v, gcache + ip) {
                            height -= 1;
                            continue;
                        }
                    }
                    // Calls of plain Python functions and returns to a Python caller:
                    // frame changes, so the vector's length is brought up to date first and the
                    // next frame's prologue reads it back.
                    Op::Call(n) => {
                        let fpos = height.wrapping_sub(n as usize + 1);
                        let func = fget!(fpos);
                        // SAFETY: as for the slow path's `set_len` below.
                        unsafe { task.stack.set_len(height) };
                        save_ip!();
                        if self.push_simple_frame(task, func, n as usize, fpos) {
                            continue 'frame;
                        }
                    }
                    Op::CallMethod(n) => {
                        let mpos = height.wrapping_sub(n as usize + 2);
                        let meth = fget!(mpos);
                        // SAFETY: as for the slow path's `set_len` below.
                        unsafe { task.stack.set_len(height) };
                        save_ip!();
                        if self.push_simple_frame(task, meth, n as usize + 1, mpos) {
                            continue 'frame;
                        }
                    }
                    Op::Return => {
                        let nframes = task.frames.len();
                        let f = &task.frames[nframes - 1];
                        // The result goes where the callee was, which is below the result
                        // itself unless the frame holds nothing (no callee slot, no locals):
                        // that rare shape takes the general path.
                        if nframes > 1
                            && f.gen.is_none()
                            && matches!(f.cont, Cont::Push)
                            && (f.ret_sp as usize).wrapping_add(1) < height
                        {
                            let v = fpop!();
                            let ret_sp = f.ret_sp as usize;
                            if f.blocks.capacity() == 0 {
                                // SAFETY: nothing in this frame owns memory (no block vector,
                                // `Cont::Push`, `gen` is a plain id), so forgetting it instead
                                // of dropping leaks nothing.
                                unsafe { task.frames.set_len(nframes - 1) };
                            } else {
                                task.frames.pop();
                            }
                            fset!(ret_sp, v);
                            // SAFETY: `ret_sp < height` (checked by `fset!`).
                            unsafe { task.stack.set_len(ret_sp + 1) };
                            continue 'frame;
                        }
                    }
                    Op::LoadAttr(ni) => {
                        let obj = fget!(height.wrapping_sub(1));
                        let name = lc.names[ni as usize];
                        if let Some(v) = self.attr_site_load(obj, name, gcache + ip) {
                            fset!(height - 1, v);
                            continue;
                        }
                    }
                    Op::LoadMethod(ni) => {
                        let obj = fget!(height.wrapping_sub(1));
                        let name = lc.names[ni as usize];
                        if let Some(m) = self.method_site_hit(obj, name, gcache + ip) {
                            fset!(height - 1, m);
                            fpush!(obj);
                            continue;
                        }
                    }
                    Op::StoreAttr(ni) => {
                        let obj = fget!(height.wrapping_sub(1));
                        let name = lc.names[ni as usize];
                        if let Some(i) = self.attr_site_index(obj, name, gcache + ip) {
                            let v = fget!(height - 2);
                            self.set_instance_attr_at(obj, i, v);
                            height -= 2;
                            continue;
                        }
                    }
                    _ => {}
                }

                // Everything else, and the hot ops' other cases: on the vector itself, its
                // length brought up to date first and read back after.
                // SAFETY: `height` never exceeds the capacity and every slot below it is
                // initialised (see `fpush!`).
                unsafe { task.stack.set_len(height) };
                'slow: {
                    match op {
                        Op::Nop => {}
                        Op::Pop => {
                            task.stack.pop();
                        }
                        Op::Copy(n) => {
                            let v = load_split(&task.stack, task.stack.len() - n as usize);
                            push!(v);
                        }
                        Op::Swap(n) => {
                            let len = task.stack.len();
                            let (i, j) = (len - 1, len - n as usize);
                            let (a, b) = (load_split(&task.stack, i), load_split(&task.stack, j));
                            // SAFETY: both indices were bounds-checked by `load_split`.
                            unsafe {
                                store_split(task.stack.as_mut_ptr().add(i), b);
                                store_split(task.stack.as_mut_ptr().add(j), a);
                            }
                        }
                        Op::LoadConst(i) => push!(lc.consts[i as usize]),
                        Op::LoadFast(i) => {
                            let v = load_split(&task.stack, base + i as usize);
                            if v.is_undef() {
                                throw!(PyErr::new(
                                ExcType::UnboundLocalError,
                                format!(
                                    "cannot access local variable '{}' where it is not associated with a value",
                                    lc.code.varnames[i as usize]
                                )
                            ));
                            }
                            push!(v);
                            // Runtime superinstruction: a following `LoadFast`/`LoadConst` runs
                            // in the same dispatch (operands of binary ops and calls are mostly
                            // such pairs).
                            match ops[ip] {
                                Op::LoadFast(j) => {
                                    let w = load_split(&task.stack, base + j as usize);
                                    if !w.is_undef() {
                                        push!(w);
                                        ip += 1;
                                    }
                                }
                                Op::LoadConst(c) => {
                                    push!(lc.consts[c as usize]);
                                    ip += 1;
                                }
                                _ => {}
                            }
                        }
                        Op::StoreFast(i) => {
                            let v = pop!();
                            task.stack[base + i as usize] = v;
                        }
                        Op::DeleteFast(i) => {
                            if task.stack[base + i as usize].is_undef() {
                                throw!(PyErr::new(
                                ExcType::UnboundLocalError,
                                format!(
                                    "cannot access local variable '{}' where it is not associated with a value",
                                    lc.code.varnames[i as usize]
                                )
                            ));
                            }
                            task.stack[base + i as usize] = Value::Undef;
                        }
                        Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                            let nv = lc.code.varnames.len();
                            if let Op::LoadClassDeref(_) = op {
                                let name = self.deref_name(&lc.code, i as usize);
                                let key = self.intern(&name);
                                let ns = task.frames.last().unwrap().ns;
                                if let Value::Obj(nsid) = ns {
                                    if let Some(v) = self.dict_get_str(nsid, key) {
                                        push!(v);
                                        break 'slow;
                                    }
                                }
                            }
                            let cell = load_split(&task.stack, base + nv + i as usize);
                            let v = match cell {
                                Value::Obj(c) => match self.heap.get(c) {
                                    Obj::Cell(v) => *v,
                                    _ => Value::Undef,
                                },
                                _ => Value::Undef,
                            };
                            if v.is_undef() {
                                let name = self.deref_name(&lc.code, i as usize);
                                let msg = if (i as usize) < lc.code.cellvars.len() {
                                    format!("cannot access local variable '{name}' where it is not associated with a value")
                                } else {
                                    format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                                };
                                throw!(PyErr::new(ExcType::NameError, msg));
                            }
                            push!(v);
                        }
                        Op::StoreDeref(i) | Op::DeleteDeref(i) => {
                            let v = if let Op::StoreDeref(_) = op {
                                pop!()
                            } else {
                                Value::Undef
                            };
                            let nv = lc.code.varnames.len();
                            if let Value::Obj(c) = task.stack[base + nv + i as usize] {
                                if let Obj::Cell(slot) = self.heap.get_mut(c) {
                                    *slot = v;
                                }
                            }
                        }
                        Op::LoadClosure(i) => {
                            let nv = lc.code.varnames.len();
                            push!(load_split(&task.stack, base + nv + i as usize));
                        }
                        Op::LoadGlobal(ni) => {
                            let name = lc.names[ni as usize];
                            let v = match self.load_global_cached(globals, name, gcache + ip) {
                                Some(v) => v,
                                None => throw!(self.name_error(name)),
                            };
                            push!(v);
                        }
                        Op::StoreGlobal(ni) => {
                            let v = pop!();
                            self.dict_set_str(globals, lc.names[ni as usize], v);
                        }
                        Op::DeleteGlobal(ni) => {
                            let name = lc.names[ni as usize];
                            if !self.dict_del_str(globals, name) {
                                throw!(self.name_error(name));
                            }
                        }
                        Op::LoadName(ni) => {
                            let name = lc.names[ni as usize];
                            let ns = task.frames.last().unwrap().ns;
                            let found = match ns {
                                // Module level: the namespace is the globals; globals, then
                                // builtins, both through the inline cache.
                                Value::Obj(nsid) if nsid == globals => {
                                    self.load_global_cached(globals, name, gcache + ip)
                                }
                                // A class body: its namespace, then globals, then builtins.
                                _ => ns
                                    .as_obj()
                                    .and_then(|nsid| {
                                        self.dict_get_str_cached(nsid, name, gcache + ip)
                                    })
                                    .or_else(|| self.dict_get_str(globals, name))
                                    .or_else(|| self.dict_get_str(self.builtins, name)),
                            };
                            match found {
                                Some(v) => push!(v),
                                None => throw!(self.name_error(name)),
                            }
                        }
                        Op::StoreName(ni) => {
                            let v = pop!();
                            let ns = task.frames.last().unwrap().ns;
                            let target = ns.as_obj().unwrap_or(globals);
                            self.dict_set_str_cached(target, lc.names[ni as usize], v, gcache + ip);
                        }
                        Op::DeleteName(ni) => {
                            let name = lc.names[ni as usize];
                            let ns = task.frames.last().unwrap().ns;
                            let target = ns.as_obj().unwrap_or(globals);
                            if !self.dict_del_str(target, name) {
                                throw!(self.name_error(name));
                            }
                        }
                        Op::LoadAttr(ni) => {
                            let name = lc.names[ni as usize];
                            let slot = gcache + ip;
                            let obj = top!();
                            if let Some(v) = self.attr_site_load(obj, name, slot) {
                                *task.stack.last_mut().unwrap() = v;
                                break 'slow;
                            }
                            task.stack.pop();
                            match tri!(self.get_attr(obj, name)) {
                                Attr::Value(v) => {
                                    push!(v);
                                    self.attr_site_fill(obj, name, slot);
                                }
                                Attr::Call(f, args) => {
                                    let sp = task.stack.len();
                                    let n = args.len();
                                    task.stack.extend(args);
                                    called!(self.call_value(task, f, n, &[], sp, Cont::Push));
                                }
                            }
                        }
                        Op::LoadMethod(ni) => {
                            let obj = pop!();
                            let name = lc.names[ni as usize];
                            let slot = gcache + ip;
                            if let Some(m) = self.method_site_hit(obj, name, slot) {
                                push!(m);
                                push!(obj);
                            } else if let Some(m) = self.method_fast(obj, name) {
                                push!(m);
                                push!(obj);
                                self.method_site_fill(obj, m, slot);
                            } else {
                                push!(Value::Undef);
                                match tri!(self.get_attr(obj, name)) {
                                    Attr::Value(v) => push!(v),
                                    Attr::Call(f, args) => {
                                        let sp = task.stack.len();
                                        let n = args.len();
                                        task.stack.extend(args);
                                        called!(self.call_value(task, f, n, &[], sp, Cont::Push));
                                    }
                                }
                            }
                        }
                        Op::StoreAttr(ni) => {
                            let obj = pop!();
                            let v = pop!();
                            let name = lc.names[ni as usize];
                            let slot = gcache + ip;
                            if let Some(i) = self.attr_site_index(obj, name, slot) {
                                self.set_instance_attr_at(obj, i, v);
                                break 'slow;
                            }
                            let r = tri!(self.set_attr(obj, name, v));
                            if r.is_none() {
                                self.attr_site_fill(obj, name, slot);
                            }
                            if let Some((f, args)) = r {
                                let sp = task.stack.len();
                                let n = args.len();
                                task.stack.extend(args);
                                called!(self.call_value(task, f, n, &[], sp, Cont::Discard));
                            }
                        }
                        Op::DeleteAttr(ni) => {
                            let obj = pop!();
                            if let Some((f, args)) = tri!(self.del_attr(obj, lc.names[ni as usize]))
                            {
                                let sp = task.stack.len();
                                let n = args.len();
                                task.stack.extend(args);
                                called!(self.call_value(task, f, n, &[], sp, Cont::Discard));
                            }
                        }
                        Op::BinarySubscr => {
                            let key = pop!();
                            let obj = pop!();
                            // Fast path: list[int].
                            if let (Value::Obj(id), Value::Int(i)) = (obj, key) {
                                if let Obj::List(l) = self.heap.get(id) {
                                    let n = l.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        push!(l[j as usize]);
                                        break 'slow;
                                    }
                                }
                            }
                            let r = tri!(crate::builtins::seq::getitem(self, obj, key));
                            called!(self.apply_slow(task, r, Cont::Push));
                        }
                        Op::StoreSubscr => {
                            let len = task.stack.len();
                            let key = load_split(&task.stack, len.wrapping_sub(1));
                            let obj = load_split(&task.stack, len.wrapping_sub(2));
                            // Fast path: list[int] = v. The value is read from the stack only
                            // at the store and moved as two words: popped first, it lived
                            // across the heap lookup in a stack temporary and was copied into
                            // the list with a 16-byte load of two 8-byte stores, which stalled
                            // on store forwarding (perf: nbody's hottest instruction).
                            if let (Value::Obj(id), Value::Int(i)) = (obj, key) {
                                if let Obj::List(l) = self.heap.get_mut(id) {
                                    let n = l.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        let v = load_split(&task.stack, len.wrapping_sub(3));
                                        // SAFETY: `j` is in bounds (checked above); `load_split`
                                        // checked `len - 3`, so truncating to it is in bounds.
                                        unsafe {
                                            store_split(l.as_mut_ptr().add(j as usize), v);
                                            task.stack.set_len(len - 3);
                                        }
                                        break 'slow;
                                    }
                                }
                            }
                            let v = load_split(&task.stack, len.wrapping_sub(3));
                            task.stack.truncate(len - 3);
                            let r = tri!(crate::builtins::seq::setitem(self, obj, key, v));
                            called!(self.apply_slow(task, r, Cont::Discard));
                        }
                        Op::DeleteSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            let r = tri!(crate::builtins::seq::delitem(self, obj, key));
                            called!(self.apply_slow(task, r, Cont::Discard));
                        }
                        Op::BuildSlice(n) => {
                            let step = if n == 3 { pop!() } else { Value::None };
                            let stop = pop!();
                            let start = pop!();
                            let s =
                                self.heap
                                    .alloc(Obj::Slice(Box::new(crate::object::SliceObj {
                                        start,
                                        stop,
                                        step,
                                    })));
                            push!(Value::Obj(s));
                        }
                        Op::Unary(u) => {
                            let a = pop!();
                            match u {
                                UnaryOp::Not => match self.truthy_native(a) {
                                    Some(t) => push!(Value::Bool(!t)),
                                    None => {
                                        let r = self.truth_call(a);
                                        let (m, from_len) = r;
                                        let sp = task.stack.len();
                                        push!(a);
                                        let cont = Cont::Native {
                                            id: crate::builtins::conts::NOT_TRUTH,
                                            state: Box::new([Value::Bool(from_len)]),
                                        };
                                        called!(self.call_value(task, m, 1, &[], sp, cont));
                                    }
                                },
                                _ => {
                                    let r = tri!(crate::builtins::seq::unary(self, u, a));
                                    called!(self.apply_slow(task, r, Cont::Push));
                                }
                            }
                        }
                        Op::Binary(bop) | Op::Inplace(bop) => {
                            let len = task.stack.len();
                            let (a, b) = (
                                load_split(&task.stack, len - 2),
                                load_split(&task.stack, len - 1),
                            );
                            if let Some(r) = numeric_fast(bop, a, b) {
                                task.stack.truncate(len - 1);
                                task.stack[len - 2] = r;
                                break 'slow;
                            }
                            task.stack.truncate(len - 2);
                            // Numbers (int/float, no bools or objects): the same result in place
                            // or not, no dunders to consult.
                            if matches!(a, Value::Int(_) | Value::Float(_))
                                && matches!(b, Value::Int(_) | Value::Float(_))
                            {
                                let r = tri!(self.binary_native(bop, a, b));
                                // NotImplemented (e.g. `1.5 & 1`): binary_op raises the TypeError.
                                if !matches!(r, Value::NotImplemented) {
                                    push!(r);
                                    break 'slow;
                                }
                            }
                            let inplace = matches!(op, Op::Inplace(_));
                            called!(self.binary_op(task, bop, a, b, inplace));
                        }
                        Op::Compare(cop) => {
                            let b = pop!();
                            let a = pop!();
                            if let Some(r) = compare_fast(cop, a, b) {
                                // Fused with a following conditional jump: the bool never
                                // touches the stack (one dispatch instead of two).
                                match ops[ip] {
                                    Op::PopJumpIfFalse(t) => {
                                        ip = if r { ip + 1 } else { t as usize };
                                    }
                                    Op::PopJumpIfTrue(t) => {
                                        ip = if r { t as usize } else { ip + 1 };
                                    }
                                    _ => push!(Value::Bool(r)),
                                }
                                break 'slow;
                            }
                            called!(self.compare_op(task, cop, a, b));
                        }
                        Op::IsOp(inv) => {
                            let b = pop!();
                            let a = pop!();
                            push!(Value::Bool(a.is(b) != inv));
                        }
                        Op::ContainsOp(inv) => {
                            let container = pop!();
                            let item = pop!();
                            let r = tri!(crate::builtins::seq::contains(self, container, item));
                            match r {
                                crate::builtins::seq::Slow::Value(Value::Bool(b)) => {
                                    push!(Value::Bool(b != inv))
                                }
                                other => called!(self.apply_slow(
                                    task,
                                    other,
                                    Cont::Contains { invert: inv }
                                )),
                            }
                        }
                        Op::Jump(t) => {
                            if (t as usize) < ip && self.heap.should_collect() {
                                ip = t as usize;
                                save_ip!();
                                exit!(Exit::Gc);
                            }
                            ip = t as usize;
                        }
                        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                            let when = matches!(op, Op::PopJumpIfTrue(_));
                            let v = pop!();
                            match v {
                                Value::Bool(b) => {
                                    if b == when {
                                        ip = t as usize;
                                    }
                                }
                                _ => match self.truthy_native(v) {
                                    Some(b) => {
                                        if b == when {
                                            ip = t as usize;
                                        }
                                    }
                                    None => {
                                        let (m, from_len) = self.truth_call(v);
                                        let sp = task.stack.len();
                                        push!(v);
                                        called!(self.call_value(
                                            task,
                                            m,
                                            1,
                                            &[],
                                            sp,
                                            Cont::Branch {
                                                when,
                                                target: t,
                                                keep: false,
                                                from_len
                                            }
                                        ));
                                    }
                                },
                            }
                        }
                        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                            let when = matches!(op, Op::JumpIfTrueOrPop(_));
                            let v = top!();
                            match self.truthy_native(v) {
                                Some(b) => {
                                    if b == when {
                                        ip = t as usize;
                                    } else {
                                        task.stack.pop();
                                    }
                                }
                                None => {
                                    let (m, from_len) = self.truth_call(v);
                                    let sp = task.stack.len();
                                    push!(v);
                                    called!(self.call_value(
                                        task,
                                        m,
                                        1,
                                        &[],
                                        sp,
                                        Cont::Branch {
                                            when,
                                            target: t,
                                            keep: true,
                                            from_len
                                        }
                                    ));
                                }
                            }
                        }
                        Op::GetIter => {
                            let v = pop!();
                            match tri!(self.get_iter(v)) {
                                IterKind::Native(it) => push!(it),
                                IterKind::Generator(g) => push!(Value::Obj(g)),
                                IterKind::User(obj) => {
                                    let sp = task.stack.len();
                                    push!(obj);
                                    let f = match self.user_dunder(obj, Sym::Iter) {
                                        Some(m) => m,
                                        None => {
                                            // __getitem__ sequence protocol.
                                            self.prelude_fn("_seq_iter")
                                        }
                                    };
                                    let cont = Cont::Native {
                                        id: crate::builtins::conts::CHECK_ITER,
                                        state: Box::new([]),
                                    };
                                    called!(self.call_value(task, f, 1, &[], sp, cont));
                                }
                            }
                        }
                        Op::ForIter(exit) => {
                            let it = top!();
                            let Value::Obj(itid) = it else {
                                throw!(PyErr::type_error("not an iterator"))
                            };
                            match self.heap.get(itid) {
                                Obj::Iter(st) => {
                                    // Fast path: range.
                                    if let crate::object::IterState::Range { cur, stop, step } =
                                        **st
                                    {
                                        if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                                            if let Obj::Iter(st) = self.heap.get_mut(itid) {
                                                if let crate::object::IterState::Range {
                                                    cur: c,
                                                    ..
                                                } = &mut **st
                                                {
                                                    *c = cur.saturating_add(step);
                                                }
                                            }
                                            push!(Value::Int(cur));
                                            break 'slow;
                                        }
                                        task.stack.pop();
                                        ip = exit as usize;
                                        break 'slow;
                                    }
                                    match tri!(self.iter_next(itid)) {
                                        Some(v) => push!(v),
                                        None => {
                                            task.stack.pop();
                                            ip = exit as usize;
                                        }
                                    }
                                }
                                Obj::Generator(_) => {
                                    let sp = task.stack.len();
                                    called!(self.resume_generator(
                                        task,
                                        itid,
                                        Value::None,
                                        GenMode::ForIter { exit },
                                        sp
                                    ));
                                }
                                _ => {
                                    let Some(m) = self.user_dunder(it, Sym::Next) else {
                                        throw!(PyErr::type_error(format!(
                                            "'{}' object is not an iterator",
                                            self.type_name(it)
                                        )))
                                    };
                                    let sp = task.stack.len();
                                    push!(it);
                                    called!(self.call_value(
                                        task,
                                        m,
                                        1,
                                        &[],
                                        sp,
                                        Cont::ForIter { exit }
                                    ));
                                }
                            }
                        }
                        Op::BuildTuple(n) => {
                            let at = task.stack.len() - n as usize;
                            let items: Box<[Value]> = task.stack.drain(at..).collect();
                            let t = self.heap.alloc(Obj::Tuple(items));
                            push!(Value::Obj(t));
                        }
                        Op::BuildList(n) => {
                            let at = task.stack.len() - n as usize;
                            let items: Vec<Value> = task.stack.drain(at..).collect();
                            let t = self.heap.alloc(Obj::List(items));
                            push!(Value::Obj(t));
                        }
                        Op::BuildSet(n) => {
                            let at = task.stack.len() - n as usize;
                            let items: Vec<Value> = task.stack.drain(at..).collect();
                            let r = tri!(crate::builtins::seq::build_set(self, items, false));
                            called!(self.apply_slow(task, r, Cont::Push));
                        }
                        Op::BuildMap(n) => {
                            let at = task.stack.len() - 2 * n as usize;
                            let items: Vec<Value> = task.stack.drain(at..).collect();
                            let r = tri!(crate::builtins::seq::build_map(self, items));
                            called!(self.apply_slow(task, r, Cont::Push));
                        }
                        Op::BuildString(n) => {
                            let at = task.stack.len() - n as usize;
                            let this = &*self;
                            let s = crate::object::PyStr::concat(
                                task.stack[at..]
                                    .iter()
                                    .map(|v| this.str_of(*v).unwrap_or("")),
                            );
                            task.stack.truncate(at);
                            let v = Value::Obj(self.heap.alloc(Obj::Str(s)));
                            push!(v);
                        }
                        Op::ListAppend(i) => {
                            let v = pop!();
                            let l = task.stack[task.stack.len() - i as usize];
                            if let Value::Obj(id) = l {
                                if let Obj::List(l) = self.heap.get_mut(id) {
                                    l.push(v);
                                }
                            }
                        }
                        Op::SetAdd(i)
                        | Op::MapAdd(i)
                        | Op::ListExtend(i)
                        | Op::SetUpdate(i)
                        | Op::DictUpdate(i)
                        | Op::DictMerge(i) => {
                            let (v, k) = if let Op::MapAdd(_) = op {
                                let v = pop!();
                                (v, pop!())
                            } else {
                                (pop!(), Value::Undef)
                            };
                            let target = task.stack[task.stack.len() - i as usize];
                            let r = crate::builtins::seq::collection_add(self, op, target, k, v);
                            let r = match r {
                                Err(PyErr::New(ExcType::TypeError, m))
                                    if matches!(op, Op::DictMerge(_))
                                        && m.starts_with("got multiple values")
                                        && task.stack.len() >= 3 =>
                                {
                                    // CPython names the callee: `__main__.f() got multiple …`.
                                    let f = task.stack[task.stack.len() - 3];
                                    let d = self.function_str(f);
                                    Err(PyErr::New(ExcType::TypeError, format!("{d} {m}")))
                                }
                                r => r,
                            };
                            let r = tri!(r);
                            called!(self.apply_slow(task, r, Cont::Discard));
                        }
                        Op::ListToTuple => {
                            let l = pop!();
                            let items = match l {
                                Value::Obj(id) => match self.heap.get(id) {
                                    Obj::List(l) => l.clone(),
                                    _ => vec![],
                                },
                                _ => vec![],
                            };
                            let t = self.new_tuple(items);
                            push!(t);
                        }
                        Op::UnpackSequence(n) => {
                            let seq = pop!();
                            // Fast path: a tuple or list of the right length.
                            if let Value::Obj(id) = seq {
                                let items: Option<&[Value]> = match self.heap.get(id) {
                                    Obj::Tuple(t) => Some(&t[..]),
                                    Obj::List(l) => Some(&l[..]),
                                    _ => None,
                                };
                                if let Some(items) = items {
                                    if items.len() == n as usize {
                                        task.stack.extend(items.iter().rev());
                                        break 'slow;
                                    }
                                }
                            }
                            let r = tri!(self.unpack_native(task, seq, n as usize, None));
                            if !r {
                                let f = self.prelude_fn("_unpack_iter");
                                let sp = task.stack.len();
                                push!(seq);
                                called!(self.call_value(
                                    task,
                                    f,
                                    1,
                                    &[],
                                    sp,
                                    Cont::Unpack {
                                        before: n,
                                        after: 0,
                                        star: false
                                    }
                                ));
                            }
                        }
                        Op::UnpackEx(arg) => {
                            let before = arg & 0xff;
                            let after = arg >> 8;
                            let seq = pop!();
                            let r = tri!(self.unpack_native(
                                task,
                                seq,
                                before as usize,
                                Some(after as usize)
                            ));
                            if !r {
                                let f = self.prelude_fn("_unpack_iter");
                                let sp = task.stack.len();
                                push!(seq);
                                called!(self.call_value(
                                    task,
                                    f,
                                    1,
                                    &[],
                                    sp,
                                    Cont::Unpack {
                                        before,
                                        after,
                                        star: true
                                    }
                                ));
                            }
                        }
                        Op::FormatValue {
                            conversion,
                            has_spec,
                        } => {
                            let spec = if has_spec { pop!() } else { Value::Undef };
                            let v = pop!();
                            let r = tri!(crate::builtins::fmt::format_value(
                                self, v, conversion, spec
                            ));
                            called!(self.apply_slow(task, r, Cont::Push));
                        }
                        Op::MakeFunction { code, flags } => {
                            let closure = if flags & 8 != 0 { pop!() } else { Value::None };
                            if flags & 4 != 0 {
                                task.stack.pop();
                            }
                            let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::None };
                            let defaults = if flags & 1 != 0 { pop!() } else { Value::None };
                            let f = self
                                .make_function(lc, code, globals, defaults, kwdefaults, closure);
                            push!(f);
                        }
                        Op::BuildClass(n) => {
                            let kwargs = if n & crate::bytecode::CLASS_KWARGS != 0 {
                                Some(pop!())
                            } else {
                                None
                            };
                            let n = n & !crate::bytecode::CLASS_KWARGS;
                            let at = task.stack.len() - n as usize;
                            let bases: Vec<Value> = task.stack.drain(at..).collect();
                            let bases = self.new_tuple(bases);
                            let name = pop!();
                            let body = pop!();
                            let ns = self.new_dict();
                            if let Some(kw) = kwargs {
                                // Carried to class creation in the namespace (see `Cont::ClassBody`).
                                let key = self.intern(crate::vm::call::CLASS_KWARGS_KEY);
                                self.dict_set_str(ns.as_obj().unwrap(), key, kw);
                            }
                            let Value::Obj(fid) = body else {
                                throw!(PyErr::type_error("bad class body"))
                            };
                            let code = match self.heap.get(fid) {
                                Obj::Function(f) => f.code,
                                _ => throw!(PyErr::type_error("bad class body")),
                            };
                            let sp = task.stack.len();
                            called!(self.call_function(
                                task,
                                fid,
                                code,
                                0,
                                &[],
                                sp,
                                Cont::ClassBody(Box::new(crate::frame::ClassBody {
                                    name,
                                    bases,
                                    ns
                                })),
                                Some(ns)
                            ));
                        }
                        Op::Call(n) => {
                            let fpos = task.stack.len() - n as usize - 1;
                            let func = load_split(&task.stack, fpos);
                            // Fast path: plain Python function with exact positional arity.
                            if let Value::Obj(fid) = func {
                                if let Obj::Function(f) = self.heap.get(fid) {
                                    let cid = f.code;
                                    save_ip!();
                                    if self.push_simple_frame(task, func, n as usize, fpos) {
                                        continue 'frame;
                                    }
                                    match self.call_function(
                                        task,
                                        fid,
                                        cid,
                                        n as usize,
                                        &[],
                                        fpos,
                                        Cont::Push,
                                        None,
                                    ) {
                                        Ok(Called::Frame) => continue 'frame,
                                        Ok(Called::Done) => break 'slow,
                                        Ok(Called::Park(p)) => exit!(Exit::Park(p)),
                                        Err(e) => throw!(e),
                                    }
                                }
                            }
                            called!(self.call_value(task, func, n as usize, &[], fpos, Cont::Push));
                        }
                        Op::CallKw(n) => {
                            let kwnames = pop!();
                            let names = self.tuple_items(kwnames).to_vec();
                            let fpos = task.stack.len() - n as usize - 1;
                            let func = load_split(&task.stack, fpos);
                            called!(self.call_value(
                                task,
                                func,
                                n as usize,
                                &names,
                                fpos,
                                Cont::Push
                            ));
                        }
                        Op::CallMethod(n) => {
                            let mpos = task.stack.len() - n as usize - 2;
                            let meth = load_split(&task.stack, mpos);
                            save_ip!();
                            if self.push_simple_frame(task, meth, n as usize + 1, mpos) {
                                continue 'frame;
                            }
                            if meth.is_undef() {
                                let func = task.stack[mpos + 1];
                                called!(self.call_value(
                                    task,
                                    func,
                                    n as usize,
                                    &[],
                                    mpos,
                                    Cont::Push
                                ));
                            } else {
                                called!(self.call_value(
                                    task,
                                    meth,
                                    n as usize + 1,
                                    &[],
                                    mpos,
                                    Cont::Push
                                ));
                            }
                        }
                        Op::CallEx(flag) => {
                            let kwargs = if flag & 1 != 0 { pop!() } else { Value::None };
                            let args = pop!();
                            let fpos = task.stack.len() - 1;
                            let func = load_split(&task.stack, fpos);
                            let pos = match args {
                                Value::Obj(id) => match self.heap.get(id) {
                                    Obj::Tuple(t) => t.to_vec(),
                                    Obj::List(l) => l.clone(),
                                    _ => vec![],
                                },
                                _ => vec![],
                            };
                            let mut names = Vec::new();
                            let mut vals = Vec::new();
                            let mut bad_kw = false;
                            if let Value::Obj(kid) = kwargs {
                                if let Obj::Dict(d) = self.heap.get(kid) {
                                    for e in d.iter() {
                                        if self.str_of(e.key).is_none() {
                                            bad_kw = true;
                                        }
                                        names.push(e.key);
                                        vals.push(e.value);
                                    }
                                }
                            }
                            if bad_kw {
                                throw!(PyErr::type_error("keywords must be strings"));
                            }
                            let n = pos.len() + vals.len();
                            task.stack.extend(pos);
                            task.stack.extend(vals);
                            called!(self.call_value(task, func, n, &names, fpos, Cont::Push));
                        }
                        Op::Return => {
                            let v = pop!();
                            // Fast path: a plain call returning to a Python caller.
                            let nframes = task.frames.len();
                            let f = &task.frames[nframes - 1];
                            if nframes > 1 && f.gen.is_none() && matches!(f.cont, Cont::Push) {
                                let ret_sp = f.ret_sp as usize;
                                if f.blocks.capacity() == 0 {
                                    // SAFETY: nothing in this frame owns memory (no block
                                    // vector, `Cont::Push`, `gen` is a plain id), so forgetting
                                    // it instead of dropping leaks nothing.
                                    unsafe { task.frames.set_len(nframes - 1) };
                                } else {
                                    task.frames.pop();
                                }
                                task.stack.truncate(ret_sp);
                                push!(v);
                                continue 'frame;
                            }
                            save_ip!();
                            match self.do_return(task, v) {
                                Ok(Some(exit)) => exit!(exit),
                                Ok(None) => continue 'frame,
                                Err(e) => match self.unwind(task, e, true) {
                                    Ok(()) => continue 'frame,
                                    Err(exc) => exit!(Exit::Raised(exc)),
                                },
                            }
                        }
                        Op::YieldValue => {
                            let v = pop!();
                            save_ip!();
                            match self.do_yield(task, v) {
                                Ok(()) => continue 'frame,
                                Err(e) => match self.unwind(task, e, true) {
                                    Ok(()) => continue 'frame,
                                    Err(exc) => exit!(Exit::Raised(exc)),
                                },
                            }
                        }
                        Op::GetYieldFromIter => {
                            let v = top!();
                            if let Value::Obj(id) = v {
                                if matches!(self.heap.get(id), Obj::Generator(_)) {
                                    break 'slow;
                                }
                            }
                            task.stack.pop();
                            match tri!(self.get_iter(v)) {
                                IterKind::Native(it) => push!(it),
                                IterKind::Generator(g) => push!(Value::Obj(g)),
                                IterKind::User(obj) => {
                                    let sp = task.stack.len();
                                    push!(obj);
                                    let f = self.user_dunder(obj, Sym::Iter).unwrap_or(Value::None);
                                    called!(self.call_value(task, f, 1, &[], sp, Cont::Push));
                                }
                            }
                        }
                        Op::YieldFrom => {
                            let sent = top!();
                            let sub = task.stack[task.stack.len() - 2];
                            let Value::Obj(subid) = sub else {
                                throw!(PyErr::type_error("bad yield from"))
                            };
                            match self.heap.get(subid) {
                                Obj::Generator(_) => {
                                    task.stack.pop();
                                    let sp = task.stack.len();
                                    called!(self.resume_generator(
                                        task,
                                        subid,
                                        sent,
                                        GenMode::YieldFrom,
                                        sp
                                    ));
                                }
                                Obj::Iter(_) => {
                                    match tri!(self.iter_next(subid)) {
                                        Some(v) => {
                                            // Re-yield v; re-execute YieldFrom on resume.
                                            task.stack.pop();
                                            ip -= 1;
                                            save_ip!();
                                            match self.do_yield(task, v) {
                                                Ok(()) => continue 'frame,
                                                Err(e) => throw!(e),
                                            }
                                        }
                                        None => {
                                            task.stack.pop();
                                            task.stack.pop();
                                            push!(Value::None);
                                        }
                                    }
                                }
                                _ => {
                                    throw!(PyErr::new(
                                        ExcType::NotImplementedError,
                                        "yield from a user-defined iterator is not supported"
                                    ));
                                }
                            }
                        }
                        Op::ImportName(ni) => {
                            let _fromlist = pop!();
                            let _level = pop!();
                            let name = self.str_of(lc.names[ni as usize]).unwrap_or("").to_string();
                            save_ip!();
                            match self.import_module(task, &name) {
                                Ok(Called::Done) => {}
                                Ok(Called::Frame) => continue 'frame,
                                Ok(Called::Park(p)) => exit!(Exit::Park(p)),
                                Err(e) => throw!(e),
                            }
                        }
                        Op::ImportFrom(ni) => {
                            let m = top!();
                            let name = lc.names[ni as usize];
                            match tri!(self.get_attr_opt(m, name)) {
                                Some(Attr::Value(v)) => push!(v),
                                _ => {
                                    let mname = match m {
                                        Value::Obj(id) => match self.heap.get(id) {
                                            Obj::Module(md) => md.name.clone(),
                                            _ => "?".into(),
                                        },
                                        _ => "?".into(),
                                    };
                                    throw!(PyErr::new(
                                        ExcType::ImportError,
                                        format!(
                                            "cannot import name '{}' from '{}'",
                                            self.str_of(name).unwrap_or("?"),
                                            mname
                                        )
                                    ));
                                }
                            }
                        }
                        Op::ImportStar => {
                            let m = pop!();
                            let ns = task.frames.last().unwrap().ns;
                            let target = ns.as_obj().unwrap_or(globals);
                            if let Value::Obj(mid) = m {
                                if let Obj::Module(md) = self.heap.get(mid) {
                                    let d = md.dict;
                                    let entries: Vec<(Value, Value)> = match self.heap.get(d) {
                                        Obj::Dict(dd) => {
                                            dd.iter().map(|e| (e.key, e.value)).collect()
                                        }
                                        _ => vec![],
                                    };
                                    for (k, v) in entries {
                                        if !self.str_of(k).unwrap_or("_").starts_with('_') {
                                            self.dict_set_str(target, k, v);
                                        }
                                    }
                                }
                            }
                        }
                        Op::Raise(n) => {
                            match n {
                                0 => {
                                    let h = task.handled;
                                    match h {
                                        Value::Obj(e) => {
                                            save_ip!();
                                            match self.unwind(task, PyErr::Obj(e), false) {
                                                Ok(()) => continue 'frame,
                                                Err(exc) => exit!(Exit::Raised(exc)),
                                            }
                                        }
                                        _ => throw!(PyErr::new(
                                            ExcType::RuntimeError,
                                            "No active exception to reraise"
                                        )),
                                    }
                                }
                                _ => {
                                    let cause = if n == 2 { Some(pop!()) } else { None };
                                    let v = pop!();
                                    match tri!(self.exception_from(v)) {
                                        Some(e) => {
                                            if let Some(c) = cause {
                                                tri!(self.set_cause(e, c));
                                            }
                                            throw!(PyErr::Obj(e));
                                        }
                                        None => {
                                            // A class: instantiate, then raise.
                                            let sp = task.stack.len();
                                            let state: Box<[Value]> = match cause {
                                                Some(c) => Box::new([c]),
                                                None => Box::new([]),
                                            };
                                            let cont = Cont::Native {
                                                id: crate::builtins::conts::RAISE,
                                                state,
                                            };
                                            called!(self.call_value(task, v, 0, &[], sp, cont));
                                        }
                                    }
                                }
                            }
                        }
                        Op::Reraise => {
                            let v = pop!();
                            let Value::Obj(e) = v else {
                                throw!(PyErr::type_error("reraise of non-exception"))
                            };
                            save_ip!();
                            match self.unwind(task, PyErr::Obj(e), false) {
                                Ok(()) => continue 'frame,
                                Err(exc) => exit!(Exit::Raised(exc)),
                            }
                        }
                        Op::SetupFinally(h) => {
                            let depth = (task.stack.len() - base) as u32;
                            task.frames
                                .last_mut()
                                .unwrap()
                                .blocks
                                .push(Block { handler: h, depth });
                        }
                        Op::SetupCleanup(h) => {
                            let depth = (task.stack.len() - 1 - base) as u32;
                            task.frames
                                .last_mut()
                                .unwrap()
                                .blocks
                                .push(Block { handler: h, depth });
                        }
                        Op::PopBlock => {
                            task.frames.last_mut().unwrap().blocks.pop();
                        }
                        Op::PopExcept => {
                            let prev = pop!();
                            task.handled = prev;
                        }
                        Op::CheckExcMatch => {
                            let t = pop!();
                            let exc = top!();
                            let r = tri!(self.exc_match(exc, t));
                            push!(Value::Bool(r));
                        }
                        Op::LoadAssertionError => {
                            task.stack
                                .push(Value::Obj(self.types.exc(ExcType::AssertionError)));
                        }
                        Op::BeforeWith => {
                            let cm = pop!();
                            let exit_name = self.sym(Sym::Exit);
                            let enter_name = self.sym(Sym::Enter);
                            let cls = self.class_of(cm);
                            let (Some(enter), Some(exit)) = (
                                self.lookup_in_class(cls, enter_name),
                                self.lookup_in_class(cls, exit_name),
                            ) else {
                                throw!(PyErr::type_error(format!(
                                    "'{}' object does not support the context manager protocol",
                                    self.type_name(cm)
                                )));
                            };
                            let bound_exit = self.heap.alloc(Obj::BoundMethod {
                                func: exit,
                                receiver: cm,
                            });
                            push!(Value::Obj(bound_exit));
                            let sp = task.stack.len();
                            push!(cm);
                            called!(self.call_value(task, enter, 1, &[], sp, Cont::Push));
                        }
                        Op::WithExceptStart => {
                            let len = task.stack.len();
                            let exit = task.stack[len - 3];
                            let exc = task.stack[len - 1];
                            let t = Value::Obj(self.class_of(exc));
                            let sp = len;
                            task.stack.extend([t, exc, Value::None]);
                            called!(self.call_value(task, exit, 3, &[], sp, Cont::Push));
                        }
                    }
                }
                height = task.stack.len();
            }
        }
    }

    fn deref_name(&self, code: &crate::bytecode::Code, i: usize) -> String {
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .cloned()
                .unwrap_or_default()
        }
    }

    fn name_error(&self, name: Value) -> PyErr {
        PyErr::new(
            ExcType::NameError,
            format!("name '{}' is not defined", self.str_of(name).unwrap_or("?")),
        )
    }

    /// Remove a str key from a dict; false if absent.
    pub fn dict_del_str(&mut self, dict: ObjId, key: Value) -> bool {
        let idx = match self.heap.get(dict) {
            Obj::Dict(d) => self.dict_find_str(d, key),
            _ => None,
        };
        match idx {
            Some(i) => {
                if let Obj::Dict(d) = self.heap.get_mut(dict) {
                    d.remove_at(i);
                }
                true
            }
            None => false,
        }
    }

    /// `LoadMethod` fast path: the unbound function/native for `obj.name` if no binding object is
    /// needed.
    #[allow(clippy::collapsible_match)]
    /// Push a frame for a plain Python function called with positional arguments only, which
    /// already sit at `ret_sp + 1..`: the arguments become the locals in place, missing
    /// trailing parameters take their defaults and free variables are copied from the
    /// closure. Covers every call without keywords, `*args`/`**kwargs`, keyword-only
    /// parameters, cell variables or a generator body. `false`: take the general path.
    #[inline(always)]
    fn push_simple_frame(
        &mut self,
        task: &mut Task,
        func: Value,
        nargs: usize,
        ret_sp: usize,
    ) -> bool {
        let Value::Obj(fid) = func else { return false };
        let Obj::Function(f) = self.heap.get(fid) else {
            return false;
        };
        let (cid, globals) = (f.code, f.globals);
        // SAFETY: `codes` is append-only; `c` is used only within this call.
        let c = &unsafe { self.code_detached(cid) }.code;
        let argc = c.argcount as usize;
        if c.flags != crate::bytecode::CodeFlags::default()
            || c.kwonlyargcount != 0
            || !c.cellvars.is_empty()
            || f.closure.len() != c.freevars.len()
            || task.frames.len() >= self.config.recursion_limit
        {
            return false;
        }
        let at = ret_sp + 1;
        if nargs != argc {
            // Too few: the defaults must cover the rest (else the general path words the
            // error). Too many: always an error there.
            let nd = f.defaults.len();
            if nargs > argc || nargs + nd < argc {
                return false;
            }
            task.stack
                .extend_from_slice(&f.defaults[nd - (argc - nargs)..]);
        }
        // `resize`, inline: most calls bind every local from an argument and add nothing.
        let need = at + c.varnames.len();
        let len = task.stack.len();
        if need > len {
            task.stack.reserve(need - len);
            for i in len..need {
                // SAFETY: `reserve` made room up to `need`.
                unsafe { task.stack.as_mut_ptr().add(i).write(Value::Undef) };
            }
            // SAFETY: the slots up to `need` were just written.
            unsafe { task.stack.set_len(need) };
        } else {
            task.stack.truncate(need);
        }
        if !c.freevars.is_empty() {
            task.stack.extend_from_slice(&f.closure);
        }
        task.push_call_frame(cid, at as u32, ret_sp as u32, globals);
        true
    }

    /// `LoadMethod` inline-cache hit: the method `name` of `obj`'s class remembered at `slot`
    /// (its class and the class epoch match, and a plain instance has no attribute of that
    /// name shadowing it).
    #[inline]
    fn method_site_hit(&self, obj: Value, name: Value, slot: usize) -> Option<Value> {
        let Value::Obj(id) = obj else { return None };
        let epoch = self.heap.class_epoch();
        let o = self.heap.get(id);
        let cls = match o {
            Obj::Instance(inst) => inst.class,
            _ => self.class_of(obj),
        };
        for site in self.global_cache.attr_sites(slot) {
            if site.class == cls.0 && site.epoch == epoch {
                return match o {
                    Obj::Instance(inst) if self.dict_find_str(&inst.attrs, name).is_some() => None,
                    _ => Some(Value::Obj(ObjId(site.index))),
                };
            }
        }
        None
    }

    /// Remember `method` (found by [`Vm::method_fast`]) for `obj`'s class at `slot`.
    #[inline(never)]
    fn method_site_fill(&mut self, obj: Value, method: Value, slot: usize) {
        let (Value::Obj(id), Value::Obj(m)) = (obj, method) else {
            return;
        };
        let cls = match self.heap.get(id) {
            // Exception instances resolve a few special names before the class.
            Obj::Instance(inst) if inst.exc.is_some() => return,
            Obj::Instance(inst) => inst.class,
            _ => self.class_of(obj),
        };
        let site = crate::vm::AttrSite {
            class: cls.0,
            epoch: self.heap.class_epoch(),
            index: m.0,
            aux: 0,
        };
        self.global_cache.set_attr_site(slot, site);
    }

    fn method_fast(&self, obj: Value, name: Value) -> Option<Value> {
        let cls = self.class_of(obj);
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Obj::Instance(inst) if self.dict_find_str(&inst.attrs, name).is_some() => {
                    return None
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => return None,
                _ => {}
            }
        }
        let m = self.lookup_in_class(cls, name)?;
        match m {
            Value::Obj(mid) => match self.heap.get(mid) {
                Obj::Function(_) | Obj::Native(_) => Some(m),
                _ => None,
            },
            _ => None,
        }
    }

    /// The dunder to call for the truth value of `v`: (`__bool__` or `__len__`, from_len).
    fn truth_call(&self, v: Value) -> (Value, bool) {
        if let Some(m) = self.user_dunder(v, Sym::Bool) {
            return (m, false);
        }
        (self.user_dunder(v, Sym::Len).unwrap_or(Value::None), true)
    }

    /// Carry out a `Slow` result from a builtin operation.
    pub fn apply_slow(
        &mut self,
        task: &mut Task,
        r: crate::builtins::seq::Slow,
        cont: Cont,
    ) -> PyResult<Called> {
        match r {
            crate::builtins::seq::Slow::Value(v) => self.deliver(task, cont, v),
            crate::builtins::seq::Slow::Call(f, args) => {
                let sp = task.stack.len();
                let n = args.len();
                task.stack.extend(args);
                self.call_value(task, f, n, &[], sp, cont)
            }
        }
    }

    fn make_function(
        &mut self,
        lc: &crate::vm::LoadedCode,
        code_const: u32,
        globals: ObjId,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let cid = match lc.consts[code_const as usize] {
            Value::Int(i) => CodeId(i as u32),
            _ => CodeId(0),
        };
        let code = &self.codes[cid.0 as usize].code;
        let name = code.name.clone();
        let qualname = code.qualname.clone();
        let doc_s = code.doc.clone();
        let defaults = self.tuple_items(defaults).to_vec();
        let closure = self.tuple_items(closure).to_vec();
        let mut kwd = Vec::new();
        if let Value::Obj(k) = kwdefaults {
            if let Obj::Dict(d) = self.heap.get(k) {
                for e in d.iter() {
                    kwd.push((self.str_of(e.key).unwrap_or("").to_string(), e.value));
                }
            }
        }
        let doc = match doc_s {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let module = self
            .dict_get_str(globals, self.sym(Sym::Name))
            .unwrap_or(Value::None);
        Value::Obj(self.heap.alloc(Obj::Function(Box::new(Function {
            code: cid,
            name,
            qualname,
            globals,
            defaults,
            kwdefaults: kwd,
            closure,
            attrs: None,
            doc,
            module,
        }))))
    }

    /// Unpack natively if possible; pushes items (first on top). `star`: Some(after).
    fn unpack_native(
        &mut self,
        task: &mut Task,
        seq: Value,
        before: usize,
        star: Option<usize>,
    ) -> PyResult<bool> {
        let items = match seq {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Tuple(t) => Some(t.to_vec()),
                Obj::List(l) => Some(l.clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(i) => i,
            None => match self.get_iter(seq).map_err(|e| match e {
                PyErr::New(ExcType::TypeError, m) if m.ends_with("is not iterable") => {
                    PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    ))
                }
                e => e,
            })? {
                IterKind::Native(_) => match self.collect_native(seq)? {
                    Some(v) => v,
                    None => return Ok(false),
                },
                _ => return Ok(false),
            },
        };
        self.push_unpacked(task, items, before as u32, star.map(|a| a as u32))?;
        Ok(true)
    }

    /// Push unpacked items: for plain unpacking `before` is the count.
    pub fn push_unpacked(
        &mut self,
        task: &mut Task,
        items: Vec<Value>,
        before: u32,
        after: Option<u32>,
    ) -> PyResult<()> {
        let before = before as usize;
        match after {
            None => {
                if items.len() != before {
                    if items.len() < before {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            before,
                            items.len()
                        )));
                    }
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                task.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                let after = after as usize;
                if items.len() < before + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mid_end = items.len() - after;
                for v in items[mid_end..].iter().rev() {
                    task.stack.push(*v);
                }
                let mid = self.new_list(items[before..mid_end].to_vec());
                task.stack.push(mid);
                for v in items[..before].iter().rev() {
                    task.stack.push(*v);
                }
            }
        }
        Ok(())
    }

    fn set_cause(&mut self, e: ObjId, cause: Value) -> PyResult<()> {
        let c = match cause {
            Value::None => Value::None,
            Value::Obj(_) if self.exception_from(cause)?.is_some() => cause,
            _ => {
                return Err(PyErr::type_error(
                    "exception causes must derive from BaseException",
                ))
            }
        };
        if let Some(d) = self.exc_data_mut(e) {
            d.cause = c;
            d.suppress_context = true;
        }
        Ok(())
    }

    /// Does exception `exc` match class-or-tuple `t`?
    pub fn exc_match(&self, exc: Value, t: Value) -> PyResult<bool> {
        let check = |c: Value| -> PyResult<bool> {
            if !self.is_exception_class(c) {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(self.is_subclass(self.class_of(exc), c.as_obj().unwrap()))
        };
        if let Value::Obj(id) = t {
            if let Obj::Tuple(items) = self.heap.get(id) {
                for c in items.iter() {
                    if check(*c)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        check(t)
    }

    /// Pop the returning frame and hand its value to the continuation. `Some(exit)` when the task
    /// is done.
    fn do_return(&mut self, task: &mut Task, v: Value) -> PyResult<Option<Exit>> {
        let frame = task.frames.pop().unwrap();
        // A fold's total (in the result slot) is its result.
        let keep = matches!(frame.cont, Cont::Gen(m) if m.is_fold()) as usize;
        task.stack.truncate(frame.ret_sp as usize + keep);
        if let Some(g) = frame.gen {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Finished;
                gen.saved.clear();
            }
            return match frame.cont {
                Cont::Gen(GenMode::ForIter { exit }) => {
                    task.stack.pop();
                    task.frames.last_mut().unwrap().ip = exit;
                    Ok(None)
                }
                Cont::Gen(GenMode::YieldFrom) => {
                    task.stack.pop(); // the sub-iterator
                    task.stack.push(v);
                    Ok(None)
                }
                Cont::Gen(m) if m.is_fold() => Ok(None),
                _ => {
                    let exc = self.types.exc(ExcType::StopIteration);
                    let args = if v.is_none() { vec![] } else { vec![v] };
                    let e = self.new_exception(exc, args);
                    if !v.is_none() {
                        let key = self.intern("value");
                        if let Obj::Instance(inst) = self.heap.get_mut(e) {
                            let _ = &inst;
                        }
                        let _ = self.set_attr(Value::Obj(e), key, v);
                    }
                    Err(PyErr::Obj(e))
                }
            };
        }
        if matches!(frame.cont, Cont::TaskRoot) {
            return Ok(Some(Exit::Finished(v)));
        }
        match self.deliver(task, frame.cont, v)? {
            Called::Park(p) => Ok(Some(Exit::Park(p))),
            _ => Ok(None),
        }
    }

    /// Suspend the current generator frame, delivering `v` to its consumer.
    fn do_yield(&mut self, task: &mut Task, v: Value) -> PyResult<()> {
        loop {
            if let Some(&Cont::Gen(mode)) = task.frames.last().map(|f| &f.cont) {
                if mode.is_fold() {
                    return self.fold_yield(task, mode, v);
                }
            }
            // Read and reset what the suspended frame must not keep while it is still in
            // place, then move it into the generator in one copy.
            let top = task.frames.last_mut().unwrap();
            let Some(g) = top.gen else {
                return Err(PyErr::new(
                    ExcType::RuntimeError,
                    "yield outside a generator frame",
                ));
            };
            let mode = match std::mem::replace(&mut top.cont, Cont::Push) {
                Cont::Gen(m) => m,
                _ => GenMode::Next,
            };
            let (base, ret_sp) = (top.base as usize, top.ret_sp as usize);
            // Field by field (see `resume_generator`); what is left in the slot owns nothing
            // (no blocks, `Cont::Push`), so it is forgotten rather than dropped.
            // `ip` was just stored by the loop: read it alone (a wide load spanning it stalls).
            // SAFETY: a plain read of a live field.
            let ip = unsafe { std::ptr::read_volatile(&top.ip) };
            let (code, globals, ns) = (top.code, top.globals, top.ns);
            let blocks = if top.blocks.capacity() == 0 {
                Vec::new()
            } else {
                std::mem::take(&mut top.blocks)
            };
            // SAFETY: the top frame's owned parts were just taken out (see above).
            unsafe { task.frames.set_len(task.frames.len() - 1) };
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                // Reuse the generator's buffer: no allocation per yield.
                gen.saved.clear();
                gen.saved.extend_from_slice(&task.stack[base..]);
                gen.frame = Some(Frame {
                    code,
                    ip,
                    base: base as u32,
                    ret_sp: ret_sp as u32,
                    globals,
                    ns,
                    blocks,
                    cont: Cont::Push,
                    gen: Some(g),
                });
                gen.state = GenState::Suspended;
            }
            task.stack.truncate(ret_sp);
            match mode {
                // (A fold is handled at the top of the loop and never reaches here.)
                GenMode::ForIter { .. }
                | GenMode::Next
                | GenMode::Sum
                | GenMode::Any
                | GenMode::All
                | GenMode::List => {
                    task.stack.push(v);
                    return Ok(());
                }
                GenMode::YieldFrom => {
                    // The caller is a generator paused at YieldFrom: re-yield from it.
                    let caller = task.frames.last_mut().unwrap();
                    caller.ip -= 1;
                    // Its stack holds [subiter]; on resume the sent value is pushed.
                    continue;
                }
            }
        }
    }

    /// A yield to a builtin folding the generator in place (see [`GenMode::is_fold`]): the
    /// value goes into the state in the result slot and the generator runs on, its yield
    /// having received None; or the fold is decided (`any`/`all`): the generator is suspended
    /// and the result replaces the state; or the value needs Python code (`__add__`,
    /// `__bool__`): the generator is suspended and the prelude's `_<fold>_rest(gen, …, value)`
    /// finishes into the result slot.
    fn fold_yield(&mut self, task: &mut Task, mode: GenMode, v: Value) -> PyResult<()> {
        let Some(frame) = task.frames.last() else {
            return Err(PyErr::new(ExcType::RuntimeError, "fold without a frame"));
        };
        let (slot, g) = (frame.ret_sp as usize, frame.gen);
        let state = task.stack[slot];
        let mut rest: Option<(&str, Vec<Value>)> = None;
        let mut result = None;
        match mode {
            // An error of the native `+` (OverflowError: float + huge int) is left to the
            // helper's general `+` to raise again, in `sum`'s caller rather than in the
            // generator.
            GenMode::Sum => match self.sum_step(state, v).ok().flatten() {
                Some(t) => task.stack[slot] = t,
                None => rest = Some(("_sum_rest", vec![state, v])),
            },
            GenMode::Any | GenMode::All => {
                let want = mode == GenMode::Any;
                match self.truthy_native(v) {
                    Some(t) if t == want => result = Some(Value::Bool(want)),
                    Some(_) => {}
                    None => {
                        let f = if want { "_any_rest" } else { "_all_rest" };
                        rest = Some((f, vec![v]));
                    }
                }
            }
            _ => {
                if let Value::Obj(l) = state {
                    if let Obj::List(l) = self.heap.get_mut(l) {
                        l.push(v);
                        self.heap.note_bytes(16);
                    }
                }
            }
        }
        if rest.is_none() && result.is_none() {
            task.stack.push(Value::None);
            return Ok(());
        }
        // Suspend the generator as `next()` would (its value lands in the result slot).
        task.frames.last_mut().unwrap().cont = Cont::Gen(GenMode::Next);
        self.do_yield(task, v)?;
        task.stack.truncate(slot);
        if let Some(r) = result {
            task.stack.push(r);
            return Ok(());
        }
        let (name, args) = rest.unwrap();
        let Some(g) = g else {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "fold without a generator",
            ));
        };
        let f = self.prelude_fn(name);
        task.stack.push(Value::Obj(g));
        let n = args.len() + 1;
        task.stack.extend(args);
        match self.call_value(task, f, n, &[], slot, Cont::Push)? {
            Called::Park(_) => Err(PyErr::new(ExcType::RuntimeError, "fold parked")),
            _ => Ok(()),
        }
    }

    /// One step of `sum`: `total + v` when both are numbers (None otherwise: the general `+`
    /// may call Python code).
    pub(crate) fn sum_step(&mut self, total: Value, v: Value) -> PyResult<Option<Value>> {
        if let (Value::Int(a), Value::Int(b)) = (total, v) {
            if let Some(r) = a.checked_add(b) {
                return Ok(Some(Value::Int(r)));
            }
        }
        if let (Value::Float(a), Value::Float(b)) = (total, v) {
            return Ok(Some(Value::Float(a + b)));
        }
        if self.is_number(total) && self.is_number(v) {
            return self
                .binary_native(crate::bytecode::BinOp::Add, total, v)
                .map(Some);
        }
        Ok(None)
    }

    /// Propagate an exception: find a handler block in the current frame or pop frames.
    /// `Err(exc)` when it escapes the task.
    pub fn unwind(&mut self, task: &mut Task, err: PyErr, add_tb: bool) -> Result<(), ObjId> {
        let mut exc = self.materialize(err);
        // Implicit chaining.
        if let Value::Obj(h) = task.handled {
            if h != exc {
                let has_ctx = self
                    .exc_data(exc)
                    .map(|d| !d.context.is_none())
                    .unwrap_or(true);
                if !has_ctx && !self.context_cycle(h, exc) {
                    if let Some(d) = self.exc_data_mut(exc) {
                        d.context = Value::Obj(h);
                    }
                }
            }
        }
        let mut first = true;
        loop {
            let Some(frame) = task.frames.last_mut() else {
                return Err(exc);
            };
            if add_tb || !first {
                let line = self.codes[frame.code.0 as usize]
                    .code
                    .line_at((frame.ip as usize).saturating_sub(1));
                let code = frame.code;
                if let Some(d) = self.exc_data_mut(exc) {
                    if d.traceback.len() < 10_000 {
                        d.traceback.push((code, line));
                    }
                }
            }
            first = false;
            let frame = task.frames.last_mut().unwrap();
            if let Some(block) = frame.blocks.pop() {
                let base = frame.base as usize;
                frame.ip = block.handler;
                task.stack.truncate(base + block.depth as usize);
                task.stack.push(task.handled);
                task.stack.push(Value::Obj(exc));
                task.handled = Value::Obj(exc);
                return Ok(());
            }
            let frame = task.frames.pop().unwrap();
            task.stack.truncate(frame.ret_sp as usize);
            if let Some(g) = frame.gen {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Finished;
                    gen.saved.clear();
                }
                if self.exc_matches(exc, ExcType::StopIteration) {
                    let rt = self.types.exc(ExcType::RuntimeError);
                    let msg = self.new_str("generator raised StopIteration");
                    let new = self.new_exception(rt, vec![msg]);
                    if let Some(d) = self.exc_data_mut(new) {
                        d.cause = Value::Obj(exc);
                        d.context = Value::Obj(exc);
                        d.suppress_context = true;
                    }
                    let tb = self
                        .exc_data(exc)
                        .map(|d| d.traceback.clone())
                        .unwrap_or_default();
                    if let Some(d) = self.exc_data_mut(new) {
                        d.traceback = tb;
                    }
                    exc = new;
                }
                if let Cont::Gen(GenMode::YieldFrom) = frame.cont {
                    // The delegating generator's stack holds [subiter]: drop it.
                    task.stack.pop();
                }
                if let Cont::Gen(GenMode::ForIter { .. }) = frame.cont {
                    // Leave the iterator on the caller's stack; its handler truncates.
                }
                continue;
            }
            match frame.cont {
                Cont::TaskRoot => return Err(exc),
                Cont::ForIter { exit } if self.exc_matches(exc, ExcType::StopIteration) => {
                    task.stack.pop();
                    let caller = task.frames.last_mut().unwrap();
                    caller.ip = exit;
                    return Ok(());
                }
                Cont::Native { id, state } => {
                    if let Some(r) = crate::builtins::conts::on_exception(self, id, &state, exc) {
                        let sp = task.stack.len();
                        match self.handle_nresult(task, r, sp, Cont::Push) {
                            Ok(_) => return Ok(()),
                            Err(e) => {
                                exc = self.materialize(e);
                                continue;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn context_cycle(&self, start: ObjId, target: ObjId) -> bool {
        let mut cur = Some(start);
        let mut n = 0;
        while let Some(c) = cur {
            if c == target {
                return true;
            }
            n += 1;
            if n > 100 {
                return true;
            }
            cur = self.exc_data(c).and_then(|d| d.context.as_obj());
        }
        false
    }

    /// Execute `import name`: push the module (running its body first if needed).
    fn import_module(&mut self, task: &mut Task, name: &str) -> PyResult<Called> {
        if let Some(m) = self.find_module(name) {
            task.stack.push(Value::Obj(m));
            return Ok(Called::Done);
        }
        if let Some(m) = crate::builtins::modules::builtin_module(self, name) {
            self.modules.push((name.to_string(), m));
            task.stack.push(Value::Obj(m));
            return Ok(Called::Done);
        }
        let src = match crate::builtins::stdlib_source(name) {
            Some(s) => Some((format!("<stdlib/{name}>"), s.to_string())),
            None => match self.loader.as_mut() {
                Some(l) => l.load(name),
                None => None,
            },
        };
        let Some((filename, source)) = src else {
            return Err(PyErr::new(
                ExcType::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        };
        let compiled = match crate::compile::compile_module(&source, &filename, name) {
            Ok(c) => c,
            Err(e) => {
                let t = match e.kind {
                    crate::error::CompileErrorKind::NotImplementedError => {
                        ExcType::NotImplementedError
                    }
                    crate::error::CompileErrorKind::IndentationError => ExcType::IndentationError,
                    crate::error::CompileErrorKind::TabError => ExcType::TabError,
                    _ => ExcType::SyntaxError,
                };
                return Err(PyErr::new(
                    t,
                    format!("{} ({}, line {})", e.message, e.filename, e.line),
                ));
            }
        };
        let code = self.load_module_code(compiled);
        let (module, globals) = self.new_module(name);
        self.modules.push((name.to_string(), module));
        let sp = task.stack.len();
        self.push_module_frame(
            task,
            code,
            globals,
            sp,
            Cont::Import {
                module: Value::Obj(module),
            },
        )
    }

    /// Push a frame running a module body.
    pub fn push_module_frame(
        &mut self,
        task: &mut Task,
        code: CodeId,
        globals: ObjId,
        ret_sp: usize,
        cont: Cont,
    ) -> PyResult<Called> {
        let base = task.stack.len();
        let nslots = self.codes[code.0 as usize].code.nslots();
        task.stack.resize(base + nslots, Value::Undef);
        task.frames.push(crate::frame::Frame {
            code,
            ip: 0,
            base: base as u32,
            ret_sp: ret_sp as u32,
            globals,
            ns: Value::Obj(globals),
            blocks: Vec::new(),
            cont,
            gen: None,
        });
        Ok(Called::Frame)
    }
}

#[allow(dead_code)]
fn unused(_: Dict, _: Conversion) {}

/// Arithmetic on inline numbers that cannot fail or call out: small-int `+ - * // % & | ^`
/// (no overflow), and float `+ - * /` (non-zero divisor) with int operands converted exactly as
/// CPython does. `None` sends the operation down the general path (which raises the errors).
#[inline(always)]
fn numeric_fast(op: crate::bytecode::BinOp, a: Value, b: Value) -> Option<Value> {
    use crate::bytecode::BinOp;
    #[inline(always)]
    fn float(op: BinOp, x: f64, y: f64) -> Option<Value> {
        Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv if y != 0.0 => x / y,
            _ => return None,
        }))
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Value::Int(match op {
            BinOp::Add => x.checked_add(y)?,
            BinOp::Sub => x.checked_sub(y)?,
            BinOp::Mul => x.checked_mul(y)?,
            // Floor division and modulo round toward -inf; for a positive divisor that is
            // Euclidean division.
            BinOp::FloorDiv if y > 0 => x.div_euclid(y),
            BinOp::Mod if y > 0 => x.rem_euclid(y),
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            _ => return None,
        })),
        (Value::Float(x), Value::Float(y)) => float(op, x, y),
        (Value::Float(x), Value::Int(y)) => float(op, x, y as f64),
        (Value::Int(x), Value::Float(y)) => float(op, x as f64, y),
        _ => None,
    }
}

/// Comparisons of two inline ints or two floats (IEEE semantics, as CPython: NaN compares
/// false except `!=`).
#[inline(always)]
fn compare_fast(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    use crate::vm::ops::cmp_result;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_result(op, x.cmp(&y))),
        (Value::Float(x), Value::Float(y)) => Some(match x.partial_cmp(&y) {
            Some(o) => cmp_result(op, o),
            None => op == CmpOp::Ne,
        }),
        _ => None,
    }
}
