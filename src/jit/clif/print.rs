//! Lowering of `print()` in compiled code: the values go into a stack slot and one call to
//! `jit::print::print_values` formats and writes the whole line (so a line from one thread
//! is never interleaved with another's).

use super::{Gen, Val, G, PTR};
use crate::jit::print::{print_values, PrintSite};
use crate::jit::tir::Expr;
use crate::jit::types::Ty;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, StackSlotData, StackSlotKind};
use cranelift_module::Module;

impl Gen<'_, '_> {
    pub(super) fn print(&mut self, texts: &[String], vals: &[Expr]) -> G<Val> {
        let site: &'static PrintSite = Box::leak(Box::new(PrintSite {
            texts: texts.to_vec(),
            kinds: vals.iter().map(|v| v.ty.clone()).collect(),
        }));
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * vals.len().max(1)) as u32,
            3,
        ));
        for (i, v) in vals.iter().enumerate() {
            let x = match self.expr(v)? {
                Val::S(x) if v.ty == Ty::Bool => self.b.ins().uextend(types::I64, x),
                // A float32 prints as its float64 value, as Numba prints it.
                Val::S(x) if v.ty == Ty::Float32 => self.b.ins().fpromote(types::F64, x),
                Val::S(x) => x,
                Val::Arr(a) => self.desc_of(&a),
                _ => self.b.ins().iconst(types::I64, 0),
            };
            self.b.ins().stack_store(PTR, x, slot, (8 * i) as i32);
        }
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(PTR));
        sig.params.push(AbiParam::new(PTR));
        let sr = self.b.import_signature(sig);
        let f = self
            .b
            .ins()
            .iconst(PTR, print_values as *const () as usize as i64);
        let sp = self.b.ins().iconst(PTR, site as *const PrintSite as i64);
        let vp = self.b.ins().stack_addr(PTR, slot, 0);
        self.b.ins().call_indirect(sr, f, &[sp, vp]);
        Ok(Val::None)
    }
}
