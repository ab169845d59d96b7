//! The typed IR: one function's body after type inference, as structured statements over
//! typed expressions, with a printer (`inspect_types`, `--dump=tir`). Invariant: it knows
//! nothing of Cranelift or PTX; every expression has a final type (no `Unknown`), operands of
//! arithmetic and comparisons already have the operation's type (casts are explicit), and every
//! local has one type for the whole function.

use super::types::Ty;
use crate::syntax::ast::Span;
use std::fmt::Write;

pub type LocalId = usize;

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
}

/// A call to another compiled specialization: a native entry point with the internal ABI.
#[derive(Clone, Debug)]
pub enum Callee {
    /// The function being compiled (recursion).
    SelfCall,
    /// An already compiled function: its address (internal ABI) and its name for printing.
    Native { addr: usize, name: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// True division (both operands float64).
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Math functions of one or two float64 arguments returning float64 (unless noted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Sqrt,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    Exp,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Pow,
    Hypot,
    Copysign,
    Fmod,
    Fabs,
    /// These three return float64 here; `math.floor` etc. wrap them in a cast to int64.
    Floor,
    Ceil,
    Trunc,
    /// These return bool.
    IsNan,
    IsInf,
    IsFinite,
    Erf,
    Erfc,
    /// Gamma and its log, from the C library as in Numba (no ValueError at the poles).
    Gamma,
    Lgamma,
    /// `np.sign`: 1.0, -1.0 or 0.0; NaN stays NaN.
    Sign,
    /// Round half to even (`np.rint`, `np.round(x)`, and `round(x)` before its cast to int).
    Rint,
}

/// CUDA special registers (`cuda.threadIdx.x` is `Tid(0)`); axis 0, 1, 2 = x, y, z.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Tid(u8),
    CtaId(u8),
    NTid(u8),
    NCtaId(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    Add,
    Sub,
    Max,
    Min,
    Exch,
}

/// Kernel-only operations (`@cuda.jit`); the CPU backend rejects them.
#[derive(Clone, Debug, PartialEq)]
pub enum CudaOp {
    /// A special register (int64); no operands.
    Special(Special),
    /// `cuda.syncthreads()` (type none); no operands.
    SyncThreads,
    /// `cuda.shared.array(shape, dtype)`: the block's array for this call site (`slot` numbers
    /// the call sites of one kernel); no operands.
    SharedArray {
        slot: usize,
        shape: Vec<usize>,
        dtype: crate::ndarray::dtype::DType,
    },
    /// `cuda.local.array(shape, dtype)`: the thread's own array; no operands.
    LocalArray {
        slot: usize,
        shape: Vec<usize>,
        dtype: crate::ndarray::dtype::DType,
    },
    /// `cuda.atomic.OP(arr, idx, val)`: operands `[arr, idx..., val]` (one index per
    /// dimension, `val` of the element's scalar type); the value is the element's old value.
    Atomic(AtomicOp),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

impl Expr {
    /// The operands of this expression, in evaluation order.
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Cast(a)
            | ExprKind::Neg(a)
            | ExprKind::Not(a)
            | ExprKind::Invert(a)
            | ExprKind::Truth(a)
            | ExprKind::Abs(a)
            | ExprKind::Shape(a, _)
            | ExprKind::Size(a) => vec![a],
            ExprKind::Bin(_, a, b) | ExprKind::Cmp(_, a, b) => vec![a, b],
            ExprKind::And(a, b) | ExprKind::Or(a, b) | ExprKind::TupleGet(a, b) => vec![a, b],
            ExprKind::IfExp(c, a, b) => vec![c, a, b],
            ExprKind::Math(_, v)
            | ExprKind::Min(v)
            | ExprKind::Max(v)
            | ExprKind::Tuple(v)
            | ExprKind::Call(_, v)
            | ExprKind::Cuda(_, v)
            | ExprKind::Alloc(_, v)
            | ExprKind::Print(_, v) => v.iter().collect(),
            ExprKind::Index(a, idx) | ExprKind::View(a, _, idx) | ExprKind::Reshape(a, idx) => {
                std::iter::once(&**a).chain(idx.iter()).collect()
            }
            ExprKind::Transpose(a) | ExprKind::Reduce(_, a) => vec![a],
            ExprKind::Map(ins, body) => ins
                .iter()
                .map(|(_, e)| e)
                .chain(std::iter::once(&**body))
                .collect(),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Local(_) => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Local(LocalId),
    /// Scalar conversion to `Expr::ty` (int64 → float64, float64 → int64 truncating, ...).
    Cast(Box<Expr>),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Invert(Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    /// Short-circuit `and` / `or` over operands of the result type; the condition is the
    /// operand's truth.
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// Truth of a scalar (`x != 0`).
    Truth(Box<Expr>),
    Math(MathFn, Vec<Expr>),
    Abs(Box<Expr>),
    /// min/max over two or more operands of the result type.
    Min(Vec<Expr>),
    Max(Vec<Expr>),
    /// `a[i, j]`: one index per dimension (int64), negative ones wrap.
    Index(Box<Expr>, Vec<Expr>),
    /// `a.shape[k]`
    Shape(Box<Expr>, usize),
    /// `a.size`
    Size(Box<Expr>),
    /// A tuple of scalars (only returned or unpacked).
    Tuple(Vec<Expr>),
    /// Item `k` (an int64, negative ones wrap) of a tuple of scalars. A constant `k` picks
    /// the item at compile time; any other needs a homogeneous tuple and is bounds-checked.
    TupleGet(Box<Expr>, Box<Expr>),
    Call(Callee, Vec<Expr>),
    /// A kernel-only operation and its operands (see `CudaOp`).
    Cuda(CudaOp, Vec<Expr>),
    /// A new C-contiguous array of `Expr::ty` (CPU only; see `AllocOp`).
    Alloc(AllocOp, Vec<Expr>),
    /// A view of an array (CPU only): `axes` says how each leading axis is indexed (axes past
    /// them are kept whole); the operands are the present indices and bounds, in order.
    View(Box<Expr>, Vec<ViewAxis>, Vec<Expr>),
    /// `a.T`: the same elements with the axes reversed (CPU only).
    Transpose(Box<Expr>),
    /// `a.reshape(dims)` of a C-contiguous array: a C-contiguous view with the new shape
    /// (CPU only). One dimension may be the constant -1 (inferred); the sizes must agree.
    Reshape(Box<Expr>, Vec<Expr>),
    /// A whole-array reduction to a scalar (`a.sum()`, `np.max(a)`, ...; CPU only).
    Reduce(ReduceOp, Box<Expr>),
    /// An array expression (CPU only): a new C-contiguous array of the inputs' broadcast
    /// shape whose elements are `body` evaluated with each input's local bound to that
    /// input's element (arrays) or to the input itself (scalars, evaluated once).
    Map(Vec<(LocalId, Expr)>, Box<Expr>),
    /// `print(...)` (CPU only): writes `texts[0] str(v0) texts[1] ... texts[n]` to stdout,
    /// where `texts` has one more entry than the operands.
    Print(Vec<String>, Vec<Expr>),
}

/// How one axis of a view is indexed (`ExprKind::View`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewAxis {
    /// An integer index (one int64 operand): the axis is dropped.
    At,
    /// A slice; each flag says whether that part is given (one int64 operand each, in
    /// start, stop, step order).
    Range { start: bool, stop: bool, step: bool },
}

/// A whole-array reduction (`ExprKind::Reduce`), over the elements in C order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    ArgMin,
    ArgMax,
    Any,
    All,
}

/// How a new array is made (`ExprKind::Alloc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocOp {
    /// `np.empty` / `np.zeros` (filled with zeros either way): operands are the dimensions.
    Zeros,
    /// `np.ones`: operands are the dimensions.
    Ones,
    /// `np.arange`: operands `[start, stop, step]`, all int64 or all float64.
    Arange,
    /// `a.copy()` / `np.copy(a)`: the operand is the array; the result is C-contiguous.
    Copy,
    /// `np.full`: operands are the dimensions, then the fill value (of the element type).
    Full,
    /// `np.linspace`: operands `[start, stop, num]` (float64, float64, int64), computed as
    /// Numba and NumPy do: `start + i * step`, the last element exactly `stop`.
    Linspace,
    /// `np.eye` / `np.identity`: operands `[n, m]`; ones on the diagonal.
    Eye,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Assign(LocalId, Expr),
    /// `a[idx] = value` (value already of the element's scalar type). With no indices, every
    /// element of the array `arr` (typically a view) is assigned: from a scalar `value`, or
    /// elementwise from an array `value` of the same shape.
    SetItem {
        arr: Expr,
        idx: Vec<Expr>,
        value: Expr,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`: `counter` is a hidden local holding the next
    /// value, so `var` keeps the last value after the loop, as in Python.
    ForRange {
        var: LocalId,
        counter: LocalId,
        stop_local: LocalId,
        step_local: LocalId,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `prange` in a `parallel=True` function.
        parallel: bool,
        /// The loop body outlined into a chunk function (`parallel::outline_all`); `None`
        /// runs the loop serially.
        outlined: Option<Box<Outlined>>,
        span: Span,
    },
    Break,
    Continue,
    /// Raises the `jit::raise` table entry (a `raise` statement or a failed `assert`).
    Raise(i64),
    Return(Expr),
    Expr(Expr),
}

/// How a reduction variable of a prange loop combines its chunks' partial values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RedOp {
    Add,
    /// `x -= e`: chunks accumulate negated partials that are added.
    Sub,
    Mul,
    Min,
    Max,
}

/// A prange loop body outlined into its own function over `[lo, hi)`.
#[derive(Clone, Debug)]
pub struct Outlined {
    /// Parameters: the free variables (in `free` order), then `lo` and `hi`; returns the
    /// partial reductions as a tuple (in `reductions` order), or none.
    pub chunk: Func,
    pub free: Vec<LocalId>,
    pub reductions: Vec<(LocalId, RedOp)>,
}

#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    /// The argument types of this specialization (the ABI); the first `nparams` locals are
    /// the parameters, whose types may be wider when the body assigns wider values to them.
    pub args: Vec<Ty>,
    pub nparams: usize,
    pub locals: Vec<Local>,
    pub ret: Ty,
    pub body: Vec<Stmt>,
    /// For each parameter that is an array: whether the function may write to it.
    pub writes: Vec<bool>,
}

impl Func {
    pub fn param_types(&self) -> Vec<Ty> {
        self.args.clone()
    }
}

/// Checks the invariants the backends rely on; `Err` names the first broken one.
pub fn verify(f: &Func) -> Result<(), String> {
    fn expr(f: &Func, e: &Expr) -> Result<(), String> {
        if e.ty == Ty::Unknown {
            return Err(format!("untyped expression {:?}", e.kind));
        }
        let sub: Vec<&Expr> = match &e.kind {
            ExprKind::Local(id) => {
                if *id >= f.locals.len() || f.locals[*id].ty != e.ty {
                    return Err(format!("local {id} used with type {}", e.ty));
                }
                vec![]
            }
            ExprKind::Bin(_, a, b) | ExprKind::Cmp(_, a, b) => {
                if a.ty != b.ty {
                    return Err(format!("operands of {} and {}", a.ty, b.ty));
                }
                vec![a, b]
            }
            ExprKind::TupleGet(t, k) => {
                let Ty::Tuple(ts) = &t.ty else {
                    return Err("indexing a non-tuple".into());
                };
                let fixed = matches!(k.kind, ExprKind::Int(_));
                if k.ty != Ty::Int || (!fixed && ts.iter().any(|x| *x != e.ty)) {
                    return Err("tuple index type".into());
                }
                vec![t, k]
            }
            ExprKind::Cast(a)
            | ExprKind::Neg(a)
            | ExprKind::Not(a)
            | ExprKind::Invert(a)
            | ExprKind::Truth(a)
            | ExprKind::Abs(a)
            | ExprKind::Shape(a, _)
            | ExprKind::Size(a) => vec![a],
            ExprKind::And(a, b) | ExprKind::Or(a, b) => vec![a, b],
            ExprKind::IfExp(c, a, b) => vec![c, a, b],
            ExprKind::Math(_, v)
            | ExprKind::Min(v)
            | ExprKind::Max(v)
            | ExprKind::Tuple(v)
            | ExprKind::Call(_, v)
            | ExprKind::Cuda(_, v)
            | ExprKind::Alloc(_, v) => v.iter().collect(),
            ExprKind::Index(a, idx) => {
                let at = a.ty.array().ok_or("indexing a non-array")?;
                if idx.len() != at.ndim as usize || idx.iter().any(|i| i.ty != Ty::Int) {
                    return Err("index arity or type".into());
                }
                std::iter::once(&**a).chain(idx.iter()).collect()
            }
            ExprKind::Reshape(a, dims) => {
                let at = a.ty.array().ok_or("reshaping a non-array")?;
                let rt = e.ty.array().ok_or("a reshape to a non-array")?;
                if at.layout != crate::jit::types::Layout::C
                    || rt.ndim as usize != dims.len()
                    || rt.dtype != at.dtype
                    || dims.iter().any(|d| d.ty != Ty::Int)
                {
                    return Err("reshape operands".into());
                }
                std::iter::once(&**a).chain(dims.iter()).collect()
            }
            ExprKind::View(a, axes, ops) => {
                let at = a.ty.array().ok_or("a view of a non-array")?;
                let need: usize = axes
                    .iter()
                    .map(|x| match x {
                        ViewAxis::At => 1,
                        ViewAxis::Range { start, stop, step } => {
                            *start as usize + *stop as usize + *step as usize
                        }
                    })
                    .sum();
                if axes.len() > at.ndim as usize
                    || need != ops.len()
                    || ops.iter().any(|i| i.ty != Ty::Int)
                    || e.ty.array().is_none()
                {
                    return Err("view axes, operands or type".into());
                }
                std::iter::once(&**a).chain(ops.iter()).collect()
            }
            _ => e.children(),
        };
        sub.into_iter().try_for_each(|s| expr(f, s))
    }
    fn stmts(f: &Func, body: &[Stmt]) -> Result<(), String> {
        for s in body {
            match s {
                Stmt::Assign(id, e) => {
                    if f.locals[*id].ty != e.ty {
                        return Err(format!(
                            "assigning {} to '{}' of type {}",
                            e.ty, f.locals[*id].name, f.locals[*id].ty
                        ));
                    }
                    expr(f, e)?
                }
                Stmt::SetItem { arr, idx, value } => {
                    expr(f, arr)?;
                    idx.iter().try_for_each(|i| expr(f, i))?;
                    expr(f, value)?
                }
                Stmt::If { cond, then, orelse }
                | Stmt::While {
                    cond,
                    body: then,
                    orelse,
                } => {
                    if cond.ty != Ty::Bool {
                        return Err("condition is not bool".into());
                    }
                    expr(f, cond)?;
                    stmts(f, then)?;
                    stmts(f, orelse)?
                }
                Stmt::ForRange {
                    start,
                    stop,
                    step,
                    body,
                    orelse,
                    ..
                } => {
                    for e in [start, stop, step] {
                        if e.ty != Ty::Int {
                            return Err("range bound is not int64".into());
                        }
                        expr(f, e)?;
                    }
                    stmts(f, body)?;
                    stmts(f, orelse)?
                }
                Stmt::Return(e) => {
                    if e.ty != f.ret {
                        return Err(format!("returning {} from a {} function", e.ty, f.ret));
                    }
                    expr(f, e)?
                }
                Stmt::Expr(e) => expr(f, e)?,
                Stmt::Break | Stmt::Continue | Stmt::Raise(_) => {}
            }
        }
        Ok(())
    }
    stmts(f, &f.body)
}

/// The typed IR as text, one statement a line (Numba's `inspect_types` in spirit).
pub fn print(f: &Func) -> String {
    let mut out = String::new();
    let params: Vec<String> = f.locals[..f.nparams]
        .iter()
        .map(|l| format!("{}: {}", l.name, l.ty))
        .collect();
    let _ = writeln!(out, "fn {}({}) -> {}", f.name, params.join(", "), f.ret);
    for l in &f.locals[f.nparams..] {
        let _ = writeln!(out, "  local {}: {}", l.name, l.ty);
    }
    print_body(f, &f.body, 1, &mut out);
    out
}

fn print_body(f: &Func, body: &[Stmt], depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    for s in body {
        match s {
            Stmt::Assign(id, e) => {
                let _ = writeln!(out, "{pad}{} = {}", f.locals[*id].name, pe(f, e));
            }
            Stmt::SetItem { arr, idx, value } => {
                let i: Vec<String> = idx.iter().map(|e| pe(f, e)).collect();
                let _ = writeln!(
                    out,
                    "{pad}{}[{}] = {}",
                    pe(f, arr),
                    i.join(", "),
                    pe(f, value)
                );
            }
            Stmt::If { cond, then, orelse } => {
                let _ = writeln!(out, "{pad}if {}:", pe(f, cond));
                print_body(f, then, depth + 1, out);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    print_body(f, orelse, depth + 1, out);
                }
            }
            Stmt::While { cond, body, orelse } => {
                let _ = writeln!(out, "{pad}while {}:", pe(f, cond));
                print_body(f, body, depth + 1, out);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    print_body(f, orelse, depth + 1, out);
                }
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
                parallel,
                outlined,
                ..
            } => {
                let _ = writeln!(
                    out,
                    "{pad}for {} in {}({}, {}, {}):",
                    f.locals[*var].name,
                    match (parallel, outlined) {
                        (true, Some(_)) => "prange[outlined]",
                        (true, None) => "prange[serial]",
                        _ => "range",
                    },
                    pe(f, start),
                    pe(f, stop),
                    pe(f, step)
                );
                print_body(f, body, depth + 1, out);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    print_body(f, orelse, depth + 1, out);
                }
            }
            Stmt::Break => {
                let _ = writeln!(out, "{pad}break");
            }
            Stmt::Continue => {
                let _ = writeln!(out, "{pad}continue");
            }
            Stmt::Raise(id) => {
                let _ = writeln!(out, "{pad}raise #{id}");
            }
            Stmt::Return(e) => {
                let _ = writeln!(out, "{pad}return {}", pe(f, e));
            }
            Stmt::Expr(e) => {
                let _ = writeln!(out, "{pad}{}", pe(f, e));
            }
        }
    }
}

fn list(f: &Func, v: &[Expr]) -> String {
    v.iter().map(|e| pe(f, e)).collect::<Vec<_>>().join(", ")
}

/// One expression as text, annotated with its type where that is not obvious.
fn pe(f: &Func, e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(x) => format!("{x:?}"),
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.into(),
        ExprKind::None => "None".into(),
        ExprKind::Local(id) => f.locals[*id].name.clone(),
        ExprKind::Cast(a) => format!("{}({})", e.ty, pe(f, a)),
        ExprKind::Neg(a) => format!("(-{})", pe(f, a)),
        ExprKind::Not(a) => format!("(not {})", pe(f, a)),
        ExprKind::Invert(a) => format!("(~{})", pe(f, a)),
        ExprKind::Bin(op, a, b) => format!("({} {op:?}:{} {})", pe(f, a), e.ty, pe(f, b)),
        ExprKind::Cmp(op, a, b) => format!("({} {op:?}:{} {})", pe(f, a), a.ty, pe(f, b)),
        ExprKind::And(a, b) => format!("({} and {})", pe(f, a), pe(f, b)),
        ExprKind::Or(a, b) => format!("({} or {})", pe(f, a), pe(f, b)),
        ExprKind::IfExp(c, a, b) => format!("({} if {} else {})", pe(f, a), pe(f, c), pe(f, b)),
        ExprKind::Truth(a) => format!("truth({})", pe(f, a)),
        ExprKind::Math(m, v) => format!("math.{m:?}({})", list(f, v)),
        ExprKind::Abs(a) => format!("abs({})", pe(f, a)),
        ExprKind::Min(v) => format!("min:{}({})", e.ty, list(f, v)),
        ExprKind::Max(v) => format!("max:{}({})", e.ty, list(f, v)),
        ExprKind::Index(a, idx) => format!("{}[{}]", pe(f, a), list(f, idx)),
        ExprKind::Shape(a, k) => format!("{}.shape[{k}]", pe(f, a)),
        ExprKind::Size(a) => format!("{}.size", pe(f, a)),
        ExprKind::Tuple(v) => format!("({})", list(f, v)),
        ExprKind::TupleGet(t, k) => format!("{}[{}]", pe(f, t), pe(f, k)),
        ExprKind::Call(c, v) => {
            let name = match c {
                Callee::SelfCall => f.name.clone(),
                Callee::Native { name, .. } => name.clone(),
            };
            format!("{name}({}) -> {}", list(f, v), e.ty)
        }
        ExprKind::Cuda(op, v) => format!("cuda.{op:?}({}) -> {}", list(f, v), e.ty),
        ExprKind::Alloc(op, v) => format!("np.{op:?}({}) -> {}", list(f, v), e.ty),
        ExprKind::View(a, axes, v) => format!("{}[{axes:?}: {}] -> {}", pe(f, a), list(f, v), e.ty),
        ExprKind::Transpose(a) => format!("{}.T", pe(f, a)),
        ExprKind::Reshape(a, v) => format!("{}.reshape({}) -> {}", pe(f, a), list(f, v), e.ty),
        ExprKind::Reduce(op, a) => format!("{op:?}({}) -> {}", pe(f, a), e.ty),
        ExprKind::Print(texts, v) => format!("print({texts:?}, {})", list(f, v)),
        ExprKind::Map(ins, body) => {
            let ins: Vec<String> = ins
                .iter()
                .map(|(id, x)| format!("{} = {}", f.locals[*id].name, pe(f, x)))
                .collect();
            format!("map[{}]({}) -> {}", ins.join(", "), pe(f, body), e.ty)
        }
    }
}
