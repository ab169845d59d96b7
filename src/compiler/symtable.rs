//! Symbol tables: one scope per module, class, function, lambda and comprehension, and the
//! classification of every name in it (fast local, cell, free, explicit/implicit global), by
//! CPython 3.11's two-pass algorithm. Guarantees: codegen and this pass agree on which names
//! exist in which scope (both mangle private names the same way), cellvars/freevars are sorted,
//! and every scope-level SyntaxError (`global`/`nonlocal` misuse, misplaced `yield`, walrus in
//! comprehensions) is reported here with the span of the offending node.

use super::CompileError;
use crate::syntax::ast::*;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A comprehension or generator expression (a function taking `.0`).
    Comprehension(CompKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl ScopeKind {
    /// Function-like scopes keep their names in fast locals and cells.
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

/// Final classification of a name within one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_COMP_ITER: u32 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// The class whose name mangles `__private` identifiers here (innermost enclosing class).
    pub private: Option<String>,
    flags: HashMap<String, u32>,
    order: Vec<String>,
    pub symbols: HashMap<String, Sym>,
    /// Parameter names (already mangled) in `varnames` order.
    pub params: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// Class bodies: some method uses `__class__` (or zero-argument `super()`).
    pub needs_class_cell: bool,
    /// Where each `nonlocal` name was declared (for "no binding for nonlocal" errors).
    nonlocal_spans: HashMap<String, Span>,
}

impl Scope {
    /// Classification of a (mangled) name; names never seen are implicit globals.
    pub fn sym(&self, name: &str) -> Sym {
        self.symbols
            .get(name)
            .copied()
            .unwrap_or(Sym::GlobalImplicit)
    }
}

/// Identifies the AST node that opens a scope (by address; the AST outlives compilation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKey {
    Func(usize),
    Class(usize),
    Expr(usize),
}

impl NodeKey {
    pub fn func(f: &FunctionDef) -> NodeKey {
        NodeKey::Func(f as *const FunctionDef as usize)
    }
    pub fn class(c: &ClassDef) -> NodeKey {
        NodeKey::Class(c as *const ClassDef as usize)
    }
    pub fn expr(e: &Expr) -> NodeKey {
        NodeKey::Expr(e as *const Expr as usize)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    map: HashMap<NodeKey, ScopeId>,
}

impl SymbolTable {
    pub fn scope_of(&self, key: NodeKey) -> ScopeId {
        self.map[&key]
    }
}

/// `__spam` inside class `Ham` becomes `_Ham__spam` (CPython's private name mangling).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{}{}", stripped, name);
            }
        }
    }
    name.to_string()
}

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: Vec::new(),
        map: HashMap::new(),
        stack: Vec::new(),
    };
    b.enter(ScopeKind::Module, "top".into(), None);
    b.stmts(&module.body)?;
    b.stack.pop();
    let mut st = SymbolTable {
        scopes: b.scopes,
        map: b.map,
    };
    analyze(&mut st.scopes, 0, &HashSet::new(), &HashSet::new())?;
    Ok(st)
}

struct Builder {
    scopes: Vec<Scope>,
    map: HashMap<NodeKey, ScopeId>,
    stack: Vec<ScopeId>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: String, key: Option<NodeKey>) {
        let parent = self.stack.last().copied();
        let private = match parent {
            _ if kind == ScopeKind::Class => Some(name.clone()),
            None => None,
            Some(p) => self.scopes[p].private.clone(),
        };
        let id = self.scopes.len();
        self.scopes.push(Scope {
            kind,
            name,
            parent,
            private,
            flags: HashMap::new(),
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            nonlocal_spans: HashMap::new(),
        });
        if let Some(k) = key {
            self.map.insert(k, id);
        }
        self.stack.push(id);
    }

    fn mangled(&mut self, name: &str) -> String {
        let sc = self.cur();
        mangle(sc.private.as_deref(), name)
    }

    fn add(&mut self, name: &str, flag: u32) {
        let name = self.mangled(name);
        let sc = self.cur();
        let e = sc.flags.entry(name.clone()).or_insert_with(|| {
            sc.order.push(name);
            0
        });
        *e |= flag;
    }

    fn flags_of(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        self.cur().flags.get(&name).copied().unwrap_or(0)
    }

    fn params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        let all = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in all {
            if self.flags_of(&a.name) & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.span,
                ));
            }
            self.add(&a.name, DEF_PARAM);
            let m = self.mangled(&a.name);
            self.cur().params.push(m);
        }
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.add(n, DEF_LOCAL | USE);
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if value.is_some() || matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.args)?;
                self.add(&f.name, DEF_LOCAL);
                self.enter(ScopeKind::Function, f.name.clone(), Some(NodeKey::func(f)));
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.add(&c.name, DEF_LOCAL);
                self.enter(ScopeKind::Class, c.name.clone(), Some(NodeKey::class(c)));
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.flags_of(n);
                    if f & DEF_PARAM != 0 {
                        return Err(err(format!("name '{}' is parameter and global", n), s.span));
                    }
                    if f & DEF_NONLOCAL != 0 {
                        return Err(err(format!("name '{}' is nonlocal and global", n), s.span));
                    }
                    if f & USE != 0 {
                        return Err(err(
                            format!("name '{}' is used prior to global declaration", n),
                            s.span,
                        ));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(
                            format!("name '{}' is assigned to before global declaration", n),
                            s.span,
                        ));
                    }
                    self.add(n, DEF_GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                    ));
                }
                for n in names {
                    let f = self.flags_of(n);
                    if f & DEF_PARAM != 0 {
                        return Err(err(
                            format!("name '{}' is parameter and nonlocal", n),
                            s.span,
                        ));
                    }
                    if f & DEF_GLOBAL != 0 {
                        return Err(err(format!("name '{}' is nonlocal and global", n), s.span));
                    }
                    if f & USE != 0 {
                        return Err(err(
                            format!("name '{}' is used prior to nonlocal declaration", n),
                            s.span,
                        ));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(
                            format!("name '{}' is assigned to before nonlocal declaration", n),
                            s.span,
                        ));
                    }
                    self.add(n, DEF_NONLOCAL);
                    let m = self.mangled(n);
                    self.cur().nonlocal_spans.insert(m, s.span);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let stored = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.add(stored, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                    } else {
                        self.add(a.asname.as_ref().unwrap_or(&a.name), DEF_LOCAL);
                    }
                }
            }
        }
        Ok(())
    }

    /// A binding target (assignment, for, with, del, comprehension).
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.add(n, DEF_LOCAL),
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.target(e)?;
                }
            }
            ExprKind::Starred(e) => self.target(e)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.add(n, DEF_LOCAL | DEF_COMP_ITER),
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.comp_target(e)?;
                }
            }
            ExprKind::Starred(e) => self.comp_target(e)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        gens: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        self.expr(&gens[0].iter)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        self.enter(
            ScopeKind::Comprehension(kind),
            name.into(),
            Some(NodeKey::expr(e)),
        );
        if kind == CompKind::Gen {
            self.cur().is_generator = true;
        }
        self.add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USE);
                if n == "super" && self.cur().kind.is_function() {
                    self.add("__class__", USE);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.walrus_target(target, e.span)?;
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>".into(), Some(NodeKey::expr(e)));
                self.params(args)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(es) | ExprKind::List(es) | ExprKind::Tuple(es) => {
                for x in es {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, &[key, value])?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.mark_yield(e.span)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.mark_yield(e.span)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), CompileError> {
        for p in parts {
            if let FStringPart::Expr {
                expr, format_spec, ..
            } = p
            {
                self.expr(expr)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> Result<(), CompileError> {
        let sc = self.cur();
        match sc.kind {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", span)),
            ScopeKind::Comprehension(k) => Err(err(
                match k {
                    CompKind::List => "'yield' inside list comprehension",
                    CompKind::Set => "'yield' inside set comprehension",
                    CompKind::Dict => "'yield' inside dict comprehension",
                    CompKind::Gen => "'yield' inside generator expression",
                },
                span,
            )),
            _ => {
                sc.is_generator = true;
                Ok(())
            }
        }
    }

    /// `x := v` binds in the nearest enclosing non-comprehension scope (PEP 572).
    fn walrus_target(&mut self, target: &str, span: Span) -> Result<(), CompileError> {
        if !matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            self.add(target, DEF_LOCAL);
            return Ok(());
        }
        let mut comps = Vec::new();
        for &id in self.stack.iter().rev() {
            let sc = &self.scopes[id];
            let m = mangle(sc.private.as_deref(), target);
            match sc.kind {
                ScopeKind::Comprehension(_) => {
                    if sc.flags.get(&m).copied().unwrap_or(0) & DEF_COMP_ITER != 0 {
                        return Err(err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                target
                            ),
                            span,
                        ));
                    }
                    comps.push(id);
                }
                ScopeKind::Class => return Err(err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    span,
                )),
                kind => {
                    let flag = if kind == ScopeKind::Module {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    let outer_global =
                        self.scopes[id].flags.get(&m).copied().unwrap_or(0) & DEF_GLOBAL != 0;
                    let flag = if outer_global { DEF_GLOBAL } else { flag };
                    for &c in &comps {
                        let sc = &mut self.scopes[c];
                        let e = sc.flags.entry(m.clone()).or_insert_with(|| {
                            sc.order.push(m.clone());
                            0
                        });
                        *e |= flag;
                    }
                    let sc = &mut self.scopes[id];
                    let e = sc.flags.entry(m.clone()).or_insert_with(|| {
                        sc.order.push(m.clone());
                        0
                    });
                    *e |= DEF_LOCAL;
                    return Ok(());
                }
            }
        }
        Ok(())
    }
}

fn children_of(scopes: &[Scope], id: ScopeId) -> Vec<ScopeId> {
    (id + 1..scopes.len())
        .filter(|&c| scopes[c].parent == Some(id))
        .collect()
}

/// Second pass: classify names top-down, propagate free variables bottom-up. Returns the
/// names this scope needs from its enclosing scopes.
fn analyze(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let kind = scopes[id].kind;
    let mut bound = bound.clone();
    let mut new_global = global.clone();
    let mut local = HashSet::new();
    let mut symbols = HashMap::new();
    let order = scopes[id].order.clone();
    for name in &order {
        let flags = scopes[id].flags[name];
        let sym = if flags & DEF_GLOBAL != 0 {
            new_global.insert(name.clone());
            bound.remove(name);
            Sym::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(err(
                    format!("no binding for nonlocal '{}' found", name),
                    scopes[id]
                        .nonlocal_spans
                        .get(name)
                        .copied()
                        .unwrap_or_default(),
                ));
            }
            Sym::Free
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            local.insert(name.clone());
            new_global.remove(name);
            Sym::Local
        } else if bound.contains(name) {
            Sym::Free
        } else {
            Sym::GlobalImplicit
        };
        symbols.insert(name.clone(), sym);
    }
    let mut new_bound = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => bound.clone(),
        _ => bound.clone(),
    };
    if kind.is_function() {
        new_bound.extend(local.iter().cloned());
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".to_string());
    }
    let mut child_free = HashSet::new();
    for c in children_of(scopes, id) {
        child_free.extend(analyze(scopes, c, &new_bound, &new_global)?);
    }
    let mut needs_class_cell = false;
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        needs_class_cell = true;
    }
    let mut freevars: HashSet<String> = symbols
        .iter()
        .filter(|(_, s)| **s == Sym::Free)
        .map(|(n, _)| n.clone())
        .collect();
    for name in child_free {
        match symbols.get(&name).copied() {
            Some(Sym::Local) if kind.is_function() => {
                symbols.insert(name, Sym::Cell);
            }
            Some(Sym::Cell) => {}
            Some(Sym::GlobalExplicit) if kind.is_function() => {}
            None if kind.is_function() => {
                symbols.insert(name.clone(), Sym::Free);
                freevars.insert(name);
            }
            _ => {
                // Passes through a class body (or a function that also uses it as free).
                freevars.insert(name);
            }
        }
    }
    let mut cellvars: Vec<String> = symbols
        .iter()
        .filter(|(_, s)| **s == Sym::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    if needs_class_cell {
        cellvars.push("__class__".into());
    }
    cellvars.sort();
    let mut fv: Vec<String> = freevars.iter().cloned().collect();
    fv.sort();
    let sc = &mut scopes[id];
    sc.symbols = symbols;
    sc.cellvars = cellvars;
    sc.freevars = fv;
    sc.needs_class_cell = needs_class_cell;
    Ok(freevars)
}
