//! Pre-interned identifier strings (`Sym`) so hot paths compare names by object identity
//! instead of hashing text.

macro_rules! syms {
    ($( $v:ident = $s:literal ),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub enum Sym { $( $v ),* }
        impl Sym {
            pub const ALL: &'static [Sym] = &[ $( Sym::$v ),* ];
            pub fn as_str(self) -> &'static str {
                match self { $( Sym::$v => $s ),* }
            }
        }
    };
}

syms! {
    Init = "__init__", Str = "__str__", Repr = "__repr__", Format = "__format__",
    Eq = "__eq__", Ne = "__ne__", Lt = "__lt__", Le = "__le__", Gt = "__gt__", Ge = "__ge__",
    Hash = "__hash__", Len = "__len__", Bool = "__bool__",
    GetItem = "__getitem__", SetItem = "__setitem__", DelItem = "__delitem__",
    Contains = "__contains__", Iter = "__iter__", Next = "__next__", Call = "__call__",
    Enter = "__enter__", Exit = "__exit__", GetAttr = "__getattr__",
    SetAttr = "__setattr__", DelAttr = "__delattr__",
    Neg = "__neg__", Pos = "__pos__", Invert = "__invert__", Abs = "__abs__",
    Index = "__index__", Int = "__int__", Float = "__float__", Round = "__round__",
    Reversed = "__reversed__", Missing = "__missing__",
    Name = "__name__", Doc = "__doc__", Module = "__module__", QualName = "__qualname__",
    Class = "__class__", Dict = "__dict__", Builtins = "__builtins__", Main = "__main__",
    Args = "args", Mro = "__mro__", Bases = "__bases__", Self_ = "self",
    Cause = "__cause__", Context = "__context__", Traceback = "__traceback__",
    SuppressContext = "__suppress_context__", Value = "value",
    Add = "__add__", RAdd = "__radd__", IAdd = "__iadd__",
    Sub = "__sub__", RSub = "__rsub__", ISub = "__isub__",
    Mul = "__mul__", RMul = "__rmul__", IMul = "__imul__",
    TrueDiv = "__truediv__", RTrueDiv = "__rtruediv__", ITrueDiv = "__itruediv__",
    FloorDiv = "__floordiv__", RFloorDiv = "__rfloordiv__", IFloorDiv = "__ifloordiv__",
    Mod = "__mod__", RMod = "__rmod__", IMod = "__imod__",
    Pow = "__pow__", RPow = "__rpow__", IPow = "__ipow__",
    LShift = "__lshift__", RLShift = "__rlshift__", ILShift = "__ilshift__",
    RShift = "__rshift__", RRShift = "__rrshift__", IRShift = "__irshift__",
    And = "__and__", RAnd = "__rand__", IAnd = "__iand__",
    Or = "__or__", ROr = "__ror__", IOr = "__ior__",
    Xor = "__xor__", RXor = "__rxor__", IXor = "__ixor__",
    MatMul = "__matmul__", RMatMul = "__rmatmul__", IMatMul = "__imatmul__",
}

impl Sym {
    /// (normal, reflected, in-place) dunders of a binary operator.
    pub fn binop(op: crate::bytecode::BinOp) -> (Sym, Sym, Sym) {
        use crate::bytecode::BinOp as B;
        match op {
            B::Add => (Sym::Add, Sym::RAdd, Sym::IAdd),
            B::Sub => (Sym::Sub, Sym::RSub, Sym::ISub),
            B::Mul => (Sym::Mul, Sym::RMul, Sym::IMul),
            B::TrueDiv => (Sym::TrueDiv, Sym::RTrueDiv, Sym::ITrueDiv),
            B::FloorDiv => (Sym::FloorDiv, Sym::RFloorDiv, Sym::IFloorDiv),
            B::Mod => (Sym::Mod, Sym::RMod, Sym::IMod),
            B::Pow => (Sym::Pow, Sym::RPow, Sym::IPow),
            B::LShift => (Sym::LShift, Sym::RLShift, Sym::ILShift),
            B::RShift => (Sym::RShift, Sym::RRShift, Sym::IRShift),
            B::And => (Sym::And, Sym::RAnd, Sym::IAnd),
            B::Or => (Sym::Or, Sym::ROr, Sym::IOr),
            B::Xor => (Sym::Xor, Sym::RXor, Sym::IXor),
            B::MatMul => (Sym::MatMul, Sym::RMatMul, Sym::IMatMul),
        }
    }
    /// (forward, reflected) dunders of a comparison.
    pub fn cmp(op: crate::bytecode::CmpOp) -> (Sym, Sym) {
        use crate::bytecode::CmpOp as C;
        match op {
            C::Lt => (Sym::Lt, Sym::Gt),
            C::Le => (Sym::Le, Sym::Ge),
            C::Eq => (Sym::Eq, Sym::Eq),
            C::Ne => (Sym::Ne, Sym::Ne),
            C::Gt => (Sym::Gt, Sym::Lt),
            C::Ge => (Sym::Ge, Sym::Le),
        }
    }
}
