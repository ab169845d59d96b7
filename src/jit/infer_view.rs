//! Type inference for array views and whole-array operations in compiled code: basic
//! slicing (`a[1:5]`, `a[i, :]`, `a[:, j]`, `a[::-1]`, `a[i]` of a 2-d array), `a.T`,
//! assignment into a view (`a[1:3] = 0.0`, `a[i, :] = b`, `a.fill(x)`), `a.copy()` /
//! `np.copy(a)`, and the whole-array reductions `sum`, `prod`, `min`, `max`, `mean`,
//! `argmin`, `argmax`, `any`, `all` as methods and as `np.*` functions. Guarantees: a view's
//! layout is the one Numba infers (so `C` is only claimed where the inner stride is 1), and
//! anything else (steps on views in kernels, advanced indexing, `axis=`) is a typing error
//! naming what is missing.

use super::{cast, mk, typing, unknown, unsupported, Infer, R};
use crate::jit::tir::{AllocOp, Expr, ExprKind, ReduceOp, Stmt, ViewAxis};
use crate::jit::types::{ArrTy, Layout, Ty};
use crate::ndarray::dtype::DType;
use crate::syntax::ast::{self, Span};

/// The parts of a subscript (one per comma-separated entry).
pub(super) fn parts(index: &ast::Expr) -> Vec<&ast::Expr> {
    match &index.kind {
        ast::ExprKind::Tuple(v) => v.iter().collect(),
        _ => vec![index],
    }
}

/// Whether `a[index]` of an `ndim`-d array is a view rather than one element.
pub(super) fn is_view(index: &ast::Expr, ndim: usize) -> bool {
    let p = parts(index);
    p.len() < ndim
        || p.iter()
            .any(|x| matches!(x.kind, ast::ExprKind::Slice { .. }))
}

/// Numba's layout for a basic index of an array (`arraydecl.get_array_index_type`): integer
/// indices keep contiguity, and so does a step-less slice as the innermost given index.
fn view_layout(at: ArrTy, axes: &[ViewAxis]) -> Layout {
    let keeps = |x: &ViewAxis, innermost: bool| match x {
        ViewAxis::At => true,
        ViewAxis::Range { step, .. } => innermost && !step,
    };
    let contiguous = |xs: &[ViewAxis]| match xs.split_last() {
        None => true,
        Some((last, rest)) => rest.iter().all(|x| keeps(x, false)) && keeps(last, true),
    };
    let full = axes.len() == at.ndim as usize;
    match at.layout {
        Layout::C if contiguous(axes) => Layout::C,
        Layout::F
            if full && {
                let rev: Vec<ViewAxis> = axes.iter().rev().copied().collect();
                contiguous(&rev)
            } =>
        {
            Layout::F
        }
        _ => Layout::A,
    }
}

fn reduce_op(name: &str) -> Option<ReduceOp> {
    Some(match name {
        "sum" => ReduceOp::Sum,
        "prod" => ReduceOp::Prod,
        "min" | "amin" => ReduceOp::Min,
        "max" | "amax" => ReduceOp::Max,
        "mean" => ReduceOp::Mean,
        "argmin" => ReduceOp::ArgMin,
        "argmax" => ReduceOp::ArgMax,
        "any" => ReduceOp::Any,
        "all" => ReduceOp::All,
        _ => return None,
    })
}

/// The `np.*` functions this module types when their first argument is an array.
pub(super) fn is_array_fn(name: &str) -> bool {
    name == "copy" || reduce_op(name).is_some()
}

/// The scalar type a reduction of `dtype` elements returns (NumPy's: sums and products of
/// bools and int32 are int64, of float32 float32 read as float64 here; `mean` is float64).
fn reduce_ty(op: ReduceOp, dtype: DType) -> Ty {
    match op {
        ReduceOp::ArgMin | ReduceOp::ArgMax => Ty::Int,
        ReduceOp::Any | ReduceOp::All => Ty::Bool,
        ReduceOp::Mean => Ty::Float,
        ReduceOp::Sum | ReduceOp::Prod if dtype == DType::Bool => Ty::Int,
        _ => Ty::of_elem(dtype),
    }
}

impl Infer<'_> {
    /// `v[index]` where `is_view(index, ndim)`: a view of the array `v`.
    pub(super) fn view(&mut self, v: Expr, index: &ast::Expr, span: Span) -> R<Expr> {
        let Some(at) = v.ty.array() else {
            return Ok(unknown(span));
        };
        let ps = parts(index);
        if ps.len() > at.ndim as usize {
            return typing(
                format!("too many indices for a {}-d array: {}", at.ndim, ps.len()),
                span,
            );
        }
        let mut axes = Vec::new();
        let mut ops = Vec::new();
        for p in ps {
            match &p.kind {
                ast::ExprKind::Slice { lower, upper, step } => {
                    for b in [lower, upper, step].into_iter().flatten() {
                        let e = self.expr(b)?;
                        match e.ty {
                            Ty::Int | Ty::Bool | Ty::Unknown => ops.push(cast(e, &Ty::Int)),
                            ref t => {
                                return typing(
                                    format!("slice indices must be integers, not {t}"),
                                    e.span,
                                )
                            }
                        }
                    }
                    axes.push(ViewAxis::Range {
                        start: lower.is_some(),
                        stop: upper.is_some(),
                        step: step.is_some(),
                    });
                }
                ast::ExprKind::Constant(ast::Constant::Ellipsis) => {
                    return unsupported("'...' in an array index in compiled code", p.span)
                }
                ast::ExprKind::Constant(ast::Constant::None) => {
                    return unsupported(
                        "np.newaxis / None in an array index in compiled code",
                        p.span,
                    )
                }
                _ => {
                    let e = self.expr(p)?;
                    match e.ty {
                        Ty::Int | Ty::Unknown => ops.push(cast(e, &Ty::Int)),
                        Ty::Array(_) => {
                            return unsupported(
                                "indexing with an array (fancy indexing) in compiled code",
                                e.span,
                            )
                        }
                        ref t => {
                            return typing(
                                format!("array index must be an integer or a slice, not {t}"),
                                e.span,
                            )
                        }
                    }
                    axes.push(ViewAxis::At);
                }
            }
        }
        let dropped = axes.iter().filter(|x| **x == ViewAxis::At).count();
        let ty = Ty::Array(ArrTy {
            dtype: at.dtype,
            ndim: at.ndim - dropped as u8,
            layout: view_layout(at, &axes),
        });
        Ok(mk(ExprKind::View(Box::new(v), axes, ops), ty, span))
    }

    /// `a.T` of an array expression `v`.
    pub(super) fn transpose(&mut self, v: Expr, span: Span) -> Expr {
        let Some(at) = v.ty.array() else {
            return unknown(span);
        };
        let layout = match at.layout {
            _ if at.ndim == 1 => at.layout,
            Layout::C => Layout::F,
            Layout::F => Layout::C,
            Layout::A => Layout::A,
        };
        let ty = Ty::Array(ArrTy { layout, ..at });
        mk(ExprKind::Transpose(Box::new(v)), ty, span)
    }

    /// `target[index] = v` where the subscript is a view: assigns every element of the view.
    pub(super) fn store_view(
        &mut self,
        arr: Expr,
        index: &ast::Expr,
        v: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let view = self.view(arr.clone(), index, span)?;
        self.mark_write(&arr);
        self.fill(view, v, span, out)
    }

    /// Assigns every element of the array `dst` from `v` (a scalar, or an array of the same
    /// number of dimensions).
    fn fill(&mut self, dst: Expr, v: Expr, span: Span, out: &mut Vec<Stmt>) -> R<()> {
        if dst.ty == Ty::Unknown || v.ty == Ty::Unknown {
            return Ok(());
        }
        let at = dst.ty.array().ok_or_else(|| super::JitError {
            kind: super::ErrKind::Typing,
            msg: format!("cannot assign into {}", dst.ty),
            span,
        })?;
        let value = match &v.ty {
            t if t.is_scalar() => cast(v, &Ty::of_elem(at.dtype)),
            Ty::Array(src) if src.ndim == at.ndim => v,
            Ty::Array(src) => {
                return unsupported(
                    format!(
                        "assigning a {}-d array into a {}-d view (broadcasting) in compiled code",
                        src.ndim, at.ndim
                    ),
                    v.span,
                )
            }
            t => return typing(format!("cannot store {t} into {}", dst.ty), v.span),
        };
        out.push(Stmt::SetItem {
            arr: dst,
            idx: Vec::new(),
            value,
        });
        Ok(())
    }

    /// `a.fill(x)` as a statement (`e` is the whole expression); `false` when `e` is not
    /// a call of an array's `fill`.
    pub(super) fn fill_stmt(&mut self, e: &ast::Expr, out: &mut Vec<Stmt>) -> R<bool> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return Ok(false);
        };
        let ast::ExprKind::Attribute { value, attr } = &func.kind else {
            return Ok(false);
        };
        if attr != "fill" || !self.is_local(value) {
            return Ok(false);
        }
        let v = self.expr(value)?;
        if v.ty.array().is_none() && v.ty != Ty::Unknown {
            return Ok(false);
        }
        if args.len() != 1 || !keywords.is_empty() {
            return typing("array.fill() takes exactly one argument", e.span);
        }
        let x = self.expr(&args[0])?;
        if !x.ty.is_scalar() && x.ty != Ty::Unknown {
            return typing(format!("array.fill() needs a scalar, not {}", x.ty), x.span);
        }
        self.mark_write(&v);
        self.fill(v, x, e.span, out)?;
        Ok(true)
    }

    /// Whether `e` is a name bound to a local (not a module or global).
    fn is_local(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Name(n) => self.by_name.contains_key(n),
            ast::ExprKind::Attribute { value, .. } | ast::ExprKind::Subscript { value, .. } => {
                self.is_local(value)
            }
            _ => true,
        }
    }

    /// `a.NAME(args)` when `a` is an array: a method call, or `None` when `func` is not an
    /// attribute of an array.
    pub(super) fn array_method(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Option<Expr>> {
        let ast::ExprKind::Attribute { value, attr } = &func.kind else {
            return Ok(None);
        };
        if !self.is_local(value) {
            return Ok(None);
        }
        let v = self.expr(value)?;
        if v.ty == Ty::Unknown {
            return Ok(Some(unknown(span)));
        }
        if v.ty.array().is_none() {
            return Ok(None);
        }
        if let Some(k) = keywords.first() {
            return unsupported(
                format!(
                    "the '{}' keyword of array.{attr}() in compiled code",
                    k.arg.as_deref().unwrap_or("**")
                ),
                k.value.span,
            );
        }
        if attr == "fill" {
            return unsupported("array.fill() used as a value", span);
        }
        if attr == "reshape" {
            return self.reshape(v, args, span).map(Some);
        }
        if attr == "astype" {
            let [d] = args else {
                return typing("array.astype() takes exactly one argument", span);
            };
            let Some(dt) = super::alloc::dtype_arg(d).or_else(|| self.array_dtype_attr(d)) else {
                return typing(
                    "array.astype(): the dtype must be a NumPy type such as np.float64",
                    d.span,
                );
            };
            return self.astype(v, dt, span).map(Some);
        }
        if !args.is_empty() {
            return unsupported(
                format!("arguments to array.{attr}() in compiled code (axis= is not supported)"),
                span,
            );
        }
        self.array_fn(attr, vec![v], span).map(Some)
    }

    /// `a.reshape(d0, d1, ...)` or `a.reshape((d0, d1, ...))` of a C-contiguous array.
    fn reshape(&mut self, a: Expr, args: &[ast::Expr], span: Span) -> R<Expr> {
        let Some(at) = a.ty.array() else {
            return typing(format!("reshape of {}", a.ty), span);
        };
        if at.layout != Layout::C {
            return unsupported(
                format!(
                    "reshape() of the {} (Numba reshapes contiguous arrays only; copy it first)",
                    a.ty
                ),
                span,
            );
        }
        let items: Vec<&ast::Expr> = match args {
            [one] => match &one.kind {
                ast::ExprKind::Tuple(v) | ast::ExprKind::List(v) => v.iter().collect(),
                _ => vec![one],
            },
            many => many.iter().collect(),
        };
        if items.is_empty() || items.len() > crate::jit::types::MAX_NDIM {
            return unsupported(format!("reshape() to {} dimensions", items.len()), span);
        }
        let mut dims = Vec::new();
        for it in items {
            let d = self.expr(it)?;
            match d.ty {
                Ty::Unknown => return Ok(unknown(span)),
                Ty::Int | Ty::Bool => {
                    let d = cast(d, &Ty::Int);
                    // `-1` parses as a negation: fold it so lowering sees the constant.
                    let d = match &d.kind {
                        ExprKind::Neg(x) if matches!(x.kind, ExprKind::Int(1)) => {
                            mk(ExprKind::Int(-1), Ty::Int, d.span)
                        }
                        _ => d,
                    };
                    dims.push(d)
                }
                ref t => {
                    return typing(
                        format!("reshape(): a dimension must be an integer, not {t}"),
                        d.span,
                    )
                }
            }
        }
        let ty = Ty::Array(ArrTy {
            dtype: at.dtype,
            ndim: dims.len() as u8,
            layout: Layout::C,
        });
        Ok(mk(ExprKind::Reshape(Box::new(a), dims), ty, span))
    }

    /// `a.astype(dtype)`: a new C-contiguous array of the elements converted.
    fn astype(&mut self, a: Expr, dt: DType, span: Span) -> R<Expr> {
        let e = self.elementwise(vec![a], span, |_, mut v| {
            let x = v.remove(0);
            Ok(match dt {
                DType::Bool => super::truth(x),
                _ => cast(x, &Ty::of_elem(dt)),
            })
        })?;
        Ok(match e.ty {
            Ty::Array(at) => Expr {
                ty: Ty::Array(ArrTy { dtype: dt, ..at }),
                ..e
            },
            _ => e,
        })
    }

    /// `np.NAME(a)` / `a.NAME()` for `is_array_fn(name)`.
    pub(super) fn array_fn(&mut self, name: &str, vals: Vec<Expr>, span: Span) -> R<Expr> {
        let mut it = vals.into_iter();
        let (Some(a), None) = (it.next(), it.next()) else {
            return unsupported(
                format!("np.{name}() with more than one argument in compiled code"),
                span,
            );
        };
        let Some(at) = a.ty.array() else {
            return typing(format!("np.{name}() of {}", a.ty), span);
        };
        if name == "copy" {
            let ty = Ty::Array(ArrTy {
                layout: Layout::C,
                ..at
            });
            return Ok(mk(ExprKind::Alloc(AllocOp::Copy, vec![a]), ty, span));
        }
        let Some(op) = reduce_op(name) else {
            return unsupported(format!("array.{name}() in compiled code"), span);
        };
        Ok(mk(
            ExprKind::Reduce(op, Box::new(a)),
            reduce_ty(op, at.dtype),
            span,
        ))
    }

    /// `print(args)` of string constants, None, scalars and arrays.
    pub(super) fn print_call(
        &mut self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Expr> {
        let text = |e: &ast::Expr| match &e.kind {
            ast::ExprKind::Constant(ast::Constant::Str(s)) => Some(s.clone()),
            ast::ExprKind::Constant(ast::Constant::None) => Some("None".into()),
            _ => None,
        };
        if let Some(k) = keywords.first() {
            // As Numba: compiled print() takes no sep/end/file/flush.
            return unsupported(
                "print() with keyword arguments (Numba's print() takes none)",
                k.value.span,
            );
        }
        let (sep, end) = (" ", "\n");
        let mut texts = vec![String::new()];
        let mut vals = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                texts
                    .last_mut()
                    .expect("one text per operand")
                    .push_str(sep);
            }
            if let Some(s) = text(a) {
                texts.last_mut().expect("one text per operand").push_str(&s);
                continue;
            }
            let v = self.expr(a)?;
            match &v.ty {
                Ty::Unknown => return Ok(unknown(span)),
                t if t.is_scalar() || t.array().is_some() || *t == Ty::None => {}
                t => return unsupported(format!("print() of {t} in compiled code"), v.span),
            }
            vals.push(v);
            texts.push(String::new());
        }
        texts
            .last_mut()
            .expect("one text per operand")
            .push_str(end);
        Ok(mk(ExprKind::Print(texts, vals), Ty::None, span))
    }
}
