//! Lowering of array views and whole-array operations: slicing (Python's `slice.indices`
//! rules, computed in registers), descriptors written only where an array leaves the
//! function, assignment into views (overlapping source and destination go through a copy,
//! as in Numba), `a.copy()` and the whole-array reductions. Guarantees: every element these
//! loops touch lies inside the view (the loop nest runs over the view's own shape), and a
//! view's fields are exact for any step, including negative ones and empty results.

use super::{abi, err, ArrVal, Gen, Val, G, PTR};
use crate::jit::tir::{Expr, ReduceOp, ViewAxis};
use crate::jit::types::Ty;
use crate::ndarray::dtype::DType;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, BlockArg, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_module::Module;

impl Gen<'_, '_> {
    /// A descriptor of `a` in a fresh stack slot (valid until this function returns).
    pub(super) fn desc_of(&mut self, a: &ArrVal) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            std::mem::size_of::<abi::ArrDesc>() as u32,
            3,
        ));
        let p = self.b.ins().stack_addr(PTR, slot, 0);
        self.store_desc(a, p);
        p
    }

    /// Writes `a`'s fields at `p` in `ArrDesc` layout (unused dimensions zero).
    pub(super) fn store_desc(&mut self, a: &ArrVal, p: Value) {
        let fl = MemFlagsData::trusted();
        self.b.ins().store(fl, a.data, p, abi::DESC_DATA);
        let zero = self.b.ins().iconst(types::I64, 0);
        for k in 0..3 {
            let n = a.shape.get(k).copied().unwrap_or(zero);
            let s = a.strides.get(k).copied().unwrap_or(zero);
            self.b.ins().store(fl, n, p, abi::DESC_SHAPE + 8 * k as i32);
            self.b
                .ins()
                .store(fl, s, p, abi::DESC_STRIDES + 8 * k as i32);
        }
    }

    /// A new C-contiguous array of `dims` (checked non-negative), zeros or ones.
    pub(super) fn new_filled(
        &mut self,
        dt: DType,
        dims: &[Value],
        ones: bool,
        pos: u32,
    ) -> G<ArrVal> {
        for &d in dims {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, d, 0);
            self.fail_if(neg, err::NEG_DIM, [Some(d), None, None], pos);
        }
        let code = self.b.ins().iconst(types::I64, abi::dtype_code(dt));
        let nd = self.b.ins().iconst(types::I64, dims.len() as i64);
        let zero = self.b.ins().iconst(types::I64, 0);
        let mut ps = vec![self.err, code, nd];
        for k in 0..3 {
            ps.push(dims.get(k).copied().unwrap_or(zero));
        }
        ps.push(self.b.ins().iconst(types::I64, ones as i64));
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(PTR));
        for _ in 0..6 {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(PTR));
        let sr = self.b.import_signature(sig);
        let f = self
            .b
            .ins()
            .iconst(PTR, abi::new_array as *const () as usize as i64);
        let inst = self.b.ins().call_indirect(sr, f, &ps);
        let desc = self.b.inst_results(inst)[0];
        Ok(self.load_desc(desc, dims.len()))
    }

    /// `base[axes: ops]`: the view's data pointer, shape and strides.
    pub(super) fn view(
        &mut self,
        base: &Expr,
        axes: &[ViewAxis],
        ops: &[Expr],
        e: &Expr,
    ) -> G<Val> {
        let at = base.ty.array().ok_or("a view of a non-array")?;
        let a = self.arr(base)?;
        let item = at.dtype.itemsize() as i64;
        let mut data = a.data;
        let (mut shape, mut strides) = (Vec::new(), Vec::new());
        let mut it = ops.iter();
        for (k, axis) in axes.iter().enumerate() {
            let (n, s) = (a.shape[k], a.strides[k]);
            let start = match *axis {
                ViewAxis::At => {
                    let ie = it.next().ok_or("a view index without an operand")?;
                    let i = self.scalar(ie)?;
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
                    let wrapped = self.b.ins().iadd(i, n);
                    let w = self.b.ins().select(neg, wrapped, i);
                    let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, w, n);
                    let axis = self.b.ins().iconst(types::I64, k as i64);
                    let pos = ie.span.start.max(e.span.start);
                    self.fail_if(bad, err::INDEX, [Some(i), Some(axis), Some(n)], pos);
                    w
                }
                ViewAxis::Range { start, stop, step } => {
                    let mut get = |g: &mut Self, present: bool| -> G<Option<Value>> {
                        match present {
                            true => {
                                let x = it.next().ok_or("a slice without its operand")?;
                                Ok(Some(g.scalar(x)?))
                            }
                            false => Ok(None),
                        }
                    };
                    let lo = get(self, start)?;
                    let hi = get(self, stop)?;
                    let st = get(self, step)?;
                    let (first, len, step) = self.slice_indices(n, lo, hi, st, e.span.start);
                    shape.push(len);
                    strides.push(self.b.ins().imul(s, step));
                    first
                }
            };
            let off = self.b.ins().imul(start, s);
            let bytes = self.b.ins().imul_imm_s(off, item);
            data = self.b.ins().iadd(data, bytes);
        }
        for k in axes.len()..a.shape.len() {
            shape.push(a.shape[k]);
            strides.push(a.strides[k]);
        }
        Ok(Val::Arr(ArrVal {
            data,
            shape,
            strides,
        }))
    }

    /// Python's `slice(lo, hi, step).indices(n)` as (first index, length, step); a zero step
    /// fails with ValueError.
    fn slice_indices(
        &mut self,
        n: Value,
        lo: Option<Value>,
        hi: Option<Value>,
        step: Option<Value>,
        pos: u32,
    ) -> (Value, Value, Value) {
        let i = |g: &mut Self, c: i64| g.b.ins().iconst(types::I64, c);
        let step = match step {
            Some(s) => {
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, s, 0);
                self.fail_if(z, err::SLICE_STEP_ZERO, [None, None, None], pos);
                s
            }
            None => i(self, 1),
        };
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, step, 0);
        // Bounds a start or stop clamps to: [0, n] for positive steps, [-1, n-1] otherwise.
        let zero = i(self, 0);
        let minus1 = i(self, -1);
        let lower = self.b.ins().select(neg, minus1, zero);
        let nm1 = self.b.ins().iadd_imm_s(n, -1);
        let upper = self.b.ins().select(neg, nm1, n);
        let clamp = |g: &mut Self, x: Value| {
            let isneg = g.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
            let plus = g.b.ins().iadd(x, n);
            let lo_c = g.b.ins().smax(plus, lower);
            let hi_c = g.b.ins().smin(x, upper);
            g.b.ins().select(isneg, lo_c, hi_c)
        };
        let start = match lo {
            Some(x) => clamp(self, x),
            None => self.b.ins().select(neg, upper, lower),
        };
        let stop = match hi {
            Some(x) => clamp(self, x),
            None => self.b.ins().select(neg, lower, upper),
        };
        let fwd = self.b.ins().isub(stop, start);
        let back = self.b.ins().isub(start, stop);
        let diff = self.b.ins().select(neg, back, fwd);
        let nstep = self.b.ins().ineg(step);
        let astep = self.b.ins().select(neg, nstep, step);
        let dm1 = self.b.ins().iadd_imm_s(diff, -1);
        let q = self.b.ins().sdiv(dm1, astep);
        let q1 = self.b.ins().iadd_imm_s(q, 1);
        let pos_diff = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, diff, 0);
        let len = self.b.ins().select(pos_diff, q1, zero);
        (start, len, step)
    }

    /// Runs `body` for every index of `shape` in C order (nothing when any extent is 0).
    pub(super) fn nest(
        &mut self,
        shape: &[Value],
        body: &mut dyn FnMut(&mut Self, &[Value]) -> G<()>,
    ) -> G<()> {
        let mut idx = Vec::new();
        self.nest_from(shape, &mut idx, body)
    }

    fn nest_from(
        &mut self,
        shape: &[Value],
        idx: &mut Vec<Value>,
        body: &mut dyn FnMut(&mut Self, &[Value]) -> G<()>,
    ) -> G<()> {
        let k = idx.len();
        if k == shape.len() {
            return body(self, idx);
        }
        let head = self.b.create_block();
        let i = self.b.append_block_param(head, types::I64);
        let inner = self.b.create_block();
        let exit = self.b.create_block();
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().jump(head, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(head);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, shape[k]);
        self.b.ins().brif(more, inner, &[], exit, &[]);
        self.b.switch_to_block(inner);
        idx.push(i);
        self.nest_from(shape, idx, body)?;
        idx.pop();
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(head, &[BlockArg::Value(next)]);
        self.b.switch_to_block(exit);
        Ok(())
    }

    /// The address of element `idx` (in bounds by construction) of `a`.
    pub(super) fn at(&mut self, a: &ArrVal, dt: DType, idx: &[Value]) -> Value {
        let mut off: Option<Value> = None;
        for (k, &i) in idx.iter().enumerate() {
            let t = self.b.ins().imul(i, a.strides[k]);
            off = Some(match off {
                None => t,
                Some(o) => self.b.ins().iadd(o, t),
            });
        }
        match off {
            None => a.data,
            Some(o) => {
                let bytes = self.b.ins().imul_imm_s(o, dt.itemsize() as i64);
                self.b.ins().iadd(a.data, bytes)
            }
        }
    }

    /// Copies every element of `src` (shape already equal to `dst`'s) into `dst`.
    fn copy_into(&mut self, dst: &ArrVal, ddt: DType, src: &ArrVal, sdt: DType) -> G<()> {
        let shape = dst.shape.clone();
        self.nest(&shape, &mut |g, idx| {
            let from = g.at(src, sdt, idx);
            let v = g.load_elem(sdt, from);
            let v = g.cast(v, &Ty::of_elem(sdt), &Ty::of_elem(ddt))?;
            let to = g.at(dst, ddt, idx);
            g.store_elem(ddt, v, to);
            Ok(())
        })
    }

    /// `a.copy()`: a new C-contiguous array with `a`'s elements.
    pub(super) fn copy(&mut self, a: &Expr, e: &Expr) -> G<Val> {
        let at = a.ty.array().ok_or("a copy of a non-array")?;
        let src = self.arr(a)?;
        let dst = self.new_filled(at.dtype, &src.shape.clone(), false, e.span.start)?;
        self.copy_into(&dst, at.dtype, &src, at.dtype)?;
        Ok(Val::Arr(dst))
    }

    /// The lowest and one-past-highest byte addresses `a`'s elements occupy (equal when
    /// the array is empty).
    fn extent(&mut self, a: &ArrVal, dt: DType) -> (Value, Value) {
        let item = dt.itemsize() as i64;
        let mut lo = self.b.ins().iconst(types::I64, 0);
        let mut hi = self.b.ins().iconst(types::I64, item);
        let mut empty = self.b.ins().iconst(types::I8, 0);
        for (&n, &s) in a.shape.iter().zip(&a.strides) {
            let z = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, n, 0);
            empty = self.b.ins().bor(empty, z);
            let nm1 = self.b.ins().iadd_imm_s(n, -1);
            let span = self.b.ins().imul(nm1, s);
            let span = self.b.ins().imul_imm_s(span, item);
            let zero = self.b.ins().iconst(types::I64, 0);
            let down = self.b.ins().smin(span, zero);
            let up = self.b.ins().smax(span, zero);
            lo = self.b.ins().iadd(lo, down);
            hi = self.b.ins().iadd(hi, up);
        }
        let lo = self.b.ins().iadd(a.data, lo);
        let hi = self.b.ins().iadd(a.data, hi);
        let hi = self.b.ins().select(empty, lo, hi);
        (lo, hi)
    }

    /// `a.reshape(dims)` of a C-contiguous array: the same data with C strides for the new
    /// shape; a constant -1 dimension is the size over the product of the others.
    pub(super) fn reshape(&mut self, a: &Expr, dims: &[Expr], e: &Expr) -> G<ArrVal> {
        let at = e.ty.array().ok_or("a reshape to a non-array")?;
        let src = self.arr(a)?;
        let mut size = self.b.ins().iconst(types::I64, 1);
        for &s in &src.shape {
            size = self.b.ins().imul(size, s);
        }
        let mut shape = Vec::new();
        let mut infer = None;
        let mut known = self.b.ins().iconst(types::I64, 1);
        for (k, d) in dims.iter().enumerate() {
            if matches!(d.kind, crate::jit::tir::ExprKind::Int(-1)) {
                infer = Some(k);
                shape.push(known); // replaced below
                continue;
            }
            let v = self.scalar(d)?;
            known = self.b.ins().imul(known, v);
            shape.push(v);
        }
        let mut bad = self.b.ins().iconst(types::I8, 0);
        for (k, &d) in shape.iter().enumerate() {
            if Some(k) != infer {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, d, 0);
                bad = self.b.ins().bor(bad, neg);
            }
        }
        if let Some(k) = infer {
            // size / known, when known divides size (known == 0 never does).
            let zero = self.b.ins().icmp_imm_s(IntCC::Equal, known, 0);
            let one = self.b.ins().iconst(types::I64, 1);
            let safe = self.b.ins().select(zero, one, known);
            let q = self.b.ins().sdiv(size, safe);
            let back = self.b.ins().imul(q, known);
            let ne = self.b.ins().icmp(IntCC::NotEqual, back, size);
            bad = self.b.ins().bor(bad, zero);
            bad = self.b.ins().bor(bad, ne);
            shape[k] = q;
        } else {
            let ne = self.b.ins().icmp(IntCC::NotEqual, known, size);
            bad = self.b.ins().bor(bad, ne);
        }
        let req: Vec<Value> = shape
            .iter()
            .enumerate()
            .map(|(k, &d)| {
                if Some(k) == infer {
                    self.b.ins().iconst(types::I64, -1)
                } else {
                    d
                }
            })
            .collect();
        let packed = self.pack_shape(&req);
        let nd = self.b.ins().iconst(types::I64, req.len() as i64);
        self.fail_if(
            bad,
            err::RESHAPE,
            [Some(size), Some(packed), Some(nd)],
            e.span.start,
        );
        let _ = at;
        // Strides count elements.
        let mut strides = vec![self.b.ins().iconst(types::I64, 1); shape.len()];
        for k in (0..shape.len().saturating_sub(1)).rev() {
            strides[k] = self.b.ins().imul(strides[k + 1], shape[k + 1]);
        }
        Ok(ArrVal {
            data: src.data,
            shape,
            strides,
        })
    }

    /// `arr[...] = value` over the whole array `arr`: a scalar fill, or an elementwise copy
    /// from an array of the same shape (through a temporary when the two overlap).
    pub(super) fn assign_all(&mut self, arr: &Expr, value: &Expr) -> G<()> {
        let at = arr.ty.array().ok_or("assigning into a non-array")?;
        let dst = self.arr(arr)?;
        let shape = dst.shape.clone();
        if value.ty.is_scalar() {
            let v = self.scalar(value)?;
            return self.nest(&shape, &mut |g, idx| {
                let to = g.at(&dst, at.dtype, idx);
                g.store_elem(at.dtype, v, to);
                Ok(())
            });
        }
        let st = value
            .ty
            .array()
            .ok_or("assigning a non-array into a view")?;
        let src = self.arr(value)?;
        // NumPy's check and Numba's message: the shapes must be equal.
        let mut bad = self.b.ins().iconst(types::I8, 0);
        for (&d, &s) in dst.shape.iter().zip(&src.shape) {
            let ne = self.b.ins().icmp(IntCC::NotEqual, d, s);
            bad = self.b.ins().bor(bad, ne);
        }
        let packed = [self.pack_shape(&dst.shape), self.pack_shape(&src.shape)];
        let nd = self.b.ins().iconst(types::I64, shape.len() as i64);
        self.fail_if(
            bad,
            err::ASSIGN_SHAPE,
            [Some(packed[0]), Some(packed[1]), Some(nd)],
            value.span.start,
        );
        let (dlo, dhi) = self.extent(&dst, at.dtype);
        let (slo, shi) = self.extent(&src, st.dtype);
        let a = self.b.ins().icmp(IntCC::UnsignedLessThan, slo, dhi);
        let c = self.b.ins().icmp(IntCC::UnsignedLessThan, dlo, shi);
        let overlap = self.b.ins().band(a, c);
        let tmp_b = self.b.create_block();
        let merge = self.b.create_block();
        let m_data = self.b.append_block_param(merge, PTR);
        let m_strides: Vec<Value> = src
            .strides
            .iter()
            .map(|_| self.b.append_block_param(merge, types::I64))
            .collect();
        let direct: Vec<BlockArg> = std::iter::once(src.data)
            .chain(src.strides.iter().copied())
            .map(BlockArg::Value)
            .collect();
        self.b.ins().brif(overlap, tmp_b, &[], merge, &direct);
        self.b.switch_to_block(tmp_b);
        let tmp = self.new_filled(st.dtype, &src.shape, false, value.span.start)?;
        self.copy_into(&tmp, st.dtype, &src, st.dtype)?;
        let via: Vec<BlockArg> = std::iter::once(tmp.data)
            .chain(tmp.strides.iter().copied())
            .map(BlockArg::Value)
            .collect();
        self.b.ins().jump(merge, &via);
        self.b.switch_to_block(merge);
        let from = ArrVal {
            data: m_data,
            shape: src.shape.clone(),
            strides: m_strides,
        };
        self.copy_into(&dst, at.dtype, &from, st.dtype)
    }

    /// A whole-array reduction over `a`'s elements in C order, as Numba computes it
    /// (sequential sums; NaN wins min/max; the first extreme wins argmin/argmax).
    pub(super) fn reduce(&mut self, op: ReduceOp, a: &Expr, e: &Expr) -> G<Value> {
        let at = a.ty.array().ok_or("a reduction of a non-array")?;
        let src = self.arr(a)?;
        let dt = at.dtype;
        let float = matches!(dt, DType::Float32 | DType::Float64);
        let elem_ty = Ty::of_elem(dt);
        let shape = src.shape.clone();
        if matches!(
            op,
            ReduceOp::Min | ReduceOp::Max | ReduceOp::ArgMin | ReduceOp::ArgMax
        ) {
            let mut size = self.b.ins().iconst(types::I64, 1);
            for &n in &shape {
                size = self.b.ins().imul(size, n);
            }
            let empty = self.b.ins().icmp_imm_s(IntCC::Equal, size, 0);
            let which = self.b.ins().iconst(types::I64, op as i64);
            self.fail_if(
                empty,
                err::EMPTY_REDUCE,
                [Some(which), None, None],
                e.span.start,
            );
        }
        // The accumulator: float64 for float sums, products, extremes and every mean;
        // otherwise int64 (bools as 0/1; any/all count truths).
        let truthy = matches!(op, ReduceOp::Any | ReduceOp::All);
        let acc_f = (float || op == ReduceOp::Mean) && !truthy;
        let acc_t = if acc_f { types::F64 } else { types::I64 };
        let init = match (op, acc_f) {
            (ReduceOp::Sum | ReduceOp::Mean, true) => self.b.ins().f64const(0.0),
            (ReduceOp::Prod, true) => self.b.ins().f64const(1.0),
            (ReduceOp::Min | ReduceOp::ArgMin, true) => self.b.ins().f64const(f64::INFINITY),
            (ReduceOp::Max | ReduceOp::ArgMax, true) => self.b.ins().f64const(f64::NEG_INFINITY),
            (ReduceOp::Min | ReduceOp::ArgMin, false) => self.b.ins().iconst(types::I64, i64::MAX),
            (ReduceOp::Max | ReduceOp::ArgMax, false) => self.b.ins().iconst(types::I64, i64::MIN),
            (ReduceOp::Prod | ReduceOp::All, _) => self.b.ins().iconst(types::I64, 1),
            _ => self.b.ins().iconst(types::I64, 0),
        };
        let acc = self.b.declare_var(acc_t);
        self.b.def_var(acc, init);
        let best = self.b.declare_var(types::I64);
        let flat = self.b.declare_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(best, zero);
        self.b.def_var(flat, zero);
        self.nest(&shape, &mut |g, idx| {
            let p = g.at(&src, dt, idx);
            let x = g.load_elem(dt, p);
            let x = if truthy {
                let t = match &elem_ty {
                    Ty::Float => {
                        let z = g.b.ins().f64const(0.0);
                        g.b.ins().fcmp(FloatCC::NotEqual, x, z)
                    }
                    Ty::Bool => x,
                    _ => g.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0),
                };
                g.b.ins().uextend(types::I64, t)
            } else {
                match (acc_f, &elem_ty) {
                    (true, Ty::Float) => x,
                    (true, t) => g.cast(x, t, &Ty::Float)?,
                    (false, Ty::Bool) => g.b.ins().uextend(types::I64, x),
                    (false, _) => x,
                }
            };
            let cur = g.b.use_var(acc);
            let new = match (op, acc_f) {
                (ReduceOp::Sum | ReduceOp::Mean, true) => g.b.ins().fadd(cur, x),
                (ReduceOp::Sum | ReduceOp::Mean, false) => g.b.ins().iadd(cur, x),
                (ReduceOp::Prod, true) => g.b.ins().fmul(cur, x),
                (ReduceOp::Prod, false) => g.b.ins().imul(cur, x),
                (ReduceOp::Any, _) => g.b.ins().bor(cur, x),
                (ReduceOp::All, _) => g.b.ins().band(cur, x),
                (_, _) => {
                    // min/max and argmin/argmax: does `x` replace the current extreme?
                    let lt = matches!(op, ReduceOp::Min | ReduceOp::ArgMin);
                    let better = if acc_f {
                        let cc = if lt {
                            FloatCC::LessThan
                        } else {
                            FloatCC::GreaterThan
                        };
                        let c = g.b.ins().fcmp(cc, x, cur);
                        // The first NaN wins and stays.
                        let xnan = g.b.ins().fcmp(FloatCC::Unordered, x, x);
                        let cnan = g.b.ins().fcmp(FloatCC::Unordered, cur, cur);
                        let first_nan = g.b.ins().band_not(xnan, cnan);
                        g.b.ins().bor(c, first_nan)
                    } else {
                        let cc = if lt {
                            IntCC::SignedLessThan
                        } else {
                            IntCC::SignedGreaterThan
                        };
                        g.b.ins().icmp(cc, x, cur)
                    };
                    let k = g.b.use_var(flat);
                    let b0 = g.b.use_var(best);
                    let nb = g.b.ins().select(better, k, b0);
                    g.b.def_var(best, nb);
                    g.b.ins().select(better, x, cur)
                }
            };
            g.b.def_var(acc, new);
            let k = g.b.use_var(flat);
            let k1 = g.b.ins().iadd_imm_s(k, 1);
            g.b.def_var(flat, k1);
            Ok(())
        })?;
        let r = self.b.use_var(acc);
        Ok(match op {
            ReduceOp::ArgMin | ReduceOp::ArgMax => self.b.use_var(best),
            ReduceOp::Any | ReduceOp::All => self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0),
            ReduceOp::Mean => {
                let n = self.b.use_var(flat);
                let nf = self.b.ins().fcvt_from_sint(types::F64, n);
                self.b.ins().fdiv(r, nf)
            }
            _ if e.ty == Ty::Bool => self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0),
            _ => self.cast(r, if acc_f { &Ty::Float } else { &Ty::Int }, &e.ty)?,
        })
    }
}
