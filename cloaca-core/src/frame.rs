//! Frames, handler blocks and continuations: the explicit call stack of a task.
//!
//! A Python call pushes a [`Frame`]; it never recurses on the Rust stack. What happens to a
//! frame's return value is data too — a [`Cont`] — so builtins and protocols that need to call
//! back into Python (`__init__`, `__eq__`, `__str__`, `__next__`, sort keys …) are resumable:
//! they push a frame whose continuation finishes their work. Because all of this is plain data,
//! any instruction boundary is a valid place to suspend and snapshot.

use crate::bytecode::{BinOp, CmpOp};
use crate::object::CodeId;
use crate::value::{ObjId, Value};
use serde::{Deserialize, Serialize};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};

/// An active exception handler (`SetupFinally`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Block {
    pub handler: u32,
    /// Value-stack depth relative to the frame's base when the block was set up.
    pub depth: u32,
}

/// One activation record.
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct Frame {
    pub code: CodeId,
    /// Next instruction to execute.
    pub ip: u32,
    /// Index of local slot 0 in the task's value stack.
    pub base: u32,
    /// Caller's stack height to restore before the continuation runs.
    pub ret_sp: u32,
    /// The module globals dict.
    pub globals: ObjId,
    /// Namespace dict for module and class bodies (`Undef` for functions).
    pub ns: Value,
    pub blocks: Vec<Block>,
    /// What to do with this frame's result.
    pub cont: Cont,
    /// The generator this frame belongs to, if any.
    pub gen: Option<ObjId>,
}

impl Frame {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.globals));
        f(self.ns);
        if let Some(g) = self.gen {
            f(Value::Obj(g));
        }
        self.cont.trace(f);
    }
}

/// How a resumed generator's caller consumes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenMode {
    /// Driven by `ForIter`: a yield pushes the value; a return ends the loop (jump to `exit`).
    ForIter { exit: u32 },
    /// `next()` / `send()`: a yield pushes the value; a return raises `StopIteration(value)`.
    Next,
    /// The caller is a generator executing `YieldFrom`: a yield is re-yielded by the caller; a
    /// return replaces `[subiter, v]` with the value.
    YieldFrom,
    /// `sum(generator)`: the running total sits in the caller's result slot (the frame's
    /// `ret_sp`, just below its base). A yield adds to it and the generator runs on in place
    /// (no switch to the caller and back); a return leaves the total as `sum`'s result. A
    /// value that is not a number hands the rest to the prelude's `_sum_rest`.
    Sum,
    /// `any(generator)`, folded in place like `Sum`: the result slot holds False; a true value
    /// suspends the generator and makes the result True. A value whose truth needs
    /// `__bool__`/`__len__` hands the rest to the prelude's `_any_rest`.
    Any,
    /// `all(generator)`: as `Any` with True, a false value and `_all_rest`.
    All,
    /// `list(generator)`: the result slot holds the new list; a yield appends to it.
    List,
}

impl GenMode {
    /// Whether the consumer is a builtin folding the generator in place (`sum`, `any`, `all`,
    /// `list`): its state is in the result slot below the generator's frame.
    pub fn is_fold(self) -> bool {
        matches!(
            self,
            GenMode::Sum | GenMode::Any | GenMode::All | GenMode::List
        )
    }
}

/// Identifies a native continuation function (see `vm::natives`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContId(pub u16);

/// An operator dunder in flight ([`Cont::Binary`], [`Cont::Compare`]). Boxed in `Cont` so
/// that every frame stays small: frames are moved on each call, return, yield and resume.
/// (Serialized exactly like the struct variants it replaced.)
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Dunder<O> {
    pub op: O,
    /// Binary: 0 `__iop__`, 1 `__op__`, 2 `__rop__`. Compare: 0 forward, 1 reflected.
    pub stage: u8,
    pub a: Value,
    pub b: Value,
}

/// A class body in flight ([`Cont::ClassBody`]), boxed like [`Dunder`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClassBody {
    pub name: Value,
    pub bases: Value,
    pub ns: Value,
}

/// What to do with a frame's return value once it is popped.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Cont {
    /// Push it onto the caller's value stack.
    #[serde(rename = "p")]
    Push,
    /// Drop it.
    #[serde(rename = "d")]
    Discard,
    /// The frame is a task's outermost frame: its result is the task's result.
    #[serde(rename = "R")]
    TaskRoot,
    /// `__init__` returned (must be None); push the new instance instead.
    #[serde(rename = "i")]
    Init(Value),
    /// A binary-operator dunder returned. `stage` 0: `__iop__`, 1: `__op__`, 2: `__rop__`.
    #[serde(rename = "b")]
    Binary(Box<Dunder<BinOp>>),
    /// A rich-comparison dunder returned. `stage` 0: forward, 1: reflected.
    #[serde(rename = "c")]
    Compare(Box<Dunder<CmpOp>>),
    /// `__bool__` (or `__len__` when `from_len`) returned: push its truth as a bool.
    #[serde(rename = "t")]
    Truth { from_len: bool },
    /// `__bool__`/`__len__` returned for a conditional jump. `keep`: the tested value stays on the
    /// stack when jumping and is popped otherwise (`and`/`or`).
    #[serde(rename = "B")]
    Branch {
        when: bool,
        target: u32,
        keep: bool,
        from_len: bool,
    },
    /// `__next__` of a user iterator returned inside `ForIter`; `StopIteration` ends the loop.
    #[serde(rename = "f")]
    ForIter { exit: u32 },
    /// A generator frame resumed by its consumer.
    #[serde(rename = "g")]
    Gen(GenMode),
    /// A `__str__`/`__repr__` result that must be a `str` (`which` names the dunder for errors).
    #[serde(rename = "s")]
    CheckStr { which: u8 },
    /// A class body finished: build the class.
    #[serde(rename = "C")]
    ClassBody(Box<ClassBody>),
    /// A module body finished running during `import`: push the module.
    #[serde(rename = "I")]
    Import { module: Value },
    /// `__contains__` returned: push its truth, inverted for `not in`.
    #[serde(rename = "in")]
    Contains { invert: bool },
    /// A list built by the prelude for `UnpackSequence`/`UnpackEx` of a non-native iterable:
    /// push its items (first item on top); `star` splits `before`/`after` around a list.
    #[serde(rename = "u")]
    Unpack { before: u32, after: u32, star: bool },
    /// A resumable builtin: call continuation `id` with the saved `state` and the result.
    #[serde(rename = "n")]
    Native { id: ContId, state: Box<[Value]> },
}

impl Cont {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Cont::Init(v) | Cont::Import { module: v } => f(*v),
            Cont::Binary(d) => {
                f(d.a);
                f(d.b);
            }
            Cont::Compare(d) => {
                f(d.a);
                f(d.b);
            }
            Cont::ClassBody(c) => {
                f(c.name);
                f(c.bases);
                f(c.ns);
            }
            Cont::Native { state, .. } => state.iter().for_each(|v| f(*v)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{BinOp, CmpOp};

    /// Boxed continuations keep frames small, and their snapshot encoding is that of the
    /// unboxed struct variants they replaced (bytes captured before the change).
    #[test]
    fn boxed_conts_are_small_and_keep_their_encoding() {
        assert!(std::mem::size_of::<Cont>() <= 24);
        let conts = vec![
            Cont::Binary(Box::new(Dunder {
                op: BinOp::Add,
                stage: 1,
                a: Value::Int(3),
                b: Value::None,
            })),
            Cont::Compare(Box::new(Dunder {
                op: CmpOp::Lt,
                stage: 0,
                a: Value::Float(1.5),
                b: Value::Obj(ObjId(7)),
            })),
            Cont::ClassBody(Box::new(ClassBody {
                name: Value::Obj(ObjId(1)),
                bases: Value::Obj(ObjId(2)),
                ns: Value::Obj(ObjId(3)),
            })),
        ];
        let mut out = Vec::new();
        ciborium::into_writer(&conts, &mut out).unwrap();
        let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "83a16162a4626f706341646465737461676501616181036162f6a16163a4626f70624c7465737461\
             67650061\
             61f93e00616207a16143a3646e616d650165626173657302626e7303"
        );
        let back: Vec<Cont> = ciborium::from_reader(&out[..]).unwrap();
        assert!(matches!(&back[0], Cont::Binary(d) if d.op == BinOp::Add && d.stage == 1));
        assert!(matches!(&back[2], Cont::ClassBody(c) if c.ns.is(Value::Obj(ObjId(3)))));
    }
}
