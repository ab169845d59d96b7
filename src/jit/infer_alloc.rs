//! Type inference for the NumPy functions that create arrays in compiled code: `np.empty`,
//! `np.zeros`, `np.ones` (an int or a tuple of ints as the shape), `np.empty_like`,
//! `np.zeros_like`, `np.ones_like` and `np.arange`, each with an optional `dtype`. Guarantees:
//! the result is a C-contiguous array of 1–3 dimensions typed as NumPy types it (float64
//! unless a dtype is given; `arange` of ints is int64); anything else is a typing error that
//! names the function and what was wrong.

use super::cuda::dtype_of;
use super::{cast, mk, typing, unknown, unsupported, Infer, R};
use crate::jit::tir::{AllocOp, Expr, ExprKind};
use crate::jit::types::{ArrTy, Layout, Ty, MAX_NDIM};
use crate::ndarray::dtype::DType;
use crate::syntax::ast::{self, Span};

/// The NumPy functions this module types.
pub(super) fn is_alloc(name: &str) -> bool {
    matches!(
        name,
        "empty"
            | "zeros"
            | "ones"
            | "full"
            | "empty_like"
            | "zeros_like"
            | "ones_like"
            | "full_like"
            | "arange"
            | "linspace"
            | "eye"
            | "identity"
    )
}

/// A dtype argument: a NumPy/Numba type, a type name string, or `float`/`int`/`bool`.
pub(super) fn dtype_arg(e: &ast::Expr) -> Option<DType> {
    if let ast::ExprKind::Name(n) = &e.kind {
        match n.as_str() {
            "float" => return Some(DType::Float64),
            "int" => return Some(DType::Int64),
            "bool" => return Some(DType::Bool),
            _ => {}
        }
    }
    dtype_of(e)
}

fn array_ty(dtype: DType, ndim: usize) -> Ty {
    Ty::Array(ArrTy {
        dtype,
        ndim: ndim as u8,
        layout: Layout::C,
    })
}

impl Infer<'_> {
    /// `np.NAME(args, **keywords)` for an array-creating `name` (see `is_alloc`).
    pub(super) fn alloc_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Expr> {
        let mut pos: Vec<&ast::Expr> = args.iter().collect();
        let mut dtype_expr = None;
        for k in keywords {
            match k.arg.as_deref() {
                Some("dtype") => dtype_expr = Some(&k.value),
                // Keywords naming a positional parameter, given in order.
                Some(kw @ ("num" | "fill_value" | "M"))
                    if matches!(
                        (name, kw),
                        ("linspace", "num") | ("full" | "full_like", "fill_value") | ("eye", "M")
                    ) && pos.len() == if kw == "num" { 2 } else { 1 } =>
                {
                    pos.push(&k.value)
                }
                Some(other) => {
                    return unsupported(
                        format!("np.{name}() with keyword argument '{other}' in compiled code"),
                        k.span,
                    )
                }
                None => return unsupported(format!("np.{name}(**kwargs)"), k.span),
            }
        }
        let max_pos = match name {
            "arange" => 4,
            "full" | "full_like" => 3,
            "eye" => 4,
            "linspace" => 3,
            _ => 2,
        };
        if pos.len() > max_pos || pos.is_empty() {
            return typing(
                format!(
                    "np.{name}() takes 1 to {max_pos} positional arguments, {} given",
                    pos.len()
                ),
                span,
            );
        }
        if pos.len() == max_pos && name != "linspace" {
            if dtype_expr.is_some() {
                return typing(format!("np.{name}() got dtype twice"), span);
            }
            dtype_expr = pos.pop();
        }
        let dtype = match dtype_expr {
            None => None,
            Some(e) => match dtype_arg(e).or_else(|| self.array_dtype_attr(e)) {
                Some(d) => Some(d),
                None => {
                    return typing(
                        format!(
                            "np.{name}(): the dtype must be a NumPy type such as np.float64 \
                             (int32, int64, float32, float64, bool_)"
                        ),
                        e.span,
                    )
                }
            },
        };
        match name {
            "arange" => self.arange(&pos, dtype, span),
            "linspace" => self.linspace(&pos, dtype, span),
            "eye" | "identity" => {
                if let Some(k) = pos.get(2) {
                    if !matches!(&k.kind, ast::ExprKind::Constant(ast::Constant::Int(z)) if z.to_string() == "0")
                    {
                        return unsupported("np.eye() with a diagonal offset k", k.span);
                    }
                }
                let n = self.int_arg(name, pos[0])?;
                let m = match pos.get(1) {
                    Some(e) if name == "eye" => self.int_arg(name, e)?,
                    _ => n.clone(),
                };
                let ty = array_ty(dtype.unwrap_or(DType::Float64), 2);
                Ok(mk(ExprKind::Alloc(AllocOp::Eye, vec![n, m]), ty, span))
            }
            "full" | "full_like" => {
                let Some(fill) = pos.get(1) else {
                    return typing(format!("np.{name}() needs a fill value"), span);
                };
                let value = self.expr(fill)?;
                if value.ty == Ty::Unknown {
                    return Ok(unknown(span));
                }
                if !value.ty.is_scalar() {
                    return unsupported(
                        format!("np.{name}() with a fill value of {}", value.ty),
                        value.span,
                    );
                }
                let mut dims = if name == "full" {
                    match self.shape_arg(name, pos[0])? {
                        Some(d) => d,
                        None => return Ok(unknown(span)),
                    }
                } else {
                    let src = self.expr(pos[0])?;
                    let Some(at) = src.ty.array() else {
                        return typing(format!("np.{name}() of {}", src.ty), src.span);
                    };
                    if !matches!(src.kind, ExprKind::Local(_)) {
                        return unsupported(
                            format!(
                                "np.{name}() of an expression (assign the array to a name first)"
                            ),
                            src.span,
                        );
                    }
                    let d = (0..at.ndim as usize)
                        .map(|k| mk(ExprKind::Shape(Box::new(src.clone()), k), Ty::Int, span))
                        .collect();
                    return self.full_of(d, value, dtype.or(Some(at.dtype)), span);
                };
                let _ = &mut dims;
                self.full_of(dims, value, dtype, span)
            }
            "empty_like" | "zeros_like" | "ones_like" => {
                let src = self.expr(pos[0])?;
                let at = match &src.ty {
                    Ty::Unknown => return Ok(unknown(span)),
                    Ty::Array(at) => *at,
                    t => return typing(format!("np.{name}() of {t}"), src.span),
                };
                if !matches!(src.kind, ExprKind::Local(_)) {
                    return unsupported(
                        format!("np.{name}() of an expression (assign the array to a name first)"),
                        src.span,
                    );
                }
                let dims = (0..at.ndim as usize)
                    .map(|k| mk(ExprKind::Shape(Box::new(src.clone()), k), Ty::Int, span))
                    .collect();
                let op = if name == "ones_like" {
                    AllocOp::Ones
                } else {
                    AllocOp::Zeros
                };
                let ty = array_ty(dtype.unwrap_or(at.dtype), at.ndim as usize);
                Ok(mk(ExprKind::Alloc(op, dims), ty, span))
            }
            _ => {
                let dims = self.shape_arg(name, pos[0])?;
                let Some(dims) = dims else {
                    return Ok(unknown(span));
                };
                let op = if name == "ones" {
                    AllocOp::Ones
                } else {
                    AllocOp::Zeros
                };
                let ty = array_ty(dtype.unwrap_or(DType::Float64), dims.len());
                Ok(mk(ExprKind::Alloc(op, dims), ty, span))
            }
        }
    }

    /// The dimensions a shape argument gives (`None` while a type is still unknown).
    fn shape_arg(&mut self, name: &str, e: &ast::Expr) -> R<Option<Vec<Expr>>> {
        let items: Vec<Expr> = match &e.kind {
            ast::ExprKind::Tuple(v) | ast::ExprKind::List(v) => {
                v.iter().map(|x| self.expr(x)).collect::<R<_>>()?
            }
            _ => {
                let v = self.expr(e)?;
                match (&v.ty, v.kind) {
                    (Ty::Unknown, _) => return Ok(None),
                    (Ty::Tuple(_), ExprKind::Tuple(items)) => items,
                    (Ty::Tuple(t), _) => {
                        return unsupported(
                            format!(
                            "np.{name}() of a {} held in a variable (write the shape as a tuple)",
                            Ty::Tuple(t.clone())
                        ),
                            e.span,
                        )
                    }
                    (_, kind) => vec![Expr {
                        kind,
                        ty: v.ty,
                        span: v.span,
                    }],
                }
            }
        };
        if items.is_empty() || items.len() > MAX_NDIM {
            return unsupported(
                format!(
                    "np.{name}() of {} dimensions (compiled arrays have 1 to {MAX_NDIM})",
                    items.len()
                ),
                e.span,
            );
        }
        let mut dims = Vec::new();
        for it in items {
            match it.ty {
                Ty::Unknown => return Ok(None),
                Ty::Int | Ty::Bool => dims.push(cast(it, &Ty::Int)),
                ref t => {
                    return typing(
                        format!("np.{name}(): a dimension must be an integer, not {t}"),
                        it.span,
                    )
                }
            }
        }
        Ok(Some(dims))
    }

    /// `np.full(dims, value)`: the dtype is the value's own (int64, float64, bool) unless
    /// one is given.
    fn full_of(
        &mut self,
        mut dims: Vec<Expr>,
        value: Expr,
        dtype: Option<DType>,
        span: Span,
    ) -> R<Expr> {
        let dtype = dtype.unwrap_or(match value.ty {
            Ty::Bool => DType::Bool,
            Ty::Int => DType::Int64,
            _ => DType::Float64,
        });
        let nd = dims.len();
        dims.push(cast(value, &Ty::of_elem(dtype)));
        Ok(mk(
            ExprKind::Alloc(AllocOp::Full, dims),
            array_ty(dtype, nd),
            span,
        ))
    }

    /// `a.dtype` of a local array `a` (used as a dtype argument).
    pub(super) fn array_dtype_attr(&self, e: &ast::Expr) -> Option<DType> {
        let ast::ExprKind::Attribute { value, attr } = &e.kind else {
            return None;
        };
        let ast::ExprKind::Name(n) = &value.kind else {
            return None;
        };
        if attr != "dtype" {
            return None;
        }
        let id = *self.by_name.get(n)?;
        self.locals[id].ty.array().map(|at| at.dtype)
    }

    /// An int64 argument (bools count).
    fn int_arg(&mut self, name: &str, e: &ast::Expr) -> R<Expr> {
        let v = self.expr(e)?;
        match v.ty {
            Ty::Int | Ty::Bool | Ty::Unknown => Ok(cast(v, &Ty::Int)),
            ref t => typing(format!("np.{name}(): expected an integer, not {t}"), v.span),
        }
    }

    /// `np.linspace(start, stop, num=50)` (float64 unless a dtype is given).
    fn linspace(&mut self, pos: &[&ast::Expr], dtype: Option<DType>, span: Span) -> R<Expr> {
        if pos.len() < 2 {
            return typing("np.linspace() needs start and stop", span);
        }
        let mut ops = Vec::new();
        for e in &pos[..2] {
            let v = self.expr(e)?;
            if v.ty != Ty::Unknown && !v.ty.is_scalar() {
                return unsupported(format!("np.linspace() of {}", v.ty), v.span);
            }
            ops.push(cast(v, &Ty::Float));
        }
        ops.push(match pos.get(2) {
            Some(e) => self.int_arg("linspace", e)?,
            None => mk(ExprKind::Int(50), Ty::Int, span),
        });
        let ty = array_ty(dtype.unwrap_or(DType::Float64), 1);
        Ok(mk(ExprKind::Alloc(AllocOp::Linspace, ops), ty, span))
    }

    fn arange(&mut self, pos: &[&ast::Expr], dtype: Option<DType>, span: Span) -> R<Expr> {
        let vals: Vec<Expr> = pos.iter().map(|x| self.expr(x)).collect::<R<_>>()?;
        if vals.iter().any(|v| v.ty == Ty::Unknown) {
            return Ok(unknown(span));
        }
        if let Some(v) = vals.iter().find(|v| !v.ty.is_scalar()) {
            return typing(format!("np.arange() of {}", v.ty), v.span);
        }
        let all_int = vals.iter().all(|v| v.ty != Ty::Float);
        let dtype = dtype.unwrap_or(if all_int {
            DType::Int64
        } else {
            DType::Float64
        });
        // Computed in int64 when every bound is an int and the dtype is not a float.
        let t = if all_int && !matches!(dtype, DType::Float32 | DType::Float64) {
            Ty::Int
        } else {
            Ty::Float
        };
        let one = |t: &Ty| match t {
            Ty::Int => mk(ExprKind::Int(1), Ty::Int, span),
            _ => mk(ExprKind::Float(1.0), Ty::Float, span),
        };
        let zero = |t: &Ty| match t {
            Ty::Int => mk(ExprKind::Int(0), Ty::Int, span),
            _ => mk(ExprKind::Float(0.0), Ty::Float, span),
        };
        let mut it = vals.into_iter().map(|v| cast(v, &t));
        let ops = match pos.len() {
            1 => vec![zero(&t), it.next().unwrap_or_else(|| zero(&t)), one(&t)],
            2 => {
                let a = it.next().unwrap_or_else(|| zero(&t));
                let b = it.next().unwrap_or_else(|| zero(&t));
                vec![a, b, one(&t)]
            }
            _ => it.collect(),
        };
        Ok(mk(
            ExprKind::Alloc(AllocOp::Arange, ops),
            array_ty(dtype, 1),
            span,
        ))
    }
}
