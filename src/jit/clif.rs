//! Cranelift lowering of typed IR to native code. Guarantees: every array access is checked
//! against its axis' size unless `boundscheck=False` (negative indices wrap either way), integer
//! division and modulo by zero are checked, and every error leaves the function through the
//! error slot with status 1 — compiled code never traps, panics or unwinds. The generated
//! code lives as long as the process (compiled specializations are never freed).

use super::abi::{self, err};
use super::tir::{
    AllocOp, BinOp, Callee, CmpOp, Expr, ExprKind, Func, MathFn, Outlined, RedOp, Stmt,
};
use super::types::{ArrTy, Layout, Ty};
use crate::ndarray::dtype::DType;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, Type, Value,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};

mod map;
mod print;
mod views;

pub struct CgOptions {
    pub boundscheck: bool,
}

/// A compiled specialization.
pub struct Compiled {
    /// `abi::EntryFn`: the checked entry point.
    pub entry: usize,
    /// The function with the internal ABI (typed parameters, out and error pointers), for
    /// calls from other compiled code.
    pub inner: usize,
    /// The Cranelift IR of the function, for `inspect_asm` / `--dump=clif`.
    pub clif: String,
}

const PTR: Type = types::I64;

fn clif_ty(t: &Ty) -> Type {
    match t {
        Ty::Float => types::F64,
        Ty::Float32 => types::F32,
        Ty::Bool => types::I8,
        _ => types::I64,
    }
}

/// The internal signature: one parameter per argument, then the out and error pointers.
pub fn inner_signature(args: &[Ty], module: &JITModule) -> Signature {
    let mut sig = module.make_signature();
    for a in args {
        sig.params.push(AbiParam::new(clif_ty(a)));
    }
    sig.params.push(AbiParam::new(PTR));
    sig.params.push(AbiParam::new(PTR));
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

const HELPERS1: &[(&str, *const u8)] = &[
    ("pyrs_sin", abi::m_sin as *const u8),
    ("pyrs_cos", abi::m_cos as *const u8),
    ("pyrs_tan", abi::m_tan as *const u8),
    ("pyrs_asin", abi::m_asin as *const u8),
    ("pyrs_acos", abi::m_acos as *const u8),
    ("pyrs_atan", abi::m_atan as *const u8),
    ("pyrs_sinh", abi::m_sinh as *const u8),
    ("pyrs_cosh", abi::m_cosh as *const u8),
    ("pyrs_tanh", abi::m_tanh as *const u8),
    ("pyrs_exp", abi::m_exp as *const u8),
    ("pyrs_expm1", abi::m_expm1 as *const u8),
    ("pyrs_log", abi::m_log as *const u8),
    ("pyrs_log2", abi::m_log2 as *const u8),
    ("pyrs_log10", abi::m_log10 as *const u8),
    ("pyrs_log1p", abi::m_log1p as *const u8),
    ("pyrs_erf", abi::m_erf as *const u8),
    ("pyrs_erfc", abi::m_erfc as *const u8),
    ("pyrs_gamma", abi::m_gamma as *const u8),
    ("pyrs_lgamma", abi::m_lgamma as *const u8),
];
const HELPERS2: &[(&str, *const u8)] = &[
    ("pyrs_atan2", abi::m_atan2 as *const u8),
    ("pyrs_pow", abi::m_pow as *const u8),
    ("pyrs_hypot", abi::m_hypot as *const u8),
    ("pyrs_fmod", abi::m_fmod as *const u8),
    ("pyrs_ffloordiv", abi::float_floordiv as *const u8),
    ("pyrs_fmodpy", abi::float_mod as *const u8),
];
/// The float32 versions of the math helpers: `HELPERS1`/`HELPERS2` names plus `f`.
const HELPERS_F32: &[(&str, *const u8)] = &[
    ("pyrs_sinf", abi::m_sinf as *const u8),
    ("pyrs_cosf", abi::m_cosf as *const u8),
    ("pyrs_tanf", abi::m_tanf as *const u8),
    ("pyrs_asinf", abi::m_asinf as *const u8),
    ("pyrs_acosf", abi::m_acosf as *const u8),
    ("pyrs_atanf", abi::m_atanf as *const u8),
    ("pyrs_sinhf", abi::m_sinhf as *const u8),
    ("pyrs_coshf", abi::m_coshf as *const u8),
    ("pyrs_tanhf", abi::m_tanhf as *const u8),
    ("pyrs_expf", abi::m_expf as *const u8),
    ("pyrs_expm1f", abi::m_expm1f as *const u8),
    ("pyrs_logf", abi::m_logf as *const u8),
    ("pyrs_log2f", abi::m_log2f as *const u8),
    ("pyrs_log10f", abi::m_log10f as *const u8),
    ("pyrs_log1pf", abi::m_log1pf as *const u8),
    ("pyrs_erff", abi::m_erff as *const u8),
    ("pyrs_erfcf", abi::m_erfcf as *const u8),
    ("pyrs_gammaf", abi::m_gammaf as *const u8),
    ("pyrs_lgammaf", abi::m_lgammaf as *const u8),
    ("pyrs_atan2f", abi::m_atan2f as *const u8),
    ("pyrs_powf", abi::m_powf as *const u8),
    ("pyrs_hypotf", abi::m_hypotf as *const u8),
    ("pyrs_fmodf", abi::m_fmodf as *const u8),
];

fn math_symbol(m: MathFn) -> &'static str {
    match m {
        MathFn::Sin => "pyrs_sin",
        MathFn::Cos => "pyrs_cos",
        MathFn::Tan => "pyrs_tan",
        MathFn::Asin => "pyrs_asin",
        MathFn::Acos => "pyrs_acos",
        MathFn::Atan => "pyrs_atan",
        MathFn::Sinh => "pyrs_sinh",
        MathFn::Cosh => "pyrs_cosh",
        MathFn::Tanh => "pyrs_tanh",
        MathFn::Exp => "pyrs_exp",
        MathFn::Expm1 => "pyrs_expm1",
        MathFn::Log => "pyrs_log",
        MathFn::Log2 => "pyrs_log2",
        MathFn::Log10 => "pyrs_log10",
        MathFn::Log1p => "pyrs_log1p",
        MathFn::Atan2 => "pyrs_atan2",
        MathFn::Pow => "pyrs_pow",
        MathFn::Hypot => "pyrs_hypot",
        MathFn::Fmod => "pyrs_fmod",
        MathFn::Erf => "pyrs_erf",
        MathFn::Erfc => "pyrs_erfc",
        MathFn::Gamma => "pyrs_gamma",
        MathFn::Lgamma => "pyrs_lgamma",
        _ => "",
    }
}

pub(crate) fn new_module() -> Result<JITModule, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| e.to_string());
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "is_pic", "false")?;
    let isa = cranelift_native::builder()
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
    for (name, p) in HELPERS1.iter().chain(HELPERS2).chain(HELPERS_F32) {
        jb.symbol(*name, *p);
    }
    jb.symbol("pyrs_int_pow", abi::int_pow as *const u8);
    jb.symbol("pyrs_run_chunks", super::parallel::run_chunks as *const u8);
    Ok(JITModule::new(jb))
}

/// Compiles `f` to native code.
pub fn compile(f: &Func, opts: &CgOptions) -> Result<Compiled, String> {
    let mut module = new_module()?;
    let e = |e: cranelift_module::ModuleError| format!("{e:?}");
    let inner_sig = inner_signature(&f.args, &module);
    let inner_id = module
        .declare_function(&format!("{}_inner", f.name), Linkage::Local, &inner_sig)
        .map_err(e)?;
    let mut ctx = module.make_context();
    ctx.func.signature = inner_sig.clone();
    let mut fbc = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params: Vec<Value> = b.block_params(entry).to_vec();
        let n = f.args.len();
        let (out, err) = (params[n], params[n + 1]);
        let mut g = Gen {
            b,
            f,
            module: &mut module,
            opts,
            vars: Vec::new(),
            loops: Vec::new(),
            safe: Vec::new(),
            shape_alias: shape_aliases(f),
            dead: false,
            out,
            err,
            inner_id,
            self_ref: None,
        };
        g.function(&params[..n])?;
        g.b.seal_all_blocks();
        let cfg = g.module.target_config();
        g.b.finalize(cfg);
    }
    let clif = ctx.func.display().to_string();
    module
        .define_function(inner_id, &mut ctx)
        .map_err(|x| format!("{x:?}"))?;
    module.clear_context(&mut ctx);

    // The entry trampoline: unpack 8-byte argument slots and call the inner function.
    let mut esig = module.make_signature();
    esig.params.push(AbiParam::new(PTR));
    esig.params.push(AbiParam::new(PTR));
    esig.params.push(AbiParam::new(PTR));
    esig.returns.push(AbiParam::new(types::I32));
    let entry_id = module
        .declare_function(&format!("{}_entry", f.name), Linkage::Local, &esig)
        .map_err(e)?;
    ctx.func.signature = esig;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let blk = b.create_block();
        b.append_block_params_for_function_params(blk);
        b.switch_to_block(blk);
        let (args, out, errp) = {
            let p = b.block_params(blk);
            (p[0], p[1], p[2])
        };
        let mut vals = Vec::new();
        for (i, t) in f.args.iter().enumerate() {
            let off = (i * 8) as i32;
            let v = match t {
                Ty::Float => b.ins().load(types::F64, MemFlagsData::trusted(), args, off),
                // A float32 argument arrives as its (exact) float64 value.
                Ty::Float32 => {
                    let w = b.ins().load(types::F64, MemFlagsData::trusted(), args, off);
                    b.ins().fdemote(types::F32, w)
                }
                Ty::Bool => {
                    let w = b.ins().load(types::I64, MemFlagsData::trusted(), args, off);
                    b.ins().ireduce(types::I8, w)
                }
                _ => b.ins().load(types::I64, MemFlagsData::trusted(), args, off),
            };
            vals.push(v);
        }
        vals.push(out);
        vals.push(errp);
        let callee = module.declare_func_in_func(inner_id, b.func);
        let call = b.ins().call(callee, &vals);
        let status = b.inst_results(call)[0];
        b.ins().return_(&[status]);
        b.seal_all_blocks();
        b.finalize(module.target_config());
    }
    module
        .define_function(entry_id, &mut ctx)
        .map_err(|x| format!("{x:?}"))?;
    module.clear_context(&mut ctx);
    module.finalize_definitions().map_err(e)?;
    let entry = module.get_finalized_function(entry_id) as usize;
    let inner = module.get_finalized_function(inner_id) as usize;
    // The code must outlive every dispatcher that may call it: keep the module forever.
    Box::leak(Box::new(module));
    Ok(Compiled { entry, inner, clif })
}

/// A value in registers: a scalar, an array's fields, a tuple of scalars, or nothing.
#[derive(Clone)]
enum Val {
    S(Value),
    Arr(ArrVal),
    Tup(Vec<Value>),
    None,
}

/// An array in registers. Compiled code never keeps a descriptor's address: it passes and
/// returns arrays by writing their fields into a fresh descriptor (`views::desc_of`), so a
/// view made in a register costs nothing until it leaves the function.
#[derive(Clone)]
struct ArrVal {
    data: Value,
    shape: Vec<Value>,
    strides: Vec<Value>,
}

enum Vars {
    S(Variable),
    Arr {
        data: Variable,
        shape: Vec<Variable>,
        strides: Vec<Variable>,
    },
    Tup(Vec<Variable>),
    None,
}

struct Loop {
    cont: Block,
    exit: Block,
}

struct Gen<'a, 'b> {
    b: FunctionBuilder<'b>,
    f: &'a Func,
    module: &'a mut JITModule,
    opts: &'a CgOptions,
    vars: Vec<Vars>,
    loops: Vec<Loop>,
    /// Facts `(loop variable, array local, axis)`: inside that loop the variable is a valid
    /// index of that axis (`for i in range(c >= 0, a.shape[k])`, neither reassigned in the
    /// body), so indexing needs no wrap and no bounds check.
    safe: Vec<Fact>,
    /// Locals that always hold `a.shape[k]` (assigned once from it, `a` never reassigned).
    shape_alias: std::collections::HashMap<usize, (usize, usize)>,
    /// The current position is unreachable (after return/break/continue).
    dead: bool,
    /// The result slots and the error slot (the last two parameters).
    out: Value,
    err: Value,
    inner_id: FuncId,
    self_ref: Option<FuncRef>,
}

type G<T> = Result<T, String>;

impl Gen<'_, '_> {
    fn function(&mut self, params: &[Value]) -> G<()> {
        // Deep recursion fails with RecursionError instead of overflowing the native stack.
        let sp = self.b.ins().get_stack_pointer(PTR);
        let limit = self
            .b
            .ins()
            .load(PTR, MemFlagsData::trusted(), self.err, abi::ERR_STACK_LIMIT);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        self.fail_if(low, abi::err::STACK, [None, None, None], 0);
        for l in &self.f.locals {
            let v = self.declare(&l.ty)?;
            self.vars.push(v);
        }
        for (i, t) in self.f.args.iter().enumerate() {
            let v = match t {
                Ty::Array(at) => Val::Arr(self.load_desc(params[i], at.ndim as usize)),
                // A tuple argument arrives as the address of its items' 8-byte slots.
                Ty::Tuple(ts) => {
                    let fl = MemFlagsData::trusted().with_readonly();
                    let mut items = Vec::new();
                    for (k, it) in ts.iter().enumerate() {
                        let off = (8 * k) as i32;
                        items.push(match it {
                            Ty::Float => self.b.ins().load(types::F64, fl, params[i], off),
                            Ty::Float32 => {
                                let w = self.b.ins().load(types::F64, fl, params[i], off);
                                self.b.ins().fdemote(types::F32, w)
                            }
                            Ty::Bool => {
                                let w = self.b.ins().load(types::I64, fl, params[i], off);
                                self.b.ins().ireduce(types::I8, w)
                            }
                            Ty::Int => self.b.ins().load(types::I64, fl, params[i], off),
                            t => return Err(format!("a tuple argument holding {t}")),
                        });
                    }
                    Val::Tup(items)
                }
                _ => Val::S(params[i]),
            };
            let local_ty = self.f.locals[i].ty.clone();
            let v = self.convert(v, t, &local_ty)?;
            self.def(i, v);
        }
        let body = &self.f.body;
        self.block(body)?;
        if !self.dead {
            // Unreachable by construction (inference appends a return), but keep the IR valid.
            let one = self.b.ins().iconst(types::I32, 0);
            self.b.ins().return_(&[one]);
        }
        Ok(())
    }

    fn declare(&mut self, t: &Ty) -> G<Vars> {
        Ok(match t {
            Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool => Vars::S(self.b.declare_var(clif_ty(t))),
            Ty::Array(at) => {
                let nd = at.ndim as usize;
                Vars::Arr {
                    data: self.b.declare_var(PTR),
                    shape: (0..nd).map(|_| self.b.declare_var(types::I64)).collect(),
                    strides: (0..nd).map(|_| self.b.declare_var(types::I64)).collect(),
                }
            }
            Ty::Tuple(items) => {
                let mut v = Vec::new();
                for it in items {
                    if !it.is_scalar() {
                        return Err(format!("a local tuple holding {it}"));
                    }
                    v.push(self.b.declare_var(clif_ty(it)));
                }
                Vars::Tup(v)
            }
            Ty::None => Vars::None,
            Ty::Unknown => return Err("an untyped local".into()),
        })
    }

    fn load_desc(&mut self, desc: Value, nd: usize) -> ArrVal {
        let fl = MemFlagsData::trusted().with_readonly();
        let data = self.b.ins().load(PTR, fl, desc, abi::DESC_DATA);
        let shape = (0..nd)
            .map(|k| {
                self.b
                    .ins()
                    .load(types::I64, fl, desc, abi::DESC_SHAPE + 8 * k as i32)
            })
            .collect();
        let strides = (0..nd)
            .map(|k| {
                self.b
                    .ins()
                    .load(types::I64, fl, desc, abi::DESC_STRIDES + 8 * k as i32)
            })
            .collect();
        ArrVal {
            data,
            shape,
            strides,
        }
    }

    fn def(&mut self, id: usize, v: Val) {
        match (&self.vars[id], v) {
            (Vars::S(var), Val::S(x)) => self.b.def_var(*var, x),
            (
                Vars::Arr {
                    data,
                    shape,
                    strides,
                },
                Val::Arr(a),
            ) => {
                self.b.def_var(*data, a.data);
                for (v, x) in shape.iter().zip(&a.shape) {
                    self.b.def_var(*v, *x);
                }
                for (v, x) in strides.iter().zip(&a.strides) {
                    self.b.def_var(*v, *x);
                }
            }
            (Vars::Tup(vs), Val::Tup(xs)) => {
                for (v, x) in vs.iter().zip(xs) {
                    self.b.def_var(*v, x);
                }
            }
            _ => {}
        }
    }

    fn use_local(&mut self, id: usize) -> Val {
        match &self.vars[id] {
            Vars::S(v) => Val::S(self.b.use_var(*v)),
            Vars::Arr {
                data,
                shape,
                strides,
            } => {
                let data = *data;
                let shape: Vec<Variable> = shape.clone();
                let strides: Vec<Variable> = strides.clone();
                Val::Arr(ArrVal {
                    data: self.b.use_var(data),
                    shape: shape.iter().map(|v| self.b.use_var(*v)).collect(),
                    strides: strides.iter().map(|v| self.b.use_var(*v)).collect(),
                })
            }
            Vars::Tup(vs) => {
                let vs = vs.clone();
                Val::Tup(vs.iter().map(|v| self.b.use_var(*v)).collect())
            }
            Vars::None => Val::None,
        }
    }

    fn block(&mut self, body: &[Stmt]) -> G<()> {
        for s in body {
            if self.dead {
                return Ok(());
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Leaves the function with status 1 after recording an error.
    fn fail_if(&mut self, cond: Value, kind: i64, fields: [Option<Value>; 3], pos: u32) {
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(bad);
        self.b.ins().brif(cond, bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        self.fail_now(kind, fields, pos);
        self.b.switch_to_block(ok);
    }

    /// Records an error and leaves the function with status 1 (the current block ends).
    fn fail_now(&mut self, kind: i64, fields: [Option<Value>; 3], pos: u32) {
        let errp = self.err;
        let fl = MemFlagsData::trusted();
        let k = self.b.ins().iconst(types::I64, kind);
        self.b.ins().store(fl, k, errp, abi::ERR_KIND);
        for (f, off) in fields.iter().zip([abi::ERR_A, abi::ERR_B, abi::ERR_C]) {
            if let Some(v) = f {
                self.b.ins().store(fl, *v, errp, off);
            }
        }
        let p = self.b.ins().iconst(types::I64, pos as i64);
        self.b.ins().store(fl, p, errp, abi::ERR_POS);
        let one = self.b.ins().iconst(types::I32, 1);
        self.b.ins().return_(&[one]);
    }

    fn stmt(&mut self, s: &Stmt) -> G<()> {
        match s {
            Stmt::Assign(id, e) => {
                let v = self.expr(e)?;
                self.def(*id, v);
            }
            Stmt::SetItem { arr, idx, value } if idx.is_empty() => self.assign_all(arr, value)?,
            Stmt::SetItem { arr, idx, value } => {
                let at = arr.ty.array().ok_or("setitem on a non-array")?;
                let a = self.arr(arr)?;
                let addr = self.element(&a, arr, at, idx, arr.span.start)?;
                let v = self.scalar(value)?;
                self.store_elem(at.dtype, v, addr);
            }
            Stmt::If { cond, then, orelse } => {
                let c = self.scalar(cond)?;
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let merge = self.b.create_block();
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.block(then)?;
                let then_live = !self.dead;
                if then_live {
                    self.b.ins().jump(merge, &[]);
                }
                self.dead = false;
                self.b.switch_to_block(eb);
                self.block(orelse)?;
                let else_live = !self.dead;
                if else_live {
                    self.b.ins().jump(merge, &[]);
                }
                self.dead = !(then_live || else_live);
                if !self.dead {
                    self.b.switch_to_block(merge);
                }
            }
            Stmt::While { cond, body, orelse } => {
                let head = self.b.create_block();
                let bodyb = self.b.create_block();
                let elseb = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                let c = self.scalar(cond)?;
                self.b.ins().brif(c, bodyb, &[], elseb, &[]);
                self.b.switch_to_block(bodyb);
                self.loops.push(Loop { cont: head, exit });
                self.block(body)?;
                self.loops.pop();
                if !self.dead {
                    self.b.ins().jump(head, &[]);
                }
                self.dead = false;
                self.b.switch_to_block(elseb);
                self.block(orelse)?;
                if !self.dead {
                    self.b.ins().jump(exit, &[]);
                }
                self.dead = false;
                self.b.switch_to_block(exit);
            }
            Stmt::ForRange {
                start,
                stop,
                orelse,
                outlined: Some(o),
                ..
            } => {
                self.parallel_loop(o, start, stop)?;
                self.block(orelse)?;
            }
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
                span,
                ..
            } => {
                let st = self.scalar(start)?;
                let sp = self.scalar(stop)?;
                let const_step = match step.kind {
                    ExprKind::Int(k) => Some(k),
                    _ => None,
                };
                let stp = self.scalar(step)?;
                if const_step.is_none() || const_step == Some(0) {
                    let z = self.b.ins().icmp_imm_s(IntCC::Equal, stp, 0);
                    self.fail_if(z, err::RANGE_STEP_ZERO, [None, None, None], span.start);
                }
                self.def(*counter, Val::S(st));
                self.def(*stop_local, Val::S(sp));
                self.def(*step_local, Val::S(stp));
                let head = self.b.create_block();
                let bodyb = self.b.create_block();
                let elseb = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                let Val::S(c) = self.use_local(*counter) else {
                    return Err("loop counter".into());
                };
                let Val::S(sp) = self.use_local(*stop_local) else {
                    return Err("loop bound".into());
                };
                let Val::S(stp) = self.use_local(*step_local) else {
                    return Err("loop step".into());
                };
                let cond = match const_step {
                    Some(k) if k > 0 => self.b.ins().icmp(IntCC::SignedLessThan, c, sp),
                    Some(_) => self.b.ins().icmp(IntCC::SignedGreaterThan, c, sp),
                    None => {
                        let lt = self.b.ins().icmp(IntCC::SignedLessThan, c, sp);
                        let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, c, sp);
                        let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, stp, 0);
                        self.b.ins().select(pos, lt, gt)
                    }
                };
                self.b.ins().brif(cond, bodyb, &[], elseb, &[]);
                self.b.switch_to_block(bodyb);
                self.def(*var, Val::S(c));
                let next = self.b.ins().iadd(c, stp);
                self.def(*counter, Val::S(next));
                let nfacts = self.safe.len();
                if let (Some(k), ExprKind::Int(s0), Some((ar, axis, slack))) =
                    (const_step, &start.kind, self.shape_bound(stop))
                {
                    if k > 0 && *s0 >= 0 && !assigns(body, *var) && !assigns(body, ar) {
                        self.safe.push(Fact {
                            var: *var,
                            arr: ar,
                            axis,
                            lo: *s0,
                            slack,
                        });
                    }
                }
                self.loops.push(Loop { cont: head, exit });
                self.block(body)?;
                self.loops.pop();
                self.safe.truncate(nfacts);
                if !self.dead {
                    self.b.ins().jump(head, &[]);
                }
                self.dead = false;
                self.b.switch_to_block(elseb);
                self.block(orelse)?;
                if !self.dead {
                    self.b.ins().jump(exit, &[]);
                }
                self.dead = false;
                self.b.switch_to_block(exit);
            }
            Stmt::Raise(id) => {
                let id = self.b.ins().iconst(types::I64, *id);
                self.fail_now(err::RAISE, [Some(id), None, None], 0);
                self.dead = true;
            }
            Stmt::Break | Stmt::Continue => {
                let l = self.loops.last().ok_or("break outside a loop")?;
                let target = if matches!(s, Stmt::Break) {
                    l.exit
                } else {
                    l.cont
                };
                self.b.ins().jump(target, &[]);
                self.dead = true;
            }
            Stmt::Return(e) => {
                let out = self.out;
                let fl = MemFlagsData::trusted();
                let store = |g: &mut Self, x: Value, t: &Ty, i: usize| {
                    // Result slots are 8 bytes: bools widen, float32 travels as float64.
                    let x = match t {
                        Ty::Bool => g.b.ins().uextend(types::I64, x),
                        Ty::Float32 => g.b.ins().fpromote(types::F64, x),
                        _ => x,
                    };
                    g.b.ins().store(fl, x, out, (8 * i) as i32);
                };
                if let (ExprKind::Tuple(items), Ty::Tuple(ts)) = (&e.kind, &e.ty) {
                    if ts.iter().any(|t| t.array().is_some()) {
                        // A tuple holding arrays: each item at its own slots.
                        let at = abi::item_slots(ts);
                        for ((it, t), k) in items.iter().zip(ts).zip(at) {
                            match self.expr(it)? {
                                Val::S(x) => store(self, x, t, k),
                                Val::Arr(a) => {
                                    let p = self.b.ins().iadd_imm_s(out, 8 * k as i64);
                                    self.store_desc(&a, p)
                                }
                                _ => return Err("returning this tuple".into()),
                            }
                        }
                        let zero = self.b.ins().iconst(types::I32, 0);
                        self.b.ins().return_(&[zero]);
                        self.dead = true;
                        return Ok(());
                    }
                }
                let v = self.expr(e)?;
                match (v, &e.ty) {
                    (Val::S(x), t) => store(self, x, t, 0),
                    (Val::Tup(xs), Ty::Tuple(ts)) => {
                        for (i, (x, t)) in xs.into_iter().zip(ts).enumerate() {
                            store(self, x, t, i);
                        }
                    }
                    (Val::None, _) => {}
                    (Val::Arr(a), _) => self.store_desc(&a, out),
                    _ => return Err("returning this value".into()),
                }
                let zero = self.b.ins().iconst(types::I32, 0);
                self.b.ins().return_(&[zero]);
                self.dead = true;
            }
            Stmt::Expr(e) => {
                self.expr(e)?;
            }
        }
        Ok(())
    }

    /// An outlined prange loop: compile its chunk function, pass the free variables in slots
    /// to the rayon runtime, then fold the combined partial reductions into the locals.
    fn parallel_loop(&mut self, o: &Outlined, start: &Expr, stop: &Expr) -> G<()> {
        let st = self.scalar(start)?;
        let sp = self.scalar(stop)?;
        let chunk = compile(&o.chunk, self.opts)?;
        let nargs = o.free.len();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * nargs.max(1)) as u32,
            3,
        ));
        for (i, id) in o.free.iter().enumerate() {
            let x = match self.use_local(*id) {
                Val::S(x) if self.f.locals[*id].ty == Ty::Bool => {
                    self.b.ins().uextend(types::I64, x)
                }
                Val::S(x) => x,
                Val::Arr(a) => self.desc_of(&a),
                _ => {
                    return Err(format!(
                        "passing {} to a prange body",
                        self.f.locals[*id].ty
                    ))
                }
            };
            self.b.ins().stack_store(PTR, x, slot, (8 * i) as i32);
        }
        let nred = o.reductions.len();
        let outslot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * nred.max(1)) as u32,
            3,
        ));
        let kinds: Vec<(RedOp, bool)> = o
            .reductions
            .iter()
            .map(|(id, op)| (*op, self.f.locals[*id].ty == Ty::Float))
            .collect();
        let args = [
            self.b.ins().iconst(types::I64, chunk.entry as i64),
            self.b.ins().stack_addr(PTR, slot, 0),
            self.b.ins().iconst(types::I64, nargs as i64),
            st,
            sp,
            self.b.ins().stack_addr(PTR, outslot, 0),
            self.b
                .ins()
                .iconst(types::I64, super::parallel::encode_kinds(&kinds)),
            self.b.ins().iconst(types::I64, nred as i64),
            self.err,
        ];
        let status = self.helper("pyrs_run_chunks", &args, types::I32)?;
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(status, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.b.ins().return_(&[status]);
        self.b.switch_to_block(ok);
        for (j, (id, op)) in o.reductions.iter().enumerate() {
            let float = self.f.locals[*id].ty == Ty::Float;
            let t = if float { types::F64 } else { types::I64 };
            let part = self.b.ins().stack_load(PTR, t, outslot, (8 * j) as i32);
            let Val::S(cur) = self.use_local(*id) else {
                return Err("a reduction variable that is not a scalar".into());
            };
            let i = self.b.ins();
            let new = match (op, float) {
                (RedOp::Add | RedOp::Sub, false) => i.iadd(cur, part),
                (RedOp::Add | RedOp::Sub, true) => i.fadd(cur, part),
                (RedOp::Mul, false) => i.imul(cur, part),
                (RedOp::Mul, true) => i.fmul(cur, part),
                (RedOp::Min | RedOp::Max, _) => {
                    let better = match (op, float) {
                        (RedOp::Min, true) => i.fcmp(FloatCC::LessThan, part, cur),
                        (_, true) => i.fcmp(FloatCC::GreaterThan, part, cur),
                        (RedOp::Min, false) => i.icmp(IntCC::SignedLessThan, part, cur),
                        _ => i.icmp(IntCC::SignedGreaterThan, part, cur),
                    };
                    self.b.ins().select(better, part, cur)
                }
            };
            self.def(*id, Val::S(new));
        }
        Ok(())
    }

    /// `stop` as `a.shape[k] - d` (d >= 0): `(a, k, d)`.
    fn shape_bound(&self, stop: &Expr) -> Option<(usize, usize, i64)> {
        let base = |e: &Expr| match &e.kind {
            ExprKind::Shape(a, k) => match a.kind {
                ExprKind::Local(ar) => Some((ar, *k)),
                _ => None,
            },
            ExprKind::Local(n) => self.shape_alias.get(n).copied(),
            _ => None,
        };
        match &stop.kind {
            ExprKind::Bin(BinOp::Sub, x, d) => match d.kind {
                ExprKind::Int(d) if d >= 0 => base(x).map(|(a, k)| (a, k, d)),
                _ => None,
            },
            _ => base(stop).map(|(a, k)| (a, k, 0)),
        }
    }

    /// `t[k]`: a constant `k` picks the item; any other is wrapped, checked against the
    /// length (IndexError "tuple index out of range") and chosen with a chain of selects.
    fn tuple_get(&mut self, t: &Expr, k: &Expr) -> G<Value> {
        let Val::Tup(items) = self.expr(t)? else {
            return Err("indexing a non-tuple".into());
        };
        let n = items.len() as i64;
        if let ExprKind::Int(c) = k.kind {
            let c = if c < 0 { c + n } else { c };
            return items
                .get(c as usize)
                .copied()
                .ok_or_else(|| "tuple index out of range".into());
        }
        let kv = self.scalar(k)?;
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, kv, 0);
        let plus = self.b.ins().iadd_imm_s(kv, n);
        let kk = self.b.ins().select(neg, plus, kv);
        let out = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, kk, n);
        self.fail_if(
            out,
            abi::err::TUPLE_INDEX,
            [Some(kv), None, None],
            k.span.start,
        );
        let mut v = *items.last().ok_or("indexing an empty tuple")?;
        for (i, it) in items.iter().enumerate().rev().skip(1) {
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, kk, i as i64);
            v = self.b.ins().select(is, *it, v);
        }
        Ok(v)
    }

    fn scalar(&mut self, e: &Expr) -> G<Value> {
        match self.expr(e)? {
            Val::S(v) => Ok(v),
            _ => Err(format!("expected a scalar, got {}", e.ty)),
        }
    }

    fn arr(&mut self, e: &Expr) -> G<ArrVal> {
        match self.expr(e)? {
            Val::Arr(a) => Ok(a),
            _ => Err(format!("expected an array, got {}", e.ty)),
        }
    }

    /// The address of `a[idx]`, after wrapping negative indices and checking bounds.
    fn element(&mut self, a: &ArrVal, arr: &Expr, at: ArrTy, idx: &[Expr], pos: u32) -> G<Value> {
        let mut off: Option<Value> = None;
        let nd = at.ndim as usize;
        for (k, ie) in idx.iter().enumerate() {
            let i = self.scalar(ie)?;
            let n = a.shape[k];
            let proven = match (index_form(ie), &arr.kind) {
                (Some((v, c)), ExprKind::Local(ar)) => self.safe.iter().any(|f| {
                    f.var == v && f.arr == *ar && f.axis == k && f.lo + c >= 0 && c <= f.slack
                }),
                _ => false,
            };
            // A constant non-negative index needs no wrap.
            let known_nonneg = proven || matches!(ie.kind, ExprKind::Int(c) if c >= 0);
            let w = if known_nonneg {
                i
            } else {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
                let wrapped = self.b.ins().iadd(i, n);
                self.b.ins().select(neg, wrapped, i)
            };
            if self.opts.boundscheck && !proven {
                let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, w, n);
                let axis = self.b.ins().iconst(types::I64, k as i64);
                self.fail_if(
                    bad,
                    err::INDEX,
                    [Some(i), Some(axis), Some(n)],
                    ie.span.start.max(pos),
                );
            }
            let term = if k == nd - 1 && at.layout == Layout::C {
                w
            } else {
                self.b.ins().imul(w, a.strides[k])
            };
            off = Some(match off {
                None => term,
                Some(o) => self.b.ins().iadd(o, term),
            });
        }
        let off = off.ok_or("indexing with no indices")?;
        let shift = at.dtype.itemsize().trailing_zeros() as i64;
        let bytes = if shift == 0 {
            off
        } else {
            self.b.ins().ishl_imm_s(off, shift)
        };
        Ok(self.b.ins().iadd(a.data, bytes))
    }

    fn load_elem(&mut self, dt: DType, addr: Value) -> Value {
        let fl = MemFlagsData::trusted();
        match dt {
            DType::Float64 => self.b.ins().load(types::F64, fl, addr, 0),
            DType::Float32 => self.b.ins().load(types::F32, fl, addr, 0),
            DType::Int64 => self.b.ins().load(types::I64, fl, addr, 0),
            DType::Int32 => self.b.ins().sload32(fl, addr, 0),
            DType::Bool => {
                let x = self.b.ins().load(types::I8, fl, addr, 0);
                self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0)
            }
        }
    }

    fn store_elem(&mut self, dt: DType, v: Value, addr: Value) {
        let fl = MemFlagsData::trusted();
        let v = match dt {
            DType::Float32 if self.b.func.dfg.value_type(v) == types::F64 => {
                self.b.ins().fdemote(types::F32, v)
            }
            DType::Int32 => self.b.ins().ireduce(types::I32, v),
            _ => v,
        };
        self.b.ins().store(fl, v, addr, 0);
    }

    /// Converts a value between types (scalar casts; arrays and tuples keep their fields).
    fn convert(&mut self, v: Val, from: &Ty, to: &Ty) -> G<Val> {
        if from == to {
            return Ok(v);
        }
        match v {
            Val::S(x) => Ok(Val::S(self.cast(x, from, to)?)),
            Val::Tup(xs) => {
                let (Ty::Tuple(f), Ty::Tuple(t)) = (from, to) else {
                    return Err("tuple conversion".into());
                };
                let mut out = Vec::new();
                for ((x, a), b) in xs.into_iter().zip(f).zip(t) {
                    out.push(self.cast(x, a, b)?);
                }
                Ok(Val::Tup(out))
            }
            other => Ok(other),
        }
    }

    fn cast(&mut self, x: Value, from: &Ty, to: &Ty) -> G<Value> {
        let i = self.b.ins();
        Ok(match (from, to) {
            (a, b) if a == b => x,
            (Ty::Int, Ty::Float) => i.fcvt_from_sint(types::F64, x),
            (Ty::Int, Ty::Float32) => i.fcvt_from_sint(types::F32, x),
            (Ty::Float32, Ty::Float) => i.fpromote(types::F64, x),
            (Ty::Float, Ty::Float32) => i.fdemote(types::F32, x),
            (Ty::Bool, Ty::Float32) => {
                let w = i.uextend(types::I64, x);
                self.b.ins().fcvt_from_sint(types::F32, w)
            }
            (Ty::Float32, Ty::Int) => i.fcvt_to_sint_sat(types::I64, x),
            (Ty::Float32, Ty::Bool) => {
                let z = i.f32const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, x, z)
            }
            (Ty::Bool, Ty::Float) => {
                let w = i.uextend(types::I64, x);
                self.b.ins().fcvt_from_sint(types::F64, w)
            }
            (Ty::Bool, Ty::Int) => i.uextend(types::I64, x),
            (Ty::Float, Ty::Int) => i.fcvt_to_sint_sat(types::I64, x),
            (Ty::Int, Ty::Bool) => i.icmp_imm_s(IntCC::NotEqual, x, 0),
            (Ty::Float, Ty::Bool) => {
                let z = i.f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, x, z)
            }
            (a, b) => return Err(format!("cast from {a} to {b}")),
        })
    }

    fn expr(&mut self, e: &Expr) -> G<Val> {
        Ok(match &e.kind {
            ExprKind::Int(i) => Val::S(self.b.ins().iconst(types::I64, *i)),
            ExprKind::Float(x) => Val::S(self.b.ins().f64const(*x)),
            ExprKind::Bool(b) => Val::S(self.b.ins().iconst(types::I8, *b as i64)),
            ExprKind::None => Val::None,
            ExprKind::Local(id) => self.use_local(*id),
            ExprKind::Cast(a) => {
                let v = self.expr(a)?;
                self.convert(v, &a.ty, &e.ty)?
            }
            ExprKind::Truth(a) => {
                let v = self.scalar(a)?;
                Val::S(self.cast(v, &a.ty, &Ty::Bool)?)
            }
            ExprKind::Neg(a) => {
                let v = self.scalar(a)?;
                Val::S(if e.ty.is_float() {
                    self.b.ins().fneg(v)
                } else {
                    self.b.ins().ineg(v)
                })
            }
            ExprKind::Not(a) => {
                let v = self.scalar(a)?;
                Val::S(self.b.ins().bxor_imm_s(v, 1))
            }
            ExprKind::Invert(a) => {
                let v = self.scalar(a)?;
                Val::S(self.b.ins().bnot(v))
            }
            ExprKind::Bin(op, a, b) => {
                let x = self.scalar(a)?;
                let y = self.scalar(b)?;
                Val::S(self.binop(*op, &e.ty, x, y, e.span.start)?)
            }
            ExprKind::Cmp(op, a, b) => {
                let x = self.scalar(a)?;
                let y = self.scalar(b)?;
                Val::S(if a.ty.is_float() {
                    let cc = match op {
                        CmpOp::Eq => FloatCC::Equal,
                        CmpOp::Ne => FloatCC::NotEqual,
                        CmpOp::Lt => FloatCC::LessThan,
                        CmpOp::Le => FloatCC::LessThanOrEqual,
                        CmpOp::Gt => FloatCC::GreaterThan,
                        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
                    };
                    self.b.ins().fcmp(cc, x, y)
                } else {
                    let cc = match op {
                        CmpOp::Eq => IntCC::Equal,
                        CmpOp::Ne => IntCC::NotEqual,
                        CmpOp::Lt => IntCC::SignedLessThan,
                        CmpOp::Le => IntCC::SignedLessThanOrEqual,
                        CmpOp::Gt => IntCC::SignedGreaterThan,
                        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
                    };
                    self.b.ins().icmp(cc, x, y)
                })
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                let x = self.scalar(a)?;
                let t = self.cast(x, &a.ty, &Ty::Bool)?;
                let rhs = self.b.create_block();
                let merge = self.b.create_block();
                let res = self.b.append_block_param(merge, clif_ty(&e.ty));
                if is_and {
                    self.b.ins().brif(t, rhs, &[], merge, &[BlockArg::Value(x)]);
                } else {
                    self.b.ins().brif(t, merge, &[BlockArg::Value(x)], rhs, &[]);
                }
                self.b.switch_to_block(rhs);
                let y = self.scalar(b)?;
                self.b.ins().jump(merge, &[BlockArg::Value(y)]);
                self.b.switch_to_block(merge);
                Val::S(res)
            }
            ExprKind::IfExp(c, a, b) => {
                if !e.ty.is_scalar() {
                    return Err(format!("a conditional expression of type {}", e.ty));
                }
                let cv = self.scalar(c)?;
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let merge = self.b.create_block();
                let res = self.b.append_block_param(merge, clif_ty(&e.ty));
                self.b.ins().brif(cv, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                let x = self.scalar(a)?;
                self.b.ins().jump(merge, &[BlockArg::Value(x)]);
                self.b.switch_to_block(eb);
                let y = self.scalar(b)?;
                self.b.ins().jump(merge, &[BlockArg::Value(y)]);
                self.b.switch_to_block(merge);
                Val::S(res)
            }
            ExprKind::Math(m, args) => {
                let mut vs = Vec::new();
                for a in args {
                    vs.push(self.scalar(a)?);
                }
                Val::S(self.math(*m, &vs)?)
            }
            ExprKind::Abs(a) => {
                let v = self.scalar(a)?;
                Val::S(if e.ty.is_float() {
                    self.b.ins().fabs(v)
                } else {
                    let n = self.b.ins().ineg(v);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
                    self.b.ins().select(neg, n, v)
                })
            }
            ExprKind::Min(args) | ExprKind::Max(args) => {
                let is_min = matches!(e.kind, ExprKind::Min(_));
                let mut acc = self.scalar(&args[0])?;
                for a in &args[1..] {
                    let v = self.scalar(a)?;
                    // Python keeps the first of equal (or unordered) operands.
                    let better = if e.ty.is_float() {
                        let cc = if is_min {
                            FloatCC::LessThan
                        } else {
                            FloatCC::GreaterThan
                        };
                        self.b.ins().fcmp(cc, v, acc)
                    } else {
                        let cc = if is_min {
                            IntCC::SignedLessThan
                        } else {
                            IntCC::SignedGreaterThan
                        };
                        self.b.ins().icmp(cc, v, acc)
                    };
                    acc = self.b.ins().select(better, v, acc);
                }
                Val::S(acc)
            }
            ExprKind::Index(a, idx) => {
                let at = a.ty.array().ok_or("index of a non-array")?;
                let av = self.arr(a)?;
                let addr = self.element(&av, a, at, idx, e.span.start)?;
                Val::S(self.load_elem(at.dtype, addr))
            }
            ExprKind::Shape(a, k) => {
                let av = self.arr(a)?;
                Val::S(*av.shape.get(*k).ok_or("shape index")?)
            }
            ExprKind::Size(a) => {
                let av = self.arr(a)?;
                let mut acc = self.b.ins().iconst(types::I64, 1);
                for s in &av.shape {
                    acc = self.b.ins().imul(acc, *s);
                }
                Val::S(acc)
            }
            ExprKind::Tuple(items) => {
                let mut v = Vec::new();
                for it in items {
                    v.push(self.scalar(it)?);
                }
                Val::Tup(v)
            }
            ExprKind::TupleGet(t, k) => Val::S(self.tuple_get(t, k)?),
            ExprKind::Call(callee, args) => self.call(callee, args, &e.ty)?,
            ExprKind::Alloc(AllocOp::Copy, args) => self.copy(&args[0], e)?,
            ExprKind::Alloc(op, args) => self.alloc(*op, args, e)?,
            ExprKind::View(a, axes, ops) => self.view(a, axes, ops, e)?,
            ExprKind::Transpose(a) => {
                let mut v = self.arr(a)?;
                v.shape.reverse();
                v.strides.reverse();
                Val::Arr(v)
            }
            ExprKind::Reduce(op, a) => Val::S(self.reduce(*op, a, e)?),
            ExprKind::Reshape(a, dims) => Val::Arr(self.reshape(a, dims, e)?),
            ExprKind::Print(texts, vals) => self.print(texts, vals)?,
            ExprKind::Map(inputs, body) => self.map(inputs, body, e)?,
            ExprKind::Cuda(op, _) => {
                return Err(format!("{op:?} is a CUDA kernel operation (use @cuda.jit)"))
            }
        })
    }

    /// A new array (`np.zeros`, `np.ones`, `np.arange`, ...): checked operands, then a call
    /// to the runtime helper that allocates it into the call's arena.
    fn alloc(&mut self, op: AllocOp, args: &[Expr], e: &Expr) -> G<Val> {
        let at = e.ty.array().ok_or("an allocation of a non-array")?;
        let pos = e.span.start;
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.scalar(a)?);
        }
        let code = self.b.ins().iconst(types::I64, abi::dtype_code(at.dtype));
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(PTR));
        let (addr, mut params) = match op {
            AllocOp::Zeros | AllocOp::Ones => {
                let a = self.new_filled(at.dtype, &vals, op == AllocOp::Ones, pos)?;
                return Ok(Val::Arr(a));
            }
            AllocOp::Copy => return Err("a copy lowered as an allocation".into()),
            AllocOp::Full => {
                let (dims, v) = vals.split_at(vals.len() - 1);
                let a = self.new_filled(at.dtype, dims, false, pos)?;
                let (shape, v) = (a.shape.clone(), v[0]);
                self.nest(&shape, &mut |g, idx| {
                    let to = g.at(&a, at.dtype, idx);
                    g.store_elem(at.dtype, v, to);
                    Ok(())
                })?;
                return Ok(Val::Arr(a));
            }
            AllocOp::Linspace => return self.linspace(at.dtype, &vals, pos),
            AllocOp::Eye => {
                let a = self.new_filled(at.dtype, &vals, false, pos)?;
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, vals[0], vals[1]);
                let n = self.b.ins().select(lt, vals[0], vals[1]);
                let one = match at.dtype {
                    DType::Float32 | DType::Float64 => self.b.ins().f64const(1.0),
                    DType::Bool => self.b.ins().iconst(types::I8, 1),
                    _ => self.b.ins().iconst(types::I64, 1),
                };
                self.nest(&[n], &mut |g, idx| {
                    let to = g.at(&a, at.dtype, &[idx[0], idx[0]]);
                    g.store_elem(at.dtype, one, to);
                    Ok(())
                })?;
                return Ok(Val::Arr(a));
            }
            AllocOp::Arange => {
                let float = args.first().is_some_and(|a| a.ty == Ty::Float);
                let step = vals[2];
                let z = if float {
                    let zero = self.b.ins().f64const(0.0);
                    self.b.ins().fcmp(FloatCC::Equal, step, zero)
                } else {
                    self.b.ins().icmp_imm_s(IntCC::Equal, step, 0)
                };
                self.fail_if(z, err::ARANGE_STEP_ZERO, [None, None, None], pos);
                let t = if float { types::F64 } else { types::I64 };
                for _ in 0..3 {
                    sig.params.push(AbiParam::new(t));
                }
                sig.params.push(AbiParam::new(types::I64));
                let mut ps = vals.clone();
                ps.push(code);
                let f = if float {
                    abi::arange_float as *const () as usize
                } else {
                    abi::arange_int as *const () as usize
                };
                (f, ps)
            }
        };
        sig.returns.push(AbiParam::new(PTR));
        params.insert(0, self.err);
        let sr = self.b.import_signature(sig);
        let p = self.b.ins().iconst(PTR, addr as i64);
        let inst = self.b.ins().call_indirect(sr, p, &params);
        let desc = self.b.inst_results(inst)[0];
        Ok(Val::Arr(self.load_desc(desc, at.ndim as usize)))
    }

    /// `np.linspace(start, stop, num)` as Numba computes it: `start + i * step` with
    /// `step = (stop - start) / (num - 1)`, then the last element set to `stop`.
    fn linspace(&mut self, dt: DType, vals: &[Value], pos: u32) -> G<Val> {
        let (start, stop, num) = (vals[0], vals[1], vals[2]);
        let a = self.new_filled(dt, &[num], false, pos)?;
        let div = self.b.ins().iadd_imm_s(num, -1);
        let divf = self.b.ins().fcvt_from_sint(types::F64, div);
        let delta = self.b.ins().fsub(stop, start);
        let step = self.b.ins().fdiv(delta, divf);
        let one = self.b.ins().icmp_imm_s(IntCC::Equal, num, 1);
        self.nest(&[num], &mut |g, idx| {
            let i = g.b.ins().fcvt_from_sint(types::F64, idx[0]);
            let off = g.b.ins().fmul(i, step);
            let v = g.b.ins().fadd(start, off);
            // With one sample the value is `start` (step is 0/0 there).
            let v = g.b.ins().select(one, start, v);
            let to = g.at(&a, dt, idx);
            g.store_elem(dt, v, to);
            Ok(())
        })?;
        let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, num, 1);
        let set = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(more, set, &[], done, &[]);
        self.b.switch_to_block(set);
        let last = self.b.ins().iadd_imm_s(num, -1);
        let to = self.at(&a, dt, &[last]);
        self.store_elem(dt, stop, to);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(Val::Arr(a))
    }

    fn call(&mut self, callee: &Callee, args: &[Expr], ret: &Ty) -> G<Val> {
        let mut vals = Vec::new();
        let mut tys = Vec::new();
        for a in args {
            tys.push(a.ty.clone());
            vals.push(match self.expr(a)? {
                Val::S(v) => v,
                Val::Arr(av) => self.desc_of(&av),
                _ => return Err(format!("passing {} to a compiled function", a.ty)),
            });
        }
        let nslots = abi::out_slots(ret);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * nslots) as u32,
            3,
        ));
        let outp = self.b.ins().stack_addr(PTR, slot, 0);
        vals.push(outp);
        vals.push(self.err);
        let inst = match callee {
            Callee::SelfCall => {
                let fr = match self.self_ref {
                    Some(fr) => fr,
                    None => {
                        let fr = self.module.declare_func_in_func(self.inner_id, self.b.func);
                        self.self_ref = Some(fr);
                        fr
                    }
                };
                self.b.ins().call(fr, &vals)
            }
            Callee::Native { addr, .. } => {
                let sig = inner_signature(&tys, self.module);
                let sr = self.b.import_signature(sig);
                let p = self.b.ins().iconst(PTR, *addr as i64);
                self.b.ins().call_indirect(sr, p, &vals)
            }
        };
        let status = self.b.inst_results(inst)[0];
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(status, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.b.ins().return_(&[status]);
        self.b.switch_to_block(ok);
        let fl = MemFlagsData::trusted();
        let load = |g: &mut Self, t: &Ty, i: usize| -> Value {
            let off = (8 * i) as i32;
            match t {
                Ty::Float => g.b.ins().stack_load(PTR, types::F64, slot, off),
                Ty::Float32 => {
                    let w = g.b.ins().stack_load(PTR, types::F64, slot, off);
                    g.b.ins().fdemote(types::F32, w)
                }
                Ty::Bool => {
                    let w = g.b.ins().stack_load(PTR, types::I64, slot, off);
                    g.b.ins().ireduce(types::I8, w)
                }
                _ => g.b.ins().stack_load(PTR, types::I64, slot, off),
            }
        };
        let _ = fl;
        Ok(match ret {
            Ty::None => Val::None,
            Ty::Tuple(ts) => Val::Tup(
                ts.iter()
                    .enumerate()
                    .map(|(i, t)| load(self, t, i))
                    .collect(),
            ),
            t if t.is_scalar() => Val::S(load(self, t, 0)),
            Ty::Array(at) => {
                // The callee wrote the descriptor into the result slot.
                let desc = self.b.ins().stack_addr(PTR, slot, 0);
                Val::Arr(self.load_desc(desc, at.ndim as usize))
            }
            t => return Err(format!("a call returning {t}")),
        })
    }

    fn math(&mut self, m: MathFn, v: &[Value]) -> G<Value> {
        let i = self.b.ins();
        Ok(match m {
            MathFn::Sqrt => i.sqrt(v[0]),
            MathFn::Fabs => i.fabs(v[0]),
            MathFn::Floor => i.floor(v[0]),
            MathFn::Ceil => i.ceil(v[0]),
            MathFn::Trunc => i.trunc(v[0]),
            MathFn::Rint => i.nearest(v[0]),
            MathFn::Copysign => i.fcopysign(v[0], v[1]),
            MathFn::IsNan => i.fcmp(FloatCC::Unordered, v[0], v[0]),
            MathFn::IsInf | MathFn::IsFinite => {
                let a = i.fabs(v[0]);
                let inf = self.fconst(a, f64::INFINITY);
                let cc = if m == MathFn::IsInf {
                    FloatCC::Equal
                } else {
                    FloatCC::LessThan
                };
                self.b.ins().fcmp(cc, a, inf)
            }
            MathFn::Sign => {
                let x = v[0];
                let zero = self.fconst(x, 0.0);
                let one = self.fconst(x, 1.0);
                let m1 = self.fconst(x, -1.0);
                let eq = self.b.ins().fcmp(FloatCC::Equal, x, zero);
                let zn = self.b.ins().select(eq, zero, x);
                let lt = self.b.ins().fcmp(FloatCC::LessThan, x, zero);
                let neg = self.b.ins().select(lt, m1, zn);
                let gt = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
                self.b.ins().select(gt, one, neg)
            }
            _ => self.float_helper(math_symbol(m), v)?,
        })
    }

    /// A float constant of `like`'s type (float32 or float64).
    fn fconst(&mut self, like: Value, x: f64) -> Value {
        if self.b.func.dfg.value_type(like) == types::F32 {
            self.b.ins().f32const(x as f32)
        } else {
            self.b.ins().f64const(x)
        }
    }

    /// Calls a float math helper: with float32 operands its float32 version (the C library's
    /// `sinf` etc., as Numba calls), or, for the Python floor-division and modulo helpers that
    /// have none, the float64 one on the widened operands, rounded back once.
    fn float_helper(&mut self, name: &str, args: &[Value]) -> G<Value> {
        let narrow = args
            .iter()
            .any(|a| self.b.func.dfg.value_type(*a) == types::F32);
        if !narrow {
            return self.helper(name, args, types::F64);
        }
        let name32 = format!("{name}f");
        if HELPERS_F32.iter().any(|(n, _)| *n == name32) {
            return self.helper(&name32, args, types::F32);
        }
        let wide: Vec<Value> = args
            .iter()
            .map(|&a| {
                if self.b.func.dfg.value_type(a) == types::F32 {
                    self.b.ins().fpromote(types::F64, a)
                } else {
                    a
                }
            })
            .collect();
        let r = self.helper(name, &wide, types::F64)?;
        Ok(self.b.ins().fdemote(types::F32, r))
    }

    /// Calls a runtime helper from `abi` by symbol.
    fn helper(&mut self, name: &str, args: &[Value], ret: Type) -> G<Value> {
        let mut sig = self.module.make_signature();
        for a in args {
            sig.params
                .push(AbiParam::new(self.b.func.dfg.value_type(*a)));
        }
        sig.returns.push(AbiParam::new(ret));
        let id = self
            .module
            .declare_function(name, Linkage::Import, &sig)
            .map_err(|e| format!("{e:?}"))?;
        let fr = self.module.declare_func_in_func(id, self.b.func);
        let inst = self.b.ins().call(fr, args);
        Ok(self.b.inst_results(inst)[0])
    }

    fn binop(&mut self, op: BinOp, t: &Ty, x: Value, y: Value, pos: u32) -> G<Value> {
        if t.is_float() {
            let zero_check = |g: &mut Self, kind: i64| {
                let z = g.fconst(y, 0.0);
                let is0 = g.b.ins().fcmp(FloatCC::Equal, y, z);
                g.fail_if(is0, kind, [None, None, None], pos);
            };
            return Ok(match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                BinOp::Div => {
                    zero_check(self, err::FLOAT_DIV_ZERO);
                    self.b.ins().fdiv(x, y)
                }
                BinOp::FloorDiv => {
                    zero_check(self, err::FLOAT_DIV_ZERO);
                    self.float_helper("pyrs_ffloordiv", &[x, y])?
                }
                BinOp::Mod => {
                    zero_check(self, err::FLOAT_MOD_ZERO);
                    self.float_helper("pyrs_fmodpy", &[x, y])?
                }
                BinOp::Pow => self.float_helper("pyrs_pow", &[x, y])?,
                _ => return Err(format!("{op:?} on {t}")),
            });
        }
        Ok(match op {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => self.b.ins().imul(x, y),
            BinOp::BitAnd => self.b.ins().band(x, y),
            BinOp::BitOr => self.b.ins().bor(x, y),
            BinOp::BitXor => self.b.ins().bxor(x, y),
            BinOp::Shl => self.b.ins().ishl(x, y),
            BinOp::Shr => self.b.ins().sshr(x, y),
            BinOp::Pow => self.helper("pyrs_int_pow", &[x, y], types::I64)?,
            BinOp::FloorDiv | BinOp::Mod => {
                let is0 = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let kind = if op == BinOp::FloorDiv {
                    err::INT_DIV_ZERO
                } else {
                    err::INT_MOD_ZERO
                };
                self.fail_if(is0, kind, [None, None, None], pos);
                // i64::MIN / -1 traps in hardware: divide by 1 instead and negate (wraps, as
                // Numba does).
                let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let one = self.b.ins().iconst(types::I64, 1);
                let d = self.b.ins().select(m1, one, y);
                let q0 = self.b.ins().sdiv(x, d);
                let nx = self.b.ins().ineg(x);
                let q = self.b.ins().select(m1, nx, q0);
                let r0 = self.b.ins().srem(x, d);
                let zero = self.b.ins().iconst(types::I64, 0);
                let r = self.b.ins().select(m1, zero, r0);
                // Floor: when the remainder is non-zero and its sign differs from the divisor's.
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let xr = self.b.ins().bxor(r, y);
                let diff = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, xr, 0);
                let adj = self.b.ins().band(rnz, diff);
                if op == BinOp::FloorDiv {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(adj, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(r, y);
                    self.b.ins().select(adj, r1, r)
                }
            }
            BinOp::Div => return Err("integer true division reached codegen".into()),
        })
    }
}

/// True when `body` may assign local `id` (directly or as a loop variable).
fn assigns(body: &[Stmt], id: usize) -> bool {
    body.iter().any(|s| match s {
        Stmt::Assign(x, _) => *x == id,
        Stmt::If { then, orelse, .. }
        | Stmt::While {
            body: then, orelse, ..
        } => assigns(then, id) || assigns(orelse, id),
        Stmt::ForRange {
            var,
            counter,
            body,
            orelse,
            ..
        } => *var == id || *counter == id || assigns(body, id) || assigns(orelse, id),
        _ => false,
    })
}

/// Inside a loop `for var in range(lo, a.shape[axis] - slack)`: `var` indexes that axis.
struct Fact {
    var: usize,
    arr: usize,
    axis: usize,
    lo: i64,
    slack: i64,
}

/// An index written `v`, `v + c` or `v - c`: `(v, c)`.
fn index_form(e: &Expr) -> Option<(usize, i64)> {
    match &e.kind {
        ExprKind::Local(v) => Some((*v, 0)),
        ExprKind::Bin(op @ (BinOp::Add | BinOp::Sub), a, b) => match (&a.kind, &b.kind) {
            (ExprKind::Local(v), ExprKind::Int(c)) => Some((
                *v,
                if *op == BinOp::Add {
                    *c
                } else {
                    c.checked_neg()?
                },
            )),
            (ExprKind::Int(c), ExprKind::Local(v)) if *op == BinOp::Add => Some((*v, *c)),
            _ => None,
        },
        _ => None,
    }
}

/// Counts the assignments of every local in `body` (loop variables included).
fn count_assigns(body: &[Stmt], n: &mut std::collections::HashMap<usize, usize>) {
    for s in body {
        match s {
            Stmt::Assign(x, _) => *n.entry(*x).or_default() += 1,
            Stmt::If { then, orelse, .. }
            | Stmt::While {
                body: then, orelse, ..
            } => {
                count_assigns(then, n);
                count_assigns(orelse, n);
            }
            Stmt::ForRange {
                var,
                counter,
                body,
                orelse,
                ..
            } => {
                *n.entry(*var).or_default() += 2;
                *n.entry(*counter).or_default() += 2;
                count_assigns(body, n);
                count_assigns(orelse, n);
            }
            _ => {}
        }
    }
}

fn assignments<'a>(body: &'a [Stmt], out: &mut Vec<(usize, &'a Expr)>) {
    for s in body {
        match s {
            Stmt::Assign(x, e) => out.push((*x, e)),
            Stmt::If { then, orelse, .. }
            | Stmt::While {
                body: then, orelse, ..
            } => {
                assignments(then, out);
                assignments(orelse, out);
            }
            Stmt::ForRange { body, orelse, .. } => {
                assignments(body, out);
                assignments(orelse, out);
            }
            _ => {}
        }
    }
}

/// Locals assigned exactly once, from `a.shape[k]` (or from another such local), where `a`
/// is never reassigned: they hold either that size or (before the assignment) zero.
fn shape_aliases(f: &Func) -> std::collections::HashMap<usize, (usize, usize)> {
    let mut counts = std::collections::HashMap::new();
    count_assigns(&f.body, &mut counts);
    for i in 0..f.nparams {
        *counts.entry(i).or_default() += 1;
    }
    let mut all = Vec::new();
    assignments(&f.body, &mut all);
    let mut alias = std::collections::HashMap::new();
    for _ in 0..3 {
        for (x, e) in &all {
            if counts.get(x) != Some(&1) || alias.contains_key(x) {
                continue;
            }
            let src = match &e.kind {
                ExprKind::Shape(a, k) => match a.kind {
                    ExprKind::Local(ar)
                        if counts.get(&ar).copied().unwrap_or(0) <= 1 && ar < f.nparams =>
                    {
                        Some((ar, *k))
                    }
                    _ => None,
                },
                ExprKind::Local(y) => alias.get(y).copied(),
                _ => None,
            };
            if let Some(v) = src {
                alias.insert(*x, v);
            }
        }
    }
    alias
}
