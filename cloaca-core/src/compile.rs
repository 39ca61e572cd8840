//! The compiler: AST → [`bytecode`](crate::bytecode), following the structure of CPython 3.11's
//! `compile.c` but with a per-frame block stack (`SetupFinally`/`PopBlock`) instead of an
//! exception table.
//!
//! Owns: [`compile_module`] (the public entry point), code-object construction (names, consts,
//! varnames / cellvars / freevars, line table), jump labels, the "frame block" stack used to
//! unwind `try`/`finally`, `with` and `except` regions on `return`/`break`/`continue`, and the
//! compile-time errors CPython reports (`'return' outside function`, invalid targets, …).
//!
//! Exception-handling sequences (D = value-stack depth at the statement):
//!
//! * `try`/`except`: `SetupFinally(H) body PopBlock orelse Jump END; H: SetupCleanup(CLEANUP)
//!   {type CheckExcMatch PopJumpIfFalse NEXT; store-or-Pop; [SetupFinally(CLEANUP_NAME)] body
//!   [PopBlock None store del] PopBlock PopExcept Jump END; [CLEANUP_NAME: None store del
//!   Reraise]; NEXT:}* Reraise; CLEANUP: Swap2 Pop Swap2 Pop Swap2 PopExcept Reraise; END:`
//! * `try`/`finally`: `SetupFinally(F) body PopBlock finalbody Jump END; F: SetupCleanup(CLEANUP)
//!   finalbody PopBlock Swap2 PopExcept Reraise; CLEANUP: …; END:`
//! * `with`: `cm BeforeWith store-or-Pop SetupFinally(H) body PopBlock None None None Call(3) Pop
//!   Jump END; H: SetupCleanup(CLEANUP) WithExceptStart PopJumpIfTrue SUP Reraise; SUP: PopBlock
//!   Pop PopExcept Pop Jump END; CLEANUP: Swap2 Pop Swap2 PopExcept Swap2 Pop Reraise;
//!   END:`

use crate::bytecode::{
    BinOp, CmpOp, Code, CodeFlags, CodeKind, CompiledModule, Const, Conversion, Op, UnaryOp,
    CLASS_KWARGS,
};
use crate::error::{CompileError, CompileErrorKind};
use crate::parse::{self, ast, LineIndex};
use crate::symtable::{self, expr_range, stmt_range, BlockType, Scope, SymbolTables};
use ast::{Expr, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;

/// Maximum nesting of expressions and statements the compiler accepts. Checked iteratively
/// before the recursive passes run; 200 keeps a debug build inside a 2 MiB stack with a 2x
/// margin (measured) and matches CPython's limit on nested parentheses.
pub const MAX_NESTING: usize = 200;
/// CPython's limit on statically nested blocks (loops, `try`, `with`).
pub const MAX_BLOCKS: usize = 20;

/// Compile a module's source to bytecode. `codes[0]` of the result is the module body.
pub fn compile_module(
    source: &str,
    filename: &str,
    module_name: &str,
) -> Result<CompiledModule, CompileError> {
    let parsed = parse::parse_module(source, filename)?;
    let index = parsed.index;
    if let Some(range) = symtable::find_too_deep(&parsed.body, MAX_NESTING) {
        return Err(parse::error_at(
            source,
            &index,
            filename,
            CompileErrorKind::SyntaxError,
            "too many nested expressions or blocks",
            u32::from(range.start()) as usize,
        ));
    }
    let tables = symtable::build(&parsed.body).map_err(|e| {
        parse::error_at(
            source,
            &index,
            filename,
            CompileErrorKind::SyntaxError,
            e.message,
            e.offset,
        )
    })?;
    let mut c = Compiler {
        source,
        filename,
        index: &index,
        tables,
        codes: vec![placeholder_code()],
        units: Vec::new(),
        depth: 0,
        captures: Vec::new(),
        future_annotations: symtable::has_future_annotations(&parsed.body),
        future_ok: symtable::future_imports(&parsed.body)
            .map(|i| i.range)
            .collect(),
    };
    let module = c.compile_module_body(&parsed.body)?;
    c.codes[0] = module;
    Ok(CompiledModule {
        name: module_name.to_string(),
        filename: filename.to_string(),
        source: source.to_string(),
        codes: c.codes,
    })
}

fn placeholder_code() -> Code {
    Code {
        name: "".into(),
        qualname: "".into(),
        filename: String::new(),
        kind: CodeKind::Module,
        flags: CodeFlags::default(),
        first_line: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        names: vec![],
        consts: vec![],
        ops: vec![],
        lines: vec![],
        doc: None,
    }
}

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

#[derive(Clone, Copy)]
enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With,
    HandlerCleanup { name: Option<&'a str> },
    PopValue,
}

struct Unit<'a> {
    code: Code,
    table: usize,
    typ: BlockType,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    name_map: HashMap<String, u32>,
    const_map: HashMap<String, u32>,
    var_map: HashMap<String, u32>,
    line: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

struct Compiler<'s> {
    source: &'s str,
    filename: &'s str,
    index: &'s LineIndex,
    tables: SymbolTables,
    codes: Vec<Code>,
    units: Vec<Unit<'s>>,
    depth: usize,
    /// Names captured by the `case` pattern being compiled (bound once the whole pattern matched).
    captures: Vec<String>,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
    /// Start offsets of the `from __future__` imports allowed where they are (the leading ones).
    future_ok: Vec<TextRange>,
}

fn is_docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s.clone());
            }
        }
    }
    None
}

fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// CPython's name for an expression kind in "cannot assign to …" messages.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match &c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

fn pattern_range(p: &ast::Pattern) -> TextRange {
    use ast::Pattern as P;
    match p {
        P::MatchValue(x) => x.range,
        P::MatchSingleton(x) => x.range,
        P::MatchSequence(x) => x.range,
        P::MatchMapping(x) => x.range,
        P::MatchClass(x) => x.range,
        P::MatchStar(x) => x.range,
        P::MatchAs(x) => x.range,
        P::MatchOr(x) => x.range,
    }
}

fn const_key(c: &Const) -> String {
    format!("{c:?}")
}

/// Convert an AST constant to a bytecode constant (`None` for unsupported ones: complex).
fn ast_const(c: &ast::Constant) -> Option<Const> {
    Some(match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Str(s) => Const::Str(s.clone()),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Int(i) => int_const(&i.to_string()),
        ast::Constant::Tuple(t) => Const::Tuple(t.iter().map(ast_const).collect::<Option<_>>()?),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Complex { .. } => return None,
        ast::Constant::Ellipsis => Const::Ellipsis,
    })
}

fn int_const(digits: &str) -> Const {
    match digits.parse::<i64>() {
        Ok(v) => Const::Int(v),
        Err(_) => Const::BigInt(digits.to_string()),
    }
}

impl<'s> Compiler<'s> {
    // ----- errors and positions -------------------------------------------------------------

    fn offset(range: TextRange) -> usize {
        u32::from(range.start()) as usize
    }

    fn error_kind(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        parse::error_at(
            self.source,
            self.index,
            self.filename,
            kind,
            msg,
            Self::offset(range),
        )
    }

    fn syntax_error<T>(&self, msg: impl Into<String>, range: TextRange) -> CResult<T> {
        Err(self.error_kind(CompileErrorKind::SyntaxError, msg, range))
    }

    /// A NotImplementedError naming the feature (`'async def' is not supported by Cloaca`).
    fn unsupported<T>(&self, feature: &str, range: TextRange) -> CResult<T> {
        let verb = if feature.ends_with('s') || feature.ends_with(')') {
            "are"
        } else {
            "is"
        };
        Err(self.error_kind(
            CompileErrorKind::NotImplementedError,
            format!("{feature} {verb} not supported by Cloaca"),
            range,
        ))
    }

    fn line_of(&self, range: TextRange) -> u32 {
        self.index.line_of(Self::offset(range))
    }

    fn enter_nesting(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return self.syntax_error("too many nested expressions or blocks", range);
        }
        Ok(())
    }

    // ----- units ----------------------------------------------------------------------------

    fn unit(&mut self) -> &mut Unit<'s> {
        self.units.last_mut().expect("no compilation unit")
    }

    fn u(&self) -> &Unit<'s> {
        self.units.last().expect("no compilation unit")
    }

    fn table(&self) -> &symtable::SymbolTable {
        &self.tables.tables[self.u().table]
    }

    #[allow(clippy::too_many_arguments)]
    fn push_unit(
        &mut self,
        table: usize,
        name: &str,
        qualname: String,
        kind: CodeKind,
        first_line: u32,
    ) {
        let t = &self.tables.tables[table];
        let mut code = placeholder_code();
        code.name = name.into();
        code.qualname = qualname.into();
        code.filename = self.filename.to_string();
        code.kind = kind;
        code.first_line = first_line;
        code.flags.generator = t.is_generator;
        code.flags.namespace = matches!(kind, CodeKind::Module | CodeKind::Class);
        code.cellvars = t.cellvars();
        code.freevars = t.freevars();
        let mut var_map = HashMap::new();
        for p in &t.params {
            if !var_map.contains_key(p) {
                var_map.insert(p.clone(), code.varnames.len() as u32);
                code.varnames.push(p.clone());
            }
        }
        code.cell2arg = code
            .cellvars
            .iter()
            .map(|c| var_map.get(c).copied())
            .collect();
        self.units.push(Unit {
            code,
            table,
            typ: t.typ,
            labels: Vec::new(),
            fblocks: Vec::new(),
            name_map: HashMap::new(),
            const_map: HashMap::new(),
            var_map,
            line: first_line,
        });
    }

    /// Finish the current unit: resolve labels and append the code object; returns its index.
    fn pop_unit(&mut self) -> u32 {
        let unit = self.units.pop().expect("no unit");
        let code = finish_unit(unit);
        self.codes.push(code);
        (self.codes.len() - 1) as u32
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.code.ops.len() as u32);
    }

    fn emit(&mut self, op: Op) {
        let u = self.unit();
        u.code.ops.push(op);
        let line = u.line;
        u.code.lines.push(line);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        let u = self.unit();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.code.consts.len() as u32;
        u.code.consts.push(c);
        u.const_map.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.name_map.insert(name.to_string(), i);
        i
    }

    fn add_var(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let i = u.code.varnames.len() as u32;
        u.code.varnames.push(name.to_string());
        u.var_map.insert(name.to_string(), i);
        i
    }

    fn deref_index(&self, name: &str) -> u32 {
        let code = &self.u().code;
        if let Some(i) = code.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = code.freevars.iter().position(|c| c == name).unwrap_or(0);
        (code.cellvars.len() + i) as u32
    }

    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let typ = self.u().typ;
        let scope = self.table().scope_of(name);
        let is_class_free = typ == BlockType::Class
            && self.u().code.freevars.iter().any(|f| f == name)
            && scope == Some(Scope::Free);
        enum K {
            Fast,
            Deref,
            Global,
            Name,
        }
        let k = match scope {
            Some(Scope::Free) | Some(Scope::Cell) => K::Deref,
            Some(Scope::Local) if typ.is_function_like() => K::Fast,
            Some(Scope::GlobalImplicit) if typ.is_function_like() => K::Global,
            Some(Scope::GlobalExplicit) => K::Global,
            None if typ.is_function_like() => K::Global,
            _ => K::Name,
        };
        let op = match k {
            K::Fast => {
                let i = self.add_var(name);
                match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                }
            }
            K::Deref => {
                let i = self.deref_index(name);
                match ctx {
                    Ctx::Load if is_class_free => Op::LoadClassDeref(i),
                    Ctx::Load => Op::LoadDeref(i),
                    Ctx::Store => Op::StoreDeref(i),
                    Ctx::Del => Op::DeleteDeref(i),
                }
            }
            K::Global => {
                let i = self.add_name(name);
                match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                }
            }
            K::Name => {
                let i = self.add_name(name);
                match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                }
            }
        };
        self.emit(op);
    }

    fn set_line(&mut self, range: TextRange) -> u32 {
        let line = self.line_of(range);
        let u = self.unit();
        std::mem::replace(&mut u.line, line)
    }

    fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname(&self, name: &str, is_def_or_class: bool) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.u();
        if is_def_or_class {
            if let Some(Scope::GlobalExplicit) = self.table().scope_of(name) {
                return name.to_string();
            }
        }
        let base = match parent.typ {
            BlockType::Function | BlockType::Lambda => {
                format!("{}.<locals>", parent.code.qualname)
            }
            _ => parent.code.qualname.to_string(),
        };
        format!("{base}.{name}")
    }

    // ----- module ---------------------------------------------------------------------------

    fn compile_module_body(&mut self, body: &'s [Stmt]) -> CResult<Code> {
        self.push_unit(0, "<module>", "<module>".into(), CodeKind::Module, 1);
        let mut rest = body;
        if let Some(doc) = is_docstring(body) {
            let line = self.set_line(stmt_range(&body[0]));
            self.load_const(Const::Str(doc.clone()));
            let i = self.add_name("__doc__");
            self.emit(Op::StoreName(i));
            self.restore_line(line);
            self.unit().code.doc = Some(doc);
            rest = &body[1..];
        }
        self.stmts(rest)?;
        self.load_const(Const::None);
        self.emit(Op::Return);
        let unit = self.units.pop().expect("module unit");
        Ok(finish_unit(unit))
    }

    // ----- statements -----------------------------------------------------------------------

    fn stmts(&mut self, body: &'s [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'s Stmt) -> CResult<()> {
        self.enter_nesting(stmt_range(s))?;
        let line = self.set_line(stmt_range(s));
        let r = self.stmt_inner(s);
        self.restore_line(line);
        self.depth -= 1;
        r
    }

    fn push_fblock(&mut self, fb: FBlock<'s>, range: TextRange) -> CResult<()> {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return self.syntax_error("too many statically nested blocks", range);
        }
        self.unit().fblocks.push(fb);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn stmt_inner(&mut self, s: &'s Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::AsyncFunctionDef(f) => self.unsupported("'async def'", f.range),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !self.u().typ.is_function_like() {
                    return self.syntax_error("'return' outside function", r.range);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_fblock_stack(true, false, r.range)?;
                self.emit(Op::Return);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.check_assign_target(t, a.targets.len() == 1)?;
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => self.unsupported("the 'type' statement", t.range),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::AsyncFor(f) => self.unsupported("'async for'", f.range),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => {
                let end = self.new_label();
                let orelse = if i.orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(&i.test, false, orelse)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit(Op::Jump(end.0));
                    self.bind(orelse);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::AsyncWith(w) => self.unsupported("'async with'", w.range),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::TryStar(t) => self.unsupported("'except*'", t.range),
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let full = alias.name.as_str();
                    let ni = self.add_name(full);
                    self.emit(Op::ImportName(ni));
                    match &alias.asname {
                        Some(asname) => {
                            for comp in full.split('.').skip(1) {
                                let ci = self.add_name(comp);
                                self.emit(Op::ImportFrom(ci));
                                self.emit(Op::Swap(2));
                                self.emit(Op::Pop);
                            }
                            self.name_op(asname.as_str(), Ctx::Store);
                        }
                        None => {
                            let first = full.split('.').next().unwrap_or(full);
                            self.name_op(first, Ctx::Store);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.as_ref().map_or(0, |l| l.to_u32());
                if level > 0 {
                    return self.unsupported("relative imports", i.range);
                }
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                if module == "__future__" {
                    self.check_future_import(i)?;
                }
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.to_string()))
                    .collect();
                self.load_const(Const::Int(0));
                self.load_const(Const::Tuple(names));
                let mi = self.add_name(module);
                self.emit(Op::ImportName(mi));
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.add_name(a.name.as_str());
                    self.emit(Op::ImportFrom(ni));
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store.as_str(), Ctx::Store);
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if let Expr::Constant(_) = &*e.value {
                    // Constant expression statements (docstring-like) have no effect.
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Break(b) => {
                let lp = self.unwind_fblock_stack(false, true, b.range)?;
                match lp {
                    Some(FBlock::WhileLoop { exit, .. }) => {
                        self.emit(Op::Jump(exit.0));
                        Ok(())
                    }
                    Some(FBlock::ForLoop { exit, .. }) => {
                        self.emit(Op::Pop);
                        self.emit(Op::Jump(exit.0));
                        Ok(())
                    }
                    _ => self.syntax_error("'break' outside loop", b.range),
                }
            }
            Stmt::Continue(c) => {
                let lp = self.unwind_fblock_stack(false, true, c.range)?;
                match lp {
                    Some(FBlock::WhileLoop { start, .. }) | Some(FBlock::ForLoop { start, .. }) => {
                        self.emit(Op::Jump(start.0));
                        Ok(())
                    }
                    _ => self.syntax_error("'continue' not properly in loop", c.range),
                }
            }
        }
    }

    /// Emit the unwinding code of the frame blocks being left. With `to_loop`, stops at (and
    /// returns) the innermost loop block; otherwise unwinds everything (`return`).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        range: TextRange,
    ) -> CResult<Option<FBlock<'s>>> {
        let Some(&top) = self.u().fblocks.last() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos, range)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop, range));
        self.unit().fblocks.push(top);
        r
    }

    fn unwind_fblock(
        &mut self,
        fb: FBlock<'s>,
        preserve_tos: bool,
        range: TextRange,
    ) -> CResult<()> {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, range)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopBlock);
                self.emit(Op::PopExcept);
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.call_exit_with_nones();
                self.emit(Op::Pop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock);
                }
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopBlock);
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::Call(3));
    }

    // ----- match ---------------------------------------------------------------------------
    //
    // The subject stays on the stack while the cases are tried: each case matches a copy, and a
    // pattern consumes its subject on both outcomes — on failure it also pops the `extra` items
    // its enclosing patterns left below it, then jumps to the case's failure label. Names are
    // bound as soon as their sub-pattern matches. Sequence, mapping and class patterns call
    // prelude helpers (`<match_seq>`, `<match_map>`, `<match_class>`) that return the list of
    // sub-subjects, or `None` when the pattern cannot match.

    fn match_stmt(&mut self, m: &'s ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            if case.guard.is_none() && i + 1 < n {
                self.check_refutable(&case.pattern)?;
            }
            let next = self.new_label();
            let line = self.set_line(pattern_range(&case.pattern));
            self.emit(Op::Copy(1));
            self.captures.clear();
            self.pattern(&case.pattern, next, 0)?;
            for name in std::mem::take(&mut self.captures) {
                self.capture_temp(&name, Ctx::Load);
                self.name_op(&name, Ctx::Store);
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.emit(Op::Pop);
            self.restore_line(line);
            self.stmts(&case.body)?;
            self.emit(Op::Jump(end.0));
            self.bind(next);
        }
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    /// CPython's "makes remaining patterns unreachable" SyntaxError for an unguarded
    /// irrefutable case that is not the last one.
    fn check_refutable(&self, p: &ast::Pattern) -> CResult<()> {
        match p {
            ast::Pattern::MatchAs(a) if a.pattern.is_none() => match &a.name {
                Some(name) => self.syntax_error(
                    format!("name capture '{name}' makes remaining patterns unreachable"),
                    a.range,
                ),
                None => self.syntax_error("wildcard makes remaining patterns unreachable", a.range),
            },
            ast::Pattern::MatchOr(o) => {
                if let Some(last) = o.patterns.last() {
                    self.check_refutable(last)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// `[cond] -> []`: when `cond` is `on` (true/false), pop `pops` more items and jump to `fail`.
    fn fail_if(&mut self, on: bool, fail: Label, pops: u32) {
        if pops == 0 {
            self.emit(if on {
                Op::PopJumpIfTrue(fail.0)
            } else {
                Op::PopJumpIfFalse(fail.0)
            });
            return;
        }
        let ok = self.new_label();
        self.emit(if on {
            Op::PopJumpIfFalse(ok.0)
        } else {
            Op::PopJumpIfTrue(ok.0)
        });
        for _ in 0..pops {
            self.emit(Op::Pop);
        }
        self.emit(Op::Jump(fail.0));
        self.bind(ok);
    }

    fn load_match_helper(&mut self, name: &str) {
        let i = self.add_name(name);
        self.emit(Op::LoadGlobal(i));
        self.emit(Op::Swap(2));
    }

    /// After a helper call: `[res] -> [items…]` (first on top), or fail when `res` is None.
    fn match_helper_result(&mut self, n: usize, fail: Label, extra: u32) {
        self.emit(Op::Copy(1));
        self.load_const(Const::None);
        self.emit(Op::IsOp(false));
        self.fail_if(true, fail, extra + 1);
        self.emit(Op::UnpackSequence(n as u32));
    }

    /// Captures go to a hidden temporary (`$name`) first: CPython binds a pattern's names only
    /// once the whole pattern has matched.
    fn store_capture(&mut self, name: Option<&ast::Identifier>) {
        match name {
            Some(n) => {
                let n = n.as_str();
                if !self.captures.iter().any(|c| c == n) {
                    self.captures.push(n.to_string());
                }
                self.capture_temp(n, Ctx::Store);
            }
            None => self.emit(Op::Pop),
        }
    }

    fn capture_temp(&mut self, name: &str, ctx: Ctx) {
        let temp = format!("${name}");
        let op = if self.u().typ.is_function_like() {
            let i = self.add_var(&temp);
            match ctx {
                Ctx::Store => Op::StoreFast(i),
                _ => Op::LoadFast(i),
            }
        } else {
            let i = self.add_name(&temp);
            match ctx {
                Ctx::Store => Op::StoreName(i),
                _ => Op::LoadName(i),
            }
        };
        self.emit(op);
    }

    fn pattern(&mut self, p: &'s ast::Pattern, fail: Label, extra: u32) -> CResult<()> {
        use ast::Pattern as P;
        self.enter_nesting(pattern_range(p))?;
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.fail_if(false, fail, extra);
            }
            P::MatchSingleton(s) => {
                let c = ast_const(&s.value).unwrap_or(Const::None);
                self.load_const(c);
                self.emit(Op::IsOp(false));
                self.fail_if(false, fail, extra);
            }
            P::MatchAs(a) => match &a.pattern {
                None => self.store_capture(a.name.as_ref()),
                Some(sub) => {
                    self.emit(Op::Copy(1));
                    self.pattern(sub, fail, extra + 1)?;
                    self.store_capture(a.name.as_ref());
                }
            },
            P::MatchStar(s) => self.store_capture(s.name.as_ref()),
            P::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for alt in &o.patterns[..n - 1] {
                    let next = self.new_label();
                    self.emit(Op::Copy(1));
                    self.pattern(alt, next, 0)?;
                    self.emit(Op::Pop);
                    self.emit(Op::Jump(success.0));
                    self.bind(next);
                }
                self.pattern(&o.patterns[n - 1], fail, extra)?;
                self.bind(success);
            }
            P::MatchSequence(s) => {
                let n = s.patterns.len();
                let stars: Vec<usize> = (0..n)
                    .filter(|&i| matches!(s.patterns[i], P::MatchStar(_)))
                    .collect();
                if stars.len() > 1 {
                    return self
                        .syntax_error("multiple starred names in sequence pattern", s.range);
                }
                self.load_match_helper("<match_seq>");
                self.load_const(Const::Int(n as i64));
                self.load_const(Const::Int(stars.first().map_or(-1, |&i| i as i64)));
                self.emit(Op::Call(3));
                self.match_helper_result(n, fail, extra);
                for (k, sub) in s.patterns.iter().enumerate() {
                    self.pattern(sub, fail, extra + (n - k - 1) as u32)?;
                }
            }
            P::MatchMapping(m) => {
                let n = m.keys.len();
                self.load_match_helper("<match_map>");
                for k in &m.keys {
                    self.expr(k)?;
                }
                self.emit(Op::BuildTuple(n as u32));
                self.load_const(Const::Bool(m.rest.is_some()));
                self.emit(Op::Call(3));
                let total = n + usize::from(m.rest.is_some());
                self.match_helper_result(total, fail, extra);
                for (k, sub) in m.patterns.iter().enumerate() {
                    self.pattern(sub, fail, extra + (total - k - 1) as u32)?;
                }
                if let Some(r) = &m.rest {
                    self.store_capture(Some(r));
                }
            }
            P::MatchClass(c) => {
                let n = c.patterns.len() + c.kwd_patterns.len();
                self.load_match_helper("<match_class>");
                self.expr(&c.cls)?;
                self.load_const(Const::Int(c.patterns.len() as i64));
                let names = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Const::Str(a.to_string()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::Call(4));
                self.match_helper_result(n, fail, extra);
                for (k, sub) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    self.pattern(sub, fail, extra + (n - k - 1) as u32)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn while_stmt(&mut self, w: &'s ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let exit = self.new_label();
        let orelse = if w.orelse.is_empty() {
            exit
        } else {
            self.new_label()
        };
        self.bind(start);
        let always_true = matches!(&*w.test, Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(true)) || matches!(&c.value, ast::Constant::Int(i) if i.to_string() != "0"));
        if !always_true {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.push_fblock(FBlock::WhileLoop { start, exit }, w.range)?;
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.emit(Op::Jump(start.0));
        if !w.orelse.is_empty() {
            self.bind(orelse);
            self.stmts(&w.orelse)?;
        }
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'s ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetIter);
        self.bind(start);
        self.emit(Op::ForIter(cleanup.0));
        self.check_assign_target(&f.target, false)?;
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::ForLoop { start, exit }, f.range)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.emit(Op::Jump(start.0));
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// Emit the cleanup of a handler (entered through `SetupCleanup`) that raised or re-raised:
    /// `[D.., prev, cur, exc2] -> raise exc2` restoring `prev` as the handled exception.
    fn emit_exc_cleanup(&mut self) {
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    fn try_except(&mut self, t: &'s ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit(Op::SetupFinally(handler.0));
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.stmts(&t.orelse)?;
        self.emit(Op::Jump(end.0));

        self.bind(handler);
        self.emit(Op::SetupCleanup(cleanup.0));
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.set_line(h.range);
            if h.type_.is_none() && i + 1 < n {
                return self.syntax_error("default 'except:' must be last", h.range);
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::PopJumpIfFalse(next.0));
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(nm) => {
                    self.name_op(nm, Ctx::Store);
                    let cleanup_name = self.new_label();
                    self.emit(Op::SetupFinally(cleanup_name.0));
                    self.push_fblock(FBlock::HandlerCleanup { name }, h.range)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopBlock);
                    self.load_const(Const::None);
                    self.name_op(nm, Ctx::Store);
                    self.name_op(nm, Ctx::Del);
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    self.emit(Op::Jump(end.0));
                    self.bind(cleanup_name);
                    self.load_const(Const::None);
                    self.name_op(nm, Ctx::Store);
                    self.name_op(nm, Ctx::Del);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, h.range)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    self.emit(Op::Jump(end.0));
                }
            }
            self.bind(next);
            self.restore_line(line);
        }
        self.emit(Op::Reraise);
        self.bind(cleanup);
        self.emit_exc_cleanup();
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'s ast::StmtTry) -> CResult<()> {
        let fin = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit(Op::SetupFinally(fin.0));
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, t.range)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.stmts(&t.finalbody)?;
        self.emit(Op::Jump(end.0));

        self.bind(fin);
        self.emit(Op::SetupCleanup(cleanup.0));
        self.push_fblock(FBlock::FinallyEnd, t.range)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(cleanup);
        self.emit_exc_cleanup();
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'s ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith);
        match &item.optional_vars {
            Some(v) => {
                self.check_assign_target(v, false)?;
                self.store_target(v)?;
            }
            None => self.emit(Op::Pop),
        }
        self.emit(Op::SetupFinally(handler.0));
        self.push_fblock(FBlock::With, w.range)?;
        if pos + 1 < w.items.len() {
            self.with_stmt(w, pos + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.call_exit_with_nones();
        self.emit(Op::Pop);
        self.emit(Op::Jump(end.0));

        self.bind(handler);
        self.emit(Op::SetupCleanup(cleanup.0));
        self.emit(Op::WithExceptStart);
        self.emit(Op::PopJumpIfTrue(suppress.0));
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::PopBlock);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Jump(end.0));
        self.bind(cleanup);
        // [D.., exit, prev, cur, exc2] -> raise exc2, restoring prev.
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `target: annotation [= value]`. In a class body a simple name's annotation is evaluated
    /// and recorded in `__annotations__` (dataclasses need it); elsewhere it is not evaluated.
    fn ann_assign(&mut self, a: &'s ast::StmtAnnAssign) -> CResult<()> {
        match &a.value {
            Some(v) => {
                self.check_assign_target(&a.target, false)?;
                self.expr(v)?;
                self.store_target(&a.target)?;
            }
            None => match &*a.target {
                Expr::Name(_) => {}
                Expr::Attribute(at) => {
                    self.expr(&at.value)?;
                    self.emit(Op::Pop);
                }
                Expr::Subscript(sub) => {
                    self.expr(&sub.value)?;
                    self.emit(Op::Pop);
                    self.expr(&sub.slice)?;
                    self.emit(Op::Pop);
                }
                other => {
                    return self.syntax_error(
                        format!(
                            "illegal target for annotation: cannot assign to {}",
                            expr_name(other)
                        ),
                        expr_range(other),
                    )
                }
            },
        }
        if let (true, BlockType::Class, Expr::Name(n)) = (a.simple, self.u().typ, &*a.target) {
            self.annotation(&a.annotation)?;
            let i = self.add_name("__annotations__");
            self.emit(Op::LoadName(i));
            self.load_const(Const::Str(n.id.to_string()));
            self.emit(Op::StoreSubscr);
        }
        Ok(())
    }

    fn check_future_import(&self, i: &ast::StmtImportFrom) -> CResult<()> {
        if !self.future_ok.contains(&i.range) || self.units.len() > 1 {
            return self.syntax_error(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            );
        }
        for a in &i.names {
            match a.name.as_str() {
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "barry_as_FLUFL"
                | "generator_stop" | "annotations" => {}
                "braces" => return self.syntax_error("not a chance", a.range),
                other => {
                    return self
                        .syntax_error(format!("future feature {other} is not defined"), a.range)
                }
            }
        }
        Ok(())
    }

    /// Push an annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'s Expr) -> CResult<()> {
        if !self.future_annotations {
            return self.expr(e);
        }
        let r = expr_range(e);
        let text = &self.source[u32::from(r.start()) as usize..u32::from(r.end()) as usize];
        let text = match e {
            Expr::Constant(c)
                if matches!(c.value, ast::Constant::Str(_)) && !text.contains('\'') =>
            {
                text.replace('"', "'")
            }
            _ => text.to_string(),
        };
        self.load_const(Const::Str(text));
        Ok(())
    }

    fn aug_assign(&mut self, a: &'s ast::StmtAugAssign) -> CResult<()> {
        let op = binop(&a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Load);
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.name_op(n.id.as_str(), Ctx::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy(1));
                let i = self.add_name(at.attr.as_str());
                self.emit(Op::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            other => {
                return self.syntax_error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(other)
                    ),
                    expr_range(other),
                )
            }
        }
        Ok(())
    }

    // ----- targets --------------------------------------------------------------------------

    /// Validate an assignment target before any code is emitted (CPython's parser errors).
    fn check_assign_target(&self, t: &Expr, single: bool) -> CResult<()> {
        match t {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let mut starred = 0;
                for e in elts {
                    if let Expr::Starred(s) = e {
                        starred += 1;
                        if starred > 1 {
                            return self.syntax_error(
                                "multiple starred expressions in assignment",
                                s.range,
                            );
                        }
                        self.check_assign_target(&s.value, false)?;
                    } else {
                        self.check_assign_target(e, false)?;
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => self.syntax_error(
                "starred assignment target must be in a list or tuple",
                s.range,
            ),
            other => {
                let name = expr_name(other);
                let here = single
                    && (name == "literal"
                        || matches!(other, Expr::Call(_) | Expr::BinOp(_) | Expr::UnaryOp(_)));
                if here {
                    self.syntax_error(
                        format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        ),
                        expr_range(other),
                    )
                } else {
                    self.syntax_error(format!("cannot assign to {name}"), expr_range(other))
                }
            }
        }
    }

    fn store_target(&mut self, t: &'s Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i >= 256 || after >= (1 << 24) {
                            return self.syntax_error(
                                "too many expressions in star-unpacking assignment",
                                *range,
                            );
                        }
                        self.emit(Op::UnpackEx(i as u32 | ((after as u32) << 8)));
                    }
                    None => self.emit(Op::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => self.syntax_error(
                "starred assignment target must be in a list or tuple",
                s.range,
            ),
            other => self.syntax_error(
                format!("cannot assign to {}", expr_name(other)),
                expr_range(other),
            ),
        }
    }

    fn delete_target(&mut self, t: &'s Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Del);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.check_delete_target(e)?;
                }
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => self.syntax_error(
                format!("cannot delete {}", expr_name(other)),
                expr_range(other),
            ),
        }
    }

    fn check_delete_target(&self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.check_delete_target(e))
            }
            other => self.syntax_error(
                format!("cannot delete {}", expr_name(other)),
                expr_range(other),
            ),
        }
    }

    // ----- functions and classes ------------------------------------------------------------

    /// Emit defaults / kw-defaults; returns the MakeFunction flags for them.
    fn arg_defaults(&mut self, args: &'s ast::Arguments) -> CResult<u8> {
        let mut flags = 0u8;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            self.tuple_of(&defaults)?;
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.load_const(Const::Str(name.to_string()));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push a tuple of the expressions (a constant tuple when they all are constants).
    fn tuple_of(&mut self, es: &[&'s Expr]) -> CResult<()> {
        let consts: Option<Vec<Const>> = es.iter().map(|e| self.const_value(e)).collect();
        match consts {
            Some(cs) => self.load_const(Const::Tuple(cs)),
            None => {
                for e in es {
                    self.expr(e)?;
                }
                self.emit(Op::BuildTuple(es.len() as u32));
            }
        }
        Ok(())
    }

    /// The constant value of an expression, if it is a (folded) constant.
    fn const_value(&self, e: &Expr) -> Option<Const> {
        match e {
            Expr::Constant(c) => ast_const(&c.value),
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => {
                match self.const_value(&u.operand)? {
                    Const::Int(i) => Some(match i.checked_neg() {
                        Some(v) => Const::Int(v),
                        None => Const::BigInt(format!("{}", -(i as i128))),
                    }),
                    Const::BigInt(s) => Some(if let Some(rest) = s.strip_prefix('-') {
                        int_const(rest)
                    } else {
                        int_const(&format!("-{s}"))
                    }),
                    Const::Float(f) => Some(Const::Float(-f)),
                    _ => None,
                }
            }
            Expr::Tuple(t) => {
                let v: Option<Vec<Const>> = t.elts.iter().map(|e| self.const_value(e)).collect();
                v.map(Const::Tuple)
            }
            _ => None,
        }
    }

    /// Push the closure tuple for `code` (if it has free variables); returns the flag bit.
    fn make_closure(&mut self, code_idx: u32) -> u8 {
        let free = self.codes[code_idx as usize].freevars.clone();
        if free.is_empty() {
            return 0;
        }
        for name in &free {
            let i = self.deref_index(name);
            self.emit(Op::LoadClosure(i));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        8
    }

    fn check_arguments(&self, args: &ast::Arguments) -> CResult<()> {
        let mut seen = std::collections::HashSet::new();
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
            .map(|a| &a.def)
            .chain(args.vararg.iter().map(|b| &**b))
            .chain(args.kwarg.iter().map(|b| &**b));
        for a in all {
            if !seen.insert(a.arg.as_str()) {
                return self.syntax_error(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.range,
                );
            }
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let code = &mut self.unit().code;
        code.posonlyargcount = args.posonlyargs.len() as u32;
        code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        code.kwonlyargcount = args.kwonlyargs.len() as u32;
        code.flags.varargs = args.vararg.is_some();
        code.flags.varkw = args.kwarg.is_some();
    }

    fn function_def(&mut self, f: &'s ast::StmtFunctionDef) -> CResult<()> {
        if !f.type_params.is_empty() {
            return self.unsupported("type parameters", f.range);
        }
        self.check_arguments(&f.args)?;
        let mut first_line = self.line_of(f.range);
        for d in &f.decorator_list {
            first_line = first_line.min(self.line_of(expr_range(d)));
            self.expr(d)?;
        }
        let flags = self.arg_defaults(&f.args)?;
        let table = self.scope_table(f.range)?;
        let qualname = self.qualname(f.name.as_str(), true);
        self.push_unit(
            table,
            f.name.as_str(),
            qualname,
            CodeKind::Function,
            self.line_of(f.range),
        );
        self.set_arg_counts(&f.args);
        let mut body: &'s [Stmt] = &f.body;
        if let Some(doc) = is_docstring(body) {
            self.unit().code.doc = Some(doc);
            body = &body[1..];
        }
        let saved_depth = self.depth;
        self.stmts(body)?;
        self.depth = saved_depth;
        self.load_const(Const::None);
        self.emit(Op::Return);
        let code_idx = self.pop_unit();
        self.codes[code_idx as usize].first_line =
            first_line.min(self.codes[code_idx as usize].first_line);
        let closure = self.make_closure(code_idx);
        let ci = self.add_const(Const::Code(code_idx));
        self.emit(Op::MakeFunction {
            code: ci,
            flags: flags | closure,
        });
        let anns = symtable::annotations(&f.args, f.returns.as_deref());
        if !anns.is_empty() {
            for (name, ann) in &anns {
                self.load_const(Const::Str(name.to_string()));
                self.annotation(ann)?;
            }
            self.emit(Op::BuildMap(anns.len() as u32));
            self.emit(Op::Copy(2));
            let i = self.add_name("__annotations__");
            self.emit(Op::StoreAttr(i));
        }
        for _ in &f.decorator_list {
            self.emit(Op::Call(1));
        }
        self.name_op(f.name.as_str(), Ctx::Store);
        Ok(())
    }

    fn scope_table(&self, range: TextRange) -> CResult<usize> {
        match self.tables.for_range(range) {
            Some(t) => Ok(t),
            None => self.syntax_error("internal compiler error: missing symbol table", range),
        }
    }

    fn class_def(&mut self, c: &'s ast::StmtClassDef) -> CResult<()> {
        if !c.type_params.is_empty() {
            return self.unsupported("type parameters", c.range);
        }
        if let Some(k) = c
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass"))
        {
            return self.unsupported("metaclasses (metaclass=)", k.range);
        }
        if let Some(s) = c.bases.iter().find(|b| matches!(b, Expr::Starred(_))) {
            return self.unsupported("starred class bases", expr_range(s));
        }
        let mut first_line = self.line_of(c.range);
        for d in &c.decorator_list {
            first_line = first_line.min(self.line_of(expr_range(d)));
            self.expr(d)?;
        }
        let table = self.scope_table(c.range)?;
        let qualname = self.qualname(c.name.as_str(), true);
        self.push_unit(
            table,
            c.name.as_str(),
            qualname.clone(),
            CodeKind::Class,
            first_line,
        );
        let name_i = self.add_name("__name__");
        self.emit(Op::LoadName(name_i));
        let mod_i = self.add_name("__module__");
        self.emit(Op::StoreName(mod_i));
        self.load_const(Const::Str(qualname));
        let q_i = self.add_name("__qualname__");
        self.emit(Op::StoreName(q_i));
        let mut body: &'s [Stmt] = &c.body;
        if let Some(doc) = is_docstring(body) {
            self.unit().code.doc = Some(doc.clone());
            let line = self.set_line(stmt_range(&body[0]));
            self.load_const(Const::Str(doc));
            let d_i = self.add_name("__doc__");
            self.emit(Op::StoreName(d_i));
            self.restore_line(line);
            body = &body[1..];
        }
        if body_has_annotations(body) {
            // CPython's SETUP_ANNOTATIONS.
            self.emit(Op::BuildMap(0));
            let a_i = self.add_name("__annotations__");
            self.emit(Op::StoreName(a_i));
        }
        let saved_depth = self.depth;
        self.stmts(body)?;
        self.depth = saved_depth;
        if self.u().code.cellvars.iter().any(|n| n == "__class__") {
            let i = self.deref_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::Return);
        let code_idx = self.pop_unit();
        let closure = self.make_closure(code_idx);
        let ci = self.add_const(Const::Code(code_idx));
        self.emit(Op::MakeFunction {
            code: ci,
            flags: closure,
        });
        self.load_const(Const::Str(c.name.to_string()));
        for b in &c.bases {
            self.expr(b)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::BuildClass(c.bases.len() as u32));
        } else {
            // Class keyword arguments (for `__init_subclass__`): a dict on top of the bases.
            self.keywords_dict(&c.keywords)?;
            self.emit(Op::BuildClass(c.bases.len() as u32 | CLASS_KWARGS));
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.name_op(c.name.as_str(), Ctx::Store);
        Ok(())
    }

    fn lambda(&mut self, l: &'s ast::ExprLambda) -> CResult<()> {
        self.check_arguments(&l.args)?;
        let flags = self.arg_defaults(&l.args)?;
        let table = self.scope_table(l.range)?;
        let qualname = self.qualname("<lambda>", false);
        self.push_unit(
            table,
            "<lambda>",
            qualname,
            CodeKind::Lambda,
            self.line_of(l.range),
        );
        self.set_arg_counts(&l.args);
        self.expr(&l.body)?;
        if self.table().is_generator {
            // `lambda: (yield)`: the body value is discarded, like CPython.
            self.emit(Op::Pop);
            self.load_const(Const::None);
        }
        self.emit(Op::Return);
        let code_idx = self.pop_unit();
        let closure = self.make_closure(code_idx);
        let ci = self.add_const(Const::Code(code_idx));
        self.emit(Op::MakeFunction {
            code: ci,
            flags: flags | closure,
        });
        Ok(())
    }

    // ----- expressions ----------------------------------------------------------------------

    fn expr(&mut self, e: &'s Expr) -> CResult<()> {
        let range = expr_range(e);
        self.enter_nesting(range)?;
        let line = self.set_line(range);
        let r = self.expr_inner(e);
        self.restore_line(line);
        self.depth -= 1;
        r
    }

    /// Compile `e` and jump to `target` if its truth equals `cond` (CPython's
    /// `compiler_jump_if`, simplified).
    fn jump_if(&mut self, e: &'s Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let cond2 = matches!(b.op, ast::BoolOp::Or);
                let n = b.values.len() - 1;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                for v in &b.values[..n] {
                    self.jump_if(v, cond2, next2)?;
                }
                self.jump_if(&b.values[n], cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.emit(if cond {
                    Op::PopJumpIfTrue(target.0)
                } else {
                    Op::PopJumpIfFalse(target.0)
                });
                Ok(())
            }
        }
    }

    fn expr_inner(&mut self, e: &'s Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => self.ex_bool_op(e, b),
            Expr::NamedExpr(n) => self.ex_named_expr(e, n),
            Expr::BinOp(b) => self.ex_bin_op(e, b),
            Expr::UnaryOp(u) => self.ex_unary_op(e, u),
            Expr::Lambda(l) => self.ex_lambda(e, l),
            Expr::IfExp(i) => self.ex_if_exp(e, i),
            Expr::Dict(d) => self.ex_dict(e, d),
            Expr::Set(s) => self.ex_set(e, s),
            Expr::ListComp(c) => self.ex_list_comp(e, c),
            Expr::SetComp(c) => self.ex_set_comp(e, c),
            Expr::DictComp(c) => self.ex_dict_comp(e, c),
            Expr::GeneratorExp(c) => self.ex_generator_exp(e, c),
            Expr::Await(a) => self.ex_await(e, a),
            Expr::Yield(y) => self.ex_yield(e, y),
            Expr::YieldFrom(y) => self.ex_yield_from(e, y),
            Expr::Compare(c) => self.ex_compare(e, c),
            Expr::Call(c) => self.ex_call(e, c),
            Expr::FormattedValue(f) => self.ex_formatted_value(e, f),
            Expr::JoinedStr(j) => self.ex_joined_str(e, j),
            Expr::Constant(c) => self.ex_constant(e, c),
            Expr::Attribute(a) => self.ex_attribute(e, a),
            Expr::Subscript(s) => self.ex_subscript(e, s),
            Expr::Starred(s) => self.ex_starred(e, s),
            Expr::Name(n) => self.ex_name(e, n),
            Expr::List(l) => self.ex_list(e, l),
            Expr::Tuple(t) => self.ex_tuple(e, t),
            Expr::Slice(s) => self.ex_slice(e, s),
        }
    }

    #[inline(never)]
    fn ex_bool_op(&mut self, e: &'s Expr, b: &'s ast::ExprBoolOp) -> CResult<()> {
        let _ = e;
        let end = self.new_label();
        let n = b.values.len();
        for (i, v) in b.values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < n {
                self.emit(match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop(end.0),
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop(end.0),
                });
            }
        }
        self.bind(end);
        Ok(())
    }

    #[inline(never)]
    fn ex_named_expr(&mut self, e: &'s Expr, n: &'s ast::ExprNamedExpr) -> CResult<()> {
        let _ = e;
        self.expr(&n.value)?;
        self.emit(Op::Copy(1));
        match &*n.target {
            Expr::Name(_) => self.store_target(&n.target)?,
            other => {
                return self.syntax_error(
                    format!(
                        "cannot use assignment expressions with {}",
                        expr_name(other)
                    ),
                    expr_range(other),
                )
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_bin_op(&mut self, e: &'s Expr, b: &'s ast::ExprBinOp) -> CResult<()> {
        let _ = e;
        self.expr(&b.left)?;
        self.expr(&b.right)?;
        self.emit(Op::Binary(binop(&b.op)));
        Ok(())
    }

    #[inline(never)]
    fn ex_unary_op(&mut self, e: &'s Expr, u: &'s ast::ExprUnaryOp) -> CResult<()> {
        let _ = e;
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        self.expr(&u.operand)?;
        self.emit(Op::Unary(match u.op {
            ast::UnaryOp::Invert => UnaryOp::Invert,
            ast::UnaryOp::Not => UnaryOp::Not,
            ast::UnaryOp::UAdd => UnaryOp::Pos,
            ast::UnaryOp::USub => UnaryOp::Neg,
        }));
        Ok(())
    }

    #[inline(never)]
    fn ex_lambda(&mut self, e: &'s Expr, l: &'s ast::ExprLambda) -> CResult<()> {
        let _ = e;
        self.lambda(l)
    }

    #[inline(never)]
    fn ex_if_exp(&mut self, e: &'s Expr, i: &'s ast::ExprIfExp) -> CResult<()> {
        let _ = e;
        let orelse = self.new_label();
        let end = self.new_label();
        self.jump_if(&i.test, false, orelse)?;
        self.expr(&i.body)?;
        self.emit(Op::Jump(end.0));
        self.bind(orelse);
        self.expr(&i.orelse)?;
        self.bind(end);
        Ok(())
    }

    #[inline(never)]
    fn ex_dict(&mut self, e: &'s Expr, d: &'s ast::ExprDict) -> CResult<()> {
        let _ = e;
        self.dict_display(d)
    }

    #[inline(never)]
    fn ex_set(&mut self, e: &'s Expr, s: &'s ast::ExprSet) -> CResult<()> {
        let _ = e;
        self.sequence_display(&s.elts, CompKind::Set, false)
    }

    #[inline(never)]
    fn ex_list_comp(&mut self, e: &'s Expr, c: &'s ast::ExprListComp) -> CResult<()> {
        let _ = e;
        self.comprehension(e, "<listcomp>", CompKind::List, &c.generators, &c.elt, None)
    }

    #[inline(never)]
    fn ex_set_comp(&mut self, e: &'s Expr, c: &'s ast::ExprSetComp) -> CResult<()> {
        let _ = e;
        self.comprehension(e, "<setcomp>", CompKind::Set, &c.generators, &c.elt, None)
    }

    #[inline(never)]
    fn ex_dict_comp(&mut self, e: &'s Expr, c: &'s ast::ExprDictComp) -> CResult<()> {
        let _ = e;
        self.comprehension(
            e,
            "<dictcomp>",
            CompKind::Dict,
            &c.generators,
            &c.key,
            Some(&c.value),
        )
    }

    #[inline(never)]
    fn ex_generator_exp(&mut self, e: &'s Expr, c: &'s ast::ExprGeneratorExp) -> CResult<()> {
        let _ = e;
        self.comprehension(e, "<genexpr>", CompKind::Gen, &c.generators, &c.elt, None)
    }

    #[inline(never)]
    fn ex_await(&mut self, e: &'s Expr, a: &'s ast::ExprAwait) -> CResult<()> {
        let _ = e;
        self.unsupported("'await'", a.range)
    }

    #[inline(never)]
    fn ex_yield(&mut self, e: &'s Expr, y: &'s ast::ExprYield) -> CResult<()> {
        let _ = e;
        self.check_yield(y.range)?;
        match &y.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.emit(Op::YieldValue);
        Ok(())
    }

    #[inline(never)]
    fn ex_yield_from(&mut self, e: &'s Expr, y: &'s ast::ExprYieldFrom) -> CResult<()> {
        let _ = e;
        self.check_yield(y.range)?;
        self.expr(&y.value)?;
        self.emit(Op::GetYieldFromIter);
        self.load_const(Const::None);
        self.emit(Op::YieldFrom);
        Ok(())
    }

    #[inline(never)]
    fn ex_compare(&mut self, e: &'s Expr, c: &'s ast::ExprCompare) -> CResult<()> {
        let _ = e;
        self.compare(c)
    }

    #[inline(never)]
    fn ex_call(&mut self, e: &'s Expr, c: &'s ast::ExprCall) -> CResult<()> {
        let _ = e;
        self.call(c)
    }

    #[inline(never)]
    fn ex_formatted_value(&mut self, e: &'s Expr, f: &'s ast::ExprFormattedValue) -> CResult<()> {
        let _ = e;
        self.formatted_value(f)
    }

    #[inline(never)]
    fn ex_joined_str(&mut self, e: &'s Expr, j: &'s ast::ExprJoinedStr) -> CResult<()> {
        let _ = e;
        let n = j.values.len();
        if n == 0 {
            self.load_const(Const::Str(String::new()));
        } else {
            for v in &j.values {
                self.expr(v)?;
            }
            let single_fv = n == 1 && matches!(j.values[0], Expr::FormattedValue(_));
            let single_str = n == 1 && matches!(&j.values[0], Expr::Constant(_));
            if !(single_fv || single_str) {
                self.emit(Op::BuildString(n as u32));
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_constant(&mut self, e: &'s Expr, c: &'s ast::ExprConstant) -> CResult<()> {
        let _ = e;
        match ast_const(&c.value) {
            Some(k) => {
                self.load_const(k);
                Ok(())
            }
            None => self.unsupported("complex numbers", c.range),
        }
    }

    #[inline(never)]
    fn ex_attribute(&mut self, e: &'s Expr, a: &'s ast::ExprAttribute) -> CResult<()> {
        let _ = e;
        self.expr(&a.value)?;
        let i = self.add_name(a.attr.as_str());
        self.emit(Op::LoadAttr(i));
        Ok(())
    }

    #[inline(never)]
    fn ex_subscript(&mut self, e: &'s Expr, s: &'s ast::ExprSubscript) -> CResult<()> {
        let _ = e;
        self.expr(&s.value)?;
        self.expr(&s.slice)?;
        self.emit(Op::BinarySubscr);
        Ok(())
    }

    #[inline(never)]
    fn ex_starred(&mut self, e: &'s Expr, s: &'s ast::ExprStarred) -> CResult<()> {
        let _ = e;
        self.syntax_error("can't use starred expression here", s.range)
    }

    #[inline(never)]
    fn ex_name(&mut self, e: &'s Expr, n: &'s ast::ExprName) -> CResult<()> {
        let _ = e;
        self.name_op(n.id.as_str(), Ctx::Load);
        Ok(())
    }

    #[inline(never)]
    fn ex_list(&mut self, e: &'s Expr, l: &'s ast::ExprList) -> CResult<()> {
        let _ = e;
        self.sequence_display(&l.elts, CompKind::List, false)
    }

    #[inline(never)]
    fn ex_tuple(&mut self, e: &'s Expr, t: &'s ast::ExprTuple) -> CResult<()> {
        let _ = e;
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
        } else {
            self.sequence_display(&t.elts, CompKind::List, true)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_slice(&mut self, e: &'s Expr, s: &'s ast::ExprSlice) -> CResult<()> {
        let _ = e;
        for part in [&s.lower, &s.upper] {
            match part {
                Some(x) => self.expr(x)?,
                None => self.load_const(Const::None),
            }
        }
        match &s.step {
            Some(x) => {
                self.expr(x)?;
                self.emit(Op::BuildSlice(3));
            }
            None => self.emit(Op::BuildSlice(2)),
        }
        Ok(())
    }

    fn check_yield(&self, range: TextRange) -> CResult<()> {
        match self.u().typ {
            BlockType::Module | BlockType::Class => {
                self.syntax_error("'yield' outside function", range)
            }
            _ => Ok(()),
        }
    }

    fn formatted_value(&mut self, f: &'s ast::ExprFormattedValue) -> CResult<()> {
        self.expr(&f.value)?;
        let conversion = match f.conversion {
            ast::ConversionFlag::None => Conversion::None,
            ast::ConversionFlag::Str => Conversion::Str,
            ast::ConversionFlag::Repr => Conversion::Repr,
            ast::ConversionFlag::Ascii => Conversion::Ascii,
        };
        let has_spec = match &f.format_spec {
            Some(spec) => {
                self.expr(spec)?;
                true
            }
            None => false,
        };
        self.emit(Op::FormatValue {
            conversion,
            has_spec,
        });
        Ok(())
    }

    /// List / set / tuple displays, with `*x` unpacking (CPython's `starunpack_helper`).
    fn sequence_display(&mut self, elts: &'s [Expr], kind: CompKind, tuple: bool) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let Some(first_star) = star else {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match (kind, tuple) {
                (_, true) => Op::BuildTuple(n),
                (CompKind::Set, _) => Op::BuildSet(n),
                _ => Op::BuildList(n),
            });
            return Ok(());
        };
        for e in &elts[..first_star] {
            self.expr(e)?;
        }
        let is_set = kind == CompKind::Set;
        self.emit(if is_set {
            Op::BuildSet(first_star as u32)
        } else {
            Op::BuildList(first_star as u32)
        });
        for e in &elts[first_star..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if is_set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'s ast::ExprDict) -> CResult<()> {
        let mut elements = 0u32;
        let mut have_dict = false;
        for (k, v) in d.keys.iter().zip(d.values.iter()) {
            match k {
                None => {
                    if elements > 0 {
                        self.emit(Op::BuildMap(elements));
                        if have_dict {
                            self.emit(Op::DictUpdate(1));
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    elements += 1;
                }
            }
        }
        if elements > 0 || !have_dict {
            self.emit(Op::BuildMap(elements));
            if have_dict {
                self.emit(Op::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'s ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_cmp(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Op::Swap(2));
            self.emit(Op::Copy(2));
            self.emit_cmp(&c.ops[i]);
            self.emit(Op::JumpIfFalseOrPop(cleanup.0));
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit_cmp(&c.ops[n - 1]);
        self.emit(Op::Jump(end.0));
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: &ast::CmpOp) {
        self.emit(match op {
            ast::CmpOp::Eq => Op::Compare(CmpOp::Eq),
            ast::CmpOp::NotEq => Op::Compare(CmpOp::Ne),
            ast::CmpOp::Lt => Op::Compare(CmpOp::Lt),
            ast::CmpOp::LtE => Op::Compare(CmpOp::Le),
            ast::CmpOp::Gt => Op::Compare(CmpOp::Gt),
            ast::CmpOp::GtE => Op::Compare(CmpOp::Ge),
            ast::CmpOp::Is => Op::IsOp(false),
            ast::CmpOp::IsNot => Op::IsOp(true),
            ast::CmpOp::In => Op::ContainsOp(false),
            ast::CmpOp::NotIn => Op::ContainsOp(true),
        });
    }

    fn check_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            if let Some(a) = &k.arg {
                if !seen.insert(a.as_str()) {
                    return self.syntax_error(format!("keyword argument repeated: {a}"), k.range);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'s ast::ExprCall) -> CResult<()> {
        self.check_keywords(&c.keywords)?;
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = c.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super() → super(__class__, <first argument>).
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                if let Some(first) = self.super_first_arg() {
                    self.name_op("super", Ctx::Load);
                    let ci = self.deref_index("__class__");
                    self.emit(Op::LoadDeref(ci));
                    self.name_op(&first, Ctx::Load);
                    self.emit(Op::Call(2));
                    return Ok(());
                }
            }
        }
        if let Expr::Attribute(a) = &*c.func {
            if !has_star && c.keywords.is_empty() {
                self.expr(&a.value)?;
                let line = self.set_line(c.range);
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::LoadMethod(i));
                self.restore_line(line);
                for arg in &c.args {
                    self.expr(arg)?;
                }
                self.emit(Op::CallMethod(c.args.len() as u32));
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        if !has_star && !has_dstar {
            for arg in &c.args {
                self.expr(arg)?;
            }
            if c.keywords.is_empty() {
                self.emit(Op::Call(c.args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in &c.keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(
                        k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                    ));
                }
                self.load_const(Const::Tuple(names));
                self.emit(Op::CallKw((c.args.len() + c.keywords.len()) as u32));
            }
            return Ok(());
        }
        // CallEx: build the positional tuple.
        if has_star {
            self.sequence_display(&c.args, CompKind::List, true)?;
        } else {
            let refs: Vec<&'s Expr> = c.args.iter().collect();
            for a in &refs {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple(refs.len() as u32));
        }
        if c.keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.keywords_dict(&c.keywords)?;
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// Build the dict of keyword arguments `keywords` (runs of named keywords become BuildMap,
    /// `**m` merges).
    fn keywords_dict(&mut self, keywords: &'s [ast::Keyword]) -> CResult<()> {
        let mut have_dict = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.to_string()));
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit(Op::BuildMap(run));
                        if have_dict {
                            self.emit(Op::DictMerge(1));
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        if run > 0 {
            self.emit(Op::BuildMap(run));
            if have_dict {
                self.emit(Op::DictMerge(1));
            }
        }
        Ok(())
    }

    /// For zero-argument `super()`: the first parameter's name, when this unit is a function
    /// with a `__class__` free variable and at least one positional parameter.
    fn super_first_arg(&self) -> Option<String> {
        let u = self.u();
        if !matches!(u.typ, BlockType::Function | BlockType::Lambda) {
            return None;
        }
        if self.table().scope_of("super") != Some(Scope::GlobalImplicit)
            && self.table().scope_of("super").is_some()
        {
            return None;
        }
        if !u.code.freevars.iter().any(|f| f == "__class__") || u.code.argcount == 0 {
            return None;
        }
        u.code.varnames.first().cloned()
    }

    fn comprehension(
        &mut self,
        node: &'s Expr,
        name: &str,
        kind: CompKind,
        generators: &'s [ast::Comprehension],
        elt: &'s Expr,
        value: Option<&'s Expr>,
    ) -> CResult<()> {
        let range = expr_range(node);
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return self.unsupported("asynchronous comprehension", expr_range(&g.iter));
        }
        let table = self.scope_table(range)?;
        let qualname = self.qualname(name, false);
        self.push_unit(
            table,
            name,
            qualname,
            CodeKind::Comprehension,
            self.line_of(range),
        );
        self.unit().code.argcount = 1;
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, 0, elt, value, kind)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Op::Return);
        let code_idx = self.pop_unit();
        let closure = self.make_closure(code_idx);
        let ci = self.add_const(Const::Code(code_idx));
        self.emit(Op::MakeFunction {
            code: ci,
            flags: closure,
        });
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'s [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'s Expr,
        value: Option<&'s Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let g = &generators[index];
        if index == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        self.bind(start);
        self.emit(Op::ForIter(anchor.0));
        let depth = depth + 1;
        self.check_assign_target(&g.target, false)?;
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comp_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth + 1));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth + 1));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth + 1));
                }
            }
        }
        self.bind(if_cleanup);
        self.emit(Op::Jump(start.0));
        self.bind(anchor);
        Ok(())
    }
}

/// Resolve jump labels into absolute instruction indices.
fn finish_unit(unit: Unit<'_>) -> Code {
    let mut code = unit.code;
    let labels = unit.labels;
    let resolve = |l: u32| labels[l as usize].expect("unbound label");
    for op in code.ops.iter_mut() {
        *op = match *op {
            Op::Jump(l) => Op::Jump(resolve(l)),
            Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(resolve(l)),
            Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(resolve(l)),
            Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(resolve(l)),
            Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(resolve(l)),
            Op::ForIter(l) => Op::ForIter(resolve(l)),
            Op::SetupFinally(l) => Op::SetupFinally(resolve(l)),
            Op::SetupCleanup(l) => Op::SetupCleanup(resolve(l)),
            other => other,
        };
    }
    code
}

#[cfg(test)]
mod tests;

/// Does a class body contain a simple annotated name (at any statement nesting outside nested
/// functions and classes)? CPython then creates `__annotations__` first.
fn body_has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::If(i) => body_has_annotations(&i.body) || body_has_annotations(&i.orelse),
        Stmt::For(f) => body_has_annotations(&f.body) || body_has_annotations(&f.orelse),
        Stmt::While(w) => body_has_annotations(&w.body) || body_has_annotations(&w.orelse),
        Stmt::With(w) => body_has_annotations(&w.body),
        Stmt::Try(t) => {
            body_has_annotations(&t.body)
                || body_has_annotations(&t.orelse)
                || body_has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    body_has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
