//! Type inference for array expressions in compiled code: arithmetic, comparisons, unary
//! minus and `np.*` math functions with array operands (`a * 2.0 + b`, `np.sqrt(a)`,
//! `a > 0`, `a += b`). Each becomes one `ExprKind::Map`: a scalar body typed by the same
//! rules as scalar code, over element locals, and nested array expressions fuse into one
//! loop. Guarantees: the result is a new C-contiguous array of the broadcast shape, with
//! Numba's dtype (int32 and float32 stay 32-bit only when every operand is; a scalar
//! operand counts as int64/float64); the shapes are checked when the code runs.

use super::{mk, unknown, Infer, R};
use crate::jit::tir::{Expr, ExprKind, LocalId};
use crate::jit::types::{ArrTy, Layout, Ty};
use crate::ndarray::dtype::DType;
use crate::syntax::ast::Span;

/// Whether any operand is an array (so the operation is an array expression).
pub(super) fn any_array(vals: &[&Expr]) -> bool {
    vals.iter().any(|v| v.ty.array().is_some())
}

impl Infer<'_> {
    /// An elementwise operation over `operands` (arrays, or scalars used for every
    /// element); `body` types the scalar operation on their elements.
    pub(super) fn elementwise(
        &mut self,
        operands: Vec<Expr>,
        span: Span,
        body: impl FnOnce(&mut Self, Vec<Expr>) -> R<Expr>,
    ) -> R<Expr> {
        if operands.iter().any(|o| o.ty == Ty::Unknown) {
            return Ok(unknown(span));
        }
        let mut inputs: Vec<(LocalId, Expr)> = Vec::new();
        let mut elems = Vec::new();
        let mut dtypes = Vec::new();
        let mut ndim = 0u8;
        for o in operands {
            // Numba types a scalar operand as its full type (int64, float64), not as a
            // weak Python scalar: `int32_array * 3` is int64.
            match (o.ty.array(), &o.ty) {
                (Some(at), _) => {
                    ndim = ndim.max(at.ndim);
                    dtypes.push(at.dtype);
                }
                (None, Ty::Bool) => dtypes.push(DType::Bool),
                (None, Ty::Int) => dtypes.push(DType::Int64),
                (None, _) => dtypes.push(DType::Float64),
            }
            match o.kind {
                // A nested array expression: fuse its inputs and body into this one.
                ExprKind::Map(ins, inner) => {
                    inputs.extend(ins);
                    elems.push(*inner);
                }
                kind => {
                    let o = Expr { kind, ..o };
                    let ety = match o.ty.array() {
                        Some(at) => Ty::of_elem(at.dtype),
                        None => o.ty.clone(),
                    };
                    let t = self.temp("elem", ety.clone());
                    elems.push(mk(ExprKind::Local(t), ety, o.span));
                    inputs.push((t, o));
                }
            }
        }
        let b = body(self, elems)?;
        if b.ty == Ty::Unknown {
            return Ok(unknown(span));
        }
        let same = |d: DType| dtypes.iter().all(|x| *x == d);
        let dtype = match &b.ty {
            Ty::Bool => DType::Bool,
            Ty::Int if same(DType::Int32) => DType::Int32,
            Ty::Int => DType::Int64,
            Ty::Float32 => DType::Float32,
            Ty::Float if same(DType::Float32) => DType::Float32,
            Ty::Float => DType::Float64,
            t => {
                return super::typing(format!("an array expression producing {t}"), span);
            }
        };
        let ty = Ty::Array(ArrTy {
            dtype,
            ndim,
            layout: Layout::C,
        });
        Ok(mk(ExprKind::Map(inputs, Box::new(b)), ty, span))
    }
}
