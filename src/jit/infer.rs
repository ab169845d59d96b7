//! Type inference: lowers one function's AST, for one signature of argument types, to typed
//! IR. Locals get one type each, found by iterating to a fixpoint with Numba's unification
//! (int64 + float64 → float64); globals are frozen at compile time. Guarantees: either a
//! `tir::Func` that passes `tir::verify`, or a `JitError` naming the construct, the variable
//! and the conflicting types at a source span — never a panic.

use super::tir::{BinOp, Callee, CmpOp, Expr, ExprKind, Func, Local, LocalId, MathFn, Stmt};
use super::types::{arith, unify, Ty};
use crate::runtime::Value;
use crate::syntax::ast::{self, Span};
use num_traits::ToPrimitive;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrKind {
    /// Types that cannot be unified or an operation on types it does not accept.
    Typing,
    /// A construct this compiler does not handle.
    Unsupported,
}

#[derive(Clone, Debug)]
pub struct JitError {
    pub kind: ErrKind,
    pub msg: String,
    pub span: Span,
}

type R<T> = Result<T, JitError>;

#[path = "infer_cuda.rs"]
mod cuda;

#[path = "infer_alloc.rs"]
mod alloc;

#[path = "infer_view.rs"]
mod view;

#[path = "infer_map.rs"]
mod map;

fn typing<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(JitError {
        kind: ErrKind::Typing,
        msg: msg.into(),
        span,
    })
}

fn unsupported<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(JitError {
        kind: ErrKind::Unsupported,
        msg: msg.into(),
        span,
    })
}

/// What a global name of the function refers to at compile time.
#[derive(Clone)]
pub enum Global {
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A module: `math`, `numpy`, `numba` (by module name).
    Module(String),
    /// A built-in function by name (`sqrt` from `from math import sqrt`, `prange`).
    Builtin(String),
    /// Another compiled function (a dispatcher).
    Dispatcher(Value),
    /// An exception class (`raise ValueError("...")`).
    Exception(Value),
    /// A tuple of int, float and bool constants (frozen like the scalars).
    Tuple(Vec<Global>),
    /// Some other object, by type name.
    Other(String),
    Missing,
}

/// What inference needs from the outside world: global lookups and other compiled functions.
pub trait Env {
    fn global(&self, name: &str) -> Global;
    /// True when `d` is the dispatcher of the function being compiled.
    fn is_self(&self, d: &Value) -> bool;
    /// Compiles `d` for `args`: its internal-ABI address, return type and name.
    fn compile_callee(&self, d: &Value, args: &[Ty], span: Span) -> R<(usize, Ty, String)>;
    /// Binds a call of the compiled function `d` with `npos` positional arguments and the
    /// keyword arguments `kw` to its parameters: per parameter, which argument (positional
    /// ones first, then the keywords in order) or which default. `Err`: the TypeError text.
    fn bind_call(&self, d: &Value, npos: usize, kw: &[&str]) -> Result<Vec<Binding>, String> {
        let _ = (d, kw);
        Ok((0..npos).map(Binding::Arg).collect())
    }
}

/// Where a parameter's value comes from in a compiled call (`Env::bind_call`).
#[derive(Clone)]
pub enum Binding {
    Arg(usize),
    Default(Global),
}

impl From<Value> for Binding {
    fn from(v: Value) -> Binding {
        Binding::Default(match v {
            Value::Int(i) => Global::Int(i),
            Value::Float(x) => Global::Float(x),
            Value::Bool(b) => Global::Bool(b),
            Value::None => Global::Other("NoneType".into()),
            other => Global::Other(crate::runtime::types::class_of(&other).name.to_string()),
        })
    }
}

pub struct Options {
    pub parallel: bool,
}

struct Infer<'a> {
    env: &'a dyn Env,
    name: String,
    args: Vec<Ty>,
    locals: Vec<Local>,
    by_name: HashMap<String, LocalId>,
    ret: Ty,
    changed: bool,
    /// The first read of a variable whose type is not known yet in this pass.
    unknown: Option<(String, Span)>,
    writes: Vec<bool>,
    parallel: bool,
    temps: usize,
}

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

fn unknown(span: Span) -> Expr {
    mk(ExprKind::Int(0), Ty::Unknown, span)
}

/// Lowers `def` for argument types `args`.
pub fn infer(def: &ast::FunctionDef, args: &[Ty], env: &dyn Env, opts: &Options) -> R<Func> {
    let a = &def.args;
    if !a.posonly.is_empty() || a.vararg.is_some() || a.kwarg.is_some() || !a.kwonly.is_empty() {
        return unsupported(
            "only plain positional parameters are supported",
            def.args.args.first().map(|x| x.span).unwrap_or_default(),
        );
    }
    let mut inf = Infer {
        env,
        name: def.name.clone(),
        args: args.to_vec(),
        locals: Vec::new(),
        by_name: HashMap::new(),
        ret: Ty::Unknown,
        changed: false,
        unknown: None,
        writes: vec![false; args.len()],
        parallel: opts.parallel,
        temps: 0,
    };
    for (p, t) in a.args.iter().zip(args) {
        inf.local(&p.name, t.clone());
    }
    let mut passes = 0;
    loop {
        passes += 1;
        inf.changed = false;
        inf.unknown = None;
        inf.temps = 0;
        let mut body = inf.block(&def.body)?;
        if !always_returns(&body) {
            let end = def.body.last().map(|s| s.span).unwrap_or_default();
            inf.unify_ret(&Ty::None, Span::new(end.end as usize, end.end as usize))?;
            body.push(Stmt::Return(mk(ExprKind::None, Ty::None, end)));
        }
        if !inf.changed {
            if let Some((name, span)) = inf.unknown.take() {
                return typing(
                    format!("cannot determine the type of '{name}' (used before it is assigned?)"),
                    span,
                );
            }
            if inf.ret == Ty::Unknown {
                return typing(
                    format!(
                        "cannot infer the return type of '{}' (recursion without a base case?)",
                        def.name
                    ),
                    def.body.first().map(|s| s.span).unwrap_or_default(),
                );
            }
            // Final pass: every type is known; returns get their casts.
            let ret = inf.ret.clone();
            let body = cast_returns(body, &ret);
            let mut f = Func {
                name: inf.name,
                args: inf.args,
                nparams: a.args.len(),
                locals: inf.locals,
                ret,
                body,
                writes: inf.writes,
            };
            if let Err(m) = super::tir::verify(&f) {
                return unsupported(format!("internal typing error: {m}"), Span::default());
            }
            if opts.parallel {
                super::parallel::outline_all(&mut f);
            }
            return Ok(f);
        }
        if passes > 50 {
            return typing("type inference did not converge", Span::default());
        }
    }
}

fn cast_returns(body: Vec<Stmt>, ret: &Ty) -> Vec<Stmt> {
    body.into_iter()
        .map(|s| match s {
            Stmt::Return(e) => Stmt::Return(cast(e, ret)),
            Stmt::If { cond, then, orelse } => Stmt::If {
                cond,
                then: cast_returns(then, ret),
                orelse: cast_returns(orelse, ret),
            },
            Stmt::While { cond, body, orelse } => Stmt::While {
                cond,
                body: cast_returns(body, ret),
                orelse: cast_returns(orelse, ret),
            },
            Stmt::ForRange {
                var,
                counter,
                stop_local,
                step_local,
                start,
                stop,
                step,
                body,
                orelse,
                parallel,
                outlined,
                span,
            } => Stmt::ForRange {
                var,
                counter,
                stop_local,
                step_local,
                start,
                stop,
                step,
                body: cast_returns(body, ret),
                orelse: cast_returns(orelse, ret),
                parallel,
                outlined,
                span,
            },
            s => s,
        })
        .collect()
}

/// True when control cannot fall off the end of `body`.
fn always_returns(body: &[Stmt]) -> bool {
    match body.last() {
        Some(Stmt::Return(_) | Stmt::Raise(_)) => true,
        Some(Stmt::If { then, orelse, .. }) => always_returns(then) && always_returns(orelse),
        Some(Stmt::While { cond, body, .. }) => {
            matches!(cond.kind, ExprKind::Bool(true)) && !has_break(body)
        }
        _ => false,
    }
}

fn has_break(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Break => true,
        Stmt::If { then, orelse, .. } => has_break(then) || has_break(orelse),
        _ => false,
    })
}

/// `e` converted to `to` (scalars convert; arrays differing in layout relabel; tuples
/// convert element by element).
fn cast(e: Expr, to: &Ty) -> Expr {
    if e.ty == *to || e.ty == Ty::Unknown || *to == Ty::Unknown {
        return e;
    }
    if (e.ty.is_scalar() && to.is_scalar()) || (e.ty.array().is_some() && to.array().is_some()) {
        let span = e.span;
        return mk(ExprKind::Cast(Box::new(e)), to.clone(), span);
    }
    match (e.kind, to) {
        (ExprKind::Tuple(items), Ty::Tuple(tys)) if items.len() == tys.len() => {
            let items = items
                .into_iter()
                .zip(tys)
                .map(|(x, t)| cast(x, t))
                .collect();
            Expr {
                kind: ExprKind::Tuple(items),
                ty: to.clone(),
                span: e.span,
            }
        }
        (kind, _) => Expr {
            kind,
            ty: to.clone(),
            span: e.span,
        },
    }
}

fn truth(e: Expr) -> Expr {
    if e.ty == Ty::Bool || e.ty == Ty::Unknown {
        return e;
    }
    let span = e.span;
    mk(ExprKind::Truth(Box::new(e)), Ty::Bool, span)
}

const MATH_FNS: &[(&str, MathFn, usize)] = &[
    ("sqrt", MathFn::Sqrt, 1),
    ("sin", MathFn::Sin, 1),
    ("cos", MathFn::Cos, 1),
    ("tan", MathFn::Tan, 1),
    ("asin", MathFn::Asin, 1),
    ("acos", MathFn::Acos, 1),
    ("atan", MathFn::Atan, 1),
    ("arcsin", MathFn::Asin, 1),
    ("arccos", MathFn::Acos, 1),
    ("arctan", MathFn::Atan, 1),
    ("atan2", MathFn::Atan2, 2),
    ("arctan2", MathFn::Atan2, 2),
    ("sinh", MathFn::Sinh, 1),
    ("cosh", MathFn::Cosh, 1),
    ("tanh", MathFn::Tanh, 1),
    ("exp", MathFn::Exp, 1),
    ("expm1", MathFn::Expm1, 1),
    ("log", MathFn::Log, 1),
    ("log2", MathFn::Log2, 1),
    ("log10", MathFn::Log10, 1),
    ("log1p", MathFn::Log1p, 1),
    ("pow", MathFn::Pow, 2),
    ("power", MathFn::Pow, 2),
    ("hypot", MathFn::Hypot, 2),
    ("copysign", MathFn::Copysign, 2),
    ("fmod", MathFn::Fmod, 2),
    ("fabs", MathFn::Fabs, 1),
    ("floor", MathFn::Floor, 1),
    ("ceil", MathFn::Ceil, 1),
    ("trunc", MathFn::Trunc, 1),
    ("isnan", MathFn::IsNan, 1),
    ("isinf", MathFn::IsInf, 1),
    ("isfinite", MathFn::IsFinite, 1),
    ("erf", MathFn::Erf, 1),
    ("erfc", MathFn::Erfc, 1),
    ("gamma", MathFn::Gamma, 1),
    ("lgamma", MathFn::Lgamma, 1),
    ("rint", MathFn::Rint, 1),
];

fn const_of(module: &str, name: &str) -> Option<f64> {
    if module != "math" && module != "numpy" {
        return None;
    }
    Some(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" if module == "math" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    })
}

/// A callable known to the compiler.
enum Fn_ {
    Math { module: String, name: String },
    Builtin(String),
    Dispatcher(Value),
}

impl<'a> Infer<'a> {
    fn local(&mut self, name: &str, ty: Ty) -> LocalId {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = self.locals.len();
        self.locals.push(Local {
            name: name.to_string(),
            ty,
        });
        self.by_name.insert(name.to_string(), id);
        id
    }

    /// A hidden local (loop counters, unpacking temporaries); the same names each pass.
    fn temp(&mut self, what: &str, ty: Ty) -> LocalId {
        self.temps += 1;
        let name = format!("${what}{}", self.temps);
        let id = self.local(&name, Ty::Unknown);
        self.assign_ty(id, &ty, Span::default()).unwrap_or(());
        id
    }

    fn assign_ty(&mut self, id: LocalId, t: &Ty, span: Span) -> R<()> {
        let old = self.locals[id].ty.clone();
        match unify(&old, t) {
            Some(new) => {
                if new != old {
                    self.locals[id].ty = new;
                    self.changed = true;
                }
                Ok(())
            }
            None => typing(
                format!("cannot unify {old} and {t} for '{}'", self.locals[id].name),
                span,
            ),
        }
    }

    fn unify_ret(&mut self, t: &Ty, span: Span) -> R<()> {
        match unify(&self.ret, t) {
            Some(new) => {
                if new != self.ret {
                    self.ret = new;
                    self.changed = true;
                }
                Ok(())
            }
            None => typing(
                format!(
                    "cannot unify {} and {t} for the return value of '{}'",
                    self.ret, self.name
                ),
                span,
            ),
        }
    }

    fn block(&mut self, body: &[ast::Stmt]) -> R<Vec<Stmt>> {
        let mut out = Vec::new();
        for s in body {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    fn assign_name(&mut self, name: &str, e: Expr, span: Span, out: &mut Vec<Stmt>) -> R<()> {
        let id = self.local(name, Ty::Unknown);
        if !e.ty.is_scalar() && e.ty != Ty::Unknown && e.ty.array().is_none() {
            if let Ty::Tuple(items) = &e.ty {
                if items.iter().any(|t| t.array().is_some()) {
                    return unsupported(
                        format!(
                            "keeping a tuple holding arrays in '{name}' (unpack it or return it)"
                        ),
                        span,
                    );
                }
            } else {
                return typing(
                    format!("cannot assign a value of type {} to '{name}'", e.ty),
                    span,
                );
            }
        }
        self.assign_ty(id, &e.ty, span)?;
        let t = self.locals[id].ty.clone();
        out.push(Stmt::Assign(id, cast(e, &t)));
        Ok(())
    }

    fn mark_write(&mut self, arr: &Expr) {
        match arr.kind {
            ExprKind::Local(id) if id < self.writes.len() => self.writes[id] = true,
            _ => self.writes.iter_mut().for_each(|w| *w = true),
        }
        // A local array may alias any parameter: be conservative.
        if let ExprKind::Local(id) = arr.kind {
            if id >= self.writes.len() {
                self.writes.iter_mut().for_each(|w| *w = true);
            }
        }
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) -> R<()> {
        use ast::StmtKind as K;
        match &s.kind {
            K::Expr(e) => {
                if let ast::ExprKind::Constant(ast::Constant::Str(_)) = e.kind {
                    return Ok(()); // a docstring
                }
                if self.fill_stmt(e, out)? {
                    return Ok(());
                }
                let e = self.expr(e)?;
                out.push(Stmt::Expr(e));
            }
            K::Pass => {}
            K::Assign { targets, value } => {
                let v = self.expr(value)?;
                if targets.len() == 1 {
                    return self.store(&targets[0], v, out);
                }
                let t = self.temp("chain", v.ty.clone());
                let tt = self.locals[t].ty.clone();
                let span = v.span;
                out.push(Stmt::Assign(t, cast(v, &tt)));
                for target in targets {
                    let e = mk(ExprKind::Local(t), tt.clone(), span);
                    self.store(target, e, out)?;
                }
            }
            K::AnnAssign {
                target,
                value: Some(value),
                ..
            } => {
                let v = self.expr(value)?;
                self.store(target, v, out)?;
            }
            K::AugAssign { target, op, value } => {
                let cur = self.expr(target)?;
                let v = self.expr(value)?;
                if cur.ty.array().is_some() {
                    // `a += b` on an array updates it in place, as in NumPy.
                    let r = self.binop(*op, cur.clone(), v, s.span)?;
                    self.mark_write(&cur);
                    if r.ty != Ty::Unknown {
                        out.push(Stmt::SetItem {
                            arr: cur,
                            idx: Vec::new(),
                            value: r,
                        });
                    }
                    return Ok(());
                }
                let r = self.binop(*op, cur, v, s.span)?;
                self.store(target, r, out)?;
            }
            K::If { test, body, orelse } => {
                let cond = truth(self.cond(test)?);
                let then = self.block(body)?;
                let orelse = self.block(orelse)?;
                out.push(Stmt::If { cond, then, orelse });
            }
            K::While { test, body, orelse } => {
                let cond = truth(self.cond(test)?);
                let body = self.block(body)?;
                let orelse = self.block(orelse)?;
                out.push(Stmt::While { cond, body, orelse });
            }
            K::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_range(target, iter, body, orelse, s.span, out)?,
            K::Break => out.push(Stmt::Break),
            K::Continue => out.push(Stmt::Continue),
            K::Return(v) => {
                let e = match v {
                    Some(v) => self.expr(v)?,
                    None => mk(ExprKind::None, Ty::None, s.span),
                };
                if e.ty != Ty::Unknown {
                    self.unify_ret(&e.ty, e.span)?;
                }
                out.push(Stmt::Return(e));
            }
            K::FunctionDef(_) => return unsupported("nested function definitions", s.span),
            K::ClassDef(_) => return unsupported("class definitions", s.span),
            K::Try { .. } => return unsupported("try statements", s.span),
            K::With { .. } => return unsupported("with statements", s.span),
            K::Raise { exc, cause: _ } => {
                let id = self.raise_entry(exc.as_ref(), s.span)?;
                out.push(Stmt::Raise(id));
            }
            K::Assert { test, msg } => {
                let c = truth(self.cond(test)?);
                let args = match msg {
                    Some(m) => vec![self.const_arg(m)?],
                    None => Vec::new(),
                };
                let class =
                    Value::Class(crate::runtime::types::types().exception("AssertionError"));
                let id = crate::jit::raise::register(class, args);
                let span = c.span;
                out.push(Stmt::If {
                    cond: mk(ExprKind::Not(Box::new(c)), Ty::Bool, span),
                    then: vec![Stmt::Raise(id)],
                    orelse: Vec::new(),
                });
            }
            K::Global(_) | K::Nonlocal(_) => {
                return unsupported("global/nonlocal declarations", s.span)
            }
            _ => return unsupported("this statement", s.span),
        }
        Ok(())
    }

    /// The `jit::raise` entry for `raise exc`: an exception class, or a call of one with
    /// constant arguments (as Numba requires).
    fn raise_entry(&mut self, exc: Option<&ast::Expr>, span: Span) -> R<i64> {
        let Some(exc) = exc else {
            return unsupported("a bare raise", span);
        };
        let (callee, args) = match &exc.kind {
            ast::ExprKind::Call { func, args, .. } => (&**func, args.as_slice()),
            _ => (exc, &[][..]),
        };
        let class = match &callee.kind {
            ast::ExprKind::Name(n) => match self.env.global(n) {
                Global::Exception(c) => c,
                _ => return typing(format!("'{n}' is not an exception class"), callee.span),
            },
            _ => return unsupported("raising this expression", exc.span),
        };
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.const_arg(a)?);
        }
        Ok(crate::jit::raise::register(class, vals))
    }

    /// A constant exception argument: a str, int, float, bool or None literal.
    fn const_arg(&mut self, e: &ast::Expr) -> R<Value> {
        use ast::Constant as C;
        match &e.kind {
            ast::ExprKind::Constant(C::Str(s)) => Ok(Value::string(s.clone())),
            ast::ExprKind::Constant(C::Int(i)) => Ok(Value::from_bigint(i.clone())),
            ast::ExprKind::Constant(C::Float(x)) => Ok(Value::Float(*x)),
            ast::ExprKind::Constant(C::Bool(b)) => Ok(Value::Bool(*b)),
            ast::ExprKind::Constant(C::None) => Ok(Value::None),
            _ => unsupported(
                "exception arguments that are not constants (Numba requires constants)",
                e.span,
            ),
        }
    }

    fn cond(&mut self, e: &ast::Expr) -> R<Expr> {
        let c = self.expr(e)?;
        if c.ty != Ty::Unknown && !c.ty.is_scalar() {
            return typing(
                format!("cannot use a value of type {} as a condition", c.ty),
                c.span,
            );
        }
        Ok(c)
    }

    fn store(&mut self, target: &ast::Expr, v: Expr, out: &mut Vec<Stmt>) -> R<()> {
        use ast::ExprKind as E;
        match &target.kind {
            E::Name(n) => self.assign_name(n, v, target.span, out),
            E::Subscript { value, index } => {
                let arr = self.expr(value)?;
                if arr.ty == Ty::Unknown {
                    return Ok(());
                }
                let Some(at) = arr.ty.array() else {
                    return typing(
                        format!("cannot assign to an item of {}", arr.ty),
                        target.span,
                    );
                };
                if self.is_view_index(index, at.ndim as usize) {
                    return self.store_view(arr, index, v, target.span, out);
                }
                let idx = self.indices(index, at.ndim as usize, target.span)?;
                if v.ty != Ty::Unknown && !v.ty.is_scalar() {
                    return typing(
                        format!("cannot store {} into an element of {}", v.ty, arr.ty),
                        v.span,
                    );
                }
                self.mark_write(&arr);
                let v = cast(v, &Ty::of_elem(at.dtype));
                out.push(Stmt::SetItem { arr, idx, value: v });
                Ok(())
            }
            E::Tuple(names) | E::List(names) => {
                let items: Vec<Expr> = match (v.kind, &v.ty) {
                    (ExprKind::Tuple(items), _) => items,
                    (_, Ty::Unknown) => return Ok(()),
                    (kind, Ty::Tuple(tys)) => {
                        // A tuple value (a call's result, a tuple local): keep it in a
                        // temporary, then take its items.
                        let tys = tys.clone();
                        let span = v.span;
                        let tt = Ty::Tuple(tys.clone());
                        if tys.iter().any(|t| !t.is_scalar()) {
                            return unsupported(format!("unpacking a {tt} held in a value"), span);
                        }
                        let t = self.temp("tuple", tt.clone());
                        out.push(Stmt::Assign(t, mk(kind, tt.clone(), span)));
                        (0..tys.len())
                            .map(|k| {
                                mk(
                                    ExprKind::TupleGet(
                                        Box::new(mk(ExprKind::Local(t), tt.clone(), span)),
                                        Box::new(mk(ExprKind::Int(k as i64), Ty::Int, span)),
                                    ),
                                    tys[k].clone(),
                                    span,
                                )
                            })
                            .collect()
                    }
                    (_, t) => return typing(format!("cannot unpack a value of type {t}"), v.span),
                };
                if items.len() != names.len() {
                    return typing(
                        format!(
                            "cannot unpack {} values into {} targets",
                            items.len(),
                            names.len()
                        ),
                        v.span,
                    );
                }
                // Evaluate every value before assigning any (`a, b = b, a`).
                let mut temps = Vec::new();
                for e in items {
                    let t = self.temp("unpack", e.ty.clone());
                    let tt = self.locals[t].ty.clone();
                    let span = e.span;
                    out.push(Stmt::Assign(t, cast(e, &tt)));
                    temps.push(mk(ExprKind::Local(t), tt, span));
                }
                for (n, e) in names.iter().zip(temps) {
                    self.store(n, e, out)?;
                }
                Ok(())
            }
            _ => unsupported("this assignment target", target.span),
        }
    }

    /// Whether `a[index]` is a view: fewer indices than axes, or a slice; a local tuple
    /// index stands for one index per axis.
    fn is_view_index(&self, index: &ast::Expr, ndim: usize) -> bool {
        if let ast::ExprKind::Name(n) = &index.kind {
            if let Some(&id) = self.by_name.get(n) {
                if matches!(self.locals[id].ty, Ty::Tuple(_)) {
                    return false;
                }
            }
        }
        view::is_view(index, ndim)
    }

    fn indices(&mut self, index: &ast::Expr, ndim: usize, span: Span) -> R<Vec<Expr>> {
        // `a[idx]` with `idx` a local tuple of ints, one per axis.
        if let ast::ExprKind::Name(n) = &index.kind {
            if let Some(&id) = self.by_name.get(n) {
                if let Ty::Tuple(ts) = self.locals[id].ty.clone() {
                    if ts.len() != ndim || ts.iter().any(|t| *t != Ty::Int) {
                        return typing(
                            format!("indexing a {ndim}-d array with a {}", Ty::Tuple(ts)),
                            index.span,
                        );
                    }
                    let tt = Ty::Tuple(ts);
                    return Ok((0..ndim)
                        .map(|k| {
                            mk(
                                ExprKind::TupleGet(
                                    Box::new(mk(ExprKind::Local(id), tt.clone(), index.span)),
                                    Box::new(mk(ExprKind::Int(k as i64), Ty::Int, index.span)),
                                ),
                                Ty::Int,
                                index.span,
                            )
                        })
                        .collect());
                }
            }
        }
        let parts: Vec<&ast::Expr> = match &index.kind {
            ast::ExprKind::Tuple(v) => v.iter().collect(),
            _ => vec![index],
        };
        let mut idx = Vec::new();
        for p in parts {
            if let ast::ExprKind::Slice { .. } = p.kind {
                return unsupported("slicing arrays in compiled code", p.span);
            }
            let e = self.expr(p)?;
            match e.ty {
                Ty::Int | Ty::Unknown => idx.push(cast(e, &Ty::Int)),
                ref t => return typing(format!("array index must be an integer, not {t}"), e.span),
            }
        }
        if idx.len() != ndim {
            return unsupported(
                format!("indexing a {ndim}-d array with {} indices (views are not supported in compiled code)", idx.len()),
                span,
            );
        }
        Ok(idx)
    }

    fn range_args(&mut self, iter: &ast::Expr) -> R<Option<(Vec<Expr>, bool)>> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return Ok(None);
        };
        let Some(f) = self.callable(func)? else {
            return Ok(None);
        };
        let parallel = match f {
            Fn_::Builtin(n) if n == "range" => false,
            Fn_::Builtin(n) if n == "prange" => true,
            _ => return Ok(None),
        };
        if !keywords.is_empty() || args.is_empty() || args.len() > 3 {
            return typing("range() takes 1 to 3 positional arguments", iter.span);
        }
        let mut v = Vec::new();
        for a in args {
            let e = self.expr(a)?;
            match e.ty {
                Ty::Int | Ty::Bool | Ty::Unknown => v.push(cast(e, &Ty::Int)),
                ref t => {
                    return typing(
                        format!("range() arguments must be integers, not {t}"),
                        e.span,
                    )
                }
            }
        }
        Ok(Some((v, parallel)))
    }

    fn for_range(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let ast::ExprKind::Name(name) = &target.kind else {
            return unsupported("a for loop target that is not a name", target.span);
        };
        let Some((args, parallel)) = self.range_args(iter)? else {
            return self.for_array(name, target.span, iter, body, orelse, span, out);
        };
        let mut it = args.into_iter();
        let z = |s| mk(ExprKind::Int(0), Ty::Int, s);
        let o = |s| mk(ExprKind::Int(1), Ty::Int, s);
        let (start, stop, step) = match it.len() {
            1 => (
                z(iter.span),
                it.next().unwrap_or_else(|| z(iter.span)),
                o(iter.span),
            ),
            2 => {
                let a = it.next().unwrap_or_else(|| z(iter.span));
                (a, it.next().unwrap_or_else(|| z(iter.span)), o(iter.span))
            }
            _ => {
                let a = it.next().unwrap_or_else(|| z(iter.span));
                let b = it.next().unwrap_or_else(|| z(iter.span));
                (a, b, it.next().unwrap_or_else(|| o(iter.span)))
            }
        };
        let var = self.local(name, Ty::Unknown);
        self.assign_ty(var, &Ty::Int, target.span)?;
        let counter = self.temp("counter", Ty::Int);
        let stop_local = self.temp("stop", Ty::Int);
        let step_local = self.temp("step", Ty::Int);
        let body = self.block(body)?;
        let orelse = self.block(orelse)?;
        out.push(Stmt::ForRange {
            var,
            counter,
            stop_local,
            step_local,
            start,
            stop,
            step,
            body,
            orelse,
            parallel: parallel && self.parallel,
            outlined: None,
            span,
        });
        Ok(())
    }

    /// `for x in a` over a 1-d array: a hidden index counts over `a.shape[0]` and each
    /// iteration starts with `x = a[i]`.
    #[allow(clippy::too_many_arguments)]
    fn for_array(
        &mut self,
        name: &str,
        target_span: Span,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let arr = self.expr(iter)?;
        let at = match &arr.ty {
            Ty::Unknown => return Ok(()),
            Ty::Tuple(ts) => {
                let ts = ts.clone();
                return self.for_tuple(name, target_span, arr, &ts, body, orelse, span, out);
            }
            Ty::Array(at) if at.ndim == 1 => *at,
            Ty::Array(at) => {
                return unsupported(
                    format!(
                        "iterating over a {}-d array (index it, or iterate over range(a.shape[0]))",
                        at.ndim
                    ),
                    iter.span,
                )
            }
            _ => {
                return unsupported(
                    "for loops over anything but range()/prange(), a 1-d array or a tuple",
                    iter.span,
                )
            }
        };
        let arr = match arr.kind {
            ExprKind::Local(_) => arr,
            _ => {
                let t = self.temp("iterable", arr.ty.clone());
                let (ty, sp) = (arr.ty.clone(), arr.span);
                out.push(Stmt::Assign(t, arr));
                mk(ExprKind::Local(t), ty, sp)
            }
        };
        let idx = self.temp("index", Ty::Int);
        let counter = self.temp("counter", Ty::Int);
        let stop_local = self.temp("stop", Ty::Int);
        let step_local = self.temp("step", Ty::Int);
        let var = self.local(name, Ty::Unknown);
        let elem = Ty::of_elem(at.dtype);
        self.assign_ty(var, &elem, target_span)?;
        let vt = self.locals[var].ty.clone();
        let item = mk(
            ExprKind::Index(
                Box::new(arr.clone()),
                vec![mk(ExprKind::Local(idx), Ty::Int, iter.span)],
            ),
            elem,
            iter.span,
        );
        let mut stmts = vec![Stmt::Assign(var, cast(item, &vt))];
        stmts.extend(self.block(body)?);
        let orelse = self.block(orelse)?;
        let isp = iter.span;
        out.push(Stmt::ForRange {
            var: idx,
            counter,
            stop_local,
            step_local,
            start: mk(ExprKind::Int(0), Ty::Int, isp),
            stop: mk(ExprKind::Shape(Box::new(arr), 0), Ty::Int, isp),
            step: mk(ExprKind::Int(1), Ty::Int, isp),
            body: stmts,
            orelse,
            parallel: false,
            outlined: None,
            span,
        });
        Ok(())
    }

    /// `for x in t` over a homogeneous tuple of scalars: a hidden index counts over its
    /// length and each iteration starts with `x = t[i]`.
    #[allow(clippy::too_many_arguments)]
    fn for_tuple(
        &mut self,
        name: &str,
        target_span: Span,
        tup: Expr,
        tys: &[Ty],
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let isp = tup.span;
        let Some(elem) = tys.first().cloned() else {
            // Iterating over (): the body never runs.
            let orelse = self.block(orelse)?;
            out.extend(orelse);
            return Ok(());
        };
        if tys.iter().any(|t| *t != elem || !t.is_scalar()) {
            return unsupported(format!("iterating over the heterogeneous {}", tup.ty), isp);
        }
        let tt = tup.ty.clone();
        let t = self.temp("iterable", tt.clone());
        out.push(Stmt::Assign(t, tup));
        let idx = self.temp("index", Ty::Int);
        let counter = self.temp("counter", Ty::Int);
        let stop_local = self.temp("stop", Ty::Int);
        let step_local = self.temp("step", Ty::Int);
        let var = self.local(name, Ty::Unknown);
        self.assign_ty(var, &elem, target_span)?;
        let vt = self.locals[var].ty.clone();
        let item = mk(
            ExprKind::TupleGet(
                Box::new(mk(ExprKind::Local(t), tt, isp)),
                Box::new(mk(ExprKind::Local(idx), Ty::Int, isp)),
            ),
            elem,
            isp,
        );
        let mut stmts = vec![Stmt::Assign(var, cast(item, &vt))];
        stmts.extend(self.block(body)?);
        let orelse = self.block(orelse)?;
        out.push(Stmt::ForRange {
            var: idx,
            counter,
            stop_local,
            step_local,
            start: mk(ExprKind::Int(0), Ty::Int, isp),
            stop: mk(ExprKind::Int(tys.len() as i64), Ty::Int, isp),
            step: mk(ExprKind::Int(1), Ty::Int, isp),
            body: stmts,
            orelse,
            parallel: false,
            outlined: None,
            span,
        });
        Ok(())
    }

    /// What `func` names, when it is something the compiler can call.
    fn callable(&mut self, func: &ast::Expr) -> R<Option<Fn_>> {
        match &func.kind {
            ast::ExprKind::Name(n) => {
                if self.by_name.contains_key(n) {
                    return Ok(None);
                }
                Ok(match self.env.global(n) {
                    Global::Builtin(b) => Some(
                        if MATH_FNS.iter().any(|(m, _, _)| *m == b) && !matches!(b.as_str(), "pow")
                        {
                            Fn_::Math {
                                module: "math".into(),
                                name: b,
                            }
                        } else {
                            Fn_::Builtin(b)
                        },
                    ),
                    Global::Dispatcher(d) => Some(Fn_::Dispatcher(d)),
                    Global::Missing => Some(Fn_::Builtin(n.clone())),
                    _ => None,
                })
            }
            ast::ExprKind::Attribute { value, attr } => {
                let ast::ExprKind::Name(m) = &value.kind else {
                    return Ok(None);
                };
                if self.by_name.contains_key(m) {
                    return Ok(None);
                }
                Ok(match self.env.global(m) {
                    Global::Module(module) if module == "numba" && attr == "prange" => {
                        Some(Fn_::Builtin("prange".into()))
                    }
                    Global::Module(module) if module == "math" || module == "numpy" => {
                        Some(Fn_::Math {
                            module,
                            name: attr.clone(),
                        })
                    }
                    _ => None,
                })
            }
            _ => Ok(None),
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> R<Expr> {
        use ast::ExprKind as E;
        let span = e.span;
        Ok(match &e.kind {
            E::Constant(c) => match c {
                ast::Constant::Int(i) => match i.to_i64() {
                    Some(i) => mk(ExprKind::Int(i), Ty::Int, span),
                    None => return typing("integer literal does not fit in int64", span),
                },
                ast::Constant::Float(x) => mk(ExprKind::Float(*x), Ty::Float, span),
                ast::Constant::Bool(b) => mk(ExprKind::Bool(*b), Ty::Bool, span),
                ast::Constant::None => mk(ExprKind::None, Ty::None, span),
                _ => return unsupported("this kind of constant (strings, bytes, complex)", span),
            },
            E::Name(n) => self.name(n, span)?,
            E::BinOp { left, op, right } => {
                let a = self.expr(left)?;
                let b = self.expr(right)?;
                self.binop(*op, a, b, span)?
            }
            E::UnaryOp { op, operand } => {
                let a = self.expr(operand)?;
                self.unary(*op, a, span)?
            }
            E::BoolOp { op, values } => {
                let vals: Vec<Expr> = values.iter().map(|v| self.expr(v)).collect::<R<_>>()?;
                if vals.iter().any(|v| v.ty == Ty::Unknown) {
                    return Ok(unknown(span));
                }
                let mut t = vals[0].ty.clone();
                for v in &vals[1..] {
                    t = match unify(&t, &v.ty) {
                        Some(t) if t.is_scalar() => t,
                        _ => {
                            return typing(
                                format!("cannot unify {t} and {} in a boolean operation", v.ty),
                                v.span,
                            )
                        }
                    };
                }
                let mut it = vals.into_iter().rev();
                let mut acc = cast(it.next().unwrap_or_else(|| unknown(span)), &t);
                for v in it {
                    let v = cast(v, &t);
                    let kind = match op {
                        ast::BoolOp::And => ExprKind::And(Box::new(v), Box::new(acc)),
                        ast::BoolOp::Or => ExprKind::Or(Box::new(v), Box::new(acc)),
                    };
                    acc = mk(kind, t.clone(), span);
                }
                acc
            }
            E::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut prev = self.expr(left)?;
                let mut acc: Option<Expr> = None;
                for (op, c) in ops.iter().zip(comparators) {
                    let next = self.expr(c)?;
                    let cmp = self.compare(*op, prev, next.clone(), span)?;
                    acc = Some(match acc {
                        None => cmp,
                        Some(a) => mk(ExprKind::And(Box::new(a), Box::new(cmp)), Ty::Bool, span),
                    });
                    prev = next;
                }
                acc.unwrap_or_else(|| unknown(span))
            }
            E::IfExp { test, body, orelse } => {
                let c = truth(self.cond(test)?);
                let a = self.expr(body)?;
                let b = self.expr(orelse)?;
                if a.ty == Ty::Unknown || b.ty == Ty::Unknown || c.ty == Ty::Unknown {
                    return Ok(unknown(span));
                }
                let Some(t) = unify(&a.ty, &b.ty) else {
                    return typing(
                        format!(
                            "cannot unify {} and {} in a conditional expression",
                            a.ty, b.ty
                        ),
                        span,
                    );
                };
                mk(
                    ExprKind::IfExp(Box::new(c), Box::new(cast(a, &t)), Box::new(cast(b, &t))),
                    t,
                    span,
                )
            }
            E::Attribute { value, attr } => self.attribute(value, attr, span)?,
            E::Subscript { value, index } => {
                let v = self.expr(value)?;
                match &v.ty {
                    Ty::Unknown => unknown(span),
                    Ty::Array(at) if self.is_view_index(index, at.ndim as usize) => {
                        self.view(v, index, span)?
                    }
                    Ty::Array(at) => {
                        let at = *at;
                        let idx = self.indices(index, at.ndim as usize, span)?;
                        mk(
                            ExprKind::Index(Box::new(v), idx),
                            Ty::of_elem(at.dtype),
                            span,
                        )
                    }
                    Ty::Tuple(tys) => {
                        let n = tys.len() as i64;
                        let k = match &index.kind {
                            ast::ExprKind::Constant(ast::Constant::Int(k)) => k.to_i64(),
                            ast::ExprKind::UnaryOp {
                                op: ast::UnaryOp::USub,
                                operand,
                            } => match &operand.kind {
                                ast::ExprKind::Constant(ast::Constant::Int(k)) => {
                                    k.to_i64().map(|k| -k)
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        let Some(k) = k else {
                            // A run-time index: the tuple must be homogeneous.
                            let kx = self.expr(index)?;
                            let item = tys.first().cloned().unwrap_or(Ty::Unknown);
                            if kx.ty != Ty::Int && kx.ty != Ty::Bool && kx.ty != Ty::Unknown {
                                return typing(
                                    format!("tuple indices must be integers, not {}", kx.ty),
                                    index.span,
                                );
                            }
                            if tys.iter().any(|t| *t != item) {
                                return unsupported(
                                    format!(
                                        "indexing the heterogeneous {} with a non-constant index",
                                        v.ty
                                    ),
                                    index.span,
                                );
                            }
                            let kx = cast(kx, &Ty::Int);
                            return Ok(mk(
                                ExprKind::TupleGet(Box::new(v), Box::new(kx)),
                                item,
                                span,
                            ));
                        };
                        let k = if k < 0 { k + n } else { k };
                        if k < 0 || k >= n {
                            return typing("tuple index out of range", index.span);
                        }
                        match v.kind {
                            ExprKind::Tuple(mut items) => items.swap_remove(k as usize),
                            _ => {
                                let t = tys[k as usize].clone();
                                let kx = mk(ExprKind::Int(k), Ty::Int, index.span);
                                mk(ExprKind::TupleGet(Box::new(v), Box::new(kx)), t, span)
                            }
                        }
                    }
                    t => return typing(format!("cannot index a value of type {t}"), span),
                }
            }
            E::Tuple(items) => {
                let v: Vec<Expr> = items.iter().map(|x| self.expr(x)).collect::<R<_>>()?;
                if v.iter().any(|x| x.ty == Ty::Unknown) {
                    return Ok(unknown(span));
                }
                if let Some(x) = v
                    .iter()
                    .find(|x| !x.ty.is_scalar() && x.ty.array().is_none())
                {
                    return unsupported(format!("tuples holding {}", x.ty), x.span);
                }
                let ty = Ty::Tuple(v.iter().map(|x| x.ty.clone()).collect());
                mk(ExprKind::Tuple(v), ty, span)
            }
            E::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, span)?,
            E::List(_) | E::Dict { .. } | E::Set(_) => {
                return unsupported("lists, dicts and sets in compiled code", span)
            }
            E::ListComp { .. }
            | E::SetComp { .. }
            | E::DictComp { .. }
            | E::GeneratorExp { .. } => {
                return unsupported("comprehensions in compiled code", span)
            }
            E::Lambda { .. } => return unsupported("lambda in compiled code", span),
            E::FString(_) => return unsupported("strings in compiled code", span),
            _ => return unsupported("this expression", span),
        })
    }

    fn name(&mut self, n: &str, span: Span) -> R<Expr> {
        if let Some(&id) = self.by_name.get(n) {
            let t = self.locals[id].ty.clone();
            if t == Ty::Unknown && self.unknown.is_none() {
                self.unknown = Some((n.to_string(), span));
            }
            return Ok(mk(ExprKind::Local(id), t, span));
        }
        Ok(match self.env.global(n) {
            Global::Int(i) => mk(ExprKind::Int(i), Ty::Int, span),
            Global::Float(x) => mk(ExprKind::Float(x), Ty::Float, span),
            Global::Bool(b) => mk(ExprKind::Bool(b), Ty::Bool, span),
            Global::Tuple(items) => {
                let mut v = Vec::new();
                for it in items {
                    v.push(match it {
                        Global::Int(i) => mk(ExprKind::Int(i), Ty::Int, span),
                        Global::Float(x) => mk(ExprKind::Float(x), Ty::Float, span),
                        Global::Bool(b) => mk(ExprKind::Bool(b), Ty::Bool, span),
                        _ => {
                            return unsupported(
                                format!("global tuple '{n}' holding something other than numbers"),
                                span,
                            )
                        }
                    });
                }
                let ty = Ty::Tuple(v.iter().map(|x| x.ty.clone()).collect());
                mk(ExprKind::Tuple(v), ty, span)
            }
            Global::Missing => {
                return typing(format!("name '{n}' is not defined"), span);
            }
            Global::Other(t) => {
                return unsupported(
                    format!(
                        "global '{n}' of type {t} (only int, float and bool globals are frozen)"
                    ),
                    span,
                )
            }
            _ => return unsupported(format!("'{n}' used as a value"), span),
        })
    }

    fn attribute(&mut self, value: &ast::Expr, attr: &str, span: Span) -> R<Expr> {
        if let Some(e) = self.cuda_attr(value, attr, span)? {
            return Ok(e);
        }
        if let ast::ExprKind::Name(m) = &value.kind {
            if !self.by_name.contains_key(m) {
                if let Global::Module(module) = self.env.global(m) {
                    return match const_of(&module, attr) {
                        Some(x) => Ok(mk(ExprKind::Float(x), Ty::Float, span)),
                        None => unsupported(format!("'{module}.{attr}' used as a value"), span),
                    };
                }
            }
        }
        let v = self.expr(value)?;
        let at = match &v.ty {
            Ty::Unknown => return Ok(unknown(span)),
            Ty::Array(at) => *at,
            t => return typing(format!("unknown attribute '{attr}' of type {t}"), span),
        };
        Ok(match attr {
            "shape" => {
                let items = (0..at.ndim as usize)
                    .map(|k| mk(ExprKind::Shape(Box::new(v.clone()), k), Ty::Int, span))
                    .collect();
                mk(
                    ExprKind::Tuple(items),
                    Ty::Tuple(vec![Ty::Int; at.ndim as usize]),
                    span,
                )
            }
            "size" => mk(ExprKind::Size(Box::new(v)), Ty::Int, span),
            "ndim" => mk(ExprKind::Int(at.ndim as i64), Ty::Int, span),
            "T" => self.transpose(v, span),
            _ => return typing(format!("unknown attribute '{attr}' of type {}", v.ty), span),
        })
    }

    fn unary(&mut self, op: ast::UnaryOp, a: Expr, span: Span) -> R<Expr> {
        if a.ty.array().is_some() && op != ast::UnaryOp::Not {
            return self.elementwise(vec![a], span, |g, mut v| {
                let x = v.pop().expect("one operand");
                // `~` of a bool array is logical not, as in NumPy.
                let op = match (op, &x.ty) {
                    (ast::UnaryOp::Invert, Ty::Bool) => ast::UnaryOp::Not,
                    _ => op,
                };
                g.unary(op, x, span)
            });
        }
        if a.ty == Ty::Unknown {
            return Ok(unknown(span));
        }
        if !a.ty.is_scalar() {
            return typing(format!("unary operator on {}", a.ty), span);
        }
        Ok(match op {
            ast::UnaryOp::Not => mk(ExprKind::Not(Box::new(truth(a))), Ty::Bool, span),
            ast::UnaryOp::UAdd => {
                let t = if a.ty == Ty::Bool {
                    Ty::Int
                } else {
                    a.ty.clone()
                };
                cast(a, &t)
            }
            ast::UnaryOp::USub => {
                let t = if a.ty == Ty::Bool {
                    Ty::Int
                } else {
                    a.ty.clone()
                };
                mk(ExprKind::Neg(Box::new(cast(a, &t))), t, span)
            }
            ast::UnaryOp::Invert => {
                if a.ty.is_float() {
                    return typing(format!("bad operand type for unary ~: {}", a.ty), span);
                }
                mk(ExprKind::Invert(Box::new(cast(a, &Ty::Int))), Ty::Int, span)
            }
        })
    }

    fn compare(&mut self, op: ast::CmpOp, a: Expr, b: Expr, span: Span) -> R<Expr> {
        if a.ty == Ty::Unknown || b.ty == Ty::Unknown {
            return Ok(unknown(span));
        }
        if map::any_array(&[&a, &b]) {
            return self.elementwise(vec![a, b], span, |g, mut v| {
                let y = v.pop().expect("two operands");
                let x = v.pop().expect("two operands");
                g.compare(op, x, y, span)
            });
        }
        let op = match op {
            ast::CmpOp::Eq => CmpOp::Eq,
            ast::CmpOp::NotEq => CmpOp::Ne,
            ast::CmpOp::Lt => CmpOp::Lt,
            ast::CmpOp::LtE => CmpOp::Le,
            ast::CmpOp::Gt => CmpOp::Gt,
            ast::CmpOp::GtE => CmpOp::Ge,
            o => {
                return unsupported(
                    format!("the '{}' operator in compiled code", o.symbol()),
                    span,
                )
            }
        };
        let t = match arith(&a.ty, &b.ty) {
            Some(t) => {
                if a.ty == Ty::Bool && b.ty == Ty::Bool {
                    Ty::Int
                } else {
                    t
                }
            }
            None => return typing(format!("cannot compare {} and {}", a.ty, b.ty), span),
        };
        Ok(mk(
            ExprKind::Cmp(op, Box::new(cast(a, &t)), Box::new(cast(b, &t))),
            Ty::Bool,
            span,
        ))
    }

    fn binop(&mut self, op: ast::BinOp, a: Expr, b: Expr, span: Span) -> R<Expr> {
        if a.ty == Ty::Unknown || b.ty == Ty::Unknown {
            return Ok(unknown(span));
        }
        if map::any_array(&[&a, &b]) && op != ast::BinOp::MatMult {
            return self.elementwise(vec![a, b], span, |g, mut v| {
                let y = v.pop().expect("two operands");
                let x = v.pop().expect("two operands");
                g.binop(op, x, y, span)
            });
        }
        let Some(t) = arith(&a.ty, &b.ty) else {
            if a.ty.array().is_some() || b.ty.array().is_some() {
                return unsupported(
                    format!(
                        "array expressions ({} {} {}) in compiled code; write the loop",
                        a.ty,
                        op.symbol(),
                        b.ty
                    ),
                    span,
                );
            }
            return typing(
                format!(
                    "unsupported operand types for {}: {} and {}",
                    op.symbol(),
                    a.ty,
                    b.ty
                ),
                span,
            );
        };
        use ast::BinOp as A;
        let bin = |o: BinOp, t: Ty, a: Expr, b: Expr| {
            mk(
                ExprKind::Bin(o, Box::new(cast(a, &t)), Box::new(cast(b, &t))),
                t,
                span,
            )
        };
        Ok(match op {
            A::Add => bin(BinOp::Add, t, a, b),
            A::Sub => bin(BinOp::Sub, t, a, b),
            A::Mult => bin(BinOp::Mul, t, a, b),
            // float32 / float32 stays float32; anything else divides in float64.
            A::Div => bin(BinOp::Div, t.float_of(), a, b),
            A::FloorDiv => bin(BinOp::FloorDiv, t, a, b),
            A::Mod => bin(BinOp::Mod, t, a, b),
            A::Pow => {
                if t == Ty::Int {
                    bin(BinOp::Pow, Ty::Int, a, b)
                } else {
                    let f = t.float_of();
                    mk(
                        ExprKind::Math(MathFn::Pow, vec![cast(a, &f), cast(b, &f)]),
                        f,
                        span,
                    )
                }
            }
            A::BitAnd | A::BitOr | A::BitXor | A::LShift | A::RShift => {
                if t.is_float() {
                    return typing(
                        format!(
                            "unsupported operand types for {}: {} and {}",
                            op.symbol(),
                            a.ty,
                            b.ty
                        ),
                        span,
                    );
                }
                let o = match op {
                    A::BitAnd => BinOp::BitAnd,
                    A::BitOr => BinOp::BitOr,
                    A::BitXor => BinOp::BitXor,
                    A::LShift => BinOp::Shl,
                    _ => BinOp::Shr,
                };
                let both_bool = a.ty == Ty::Bool && b.ty == Ty::Bool;
                if both_bool && matches!(o, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
                    let r = bin(o, Ty::Int, a, b);
                    cast(r, &Ty::Bool)
                } else {
                    bin(o, Ty::Int, a, b)
                }
            }
            A::MatMult => return unsupported("the @ operator in compiled code", span),
        })
    }

    fn call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Expr> {
        if let Some(e) = self.cuda_call(func, args, keywords, span)? {
            return Ok(e);
        }
        if let Some(e) = self.array_method(func, args, keywords, span)? {
            return Ok(e);
        }
        let Some(f) = self.callable(func)? else {
            return unsupported("calling this object in compiled code", func.span);
        };
        match &f {
            Fn_::Math { module, name } if module == "numpy" && alloc::is_alloc(name) => {
                return self.alloc_call(name, args, keywords, span);
            }
            Fn_::Builtin(name) if name == "print" => {
                return self.print_call(args, keywords, span);
            }
            _ => {}
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ast::ExprKind::Starred(_)))
        {
            return unsupported("*args in compiled calls", span);
        }
        let mut vals: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect::<R<_>>()?;
        if let Fn_::Dispatcher(d) = &f {
            vals = self.bind_args(d, vals, keywords, span)?;
        } else if !keywords.is_empty() {
            return unsupported("keyword arguments in compiled calls", span);
        }
        if vals.iter().any(|v| v.ty == Ty::Unknown) {
            return Ok(unknown(span));
        }
        match f {
            Fn_::Math { module, name }
                if module == "numpy"
                    && view::is_array_fn(&name)
                    && vals.first().is_some_and(|v| v.ty.array().is_some()) =>
            {
                self.array_fn(&name, vals, span)
            }
            Fn_::Math { module, name } => self.math(&module, &name, vals, span),
            Fn_::Builtin(name) => self.builtin(&name, vals, span),
            Fn_::Dispatcher(d) => {
                let tys: Vec<Ty> = vals.iter().map(|v| v.ty.clone()).collect();
                if let Some(t) = tys.iter().find(|t| !t.is_scalar() && t.array().is_none()) {
                    return unsupported(format!("passing {t} to a compiled function"), span);
                }
                if self.env.is_self(&d) && tys == self.args {
                    if self.ret == Ty::Unknown {
                        return Ok(unknown(span));
                    }
                    return Ok(mk(
                        ExprKind::Call(Callee::SelfCall, vals),
                        self.ret.clone(),
                        span,
                    ));
                }
                let (addr, ret, name) = self.env.compile_callee(&d, &tys, span)?;
                if matches!(&ret, Ty::Tuple(ts) if ts.iter().any(|t| t.array().is_some())) {
                    return unsupported(
                        format!("calling '{name}', which returns {ret}, from compiled code"),
                        span,
                    );
                }
                Ok(mk(
                    ExprKind::Call(Callee::Native { addr, name }, vals),
                    ret,
                    span,
                ))
            }
        }
    }

    /// The arguments of a call of the compiled function `d`, one per parameter: positional
    /// ones, keyword ones in place, defaults (frozen constants) for the rest.
    fn bind_args(
        &mut self,
        d: &Value,
        pos: Vec<Expr>,
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Vec<Expr>> {
        let mut names = Vec::new();
        let mut all = pos;
        let npos = all.len();
        for k in keywords {
            let Some(n) = k.arg.as_deref() else {
                return unsupported("**kwargs in compiled calls", k.span);
            };
            names.push(n);
            all.push(self.expr(&k.value)?);
        }
        let plan = match self.env.bind_call(d, npos, &names) {
            Ok(p) => p,
            Err(msg) => return typing(msg, span),
        };
        let mut out = Vec::with_capacity(plan.len());
        for b in plan {
            out.push(match b {
                Binding::Arg(i) => all.get(i).cloned().unwrap_or_else(|| unknown(span)),
                Binding::Default(Global::Int(i)) => mk(ExprKind::Int(i), Ty::Int, span),
                Binding::Default(Global::Float(x)) => mk(ExprKind::Float(x), Ty::Float, span),
                Binding::Default(Global::Bool(b)) => mk(ExprKind::Bool(b), Ty::Bool, span),
                Binding::Default(Global::Other(t)) => {
                    return unsupported(format!("a default argument of type {t}"), span)
                }
                Binding::Default(_) => return unsupported("this default argument", span),
            });
        }
        Ok(out)
    }

    fn math(&mut self, module: &str, name: &str, vals: Vec<Expr>, span: Span) -> R<Expr> {
        let np = module == "numpy";
        if np && map::any_array(&vals.iter().collect::<Vec<_>>()) {
            let (m, n) = (module.to_string(), name.to_string());
            return self.elementwise(vals, span, |g, v| g.math(&m, &n, v, span));
        }
        if np && name == "abs" {
            return self.builtin("abs", vals, span);
        }
        if np && (name == "round" || name == "around") && vals.len() == 1 {
            return self.math(module, "rint", vals, span);
        }
        if np && name == "sign" {
            return self.sign(vals, span);
        }
        // x * (180/pi) and x * (pi/180): one rounding, as CPython and NumPy compute them.
        let scale = match (name, np) {
            ("degrees", _) | ("rad2deg", true) => Some(180.0 / std::f64::consts::PI),
            ("radians", _) | ("deg2rad", true) => Some(std::f64::consts::PI / 180.0),
            _ => None,
        };
        if let Some(c) = scale {
            let [v] = <[Expr; 1]>::try_from(vals).map_err(|_| JitError {
                kind: ErrKind::Typing,
                msg: format!("{module}.{name}() takes exactly one argument"),
                span,
            })?;
            if !v.ty.is_scalar() {
                return unsupported(format!("{module}.{name} on {}", v.ty), v.span);
            }
            let k = mk(ExprKind::Float(c), Ty::Float, span);
            let v = cast(v, &Ty::Float);
            return Ok(mk(
                ExprKind::Bin(BinOp::Mul, Box::new(v), Box::new(k)),
                Ty::Float,
                span,
            ));
        }
        let Some(&(_, m, arity)) = MATH_FNS.iter().find(|(n, _, _)| *n == name) else {
            return unsupported(format!("{module}.{name} in compiled code"), span);
        };
        if vals.len() != arity {
            return typing(
                format!(
                    "{module}.{name}() takes {arity} argument(s), {} given",
                    vals.len()
                ),
                span,
            );
        }
        for v in &vals {
            if !v.ty.is_scalar() {
                return unsupported(format!("{module}.{name} on {}", v.ty), v.span);
            }
        }
        // Numba has float32 versions of these: all-float32 arguments compute in float32.
        let ft = if vals.iter().all(|v| v.ty == Ty::Float32) {
            Ty::Float32
        } else {
            Ty::Float
        };
        let args: Vec<Expr> = vals.into_iter().map(|v| cast(v, &ft)).collect();
        Ok(match m {
            MathFn::IsNan | MathFn::IsInf | MathFn::IsFinite => {
                mk(ExprKind::Math(m, args), Ty::Bool, span)
            }
            // math.floor/ceil/trunc return int; numpy's return the float type.
            MathFn::Floor | MathFn::Ceil | MathFn::Trunc if !np => {
                let f = mk(ExprKind::Math(m, args), ft, span);
                cast(f, &Ty::Int)
            }
            _ => mk(ExprKind::Math(m, args), ft, span),
        })
    }

    /// `np.sign(x)`: -1, 0 or 1 of the argument's type (bool counts as int); NaN stays NaN.
    /// Computed in float64 (exact for the sign of any int64) and cast back for ints.
    fn sign(&mut self, vals: Vec<Expr>, span: Span) -> R<Expr> {
        let [v] = <[Expr; 1]>::try_from(vals).map_err(|_| JitError {
            kind: ErrKind::Typing,
            msg: "numpy.sign() takes exactly one argument".into(),
            span,
        })?;
        if !v.ty.is_scalar() {
            return unsupported(format!("numpy.sign on {}", v.ty), v.span);
        }
        let int = !v.ty.is_float();
        let ft = v.ty.float_of();
        let f = mk(ExprKind::Math(MathFn::Sign, vec![cast(v, &ft)]), ft, span);
        Ok(if int { cast(f, &Ty::Int) } else { f })
    }

    fn builtin(&mut self, name: &str, vals: Vec<Expr>, span: Span) -> R<Expr> {
        let scalar_args = |vals: &[Expr]| -> R<()> {
            match vals.iter().find(|v| !v.ty.is_scalar()) {
                Some(v) => typing(format!("{name}() of {}", v.ty), v.span),
                None => Ok(()),
            }
        };
        Ok(match name {
            "abs" => {
                if vals.len() != 1 {
                    return typing("abs() takes exactly one argument", span);
                }
                scalar_args(&vals)?;
                let v = vals.into_iter().next().unwrap_or_else(|| unknown(span));
                let t = if v.ty == Ty::Bool {
                    Ty::Int
                } else {
                    v.ty.clone()
                };
                mk(ExprKind::Abs(Box::new(cast(v, &t))), t, span)
            }
            "min" | "max" => {
                if vals.len() < 2 {
                    return unsupported(format!("{name}() of fewer than two scalars"), span);
                }
                scalar_args(&vals)?;
                let mut t = vals[0].ty.clone();
                for v in &vals[1..] {
                    t = arith(&t, &v.ty).unwrap_or(Ty::Float);
                }
                if vals.iter().all(|v| v.ty == Ty::Bool) {
                    t = Ty::Bool;
                }
                let vals = vals.into_iter().map(|v| cast(v, &t)).collect();
                let kind = if name == "min" {
                    ExprKind::Min(vals)
                } else {
                    ExprKind::Max(vals)
                };
                mk(kind, t, span)
            }
            "len" => {
                if vals.len() != 1 {
                    return typing("len() takes exactly one argument", span);
                }
                let v = vals.into_iter().next().unwrap_or_else(|| unknown(span));
                match &v.ty {
                    Ty::Array(_) => mk(ExprKind::Shape(Box::new(v), 0), Ty::Int, span),
                    Ty::Tuple(t) => mk(ExprKind::Int(t.len() as i64), Ty::Int, span),
                    t => return typing(format!("len() of {t}"), span),
                }
            }
            "int" | "float" | "bool" => {
                if vals.len() != 1 {
                    return unsupported(format!("{name}() with {} arguments", vals.len()), span);
                }
                scalar_args(&vals)?;
                let v = vals.into_iter().next().unwrap_or_else(|| unknown(span));
                match name {
                    "int" => cast(v, &Ty::Int),
                    // Numba keeps a float32 as float32 through float().
                    "float" if v.ty == Ty::Float32 => v,
                    "float" => cast(v, &Ty::Float),
                    _ => truth(v),
                }
            }
            "pow" => {
                let [a, b] = <[Expr; 2]>::try_from(vals).map_err(|_| JitError {
                    kind: ErrKind::Unsupported,
                    msg: "pow() with other than two arguments".into(),
                    span,
                })?;
                return self.binop(ast::BinOp::Pow, a, b, span);
            }
            "round" => {
                if vals.len() != 1 {
                    return unsupported("round() with ndigits", span);
                }
                scalar_args(&vals)?;
                let v = vals.into_iter().next().unwrap_or_else(|| unknown(span));
                match v.ty {
                    // Round half to even, as Python's round().
                    Ty::Float | Ty::Float32 => {
                        let t = v.ty.clone();
                        cast(mk(ExprKind::Math(MathFn::Rint, vec![v]), t, span), &Ty::Int)
                    }
                    _ => cast(v, &Ty::Int),
                }
            }
            "range" | "prange" => return unsupported(format!("{name}() outside a for loop"), span),
            "print" => return unsupported("print() in compiled code", span),
            _ => return unsupported(format!("calling '{name}' in compiled code"), span),
        })
    }
}
