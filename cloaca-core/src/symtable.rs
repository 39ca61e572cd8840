//! The symbol-table pass (CPython's `symtable.c`): builds one table per scope (module, function,
//! lambda, class, comprehension / generator expression) and classifies every name as local,
//! global (implicit / explicit), free or cell, including free-variable propagation through
//! intermediate scopes, class scopes being invisible to nested functions, comprehension scopes
//! (whose outermost iterable belongs to the enclosing scope), walrus targets binding in the
//! enclosing non-comprehension scope, and the implicit `__class__` cell used by zero-argument
//! `super()`.

use crate::parse::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::{HashMap, HashSet};

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

impl BlockType {
    /// Function-like scopes use fast locals.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            BlockType::Function | BlockType::Lambda | BlockType::Comprehension
        )
    }
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalImplicit,
    GlobalExplicit,
    Free,
    Cell,
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_COMP_ITER: u32 = 128;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// One name in one scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Scope,
}

/// The table for one scope. Tables live in [`SymbolTables::tables`]; `children` index into it.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub name: String,
    pub typ: BlockType,
    /// Byte offset where the scope's node starts.
    pub offset: usize,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters in slot order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Class bodies: a nested function uses `super`/`__class__`, so the body needs the
    /// `__class__` cell.
    pub needs_class_closure: bool,
    /// Module-level or nested (within a function) scope.
    pub nested: bool,
    /// Byte offsets of `global`/`nonlocal` statements, per declared name (for error positions).
    decl_offsets: HashMap<String, usize>,
}

impl SymbolTable {
    fn new(name: &str, typ: BlockType, offset: usize, parent: Option<usize>, nested: bool) -> Self {
        SymbolTable {
            name: name.to_string(),
            typ,
            offset,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            needs_class_closure: false,
            nested,
            decl_offsets: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The scope of `name` (names never seen here are implicit globals).
    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.lookup(name).map(|s| s.scope)
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// Sorted names with the given scope (CPython's `dictbytype`).
    pub fn names_with_scope(&self, scope: Scope) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == scope)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }

    /// Free variables of the code object: free names plus class-local names that are free in
    /// nested scopes (`DEF_FREE_CLASS`), sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn cellvars(&self) -> Vec<String> {
        let mut v = self.names_with_scope(Scope::Cell);
        if self.needs_class_closure && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".to_string());
            v.sort();
        }
        v
    }
}

/// All scopes of a module. `tables[0]` is the module.
#[derive(Clone, Debug)]
pub struct SymbolTables {
    pub tables: Vec<SymbolTable>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTables {
    /// The table of the scope created by the node with this range.
    pub fn for_range(&self, range: TextRange) -> Option<usize> {
        self.by_range
            .get(&(u32::from(range.start()), u32::from(range.end())))
            .copied()
    }
}

/// A symbol-table error: message and byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymError {
    pub message: String,
    pub offset: usize,
}

type R<T> = Result<T, SymError>;

fn err<T>(message: impl Into<String>, range: TextRange) -> R<T> {
    Err(SymError {
        message: message.into(),
        offset: u32::from(range.start()) as usize,
    })
}

struct Builder {
    tables: Vec<SymbolTable>,
    by_range: HashMap<(u32, u32), usize>,
    cur: usize,
    depth: usize,
    /// `from __future__ import annotations`: annotations are strings, never evaluated.
    future_annotations: bool,
}

/// The leading `from __future__ import …` statements of a module body (after its docstring).
pub fn future_imports(body: &[Stmt]) -> impl Iterator<Item = &ast::StmtImportFrom> {
    let skip = match body.first() {
        Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))) => {
            1
        }
        _ => 0,
    };
    body.iter().skip(skip).map_while(|s| match s {
        Stmt::ImportFrom(i)
            if i.module.as_ref().map(|m| m.as_str()) == Some("__future__")
                && i.level.as_ref().map_or(0, |l| l.to_u32()) == 0 =>
        {
            Some(i)
        }
        _ => None,
    })
}

/// Whether the module starts with `from __future__ import annotations`.
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    future_imports(body).any(|i| i.names.iter().any(|a| a.name.as_str() == "annotations"))
}

/// Nesting limit for the recursive walk (the compiler enforces the user-facing limit; this one
/// only guarantees we never overflow the stack).
const MAX_DEPTH: usize = 1000;

/// Build and analyse the symbol tables of a module body.
pub fn build(body: &[Stmt]) -> Result<SymbolTables, SymError> {
    let mut b = Builder {
        tables: vec![SymbolTable::new("top", BlockType::Module, 0, None, false)],
        by_range: HashMap::new(),
        cur: 0,
        depth: 0,
        future_annotations: has_future_annotations(body),
    };
    for s in body {
        b.stmt(s)?;
    }
    let mut free = HashSet::new();
    analyze_block(&mut b.tables, 0, None, &mut free, &HashSet::new())?;
    Ok(SymbolTables {
        tables: b.tables,
        by_range: b.by_range,
    })
}

impl Builder {
    fn table(&mut self) -> &mut SymbolTable {
        &mut self.tables[self.cur]
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R<()> {
        let t = &mut self.tables[self.cur];
        if flag & DEF_PARAM != 0 && t.flags(name) & DEF_PARAM != 0 {
            return err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
        }
        match t.index.get(name) {
            Some(&i) => t.symbols[i].flags |= flag,
            None => {
                t.index.insert(name.to_string(), t.symbols.len());
                t.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: flag,
                    scope: Scope::GlobalImplicit,
                });
            }
        }
        if flag & DEF_PARAM != 0 {
            t.params.push(name.to_string());
        }
        Ok(())
    }

    fn enter(&mut self, name: &str, typ: BlockType, range: TextRange) -> usize {
        let parent = self.cur;
        let nested = self.tables[parent].nested || self.tables[parent].typ.is_function_like();
        let id = self.tables.len();
        self.tables.push(SymbolTable::new(
            name,
            typ,
            u32::from(range.start()) as usize,
            Some(parent),
            nested,
        ));
        self.tables[parent].children.push(id);
        self.by_range
            .insert((u32::from(range.start()), u32::from(range.end())), id);
        self.cur = id;
        id
    }

    fn leave(&mut self) {
        self.cur = self.tables[self.cur].parent.unwrap_or(0);
    }

    fn guard(&mut self, range: TextRange) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("too many nested parentheses", range);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.guard(stmt_range(s))?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(f.name.as_str(), DEF_LOCAL, f.range)?;
                self.arg_defaults(&f.args)?;
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                if !self.future_annotations {
                    for ann in crate::symtable::annotations(&f.args, f.returns.as_deref()) {
                        self.expr(ann.1)?;
                    }
                }
                self.enter(f.name.as_str(), BlockType::Function, f.range);
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), DEF_LOCAL, c.range)?;
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                self.enter(c.name.as_str(), BlockType::Class, c.range);
                self.stmts(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let fl = self.table().flags(n.id.as_str());
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let kind = if fl & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(
                            format!("annotated name '{}' can't be {kind}", n.id),
                            a.range,
                        );
                    }
                    if a.value.is_some() || a.simple {
                        // `x: int` alone still makes `x` local in CPython.
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if !self.future_annotations && self.table().typ == BlockType::Class {
                    self.expr(&a.annotation)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(_)
            | Stmt::AsyncWith(_)
            | Stmt::AsyncFunctionDef(_)
            | Stmt::TryStar(_)
            | Stmt::TypeAlias(_) => {
                // Rejected by the compiler with NotImplementedError.
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL, h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&bound, DEF_IMPORT, i.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.table().typ != BlockType::Module {
                            return err("import * only allowed at module level", i.range);
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.add_def(&bound, DEF_IMPORT, i.range)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let name = name.as_str();
                    let fl = self.table().flags(name);
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if fl & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return err(msg, g.range);
                    }
                    if fl & DEF_NONLOCAL != 0 {
                        return err(format!("name '{name}' is nonlocal and global"), g.range);
                    }
                    self.add_def(name, DEF_GLOBAL, g.range)?;
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.table().typ == BlockType::Module {
                    return err("nonlocal declaration not allowed at module level", nl.range);
                }
                for name in &nl.names {
                    let name = name.as_str();
                    let fl = self.table().flags(name);
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if fl & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return err(msg, nl.range);
                    }
                    if fl & DEF_GLOBAL != 0 {
                        return err(format!("name '{name}' is nonlocal and global"), nl.range);
                    }
                    self.add_def(name, DEF_NONLOCAL, nl.range)?;
                    let off = u32::from(nl.range.start()) as usize;
                    self.table().decl_offsets.insert(name.to_string(), off);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// Defaults and kw-defaults are evaluated in the enclosing scope (annotations are ignored).
    fn arg_defaults(&mut self, args: &ast::Arguments) -> R<()> {
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> R<()> {
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            self.add_def(a.def.arg.as_str(), DEF_PARAM, a.def.range)?;
        }
        for a in &args.kwonlyargs {
            self.add_def(a.def.arg.as_str(), DEF_PARAM, a.def.range)?;
        }
        if let Some(v) = &args.vararg {
            self.add_def(v.arg.as_str(), DEF_PARAM, v.range)?;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(k.arg.as_str(), DEF_PARAM, k.range)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// The names a `case` pattern binds, and the expressions (values, keys, classes) it reads.
    fn pattern(&mut self, p: &ast::Pattern) -> R<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|q| self.pattern(q)),
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL, m.range)?;
                }
                Ok(())
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(q)?;
                }
                Ok(())
            }
            P::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n.as_str(), DEF_LOCAL, s.range),
                None => Ok(()),
            },
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n.as_str(), DEF_LOCAL, a.range),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|q| self.pattern(q)),
        }
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        self.guard(expr_range(e))?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R<()> {
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
            Expr::Constant(_) => Ok(()),
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
    fn ex_bool_op(&mut self, e: &Expr, b: &ast::ExprBoolOp) -> R<()> {
        let _ = e;
        self.exprs(&b.values)
    }

    #[inline(never)]
    fn ex_named_expr(&mut self, e: &Expr, n: &ast::ExprNamedExpr) -> R<()> {
        let _ = e;
        self.expr(&n.value)?;
        self.named_target(&n.target)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_bin_op(&mut self, e: &Expr, b: &ast::ExprBinOp) -> R<()> {
        let _ = e;
        self.expr(&b.left)?;
        self.expr(&b.right)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_unary_op(&mut self, e: &Expr, u: &ast::ExprUnaryOp) -> R<()> {
        let _ = e;
        self.expr(&u.operand)
    }

    #[inline(never)]
    fn ex_lambda(&mut self, e: &Expr, l: &ast::ExprLambda) -> R<()> {
        let _ = e;
        self.arg_defaults(&l.args)?;
        self.enter("lambda", BlockType::Lambda, l.range);
        self.params(&l.args)?;
        self.expr(&l.body)?;
        self.leave();
        Ok(())
    }

    #[inline(never)]
    fn ex_if_exp(&mut self, e: &Expr, i: &ast::ExprIfExp) -> R<()> {
        let _ = e;
        self.expr(&i.test)?;
        self.expr(&i.body)?;
        self.expr(&i.orelse)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_dict(&mut self, e: &Expr, d: &ast::ExprDict) -> R<()> {
        let _ = e;
        for k in d.keys.iter().flatten() {
            self.expr(k)?;
        }
        self.exprs(&d.values)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_set(&mut self, e: &Expr, s: &ast::ExprSet) -> R<()> {
        let _ = e;
        self.exprs(&s.elts)
    }

    #[inline(never)]
    fn ex_list_comp(&mut self, e: &Expr, c: &ast::ExprListComp) -> R<()> {
        let _ = e;
        self.comprehension("listcomp", e, &c.generators, &c.elt, None, false)
    }

    #[inline(never)]
    fn ex_set_comp(&mut self, e: &Expr, c: &ast::ExprSetComp) -> R<()> {
        let _ = e;
        self.comprehension("setcomp", e, &c.generators, &c.elt, None, false)
    }

    #[inline(never)]
    fn ex_dict_comp(&mut self, e: &Expr, c: &ast::ExprDictComp) -> R<()> {
        let _ = e;
        self.comprehension("dictcomp", e, &c.generators, &c.key, Some(&c.value), false)
    }

    #[inline(never)]
    fn ex_generator_exp(&mut self, e: &Expr, c: &ast::ExprGeneratorExp) -> R<()> {
        let _ = e;
        self.comprehension("genexpr", e, &c.generators, &c.elt, None, true)
    }

    #[inline(never)]
    fn ex_await(&mut self, e: &Expr, a: &ast::ExprAwait) -> R<()> {
        let _ = e;
        self.expr(&a.value)
    }

    #[inline(never)]
    fn ex_yield(&mut self, e: &Expr, y: &ast::ExprYield) -> R<()> {
        let _ = e;
        self.yield_check(y.range)?;
        if let Some(v) = &y.value {
            self.expr(v)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_yield_from(&mut self, e: &Expr, y: &ast::ExprYieldFrom) -> R<()> {
        let _ = e;
        self.yield_check(y.range)?;
        self.expr(&y.value)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_compare(&mut self, e: &Expr, c: &ast::ExprCompare) -> R<()> {
        let _ = e;
        self.expr(&c.left)?;
        self.exprs(&c.comparators)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_call(&mut self, e: &Expr, c: &ast::ExprCall) -> R<()> {
        let _ = e;
        self.expr(&c.func)?;
        self.exprs(&c.args)?;
        for k in &c.keywords {
            self.expr(&k.value)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_formatted_value(&mut self, e: &Expr, f: &ast::ExprFormattedValue) -> R<()> {
        let _ = e;
        self.expr(&f.value)?;
        if let Some(s) = &f.format_spec {
            self.expr(s)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_joined_str(&mut self, e: &Expr, j: &ast::ExprJoinedStr) -> R<()> {
        let _ = e;
        self.exprs(&j.values)
    }

    #[inline(never)]
    fn ex_attribute(&mut self, e: &Expr, a: &ast::ExprAttribute) -> R<()> {
        let _ = e;
        self.expr(&a.value)
    }

    #[inline(never)]
    fn ex_subscript(&mut self, e: &Expr, s: &ast::ExprSubscript) -> R<()> {
        let _ = e;
        self.expr(&s.value)?;
        self.expr(&s.slice)?;
        Ok(())
    }

    #[inline(never)]
    fn ex_starred(&mut self, e: &Expr, s: &ast::ExprStarred) -> R<()> {
        let _ = e;
        self.expr(&s.value)
    }

    #[inline(never)]
    fn ex_name(&mut self, e: &Expr, n: &ast::ExprName) -> R<()> {
        let _ = e;
        let name = n.id.as_str();
        match n.ctx {
            ast::ExprContext::Load => {
                self.add_def(name, USE, n.range)?;
                // Zero-argument super() needs the implicit __class__ cell.
                if name == "super" && self.table().typ.is_function_like() {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            ast::ExprContext::Store => self.add_def(name, DEF_LOCAL, n.range)?,
            ast::ExprContext::Del => self.add_def(name, DEF_LOCAL, n.range)?,
        }
        Ok(())
    }

    #[inline(never)]
    fn ex_list(&mut self, e: &Expr, l: &ast::ExprList) -> R<()> {
        let _ = e;
        self.exprs(&l.elts)
    }

    #[inline(never)]
    fn ex_tuple(&mut self, e: &Expr, t: &ast::ExprTuple) -> R<()> {
        let _ = e;
        self.exprs(&t.elts)
    }

    #[inline(never)]
    fn ex_slice(&mut self, e: &Expr, s: &ast::ExprSlice) -> R<()> {
        let _ = e;
        if let Some(x) = &s.lower {
            self.expr(x)?;
        }
        if let Some(x) = &s.upper {
            self.expr(x)?;
        }
        if let Some(x) = &s.step {
            self.expr(x)?;
        }
        Ok(())
    }

    fn yield_check(&mut self, range: TextRange) -> R<()> {
        let t = self.table();
        match t.typ {
            BlockType::Module | BlockType::Class => err("'yield' outside function", range),
            BlockType::Comprehension => {
                let what = match t.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                err(format!("'yield' inside {what}"), range)
            }
            _ => {
                t.is_generator = true;
                Ok(())
            }
        }
    }

    /// A walrus target binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> R<()> {
        let Expr::Name(n) = target else {
            return self.expr(target);
        };
        let name = n.id.as_str();
        if self.tables[self.cur].typ != BlockType::Comprehension {
            return self.add_def(name, DEF_LOCAL, n.range);
        }
        let mut idx = self.cur;
        loop {
            let t = &self.tables[idx];
            if t.typ == BlockType::Comprehension {
                if t.flags(name) & DEF_COMP_ITER != 0 {
                    return err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        n.range,
                    );
                }
                idx = t.parent.unwrap_or(0);
                continue;
            }
            match t.typ {
                BlockType::Class => return err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    n.range,
                ),
                BlockType::Module => {
                    // Global in every comprehension on the way, local (global) in the module.
                    self.mark_chain(name, DEF_GLOBAL, idx, n.range)?;
                    let saved = self.cur;
                    self.cur = idx;
                    self.add_def(name, DEF_LOCAL, n.range)?;
                    self.cur = saved;
                }
                _ => {
                    self.mark_chain(name, DEF_NONLOCAL, idx, n.range)?;
                    let saved = self.cur;
                    self.cur = idx;
                    self.add_def(name, DEF_LOCAL, n.range)?;
                    self.cur = saved;
                }
            }
            return Ok(());
        }
    }

    fn mark_chain(&mut self, name: &str, flag: u32, stop: usize, range: TextRange) -> R<()> {
        let saved = self.cur;
        let mut idx = self.cur;
        while idx != stop {
            self.cur = idx;
            self.add_def(name, flag | USE, range)?;
            idx = self.tables[idx].parent.unwrap_or(0);
        }
        self.cur = saved;
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> R<()> {
        match t {
            Expr::Name(n) => self.add_def(n.id.as_str(), DEF_LOCAL | DEF_COMP_ITER, n.range),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.comp_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.comp_target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        kind: &str,
        node: &Expr,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        is_generator: bool,
    ) -> R<()> {
        let first = &generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        self.expr(&first.iter)?;
        let id = self.enter(
            &format!("<{kind}>"),
            BlockType::Comprehension,
            expr_range(node),
        );
        self.tables[id].is_generator = is_generator;
        self.add_def(".0", DEF_PARAM, expr_range(node))?;
        self.comp_target(&first.target)?;
        self.exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.expr(&g.iter)?;
            self.comp_target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.expr(elt)?;
            self.expr(v)?;
        } else {
            self.expr(elt)?;
        }
        self.leave();
        Ok(())
    }
}

/// CPython's `analyze_block`: resolve every name's scope, returning free names through `free`.
fn analyze_block(
    tables: &mut Vec<SymbolTable>,
    id: usize,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &HashSet<String>,
) -> R<()> {
    let typ = tables[id].typ;
    let mut local: HashSet<String> = HashSet::new();
    let mut scopes: HashMap<String, Scope> = HashMap::new();
    let mut global = global.clone();
    let mut bound_mut: HashSet<String> = bound.cloned().unwrap_or_default();
    let mut newglobal: HashSet<String> = HashSet::new();
    let mut newbound: HashSet<String> = HashSet::new();
    let mut newfree: HashSet<String> = HashSet::new();

    if typ == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }

    let syms: Vec<(String, u32)> = tables[id]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &syms {
        let scope = if flags & DEF_GLOBAL != 0 {
            global.insert(name.clone());
            bound_mut.remove(name);
            Scope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if bound.is_none_or_missing(name) {
                return Err(SymError {
                    message: format!("no binding for nonlocal '{name}' found"),
                    offset: nonlocal_offset(&tables[id], name),
                });
            }
            free.insert(name.clone());
            Scope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            Scope::Local
        } else if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            Scope::Free
        } else {
            Scope::GlobalImplicit
        };
        scopes.insert(name.clone(), scope);
    }

    if typ != BlockType::Class {
        if typ.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        // Names declared global here shadow enclosing bindings for children.
        for (name, s) in &scopes {
            if *s == Scope::GlobalExplicit {
                newbound.remove(name);
            }
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let children = tables[id].children.clone();
    let mut allfree = HashSet::new();
    for c in children {
        let mut child_free = HashSet::new();
        analyze_block(tables, c, Some(&newbound), &mut child_free, &newglobal)?;
        allfree.extend(child_free);
    }
    newfree.extend(allfree);

    if typ.is_function_like() {
        // Locals that are free in children become cells.
        for (name, scope) in scopes.iter_mut() {
            if *scope == Scope::Local && newfree.contains(name) {
                *scope = Scope::Cell;
                newfree.remove(name);
            }
        }
    } else if typ == BlockType::Class && newfree.remove("__class__") {
        tables[id].needs_class_closure = true;
    }

    // update_symbols
    let t = &mut tables[id];
    for s in t.symbols.iter_mut() {
        if let Some(sc) = scopes.get(&s.name) {
            s.scope = *sc;
        }
    }
    let mut extra: Vec<String> = newfree.iter().cloned().collect();
    extra.sort();
    for name in extra {
        if let Some(&i) = t.index.get(&name) {
            let s = &mut t.symbols[i];
            if typ == BlockType::Class && s.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                s.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if !bound.is_some_and(|b| b.contains(&name)) {
            continue;
        }
        t.index.insert(name.clone(), t.symbols.len());
        t.symbols.push(Symbol {
            name: name.clone(),
            flags: 0,
            scope: Scope::Free,
        });
    }
    free.extend(newfree);
    Ok(())
}

trait BoundExt {
    fn is_none_or_missing(&self, name: &str) -> bool;
}

impl BoundExt for Option<&HashSet<String>> {
    fn is_none_or_missing(&self, name: &str) -> bool {
        match self {
            None => true,
            Some(b) => !b.contains(name),
        }
    }
}

fn nonlocal_offset(t: &SymbolTable, name: &str) -> usize {
    t.decl_offsets.get(name).copied().unwrap_or(t.offset)
}

/// The range of any statement.
/// A function's annotations in CPython's `__annotations__` order: parameter name (or
/// `"return"`) and expression.
pub fn annotations<'a>(
    args: &'a ast::Arguments,
    returns: Option<&'a Expr>,
) -> Vec<(&'a str, &'a Expr)> {
    let mut out = Vec::new();
    let mut arg = |a: &'a ast::Arg| {
        if let Some(ann) = &a.annotation {
            out.push((a.arg.as_str(), &**ann));
        }
    };
    for a in args.args.iter().chain(args.posonlyargs.iter()) {
        arg(&a.def);
    }
    if let Some(v) = &args.vararg {
        arg(v);
    }
    for a in &args.kwonlyargs {
        arg(&a.def);
    }
    if let Some(k) = &args.kwarg {
        arg(k);
    }
    if let Some(r) = returns {
        out.push(("return", r));
    }
    out
}

pub fn stmt_range(s: &Stmt) -> TextRange {
    use rustpython_parser::ast::Ranged;
    s.range()
}

/// The range of any expression.
pub fn expr_range(e: &Expr) -> TextRange {
    use rustpython_parser::ast::Ranged;
    e.range()
}

/// One AST node for the iterative depth check.
#[derive(Clone, Copy)]
enum Node<'a> {
    S(&'a Stmt),
    E(&'a Expr),
}

fn push_args<'a>(args: &'a ast::Arguments, out: &mut Vec<Node<'a>>) {
    for a in args
        .posonlyargs
        .iter()
        .chain(args.args.iter())
        .chain(args.kwonlyargs.iter())
    {
        if let Some(d) = &a.default {
            out.push(Node::E(d));
        }
    }
}

fn push_children<'a>(node: Node<'a>, out: &mut Vec<Node<'a>>) {
    let stmts = |out: &mut Vec<Node<'a>>, b: &'a [Stmt]| out.extend(b.iter().map(Node::S));
    let exprs = |out: &mut Vec<Node<'a>>, b: &'a [Expr]| out.extend(b.iter().map(Node::E));
    match node {
        Node::S(s) => match s {
            Stmt::FunctionDef(f) => {
                push_args(&f.args, out);
                exprs(out, &f.decorator_list);
                stmts(out, &f.body);
            }
            Stmt::AsyncFunctionDef(f) => stmts(out, &f.body),
            Stmt::ClassDef(c) => {
                exprs(out, &c.bases);
                out.extend(c.keywords.iter().map(|k| Node::E(&k.value)));
                exprs(out, &c.decorator_list);
                stmts(out, &c.body);
            }
            Stmt::Return(r) => out.extend(r.value.iter().map(|v| Node::E(v))),
            Stmt::Delete(d) => exprs(out, &d.targets),
            Stmt::Assign(a) => {
                exprs(out, &a.targets);
                out.push(Node::E(&a.value));
            }
            Stmt::AugAssign(a) => {
                out.push(Node::E(&a.target));
                out.push(Node::E(&a.value));
            }
            Stmt::AnnAssign(a) => {
                out.push(Node::E(&a.target));
                out.extend(a.value.iter().map(|v| Node::E(v)));
            }
            Stmt::For(f) => {
                out.push(Node::E(&f.target));
                out.push(Node::E(&f.iter));
                stmts(out, &f.body);
                stmts(out, &f.orelse);
            }
            Stmt::While(w) => {
                out.push(Node::E(&w.test));
                stmts(out, &w.body);
                stmts(out, &w.orelse);
            }
            Stmt::If(i) => {
                out.push(Node::E(&i.test));
                stmts(out, &i.body);
                stmts(out, &i.orelse);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    out.push(Node::E(&it.context_expr));
                    out.extend(it.optional_vars.iter().map(|v| Node::E(v)));
                }
                stmts(out, &w.body);
            }
            Stmt::Raise(r) => {
                out.extend(r.exc.iter().map(|v| Node::E(v)));
                out.extend(r.cause.iter().map(|v| Node::E(v)));
            }
            Stmt::Try(t) => {
                stmts(out, &t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    out.extend(h.type_.iter().map(|v| Node::E(v)));
                    stmts(out, &h.body);
                }
                stmts(out, &t.orelse);
                stmts(out, &t.finalbody);
            }
            Stmt::Assert(a) => {
                out.push(Node::E(&a.test));
                out.extend(a.msg.iter().map(|v| Node::E(v)));
            }
            Stmt::Expr(e) => out.push(Node::E(&e.value)),
            _ => {}
        },
        Node::E(e) => match e {
            Expr::BoolOp(b) => exprs(out, &b.values),
            Expr::NamedExpr(n) => {
                out.push(Node::E(&n.target));
                out.push(Node::E(&n.value));
            }
            Expr::BinOp(b) => {
                out.push(Node::E(&b.left));
                out.push(Node::E(&b.right));
            }
            Expr::UnaryOp(u) => out.push(Node::E(&u.operand)),
            Expr::Lambda(l) => {
                push_args(&l.args, out);
                out.push(Node::E(&l.body));
            }
            Expr::IfExp(i) => {
                out.push(Node::E(&i.test));
                out.push(Node::E(&i.body));
                out.push(Node::E(&i.orelse));
            }
            Expr::Dict(d) => {
                out.extend(d.keys.iter().flatten().map(Node::E));
                exprs(out, &d.values);
            }
            Expr::Set(s) => exprs(out, &s.elts),
            Expr::ListComp(c) => {
                out.push(Node::E(&c.elt));
                push_generators(&c.generators, out);
            }
            Expr::SetComp(c) => {
                out.push(Node::E(&c.elt));
                push_generators(&c.generators, out);
            }
            Expr::GeneratorExp(c) => {
                out.push(Node::E(&c.elt));
                push_generators(&c.generators, out);
            }
            Expr::DictComp(c) => {
                out.push(Node::E(&c.key));
                out.push(Node::E(&c.value));
                push_generators(&c.generators, out);
            }
            Expr::Await(a) => out.push(Node::E(&a.value)),
            Expr::Yield(y) => out.extend(y.value.iter().map(|v| Node::E(v))),
            Expr::YieldFrom(y) => out.push(Node::E(&y.value)),
            Expr::Compare(c) => {
                out.push(Node::E(&c.left));
                exprs(out, &c.comparators);
            }
            Expr::Call(c) => {
                out.push(Node::E(&c.func));
                exprs(out, &c.args);
                out.extend(c.keywords.iter().map(|k| Node::E(&k.value)));
            }
            Expr::FormattedValue(f) => {
                out.push(Node::E(&f.value));
                out.extend(f.format_spec.iter().map(|v| Node::E(v)));
            }
            Expr::JoinedStr(j) => exprs(out, &j.values),
            Expr::Attribute(a) => out.push(Node::E(&a.value)),
            Expr::Subscript(s) => {
                out.push(Node::E(&s.value));
                out.push(Node::E(&s.slice));
            }
            Expr::Starred(s) => out.push(Node::E(&s.value)),
            Expr::List(l) => exprs(out, &l.elts),
            Expr::Tuple(t) => exprs(out, &t.elts),
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    out.push(Node::E(x));
                }
            }
            Expr::Constant(_) | Expr::Name(_) => {}
        },
    }
}

fn push_generators<'a>(gens: &'a [ast::Comprehension], out: &mut Vec<Node<'a>>) {
    for g in gens {
        out.push(Node::E(&g.target));
        out.push(Node::E(&g.iter));
        out.extend(g.ifs.iter().map(Node::E));
    }
}

/// Iteratively (without recursion) find a node nested deeper than `limit` (statements and
/// expressions both count); returns its range. Run before the recursive passes so that they
/// never recurse deeper than `limit`.
pub fn find_too_deep(body: &[Stmt], limit: usize) -> Option<TextRange> {
    let mut stack: Vec<(Node<'_>, usize)> = body.iter().map(|s| (Node::S(s), 1)).collect();
    let mut children = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        if depth > limit {
            return Some(match node {
                Node::S(s) => stmt_range(s),
                Node::E(e) => expr_range(e),
            });
        }
        children.clear();
        push_children(node, &mut children);
        stack.extend(children.drain(..).map(|c| (c, depth + 1)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(src: &str) -> SymbolTables {
        let parsed = crate::parse::parse_module(src, "t.py").expect("parses");
        build(&parsed.body).expect("symtable")
    }

    fn find<'a>(t: &'a SymbolTables, name: &str) -> &'a SymbolTable {
        t.tables
            .iter()
            .find(|x| x.name == name)
            .unwrap_or_else(|| panic!("no table {name}"))
    }

    fn scope(t: &SymbolTables, table: &str, name: &str) -> Option<Scope> {
        find(t, table).scope_of(name)
    }

    #[test]
    fn locals_globals_cells_frees() {
        let t = tables(
            "G = 1\ndef f(a):\n    b = a\n    global G\n    G = 2\n    def g():\n        return a + h\n    return g\n",
        );
        assert_eq!(scope(&t, "top", "G"), Some(Scope::Local)); // module bindings are local (NAME ops)
        assert_eq!(scope(&t, "f", "a"), Some(Scope::Cell));
        assert_eq!(scope(&t, "f", "b"), Some(Scope::Local));
        assert_eq!(scope(&t, "f", "G"), Some(Scope::GlobalExplicit));
        assert_eq!(scope(&t, "g", "a"), Some(Scope::Free));
        assert_eq!(scope(&t, "g", "h"), Some(Scope::GlobalImplicit));
        assert_eq!(find(&t, "f").params, vec!["a".to_string()]);
    }

    #[test]
    fn nonlocal_chain_through_intermediate_scope() {
        let t = tables(
            "def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n        return c\n    return b\n",
        );
        assert_eq!(scope(&t, "a", "x"), Some(Scope::Cell));
        assert_eq!(scope(&t, "b", "x"), Some(Scope::Free)); // passes through
        assert_eq!(scope(&t, "c", "x"), Some(Scope::Free));
    }

    #[test]
    fn class_scope_not_visible_to_methods() {
        let t = tables("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n");
        assert_eq!(scope(&t, "m", "x"), Some(Scope::Free));
        assert_eq!(scope(&t, "f", "x"), Some(Scope::Cell));
        // The class binds x locally but also passes f's cell through (DEF_FREE_CLASS).
        let c = find(&t, "C");
        assert_eq!(c.scope_of("x"), Some(Scope::Local));
        assert_eq!(c.freevars(), vec!["x".to_string()]);
        let t = tables("class C:\n    y = 1\n    def m(self):\n        return y\n");
        assert_eq!(scope(&t, "m", "y"), Some(Scope::GlobalImplicit));
    }

    #[test]
    fn comprehension_scopes() {
        let t = tables("def f(xs):\n    return [x + y for x in xs]\n");
        let comp = find(&t, "<listcomp>");
        assert_eq!(comp.params, vec![".0".to_string()]);
        assert_eq!(comp.scope_of("x"), Some(Scope::Local));
        assert_eq!(comp.scope_of("y"), Some(Scope::GlobalImplicit));
        // The outermost iterable is evaluated in f, so `xs` is not free in the comprehension.
        assert_eq!(comp.scope_of("xs"), None);
        assert_eq!(scope(&t, "f", "xs"), Some(Scope::Local));
        // Class-level comprehension cannot see class variables (except the outermost iterable).
        let t = tables("class C:\n    n = 3\n    a = [n for i in range(n)]\n");
        assert_eq!(scope(&t, "<listcomp>", "n"), Some(Scope::GlobalImplicit));
        assert_eq!(scope(&t, "C", "n"), Some(Scope::Local));
    }

    #[test]
    fn walrus_in_comprehension_binds_outside() {
        let t = tables("def f():\n    r = [last := i for i in range(3)]\n    return last\n");
        assert_eq!(scope(&t, "f", "last"), Some(Scope::Cell));
        assert_eq!(scope(&t, "<listcomp>", "last"), Some(Scope::Free));
        let t = tables("r = [last := i for i in range(3)]\n");
        assert_eq!(scope(&t, "top", "last"), Some(Scope::Local));
        assert_eq!(scope(&t, "<listcomp>", "last"), Some(Scope::GlobalExplicit));
        let parsed =
            crate::parse::parse_module("class C:\n    r = [y := 1 for i in ()]\n", "t.py").unwrap();
        let e = build(&parsed.body).unwrap_err();
        assert_eq!(
            e.message,
            "assignment expression within a comprehension cannot be used in a class body"
        );
    }

    #[test]
    fn implicit_class_cell() {
        let t = tables("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
        assert!(find(&t, "C").needs_class_closure);
        assert_eq!(find(&t, "C").cellvars(), vec!["__class__".to_string()]);
        assert_eq!(scope(&t, "m", "__class__"), Some(Scope::Free));
        assert_eq!(scope(&t, "n", "__class__"), None);
        let t = tables("class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner\n");
        assert_eq!(scope(&t, "inner", "__class__"), Some(Scope::Free));
        assert_eq!(scope(&t, "m", "__class__"), Some(Scope::Free));
        let t = tables("class C:\n    def m(self):\n        return 1\n");
        assert!(!find(&t, "C").needs_class_closure);
    }

    #[test]
    fn bindings_from_statements() {
        let t = tables(
            "def f():\n    import a.b\n    import c.d as e\n    from m import x as y\n    for i, *j in z: pass\n    with o as (p, q): pass\n    try: pass\n    except E as err: pass\n    k: int\n    del w\n    class K: pass\n    def g(): pass\n",
        );
        for name in ["a", "e", "y", "i", "j", "p", "q", "err", "k", "w", "K", "g"] {
            assert_eq!(scope(&t, "f", name), Some(Scope::Local), "{name}");
        }
        for name in ["c", "x", "m", "z", "o", "E", "int"] {
            assert_ne!(scope(&t, "f", name), Some(Scope::Local), "{name}");
        }
        assert!(find(&t, "f").lookup("b").is_none());
    }

    #[test]
    fn generator_detection() {
        let t = tables("def g():\n    yield 1\ndef h():\n    return (x for x in ())\n");
        assert!(find(&t, "g").is_generator);
        assert!(!find(&t, "h").is_generator);
        assert!(find(&t, "<genexpr>").is_generator);
    }

    #[test]
    fn declaration_errors() {
        let cases = [
            (
                "def f():\n    x = 1\n    nonlocal x\n",
                "name 'x' is assigned to before nonlocal declaration",
            ),
            (
                "def f(x):\n    nonlocal x\n",
                "name 'x' is parameter and nonlocal",
            ),
            (
                "def f():\n    global x\n    nonlocal x\n",
                "name 'x' is nonlocal and global",
            ),
            (
                "class C:\n    nonlocal x\n",
                "no binding for nonlocal 'x' found",
            ),
            (
                "def f():\n    x: int\n    global x\n",
                "name 'x' is assigned to before global declaration",
            ),
        ];
        for (src, msg) in cases {
            let parsed = crate::parse::parse_module(src, "t.py").unwrap();
            let e = build(&parsed.body).expect_err(src);
            assert_eq!(e.message, msg, "{src}");
        }
    }
}
