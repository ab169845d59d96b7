//! Type inference for `numba.cuda` in kernels: special registers (`cuda.threadIdx.x`,
//! `cuda.grid(n)`, `cuda.gridsize(n)`), `cuda.syncthreads()`, `cuda.shared.array` /
//! `cuda.local.array` with compile-time shapes, `cuda.atomic.*`, and the scalar casts
//! `float32(x)` / `float64(x)` / `int64(x)`. Guarantees: each is typed
//! exactly as the PTX backend lowers it (int64 indices, element-typed atomics); anything else
//! under `cuda.` is a typing error naming it.

use super::{mk, typing, unsupported, Global, Infer, R};
use crate::jit::tir::{AtomicOp, BinOp, CudaOp, Expr, ExprKind, Special};
use crate::jit::types::{ArrTy, Layout, Ty};
use crate::ndarray::dtype::DType;
use crate::syntax::ast::{self, Span};
use num_traits::ToPrimitive;

/// Module names `cuda` can have in a kernel's globals.
fn is_cuda_module(name: &str) -> bool {
    matches!(name, "_cudasim" | "numba.cuda")
}

fn special(kind: &str, axis: &str) -> Option<Special> {
    let a = match axis {
        "x" => 0,
        "y" => 1,
        "z" => 2,
        _ => return None,
    };
    Some(match kind {
        "threadIdx" => Special::Tid(a),
        "blockIdx" => Special::CtaId(a),
        "blockDim" => Special::NTid(a),
        "gridDim" => Special::NCtaId(a),
        _ => return None,
    })
}

fn sp(s: Special, span: Span) -> Expr {
    mk(ExprKind::Cuda(CudaOp::Special(s), vec![]), Ty::Int, span)
}

fn bin(op: BinOp, a: Expr, b: Expr, span: Span) -> Expr {
    mk(ExprKind::Bin(op, Box::new(a), Box::new(b)), Ty::Int, span)
}

impl Infer<'_> {
    /// The path of a `cuda.a.b` attribute chain rooted at the cuda module, if it is one.
    fn cuda_path<'e>(&self, e: &'e ast::Expr, out: &mut Vec<&'e str>) -> bool {
        match &e.kind {
            ast::ExprKind::Name(n) => {
                !self.by_name.contains_key(n)
                    && matches!(self.env.global(n), Global::Module(m) if is_cuda_module(&m))
            }
            ast::ExprKind::Attribute { value, attr } if self.cuda_path(value, out) => {
                out.push(attr);
                true
            }
            _ => false,
        }
    }

    /// `cuda.threadIdx.x` and friends, `cuda.warpsize`; `None` when `value.attr` is not cuda.
    pub(super) fn cuda_attr(
        &mut self,
        value: &ast::Expr,
        attr: &str,
        span: Span,
    ) -> R<Option<Expr>> {
        let mut path = Vec::new();
        if !self.cuda_path(value, &mut path) {
            return Ok(None);
        }
        match path.as_slice() {
            [] if attr == "warpsize" => Ok(Some(mk(ExprKind::Int(32), Ty::Int, span))),
            [kind] => match special(kind, attr) {
                Some(s) => Ok(Some(sp(s, span))),
                None => typing(format!("unknown attribute 'cuda.{kind}.{attr}'"), span),
            },
            _ => typing(
                format!("'cuda.{}' used as a value", {
                    let mut p = path.clone();
                    p.push(attr);
                    p.join(".")
                }),
                span,
            ),
        }
    }

    /// A call to a `cuda.` function; `None` when `func` is not under the cuda module.
    pub(super) fn cuda_call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Option<Expr>> {
        if let Some(ty) = self.scalar_type_callee(func) {
            return self.scalar_cast(ty, args, keywords, span).map(Some);
        }
        let mut path = Vec::new();
        if !self.cuda_path(func, &mut path) {
            return Ok(None);
        }
        let name = path.join(".");
        let e = match path.as_slice() {
            ["grid"] | ["gridsize"] => {
                let n = self.const_int_arg(args, keywords, 0, "ndim", &name, span)?;
                let size = path[0] == "gridsize";
                let axes: Vec<Expr> = (0..n as u8)
                    .map(|a| {
                        if size {
                            bin(
                                BinOp::Mul,
                                sp(Special::NTid(a), span),
                                sp(Special::NCtaId(a), span),
                                span,
                            )
                        } else {
                            let base = bin(
                                BinOp::Mul,
                                sp(Special::CtaId(a), span),
                                sp(Special::NTid(a), span),
                                span,
                            );
                            bin(BinOp::Add, base, sp(Special::Tid(a), span), span)
                        }
                    })
                    .collect();
                if !(1..=3).contains(&n) {
                    return typing(
                        format!("cuda.{name}() takes 1, 2 or 3 dimensions, not {n}"),
                        span,
                    );
                }
                if n == 1 {
                    axes.into_iter().next().ok_or_else(|| super::JitError {
                        kind: super::ErrKind::Typing,
                        msg: "grid".into(),
                        span,
                    })?
                } else {
                    mk(
                        ExprKind::Tuple(axes),
                        Ty::Tuple(vec![Ty::Int; n as usize]),
                        span,
                    )
                }
            }
            ["syncthreads"] => {
                if !args.is_empty() || !keywords.is_empty() {
                    return typing("cuda.syncthreads() takes no arguments", span);
                }
                mk(ExprKind::Cuda(CudaOp::SyncThreads, vec![]), Ty::None, span)
            }
            ["threadfence"] | ["threadfence_block"] | ["threadfence_system"] => {
                mk(ExprKind::None, Ty::None, span)
            }
            ["shared", "array"] | ["local", "array"] => {
                let shape_e = self.arg(args, keywords, 0, "shape", &name, span)?;
                let dtype_e = self.arg(args, keywords, 1, "dtype", &name, span)?;
                let shape = self.const_shape(shape_e, &name)?;
                let dtype = dtype_of(dtype_e).ok_or_else(|| super::JitError {
                    kind: super::ErrKind::Typing,
                    msg: format!("cuda.{name}(): dtype must be a numba or numpy type name"),
                    span: dtype_e.span,
                })?;
                if shape.is_empty() || shape.len() > crate::jit::types::MAX_NDIM {
                    return unsupported(
                        format!("cuda.{name}() with {} dimensions", shape.len()),
                        span,
                    );
                }
                let slot = span.start as usize;
                let op = if path[0] == "shared" {
                    CudaOp::SharedArray {
                        slot,
                        shape: shape.clone(),
                        dtype,
                    }
                } else {
                    CudaOp::LocalArray {
                        slot,
                        shape: shape.clone(),
                        dtype,
                    }
                };
                let ty = Ty::Array(ArrTy {
                    dtype,
                    ndim: shape.len() as u8,
                    layout: Layout::C,
                });
                mk(ExprKind::Cuda(op, vec![]), ty, span)
            }
            ["atomic", op] => {
                let aop = match *op {
                    "add" => AtomicOp::Add,
                    "sub" => AtomicOp::Sub,
                    "max" => AtomicOp::Max,
                    "min" => AtomicOp::Min,
                    "exch" => AtomicOp::Exch,
                    _ => return unsupported(format!("cuda.atomic.{op}"), span),
                };
                if args.len() != 3 || !keywords.is_empty() {
                    return typing(
                        format!("cuda.atomic.{op}(array, index, value) takes 3 arguments"),
                        span,
                    );
                }
                let arr = self.expr(&args[0])?;
                let at = match &arr.ty {
                    Ty::Unknown => return Ok(Some(super::unknown(span))),
                    Ty::Array(at) => *at,
                    t => {
                        return typing(
                            format!("cuda.atomic.{op} on a {t}, not an array"),
                            args[0].span,
                        )
                    }
                };
                if at.dtype == DType::Bool {
                    return typing(format!("cuda.atomic.{op} on a bool array"), args[0].span);
                }
                let idx = self.indices(&args[1], at.ndim as usize, args[1].span)?;
                let v = self.expr(&args[2])?;
                if v.ty == Ty::Unknown {
                    return Ok(Some(super::unknown(span)));
                }
                if !v.ty.is_scalar() {
                    return typing(
                        format!("cuda.atomic.{op} value must be a scalar, not {}", v.ty),
                        v.span,
                    );
                }
                let elem = Ty::of_elem(at.dtype);
                self.mark_write(&arr);
                let mut ops = vec![arr];
                ops.extend(idx);
                ops.push(super::cast(v, &elem));
                mk(ExprKind::Cuda(CudaOp::Atomic(aop), ops), elem, span)
            }
            _ => return typing(format!("unknown function 'cuda.{name}'"), span),
        };
        Ok(Some(e))
    }

    /// `float32`, `float64` or `int64` named as a cast: a numba type from `from numba import
    /// float32` (the kernel environment reports it as a builtin of that name), or
    /// `np.float32` / `numba.float32` as an attribute of the module.
    fn scalar_type_callee(&self, func: &ast::Expr) -> Option<&'static str> {
        let pick = |n: &str| {
            ["float32", "float64", "int64"]
                .into_iter()
                .find(|t| *t == n)
        };
        match &func.kind {
            ast::ExprKind::Name(n) if !self.by_name.contains_key(n) => match self.env.global(n) {
                Global::Builtin(b) => pick(&b),
                _ => None,
            },
            ast::ExprKind::Attribute { value, attr } => match &value.kind {
                ast::ExprKind::Name(m) if !self.by_name.contains_key(m) => {
                    match self.env.global(m) {
                        Global::Module(module) if module == "numpy" || module == "numba" => {
                            pick(attr)
                        }
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `float32(x)`, `float64(x)`, `int64(x)`: conversions to those scalar types.
    fn scalar_cast(
        &mut self,
        ty: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> R<Expr> {
        if args.len() != 1 || !keywords.is_empty() {
            return typing(format!("{ty}() takes exactly one argument"), span);
        }
        let v = self.expr(&args[0])?;
        if v.ty == Ty::Unknown {
            return Ok(super::unknown(span));
        }
        if !v.ty.is_scalar() {
            return typing(format!("{ty}() of {}", v.ty), v.span);
        }
        Ok(match ty {
            "int64" => super::cast(v, &Ty::Int),
            "float64" => super::cast(v, &Ty::Float),
            _ => super::cast(v, &Ty::Float32),
        })
    }

    fn arg<'a>(
        &self,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
        pos: usize,
        kw: &str,
        name: &str,
        span: Span,
    ) -> R<&'a ast::Expr> {
        if let Some(a) = args.get(pos) {
            return Ok(a);
        }
        match keywords.iter().find(|k| k.arg.as_deref() == Some(kw)) {
            Some(k) => Ok(&k.value),
            None => typing(format!("cuda.{name}() missing argument '{kw}'"), span),
        }
    }

    fn const_int(&self, e: &ast::Expr) -> Option<i64> {
        match &e.kind {
            ast::ExprKind::Constant(ast::Constant::Int(k)) => k.to_i64(),
            ast::ExprKind::Name(n) if !self.by_name.contains_key(n) => match self.env.global(n) {
                Global::Int(i) => Some(i),
                _ => None,
            },
            _ => None,
        }
    }

    fn const_int_arg(
        &self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        pos: usize,
        kw: &str,
        name: &str,
        span: Span,
    ) -> R<i64> {
        let e = self.arg(args, keywords, pos, kw, name, span)?;
        match self.const_int(e) {
            Some(n) => Ok(n),
            None => typing(
                format!("cuda.{name}() needs a constant integer '{kw}'"),
                e.span,
            ),
        }
    }

    /// A shape known at compile time: an int or a tuple of ints (literals or global constants).
    fn const_shape(&self, e: &ast::Expr, name: &str) -> R<Vec<usize>> {
        let parts: Vec<&ast::Expr> = match &e.kind {
            ast::ExprKind::Tuple(v) => v.iter().collect(),
            _ => vec![e],
        };
        let mut out = Vec::new();
        for p in parts {
            match self.const_int(p) {
                Some(n) if n > 0 => out.push(n as usize),
                _ => {
                    return typing(
                        format!("cuda.{name}(): the shape must be positive integer constants"),
                        p.span,
                    )
                }
            }
        }
        Ok(out)
    }
}

/// The dtype a type expression names: `float32`, `np.float32`, `numba.float32`,
/// `types.int64`, `'float64'`.
pub(super) fn dtype_of(e: &ast::Expr) -> Option<DType> {
    let name = match &e.kind {
        ast::ExprKind::Name(n) => n.as_str(),
        ast::ExprKind::Attribute { attr, .. } => attr.as_str(),
        ast::ExprKind::Constant(ast::Constant::Str(s)) => s.as_str(),
        _ => return None,
    };
    Some(match name {
        "float64" | "double" | "f8" => DType::Float64,
        "float32" | "single" | "f4" => DType::Float32,
        "int64" | "i8" | "intp" => DType::Int64,
        "int32" | "i4" => DType::Int32,
        "bool_" | "boolean" | "b1" => DType::Bool,
        _ => return None,
    })
}
