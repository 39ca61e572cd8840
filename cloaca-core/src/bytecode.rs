//! The bytecode: the contract between the compiler (`compile`) and the VM (`vm`).
//!
//! A module compiles to a [`CompiledModule`]: a flat list of [`Code`] objects, index 0 being the
//! module body. Code objects refer to each other through [`Const::Code`] (an index into the same
//! list), so a compiled module is plain data that serializes into a snapshot as is.
//!
//! The machine is a stack machine in the style of CPython 3.11. Each [`Op`] is 8 bytes; operands are
//! `u32` indices or absolute jump targets (instruction indices into `Code::ops`). Exception handling
//! uses a per-frame *block stack* (`SetupFinally` / `PopBlock`) rather than CPython's exception table:
//! it is simpler to compile and serializes trivially.
//!
//! ## Frame slot layout
//! A frame's local slots are `varnames ++ cellvars ++ freevars`. Slots for `cellvars` and `freevars`
//! hold *cell objects*; `LoadDeref(i)` reads the contents of the cell in slot `varnames.len() + i`.
//! On entry the VM fills cellvar slots with fresh cells (copying the argument's value when
//! `cell2arg[i]` names an argument slot) and freevar slots from the function's closure tuple.
//!
//! ## Argument slots
//! `varnames` starts with the parameters in this order: positional-only, positional-or-keyword,
//! keyword-only, then `*args` (if `flags.varargs`), then `**kwargs` (if `flags.varkw`).
//! `argcount` counts positional-only + positional-or-keyword; `posonlyargcount` the positional-only
//! ones; `kwonlyargcount` the keyword-only ones.
//!
//! ## Exception handlers
//! `SetupFinally(h)` pushes a block `{handler: h, depth: current stack depth}`. When an exception
//! propagates into a frame whose block stack is not empty, the VM pops the top block, truncates the
//! value stack to `depth`, pushes the *previously handled exception* (or `None`) and then the new
//! exception, makes the new exception the "currently handled" one, and jumps to `h`. So a handler
//! starts with the stack `[..., prev_exc, exc]`. `PopExcept` pops `prev_exc` from the stack and
//! restores it as the currently handled exception. A handler protects itself with
//! `SetupCleanup(c)`, whose depth leaves out the exception on top of the stack: the cleanup `c`
//! then starts with `[..., prev_exc, cur_exc, exc2]` however the handler exited. See `compile` for the exact sequences used for
//! `try`/`except`/`finally`/`with`.

use serde::{Deserialize, Serialize};

/// Binary operators for [`Op::Binary`] and [`Op::Inplace`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, …), used in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// Dunder method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparison operators for [`Op::Compare`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// (dunder, reflected dunder)
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }
}

/// Unary operators for [`Op::Unary`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

/// Conversion applied by [`Op::FormatValue`] before formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. "TOS" is the top of the value stack, "TOS1" the one below it, and so on.
/// Stack effects are written `[before] -> [after]` with the top on the right.
/// Flag bit of [`Op::BuildClass`]'s operand: a dict of class keyword arguments is on the stack.
pub const CLASS_KWARGS: u32 = 1 << 31;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// `[a] -> []`
    Pop,
    /// `Copy(n)`: push a copy of the n-th item from the top (`Copy(1)` duplicates TOS).
    Copy(u32),
    /// `Swap(n)`: swap TOS with the n-th item from the top (`Swap(2)` swaps TOS and TOS1).
    Swap(u32),
    /// Push `consts[i]`.
    LoadConst(u32),

    /// Push local slot `i`; raises `UnboundLocalError` ("cannot access local variable 'x' where it
    /// is not associated with a value") if unset.
    LoadFast(u32),
    /// `[v] -> []`, store into local slot `i`.
    StoreFast(u32),
    /// Unset local slot `i` (`UnboundLocalError`-style `NameError` if already unset).
    DeleteFast(u32),
    /// Push the contents of the cell in slot `varnames.len() + i`; `NameError` ("cannot access free
    /// variable 'x' where it is not associated with a value in enclosing scope") if empty.
    LoadDeref(u32),
    /// `[v] -> []`, store into the cell in slot `varnames.len() + i`.
    StoreDeref(u32),
    /// Empty the cell in slot `varnames.len() + i`.
    DeleteDeref(u32),
    /// Push the cell object itself in slot `varnames.len() + i` (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies only: look `freevars`/`cellvars` name `i` (deref index) up in the class namespace
    /// first, then fall back to the cell's contents.
    LoadClassDeref(u32),

    /// Push global `names[i]` (module globals, then builtins); `NameError` "name 'x' is not defined".
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Look `names[i]` up in the frame's namespace dict (module or class body), then globals, then
    /// builtins.
    LoadName(u32),
    /// `[v] -> []`, store into the frame's namespace dict.
    StoreName(u32),
    DeleteName(u32),

    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []`: `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [meth, obj]` when `names[i]` is a plain function found on the type (an unbound
    /// method), otherwise `[obj] -> [NULL, attr]`. Paired with [`Op::CallMethod`].
    LoadMethod(u32),

    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`: `container[key] = v`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `BuildSlice(2)`: `[start, stop] -> [slice]`; `BuildSlice(3)`: `[start, stop, step] -> [slice]`
    BuildSlice(u32),

    /// `[a] -> [op a]`
    Unary(UnaryOp),
    /// `[a, b] -> [a op b]`
    Binary(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first, then falls back like `Binary`).
    Inplace(BinOp),
    /// `[a, b] -> [a op b]`
    Compare(CmpOp),
    /// `[a, b] -> [a is b]` (`IsOp(true)` is `is not`).
    IsOp(bool),
    /// `[a, b] -> [a in b]` (`ContainsOp(true)` is `not in`).
    ContainsOp(bool),

    /// Jump to the absolute instruction index.
    Jump(u32),
    /// `[v] -> []`, jump if `v` is falsy.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if `v` is truthy.
    PopJumpIfTrue(u32),
    /// If TOS is falsy jump (leaving it), else pop it. (`and`)
    JumpIfFalseOrPop(u32),
    /// If TOS is truthy jump (leaving it), else pop it. (`or`)
    JumpIfTrueOrPop(u32),

    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump to the target.
    ForIter(u32),

    /// `[a1..an] -> [(a1, ..., an)]`
    BuildTuple(u32),
    /// `[a1..an] -> [[a1, ..., an]]`
    BuildList(u32),
    /// `[a1..an] -> [{a1, ..., an}]`
    BuildSet(u32),
    /// `[k1, v1, ..., kn, vn] -> [{k1: v1, ...}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + ... + sn]` (all are `str`; used by f-strings).
    BuildString(u32),
    /// `[list, ...(i-1 items), v] -> [list, ...]`: append `v` to the list at `stack[-i]` after
    /// popping `v` (comprehensions).
    ListAppend(u32),
    /// Like `ListAppend` for a set.
    SetAdd(u32),
    /// `[dict, ..., k, v] -> [dict, ...]`: `dict[k] = v`, the dict at `stack[-i]` after popping both.
    MapAdd(u32),
    /// `[list, ..., iterable] -> [list, ...]`: `list.extend(iterable)`, list at `stack[-i]` after pop.
    ListExtend(u32),
    /// `[set, ..., iterable] -> [set, ...]`
    SetUpdate(u32),
    /// `[dict, ..., mapping] -> [dict, ...]` (`{**m}`)
    DictUpdate(u32),
    /// Like `DictUpdate` but raises `TypeError` on a duplicate key ("f() got multiple values for
    /// keyword argument 'k'") — used for `**kwargs` in calls; the callable is at `stack[-(i+2)]`.
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,

    /// `[seq] -> [vn, ..., v1]` (so that the first item is on top); `ValueError` on length mismatch.
    UnpackSequence(u32),
    /// `UnpackEx(before | after << 8)`: starred unpacking; pushes `after` items, a list, then
    /// `before` items, with the first item on top.
    UnpackEx(u32),

    /// `[value] -> [formatted str]` or, with a spec, `[value, spec] -> [formatted str]`.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    /// Make a function from `consts[code]` (a `Const::Code`). Depending on `flags`, pops (in this
    /// order from the top): closure tuple (`flags & 8`), annotations — never emitted (`flags & 4`),
    /// kw-defaults dict (`flags & 2`), defaults tuple (`flags & 1`). Pushes the function.
    MakeFunction {
        code: u32,
        flags: u8,
    },
    /// `[body_fn, name, base1..basen] -> [class]`: runs `body_fn` with a fresh namespace dict as its
    /// locals, then creates the class. The body returns its `__class__` cell (or `None`); the VM sets
    /// the cell's contents to the new class.
    /// With the [`CLASS_KWARGS`] bit set, a dict of the class keyword arguments (passed to
    /// `__init_subclass__`) is on top of the bases.
    BuildClass(u32),

    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames] -> [result]`: `kwnames` is a tuple const of str; the last
    /// `len(kwnames)` of the `n` arguments are passed by keyword.
    CallKw(u32),
    /// `[meth_or_NULL, self_or_callable, a1..an] -> [result]` (see [`Op::LoadMethod`]).
    CallMethod(u32),
    /// `CallEx(0)`: `[callable, args_tuple] -> [result]`; `CallEx(1)`: `[callable, args_tuple,
    /// kwargs_dict] -> [result]`.
    CallEx(u32),
    /// `[v] -> (returns v to the caller)`
    Return,

    /// Generators: `[v] -> [sent]`: suspend, yielding `v`; resumes with the sent value on TOS.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (generators pass through unchanged).
    GetYieldFromIter,
    /// `[subiter, v] -> [result]`: send `v` into `subiter` (`next` when `v` is None); if it yields,
    /// suspend yielding that value and re-execute this instruction on resume with the sent value in
    /// place of `v`; when it returns, pop both and push its return value.
    YieldFrom,

    /// `[level, fromlist] -> [module]`: import `names[i]` (`level` is an int const, `fromlist` None
    /// or a tuple of str). For `import a.b` without fromlist pushes the top package.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`; `ImportError` "cannot import name 'x' from 'm'".
    ImportFrom(u32),
    /// `[module] -> []`: copy every public name into the namespace.
    ImportStar,

    /// `Raise(0)`: re-raise the currently handled exception (`RuntimeError: No active exception to
    /// reraise` if none); `Raise(1)`: `[exc] -> raise exc`; `Raise(2)`: `[exc, cause] -> raise exc
    /// from cause`. Classes are instantiated with no arguments.
    Raise(u32),
    /// `[exc] -> raise exc` again without touching its traceback (end of `finally`/`except` paths).
    Reraise,
    /// Push a handler block (see the module docs).
    SetupFinally(u32),
    /// Push a handler block for the *cleanup* of a handler: like `SetupFinally` but its depth
    /// excludes the exception on top of the stack, so the cleanup code sees the same stack whether
    /// the handler re-raised that exception (`Reraise` pops it) or raised a new one.
    SetupCleanup(u32),
    /// Pop the top handler block.
    PopBlock,
    /// `[prev_exc] -> []`: restore `prev_exc` as the currently handled exception.
    PopExcept,
    /// `[exc, type_or_tuple] -> [exc, matches]` (`TypeError` if the right side is not an exception
    /// class or a tuple of them).
    CheckExcMatch,
    /// Push the `AssertionError` class.
    LoadAssertionError,

    /// `[cm] -> [bound __exit__, cm.__enter__()]`; `TypeError` if either method is missing.
    BeforeWith,
    /// `[exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type(exc), exc, None)]`.
    WithExceptStart,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An int that does not fit in i64, as decimal digits with an optional leading '-'.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Ellipsis,
    /// Index into [`CompiledModule::codes`].
    Code(u32),
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeFlags {
    /// Has a `*args` parameter.
    pub varargs: bool,
    /// Has a `**kwargs` parameter.
    pub varkw: bool,
    /// Contains `yield`: calling it creates a generator.
    pub generator: bool,
    /// Module and class bodies: names resolve through a namespace dict (`LoadName`/`StoreName`).
    pub namespace: bool,
}

/// What a code object is the body of (used by tracebacks, `dis` and the VM).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// List/set/dict comprehension or generator expression body (takes the outermost iterator as
    /// its single argument `.0`).
    Comprehension,
}

/// One compiled code object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Code {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, `C` (class bodies).
    pub name: std::sync::Arc<str>,
    /// Dotted path like CPython's `__qualname__` (`C.method`, `f.<locals>.g`).
    pub qualname: std::sync::Arc<str>,
    pub filename: String,
    pub kind: CodeKind,
    pub flags: CodeFlags,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar, the argument slot whose value seeds it (a parameter captured by a closure).
    pub cell2arg: Vec<Option<u32>>,
    /// Names used by global/name/attribute/import instructions.
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub ops: Vec<Op>,
    /// Source line of each instruction (same length as `ops`).
    pub lines: Vec<u32>,
    /// Docstring, if the body starts with a string literal.
    pub doc: Option<String>,
}

/// The table an instruction's `u32` operand indexes (see [`Op::table_operand`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// `Code::consts`.
    Const,
    /// `Code::varnames` (fast locals).
    Var,
    /// `cellvars ++ freevars`.
    Deref,
    /// `Code::names`.
    Name,
}

impl Op {
    /// The table this instruction's operand indexes, with the index (None for other operands).
    pub fn table_operand(&self) -> Option<(Table, u32)> {
        match *self {
            Op::LoadConst(i) => Some((Table::Const, i)),
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => Some((Table::Var, i)),
            Op::LoadDeref(i)
            | Op::StoreDeref(i)
            | Op::DeleteDeref(i)
            | Op::LoadClosure(i)
            | Op::LoadClassDeref(i) => Some((Table::Deref, i)),
            Op::LoadGlobal(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => Some((Table::Name, i)),
            _ => None,
        }
    }
}

impl Code {
    /// Number of local slots: varnames + cellvars + freevars.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    /// Line of the instruction at `ip` (clamped).
    pub fn line_at(&self, ip: usize) -> u32 {
        if self.lines.is_empty() {
            return self.first_line;
        }
        self.lines[ip.min(self.lines.len() - 1)]
    }
}

/// The output of compiling one source file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompiledModule {
    /// Module name (`__name__`), e.g. `__main__` or `npc.guard`.
    pub name: String,
    pub filename: String,
    /// The source text, kept for tracebacks (the line under each `File … line N` entry).
    pub source: String,
    /// `codes[0]` is the module body.
    pub codes: Vec<Code>,
}
