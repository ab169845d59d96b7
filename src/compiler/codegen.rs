//! Code generation core: the stack of code units being compiled, label resolution, constant and
//! name tables, name-operation selection from the symbol table, and the scopes that create code
//! objects (module, function, lambda, class, comprehension). Statements and expressions live in
//! `codegen_stmt` and `codegen_expr`. Guarantees: every emitted instruction carries the span of
//! the innermost AST node it executes, every jump is resolved to an absolute index, and
//! `max_stack` is the exact maximum depth computed by `verify::max_depth`.

use super::bytecode::{CodeKind, CodeObject, Const, Instr};
use super::symtable::{mangle, CompKind, NodeKey, Scope, ScopeId, ScopeKind, Sym, SymbolTable};
use super::verify;
use super::{CompileError, Mode};
use crate::syntax::ast::*;
use crate::syntax::lines::SourceFile;
use num_traits::ToPrimitive;
use std::collections::HashMap;
use std::sync::Arc;

pub(super) type Label = u32;
const UNBOUND: u32 = u32::MAX;

/// Compile-time record of an enclosing construct that `return`/`break`/`continue` must clean up.
#[derive(Clone, Copy)]
pub(super) enum FBlock<'a> {
    While {
        start: Label,
        end: Label,
    },
    /// The iterator is on the stack.
    For {
        start: Label,
        end: Label,
    },
    /// Inside `try:` of a try/except: a `SetupExcept` block is active.
    TryExcept,
    /// Inside `try:` of a try/finally: pop the block and run the final body.
    Finally {
        body: &'a [Stmt],
    },
    /// Inside the exceptional copy of a final body: the exception is on the stack and handled.
    FinallyEnd,
    /// Inside an except-clause body; `has_block` when the `as name` cleanup block is active.
    Handler {
        name: Option<&'a str>,
        has_block: bool,
    },
    /// Inside a `with` body: the bound `__exit__` is on the stack under a `SetupExcept` block.
    With,
}

pub(super) struct Unit<'a> {
    pub scope: ScopeId,
    kind: CodeKind,
    name: Arc<str>,
    pub qualname: String,
    first_line: u32,
    pub instrs: Vec<Instr>,
    locations: Vec<Span>,
    labels: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<Arc<str>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<Arc<str>>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub span: Span,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    has_varargs: bool,
    has_varkw: bool,
}

pub(super) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub source: Arc<SourceFile>,
    pub mode: Mode,
    units: Vec<Unit<'a>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

pub(super) fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

pub(super) type R = Result<(), CompileError>;

/// Structural equality for constant de-duplication (`1`, `1.0`, `True` and `-0.0` stay apart).
fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) | (Const::Imag(x), Const::Imag(y)) => {
            x.to_bits() == y.to_bits()
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| const_eq(a, b))
        }
        _ => false,
    }
}

pub(super) fn to_const(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => match i.to_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(Arc::new(i.clone())),
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Imag(*f),
        Constant::Str(s) => Const::Str(s.as_str().into()),
        Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn new(st: &'a SymbolTable, source: Arc<SourceFile>, mode: Mode) -> Self {
        Compiler {
            st,
            source,
            mode,
            units: Vec::new(),
        }
    }

    // ----- units -------------------------------------------------------------------------

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn scope(&self) -> &'a Scope {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.units.last().unwrap().scope]
    }

    pub fn current_argcount(&self) -> u32 {
        self.units.last().unwrap().argcount
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.source.lines.line(span.start) as u32
    }

    fn push_unit(
        &mut self,
        scope: ScopeId,
        kind: CodeKind,
        name: &str,
        qualname: String,
        span: Span,
    ) {
        let first_line = self.line_of(span);
        let sc = &self.st.scopes[scope];
        let mut u = Unit {
            scope,
            kind,
            name: name.into(),
            qualname,
            first_line,
            instrs: Vec::new(),
            locations: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            fblocks: Vec::new(),
            span,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
        };
        for p in &sc.params {
            u.var_map.insert(p.clone(), u.varnames.len() as u32);
            u.varnames.push(p.as_str().into());
        }
        self.units.push(u);
    }

    fn set_signature(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonly.len() as u32;
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonly.len() as u32;
        u.has_varargs = args.vararg.is_some();
        u.has_varkw = args.kwarg.is_some();
    }

    /// Parameters captured by inner scopes are copied into their cells first.
    fn copy_param_cells(&mut self) {
        let sc = self.scope();
        for (ci, cell) in sc.cellvars.iter().enumerate() {
            if let Some(pi) = sc.params.iter().position(|p| p == cell) {
                self.emit(Instr::LoadFast(pi as u32));
                self.emit(Instr::StoreDeref(ci as u32));
            }
        }
    }

    fn pop_unit(&mut self) -> Result<Arc<CodeObject>, CompileError> {
        let mut u = self.units.pop().unwrap();
        for (i, ins) in u.instrs.iter_mut().enumerate() {
            if let Some(t) = verify::jump_target_mut(ins) {
                let target = u.labels[*t as usize];
                if target == UNBOUND {
                    return Err(err(
                        format!("internal compiler error: unbound label at {}", i),
                        u.span,
                    ));
                }
                *t = target;
            }
        }
        let max_stack = verify::max_depth(&u.instrs).map_err(|e| {
            err(
                format!("internal compiler error in {}: {}", u.qualname, e),
                u.span,
            )
        })?;
        let sc = &self.st.scopes[u.scope];
        let code = CodeObject {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname.as_str().into(),
            source: self.source.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            locations: u.locations,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.iter().map(|s| s.as_str().into()).collect(),
            freevars: u.freevars.iter().map(|s| s.as_str().into()).collect(),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            has_varargs: u.has_varargs,
            has_varkw: u.has_varkw,
            is_generator: sc.is_generator,
            max_stack,
        };
        Ok(Arc::new(code))
    }

    /// `return None` at the end of a body, unless control cannot reach the end.
    fn implicit_return(&mut self) {
        let u = self.u();
        let end = u.instrs.len() as u32;
        let terminated = matches!(
            u.instrs.last(),
            Some(Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise | Instr::Jump(_))
        );
        if !terminated || u.labels.contains(&end) {
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
    }

    // ----- emission ----------------------------------------------------------------------

    pub fn emit(&mut self, i: Instr) {
        let u = self.u();
        u.instrs.push(i);
        u.locations.push(u.span);
    }

    /// Sets the span attached to following instructions; returns the previous one.
    pub fn set_span(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.u().span, span)
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(UNBOUND);
        (u.labels.len() - 1) as Label
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l as usize] = u.instrs.len() as u32;
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if !matches!(c, Const::Code(_)) {
            if let Some(i) = u.consts.iter().position(|k| const_eq(k, &c)) {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    pub fn load_const(&mut self, c: Const) {
        let k = self.add_const(c);
        self.emit(Instr::LoadConst(k));
    }

    pub fn load_str(&mut self, s: &str) {
        self.load_const(Const::Str(s.into()));
    }

    pub fn add_name(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_map.get(n) {
            return i;
        }
        u.names.push(n.into());
        u.name_map.insert(n.to_string(), (u.names.len() - 1) as u32);
        (u.names.len() - 1) as u32
    }

    /// Attribute names are mangled like identifiers (`self.__x` in class C is `_C__x`).
    pub fn attr_name(&mut self, attr: &str) -> u32 {
        let m = mangle(self.scope().private.as_deref(), attr);
        self.add_name(&m)
    }

    fn varname(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_map.get(n) {
            return i;
        }
        u.varnames.push(n.into());
        u.var_map
            .insert(n.to_string(), (u.varnames.len() - 1) as u32);
        (u.varnames.len() - 1) as u32
    }

    /// Index of a cell or free variable in this unit's cell slots.
    pub fn deref_index(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.cellvars.iter().position(|c| c == n) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| c == n) {
            return (u.cellvars.len() + i) as u32;
        }
        // The symbol table always declares these; fall back to a new free slot defensively.
        u.freevars.push(n.to_string());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    /// Emits the load/store/delete of a name as the symbol table classifies it.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) {
        let sc = self.scope();
        let m = mangle(sc.private.as_deref(), name);
        let is_fn = sc.kind.is_function();
        let sym = sc.sym(&m);
        let ins = match sym {
            Sym::Local if is_fn => {
                let i = self.varname(&m);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Sym::Free | Sym::Cell => {
                let i = self.deref_index(&m);
                match ctx {
                    Ctx::Load if sc.kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    Ctx::Load => Instr::LoadDeref(i),
                    Ctx::Store => Instr::StoreDeref(i),
                    Ctx::Del => Instr::DeleteDeref(i),
                }
            }
            Sym::GlobalExplicit | Sym::GlobalImplicit if sym == Sym::GlobalExplicit || is_fn => {
                let i = self.add_name(&m);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.add_name(&m);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(ins);
    }

    /// CPython's `__qualname__` of a function or class named `name` defined here.
    pub fn qualname_for(&self, name: &str) -> String {
        let sc = self.scope();
        let u = self.units.last().unwrap();
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            _ if sc.sym(&mangle(sc.private.as_deref(), name)) == Sym::GlobalExplicit => {
                name.to_string()
            }
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes the closure tuple (if the code has free variables), the code, and `MakeFunction`.
    fn make_function(&mut self, code: Arc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.deref_index(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns MakeFunction flags.
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 0x01;
        }
        let mut n = 0;
        for (a, d) in args.kwonly.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let m = mangle(self.scope().private.as_deref(), &a.name);
                self.load_str(&m);
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    // ----- scopes that make code objects -------------------------------------------------

    pub fn compile_module(&mut self, m: &'a Module) -> Result<Arc<CodeObject>, CompileError> {
        let span = m.body.first().map(|s| s.span).unwrap_or_default();
        self.push_unit(0, CodeKind::Module, "<module>", "<module>".into(), span);
        self.u().first_line = 1;
        if self.mode == Mode::Eval {
            match m.body.as_slice() {
                [Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }] => {
                    self.expr(e)?;
                    self.emit(Instr::ReturnValue);
                }
                _ => return Err(err("invalid syntax", span)),
            }
        } else {
            self.body_with_doc(&m.body)?;
            if let Some(last) = m.body.last() {
                self.set_span(last.span);
            }
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
        self.pop_unit()
    }

    /// Module and class bodies: a leading string literal is stored as `__doc__`.
    fn body_with_doc(&mut self, body: &'a [Stmt]) -> R {
        let mut rest = body;
        if self.mode != Mode::Single {
            if let Some(doc) = docstring(body) {
                self.set_span(body[0].span);
                self.load_str(doc);
                let i = self.add_name("__doc__");
                self.emit(Instr::StoreName(i));
                rest = &body[1..];
            }
        }
        self.stmts(rest)
    }

    pub fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> R {
        let mut first = span;
        for d in &f.decorators {
            self.expr(d)?;
            if d.span.start < first.start {
                first = Span::new(d.span.start as usize, d.span.end as usize);
            }
        }
        self.set_span(span);
        let flags = self.defaults(&f.args)?;
        let scope = self.st.scope_of(NodeKey::func(f));
        let qualname = self.qualname_for(&f.name);
        self.push_unit(scope, CodeKind::Function, &f.name, qualname, first);
        self.set_signature(&f.args);
        let doc = docstring(&f.body);
        self.add_const(match doc {
            Some(d) => Const::Str(d.into()),
            None => Const::None,
        });
        self.set_span(span);
        self.copy_param_cells();
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        if let Some(last) = f.body.last() {
            self.set_span(last.span);
        }
        self.implicit_return();
        let code = self.pop_unit()?;
        self.set_span(span);
        self.make_function(code, flags);
        for d in f.decorators.iter().rev() {
            self.set_span(d.span);
            self.emit(Instr::CallFunction(1));
        }
        self.set_span(span);
        self.name_op(&f.name, Ctx::Store);
        Ok(())
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let flags = self.defaults(args)?;
        let scope = self.st.scope_of(NodeKey::expr(e));
        let qualname = self.qualname_for("<lambda>");
        self.push_unit(scope, CodeKind::Function, "<lambda>", qualname, e.span);
        self.set_signature(args);
        self.add_const(Const::None);
        self.copy_param_cells();
        self.expr(body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.make_function(code, flags);
        Ok(())
    }

    pub fn class_def(&mut self, c: &'a ClassDef, span: Span) -> R {
        let mut first = span;
        for d in &c.decorators {
            self.expr(d)?;
            if d.span.start < first.start {
                first = d.span;
            }
        }
        self.set_span(span);
        self.emit(Instr::LoadBuildClass);
        let scope = self.st.scope_of(NodeKey::class(c));
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, CodeKind::ClassBody, &c.name, qualname.clone(), first);
        let i = self.add_name("__name__");
        self.emit(Instr::LoadName(i));
        let i = self.add_name("__module__");
        self.emit(Instr::StoreName(i));
        self.load_str(&qualname);
        let i = self.add_name("__qualname__");
        self.emit(Instr::StoreName(i));
        self.body_with_doc(&c.body)?;
        if let Some(last) = c.body.last() {
            self.set_span(last.span);
        }
        if self.scope().needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(Instr::LoadClosure(i));
            let n = self.add_name("__classcell__");
            self.emit(Instr::StoreName(n));
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.set_span(span);
        self.make_function(code, 0);
        self.load_str(&c.name);
        self.call_args(2, &c.bases, &c.keywords)?;
        for d in c.decorators.iter().rev() {
            self.set_span(d.span);
            self.emit(Instr::CallFunction(1));
        }
        self.set_span(span);
        self.name_op(&c.name, Ctx::Store);
        Ok(())
    }

    /// List/set/dict comprehensions and generator expressions: a nested function called with
    /// the iterator of the outermost iterable as its single argument `.0`.
    pub fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let scope = self.st.scope_of(NodeKey::expr(e));
        let name = self.st.scopes[scope].name.clone();
        let qualname = self.qualname_for(&name);
        self.push_unit(scope, CodeKind::Function, &name, qualname, e.span);
        {
            let u = self.u();
            u.argcount = 1;
        }
        self.copy_param_cells();
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_loop(kind, gens, 0, elt, value)?;
        self.set_span(e.span);
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.make_function(code, 0);
        self.expr(&gens[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::CallFunction(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.set_span(g.iter.span);
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.set_span(g.iter.span);
        self.emit(Instr::ForIter(end));
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            self.expr(elt)?;
            self.set_span(elt.span);
            match kind {
                CompKind::List => self.emit(Instr::ListAppend(depth)),
                CompKind::Set => self.emit(Instr::SetAdd(depth)),
                CompKind::Dict => {
                    self.expr(value.unwrap())?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit(Instr::Jump(start));
        self.bind(end);
        Ok(())
    }
}
