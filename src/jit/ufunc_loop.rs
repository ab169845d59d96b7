//! Compiled inner loops for `@vectorize` ufuncs, in NumPy's style: one native function per
//! (scalar kernel, input dtypes) that walks `n` elements of strided inputs, calls the compiled
//! scalar kernel directly and stores each result. Guarantees: elements are read and written
//! only at `ptr + i * step` for `i < n`; a failing kernel call (division by zero, ...) stops
//! the loop and returns its status with the error slot filled, like any compiled function.

use super::abi::ErrSlot;
use super::clif::{inner_signature, new_module};
use super::types::Ty;
use crate::ndarray::dtype::DType;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Type,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};

/// `loop(n, ptrs, steps, err)`: `ptrs[k]` / `steps[k]` (bytes) for each input, then the
/// output; returns 0, or the kernel's non-zero status.
pub type LoopFn = unsafe extern "C" fn(i64, *const *mut u8, *const i64, *mut ErrSlot) -> i32;

fn mem(d: DType) -> Type {
    match d {
        DType::Bool => types::I8,
        DType::Int32 => types::I32,
        DType::Int64 => types::I64,
        DType::Float32 => types::F32,
        DType::Float64 => types::F64,
    }
}

/// Compiles the loop for a scalar kernel with the internal ABI at `inner`, whose parameters
/// are `args` (`Ty::of_elem` of each input dtype in `dtypes`) and whose result `ret` is stored
/// as `out` (float64, int64 or bool).
pub fn compile_loop(
    dtypes: &[DType],
    args: &[Ty],
    ret: &Ty,
    out: DType,
    inner: usize,
) -> Result<usize, String> {
    if dtypes.len() != args.len() || !ret.is_scalar() {
        return Err("a ufunc loop needs one scalar parameter per input".into());
    }
    let mut module = new_module()?;
    let mut sig = module.make_signature();
    for t in [types::I64, types::I64, types::I64, types::I64] {
        sig.params.push(AbiParam::new(t));
    }
    sig.returns.push(AbiParam::new(types::I32));
    let id = module
        .declare_function("ufunc_loop", Linkage::Local, &sig)
        .map_err(|e| format!("{e:?}"))?;
    let mut ctx = module.make_context();
    ctx.func.signature = sig;
    let mut fbc = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry).to_vec();
        let (n, ptrs, steps, errp) = (p[0], p[1], p[2], p[3]);
        let fl = MemFlagsData::trusted();
        let nio = dtypes.len() + 1;
        let mut bases = Vec::new();
        let mut strides = Vec::new();
        for k in 0..nio {
            bases.push(b.ins().load(types::I64, fl, ptrs, (8 * k) as i32));
            strides.push(b.ins().load(types::I64, fl, steps, (8 * k) as i32));
        }
        let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let outp = b.ins().stack_addr(types::I64, slot, 0);
        let callee_sig = b.import_signature(inner_signature(args, &module));
        let target = b.ins().iconst(types::I64, inner as i64);

        let header = b.create_block();
        let body = b.create_block();
        let fail = b.create_block();
        let exit = b.create_block();
        b.append_block_param(header, types::I64);
        let zero = b.ins().iconst(types::I64, 0);
        b.ins().jump(header, &[zero.into()]);

        b.switch_to_block(header);
        let i = b.block_params(header)[0];
        let more = b.ins().icmp(IntCC::SignedLessThan, i, n);
        b.ins().brif(more, body, &[], exit, &[]);

        b.switch_to_block(body);
        let mut vals = Vec::new();
        for (k, (&d, t)) in dtypes.iter().zip(args).enumerate() {
            let off = b.ins().imul(i, strides[k]);
            let addr = b.ins().iadd(bases[k], off);
            let x = b.ins().load(mem(d), fl, addr, 0);
            let x = match (d, t) {
                (DType::Float32, Ty::Float) => b.ins().fpromote(types::F64, x),
                (DType::Float32, Ty::Float32) => x,
                (DType::Int32, Ty::Int) => b.ins().sextend(types::I64, x),
                (DType::Bool, Ty::Int) => b.ins().uextend(types::I64, x),
                (DType::Float64, Ty::Float) | (DType::Int64, Ty::Int) | (DType::Bool, Ty::Bool) => {
                    x
                }
                _ => return Err(format!("reading {} as {t}", d.name())),
            };
            vals.push(x);
        }
        vals.push(outp);
        vals.push(errp);
        let call = b.ins().call_indirect(callee_sig, target, &vals);
        let status = b.inst_results(call)[0];
        let next = b.create_block();
        b.set_cold_block(fail);
        b.ins().brif(status, fail, &[], next, &[]);

        b.switch_to_block(next);
        let r = match (ret, out) {
            (Ty::Float, DType::Float64) => b.ins().stack_load(types::I64, types::F64, slot, 0),
            // A float32 result travels in its slot as float64.
            (Ty::Float32 | Ty::Float, DType::Float32) => {
                let w = b.ins().stack_load(types::I64, types::F64, slot, 0);
                b.ins().fdemote(types::F32, w)
            }
            (Ty::Int, DType::Int64) => b.ins().stack_load(types::I64, types::I64, slot, 0),
            (Ty::Bool, DType::Bool) => {
                let w = b.ins().stack_load(types::I64, types::I64, slot, 0);
                b.ins().ireduce(types::I8, w)
            }
            _ => return Err(format!("storing {ret} as {}", out.name())),
        };
        let off = b.ins().imul(i, strides[nio - 1]);
        let addr = b.ins().iadd(bases[nio - 1], off);
        b.ins().store(fl, r, addr, 0);
        let i1 = b.ins().iadd_imm_s(i, 1);
        b.ins().jump(header, &[i1.into()]);

        b.switch_to_block(fail);
        b.ins().return_(&[status]);

        b.switch_to_block(exit);
        let ok = b.ins().iconst(types::I32, 0);
        b.ins().return_(&[ok]);
        b.seal_all_blocks();
        b.finalize(module.target_config());
    }
    module
        .define_function(id, &mut ctx)
        .map_err(|e| format!("{e:?}"))?;
    module.clear_context(&mut ctx);
    module
        .finalize_definitions()
        .map_err(|e| format!("{e:?}"))?;
    let f = module.get_finalized_function(id) as usize;
    // Like every compiled specialization, the loop lives as long as the process.
    Box::leak(Box::new(module));
    Ok(f)
}
