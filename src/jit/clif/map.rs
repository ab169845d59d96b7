//! Lowering of array expressions (`ExprKind::Map`): the inputs are evaluated once, their
//! shapes broadcast (NumPy's rule, checked at run time), the result allocated, and one loop
//! nest binds each input's element local and stores the body's value. Guarantees: an input
//! axis of extent 1 is read with stride 0 (broadcast), every read is inside its input, and
//! a shape mismatch fails with NumPy's ValueError before anything is written.

use super::{err, ArrVal, Gen, Val, G};
use crate::jit::tir::{Expr, LocalId};
use crate::jit::types::Ty;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

/// Shapes travel to an error message packed 21 bits per axis (`dispatcher::runtime_error`).
pub(super) const PACK_BITS: i64 = 21;

impl Gen<'_, '_> {
    /// `shape` packed for an error slot.
    pub(super) fn pack_shape(&mut self, shape: &[Value]) -> Value {
        let mut code = self.b.ins().iconst(types::I64, 0);
        for (k, &d) in shape.iter().enumerate() {
            let m = self.b.ins().band_imm_s(d, (1 << PACK_BITS) - 1);
            let m = self.b.ins().ishl_imm_s(m, PACK_BITS * k as i64);
            code = self.b.ins().bor(code, m);
        }
        code
    }

    pub(super) fn map(&mut self, inputs: &[(LocalId, Expr)], body: &Expr, e: &Expr) -> G<Val> {
        let at =
            e.ty.array()
                .ok_or("an array expression of a non-array type")?;
        let nd = at.ndim as usize;
        let mut arrays: Vec<(LocalId, ArrVal, crate::ndarray::dtype::DType)> = Vec::new();
        for (id, x) in inputs {
            match (self.expr(x)?, x.ty.array()) {
                (Val::Arr(a), Some(xt)) => arrays.push((*id, a, xt.dtype)),
                (v, _) => self.def(*id, v),
            }
        }
        // The broadcast shape: on each (right-aligned) axis the extent that is not 1.
        let one = self.b.ins().iconst(types::I64, 1);
        let mut shape = vec![one; nd];
        for (_, a, _) in &arrays {
            let off = nd - a.shape.len();
            for (k, &n) in a.shape.iter().enumerate() {
                let is1 = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
                shape[off + k] = self.b.ins().select(is1, shape[off + k], n);
            }
        }
        let mut bad = self.b.ins().iconst(types::I8, 0);
        for (_, a, _) in &arrays {
            let off = nd - a.shape.len();
            for (k, &n) in a.shape.iter().enumerate() {
                let ok1 = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
                let same = self.b.ins().icmp(IntCC::Equal, n, shape[off + k]);
                let ok = self.b.ins().bor(ok1, same);
                let no = self.b.ins().bxor_imm_s(ok, 1);
                bad = self.b.ins().bor(bad, no);
            }
        }
        if arrays.len() >= 2 {
            let (s0, s1) = (arrays[0].1.shape.clone(), arrays[1].1.shape.clone());
            let p0 = self.pack_shape(&s0);
            let p1 = self.pack_shape(&s1);
            let dims = (s0.len() | (s1.len() << 8)) as i64;
            let dims = self.b.ins().iconst(types::I64, dims);
            self.fail_if(
                bad,
                err::BROADCAST,
                [Some(p0), Some(p1), Some(dims)],
                e.span.start,
            );
        }
        // Each input read with its strides right-aligned, stride 0 where it is broadcast.
        let zero = self.b.ins().iconst(types::I64, 0);
        let mut reads = Vec::new();
        for (id, a, dt) in &arrays {
            let off = nd - a.shape.len();
            let mut strides = vec![zero; nd];
            for (k, (&n, &s)) in a.shape.iter().zip(&a.strides).enumerate() {
                let is1 = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
                strides[off + k] = self.b.ins().select(is1, zero, s);
            }
            let v = ArrVal {
                data: a.data,
                shape: shape.clone(),
                strides,
            };
            reads.push((*id, v, *dt));
        }
        let out = self.new_filled(at.dtype, &shape, false, e.span.start)?;
        let (ety, body_ty) = (Ty::of_elem(at.dtype), body.ty.clone());
        self.nest(&shape, &mut |g, idx| {
            for (id, v, dt) in &reads {
                let p = g.at(v, *dt, idx);
                let x = g.load_elem(*dt, p);
                let local_ty = g.f.locals[*id].ty.clone();
                let x = g.cast(x, &Ty::of_elem(*dt), &local_ty)?;
                g.def(*id, Val::S(x));
            }
            let y = g.scalar(body)?;
            let y = g.cast(y, &body_ty, &ety)?;
            let to = g.at(&out, at.dtype, idx);
            g.store_elem(at.dtype, y, to);
            Ok(())
        })?;
        Ok(Val::Arr(out))
    }
}
