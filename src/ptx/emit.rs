//! Typed IR → PTX text for one `@cuda.jit` kernel and the device functions it calls.
//! Guarantees: the output is a complete PTX module (`.version 7.8`, one `.visible .entry`,
//! one `.func` per device-function specialization) that `ptxas` accepts for sm_80 and newer;
//! anything the emitter cannot lower is an `Err` naming the construct, never wrong code.
//!
//! Kernel ABI (what a launcher passes, in order, per parameter): an int64/float64 scalar as
//! `.s64`/`.f64`, a bool as `.u32`; an array as its data pointer (`.u64`), then its shape
//! (`ndim` × `.s64`), then its strides in bytes (`ndim` × `.s64`).
//! A device function takes its parameters the same way and returns a scalar in one `.param`
//! (bool as `.u32`); in a kernel's typed IR a call of one is a `Callee::Native` whose `name`
//! is the `.func`'s name. Math functions lower to native PTX instructions (sqrt, fabs, floor,
//! ceil, trunc, copysign, the float tests); the others are not in `DEVICE_MATH` and are
//! rejected before emission (`unsupported_math`), so a kernel never computes them wrongly.
//! Arithmetic follows the typed IR (int64 wraps, `//` and `%` floor); element reads widen
//! float32/int32 to float64/int64 and stores narrow back; negative indices wrap once.
//! Device memory is addressed generically, so one load/store path serves global, shared and
//! local arrays.

use crate::jit::tir::{
    AtomicOp, BinOp, Callee, CmpOp, CudaOp, Expr, ExprKind, Func, MathFn, Special, Stmt,
};
use crate::jit::types::Ty;
use crate::ndarray::dtype::DType;
use crate::syntax::ast::Span;
use std::fmt::Write;

type E<T> = Result<T, String>;

/// The PTX target the emitter writes for (`.target`).
pub const DEFAULT_ARCH: &str = "sm_80";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RK {
    Pred,
    B16,
    B32,
    F32,
    B64,
    F64,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Reg(RK, u32);

impl std::fmt::Display for Reg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = match self.0 {
            RK::Pred => "%p",
            RK::B16 => "%rs",
            RK::B32 => "%r",
            RK::F32 => "%f",
            RK::B64 => "%rd",
            RK::F64 => "%fd",
        };
        write!(f, "{p}{}", self.1)
    }
}

/// A lowered value: a scalar register (int64 → b64, float64 → f64, bool → pred), an array's
/// registers, a tuple of values, or nothing (none).
#[derive(Clone, Debug)]
enum Val {
    S(Reg),
    Arr {
        ptr: Reg,
        shape: Vec<Reg>,
        strides: Vec<Reg>,
        dtype: DType,
    },
    Tup(Vec<Val>),
    None,
}

struct Loop {
    top: String,
    end: String,
}

/// A device function specialization of the module: its PTX name and typed IR.
pub struct DeviceFn {
    pub name: String,
    pub func: Func,
}

/// The math functions the device lowers to native instructions.
pub const DEVICE_MATH: &[MathFn] = &[
    MathFn::Sqrt,
    MathFn::Fabs,
    MathFn::Floor,
    MathFn::Ceil,
    MathFn::Trunc,
    MathFn::Rint,
    MathFn::Copysign,
    MathFn::IsNan,
    MathFn::IsInf,
    MathFn::IsFinite,
];

/// The first math function in `f` the device does not compute, with where it is called.
pub fn unsupported_math(f: &Func) -> Option<(MathFn, Span)> {
    fn in_expr(e: &Expr) -> Option<(MathFn, Span)> {
        if let ExprKind::Math(m, _) = &e.kind {
            if !DEVICE_MATH.contains(m) {
                return Some((*m, e.span));
            }
        }
        e.children().into_iter().find_map(in_expr)
    }
    fn in_stmts(body: &[Stmt]) -> Option<(MathFn, Span)> {
        body.iter().find_map(|s| match s {
            Stmt::Assign(_, e) | Stmt::Return(e) | Stmt::Expr(e) => in_expr(e),
            Stmt::SetItem { arr, idx, value } => in_expr(arr)
                .or_else(|| idx.iter().find_map(in_expr))
                .or_else(|| in_expr(value)),
            Stmt::If { cond, then, orelse }
            | Stmt::While {
                cond,
                body: then,
                orelse,
            } => in_expr(cond)
                .or_else(|| in_stmts(then))
                .or_else(|| in_stmts(orelse)),
            Stmt::ForRange {
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => in_expr(start)
                .or_else(|| in_expr(stop))
                .or_else(|| in_expr(step))
                .or_else(|| in_stmts(body))
                .or_else(|| in_stmts(orelse)),
            Stmt::Break | Stmt::Continue | Stmt::Raise(_) => None,
        })
    }
    in_stmts(&f.body)
}

struct Emitter<'f> {
    f: &'f Func,
    devfns: &'f [DeviceFn],
    /// `Some(name)` while emitting device function `name` (returns store to its `.param`).
    func_name: Option<String>,
    counts: [u32; 6],
    body: String,
    decls: String,
    labels: u32,
    locals: Vec<Val>,
    loops: Vec<Loop>,
}

fn kind_index(k: RK) -> usize {
    k as usize
}

fn scalar_rk(t: &Ty) -> E<RK> {
    Ok(match t {
        Ty::Int => RK::B64,
        Ty::Float => RK::F64,
        Ty::Float32 => RK::F32,
        Ty::Bool => RK::Pred,
        t => return Err(format!("a {t} value where a scalar is needed")),
    })
}

/// The instruction type suffix arithmetic on `t` uses (ints are s64).
fn num_suffix(t: &Ty) -> &'static str {
    match t {
        Ty::Float => "f64",
        Ty::Float32 => "f32",
        _ => "s64",
    }
}

/// The float suffix of register `r` (f32 for a float32 register, else f64).
fn fsuffix(r: Reg) -> &'static str {
    if r.0 == RK::F32 {
        "f32"
    } else {
        "f64"
    }
}

fn f64_lit(x: f64) -> String {
    format!("0d{:016X}", x.to_bits())
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The static shared memory (bytes) a module emitted here declares: the sum of its
/// `.shared` arrays (what a launch checks against the device's per-block limit).
pub fn static_shared_bytes(ptx: &str) -> usize {
    ptx.lines()
        .filter_map(|l| l.trim().strip_prefix(".shared "))
        .filter_map(|l| {
            let n = l.rsplit_once('[')?.1.strip_suffix("];")?;
            n.parse::<usize>().ok()
        })
        .sum()
}

/// PTX for `f` as a kernel named after the function; `arch` is the `.target` (e.g. `sm_80`).
pub fn kernel(f: &Func, arch: &str) -> E<String> {
    module(f, &[], arch)
}

/// PTX for kernel `f` and the device functions its calls name (`devfns`, any order).
pub fn module(f: &Func, devfns: &[DeviceFn], arch: &str) -> E<String> {
    if f.ret != Ty::None {
        return Err(format!(
            "a kernel must not return a value (it returns {})",
            f.ret
        ));
    }
    let name = sanitize(&f.name);
    let mut out = String::new();
    let _ = writeln!(out, "//\n// Generated by pyrs for kernel '{}'\n//", f.name);
    let _ = writeln!(out, ".version 7.8\n.target {arch}\n.address_size 64\n");
    // Prototypes first, so device functions may call each other (and themselves) in any order.
    let mut defs = String::new();
    for d in devfns {
        let (proto, body) = function(d, devfns)?;
        let _ = writeln!(out, "{proto};");
        let _ = writeln!(defs, "{proto}\n{body}");
    }
    if !devfns.is_empty() {
        out.push('\n');
    }
    out.push_str(&defs);
    let (params, body) = Emitter::new(f, devfns, None).run(&name)?;
    let _ = writeln!(out, ".visible .entry {name}(");
    let _ = writeln!(out, "{}", params.join(",\n"));
    out.push_str(")\n");
    out.push_str(&body);
    Ok(out)
}

/// The `.func` header of device function `d` and its body.
fn function(d: &DeviceFn, devfns: &[DeviceFn]) -> E<(String, String)> {
    let ret = match &d.func.ret {
        Ty::None => String::new(),
        Ty::Int => format!("(.param .s64 {}_ret) ", d.name),
        Ty::Float => format!("(.param .f64 {}_ret) ", d.name),
        Ty::Float32 => format!("(.param .f32 {}_ret) ", d.name),
        Ty::Bool => format!("(.param .u32 {}_ret) ", d.name),
        t => {
            return Err(format!(
                "device function '{}' returning {t} (only scalars are returned from the device)",
                d.func.name
            ))
        }
    };
    let (params, body) = Emitter::new(&d.func, devfns, Some(d.name.clone())).run(&d.name)?;
    let proto = format!(".func {ret}{}(\n{}\n)", d.name, params.join(",\n"));
    Ok((proto, body))
}

impl<'f> Emitter<'f> {
    fn new(f: &'f Func, devfns: &'f [DeviceFn], func_name: Option<String>) -> Emitter<'f> {
        Emitter {
            f,
            devfns,
            func_name,
            counts: [1; 6],
            body: String::new(),
            decls: String::new(),
            labels: 0,
            locals: Vec::new(),
            loops: Vec::new(),
        }
    }

    /// Emits the whole function: its parameter declarations and its `{ ... }` body.
    fn run(mut self, pname: &str) -> E<(Vec<String>, String)> {
        let f = self.f;
        // Registers for every local; parameters are loaded into theirs first.
        for l in &f.locals {
            let v = self.alloc_val(&l.ty)?;
            self.locals.push(v);
        }
        let mut params = Vec::new();
        for (i, ty) in f.args.iter().enumerate() {
            self.load_param(pname, i, ty, &mut params)?;
        }
        self.stmts(&f.body)?;
        self.line("ret;");
        let mut out = String::from("{\n");
        let em = self;
        for (k, decl) in [
            (RK::Pred, ".pred %p"),
            (RK::B16, ".b16 %rs"),
            (RK::B32, ".b32 %r"),
            (RK::F32, ".f32 %f"),
            (RK::B64, ".b64 %rd"),
            (RK::F64, ".f64 %fd"),
        ] {
            let _ = writeln!(out, "\t.reg {decl}<{}>;", em.counts[kind_index(k)]);
        }
        out.push_str(&em.decls);
        out.push('\n');
        out.push_str(&em.body);
        out.push_str("}\n");
        Ok((params, out))
    }

    fn reg(&mut self, k: RK) -> Reg {
        let i = kind_index(k);
        let r = Reg(k, self.counts[i]);
        self.counts[i] += 1;
        r
    }

    fn line(&mut self, s: &str) {
        self.body.push('\t');
        self.body.push_str(s);
        self.body.push('\n');
    }

    fn label(&mut self, what: &str) -> String {
        self.labels += 1;
        format!("$L_{what}_{}", self.labels)
    }

    fn place(&mut self, l: &str) {
        self.body.push_str(l);
        self.body.push_str(":\n");
    }

    fn alloc_val(&mut self, t: &Ty) -> E<Val> {
        Ok(match t {
            Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool => Val::S(self.reg(scalar_rk(t)?)),
            Ty::None | Ty::Unknown => Val::None,
            Ty::Array(a) => Val::Arr {
                ptr: self.reg(RK::B64),
                shape: (0..a.ndim).map(|_| self.reg(RK::B64)).collect(),
                strides: (0..a.ndim).map(|_| self.reg(RK::B64)).collect(),
                dtype: a.dtype,
            },
            Ty::Tuple(ts) => {
                let mut v = Vec::new();
                for t in ts {
                    v.push(self.alloc_val(t)?);
                }
                Val::Tup(v)
            }
        })
    }

    fn load_param(&mut self, kname: &str, i: usize, abi: &Ty, params: &mut Vec<String>) -> E<()> {
        let local_ty = self.f.locals[i].ty.clone();
        let p = |n: usize| format!("{kname}_param_{i}_{n}");
        match abi {
            Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool => {
                let (pt, v) = match abi {
                    Ty::Int => {
                        let r = self.reg(RK::B64);
                        self.line(&format!("ld.param.s64 {r}, [{}];", p(0)));
                        (".s64", r)
                    }
                    Ty::Float => {
                        let r = self.reg(RK::F64);
                        self.line(&format!("ld.param.f64 {r}, [{}];", p(0)));
                        (".f64", r)
                    }
                    Ty::Float32 => {
                        let r = self.reg(RK::F32);
                        self.line(&format!("ld.param.f32 {r}, [{}];", p(0)));
                        (".f32", r)
                    }
                    _ => {
                        let w = self.reg(RK::B32);
                        let r = self.reg(RK::Pred);
                        self.line(&format!("ld.param.u32 {w}, [{}];", p(0)));
                        self.line(&format!("setp.ne.u32 {r}, {w}, 0;"));
                        (".u32", r)
                    }
                };
                params.push(format!("\t.param {pt} {}", p(0)));
                let v = self.convert(v, abi, &local_ty)?;
                let dst = self.locals[i].clone();
                self.assign(&dst, &Val::S(v))
            }
            Ty::Array(a) => {
                let Val::Arr {
                    ptr,
                    shape,
                    strides,
                    ..
                } = self.locals[i].clone()
                else {
                    return Err("array parameter".into());
                };
                params.push(format!("\t.param .u64 {}", p(0)));
                self.line(&format!("ld.param.u64 {ptr}, [{}];", p(0)));
                let nd = a.ndim as usize;
                for (k, r) in shape.iter().chain(strides.iter()).enumerate() {
                    params.push(format!("\t.param .s64 {}", p(1 + k)));
                    self.line(&format!("ld.param.s64 {r}, [{}];", p(1 + k)));
                }
                debug_assert_eq!(shape.len() + strides.len(), 2 * nd);
                Ok(())
            }
            t => Err(format!("a kernel parameter of type {t}")),
        }
    }

    /// Copies `src` into the registers of `dst` (same shape of value).
    fn assign(&mut self, dst: &Val, src: &Val) -> E<()> {
        match (dst, src) {
            (Val::S(d), Val::S(s)) => {
                if d != s {
                    let t = match d.0 {
                        RK::Pred => "pred",
                        RK::B64 => "b64",
                        RK::F64 => "f64",
                        RK::B32 => "b32",
                        RK::F32 => "f32",
                        RK::B16 => "b16",
                    };
                    self.line(&format!("mov.{t} {d}, {s};"));
                }
                Ok(())
            }
            (
                Val::Arr {
                    ptr: dp,
                    shape: ds,
                    strides: dt,
                    ..
                },
                Val::Arr {
                    ptr: sp,
                    shape: ss,
                    strides: st,
                    ..
                },
            ) => {
                self.line(&format!("mov.b64 {dp}, {sp};"));
                for (d, s) in ds.iter().zip(ss).chain(dt.iter().zip(st)) {
                    self.line(&format!("mov.b64 {d}, {s};"));
                }
                Ok(())
            }
            (Val::Tup(d), Val::Tup(s)) if d.len() == s.len() => {
                for (d, s) in d.iter().zip(s) {
                    self.assign(d, s)?;
                }
                Ok(())
            }
            (Val::None, _) => Ok(()),
            _ => Err("assigning values of different kinds".into()),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> E<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> E<()> {
        match s {
            Stmt::Assign(id, e) => {
                let v = self.expr(e)?;
                let dst = self.locals[*id].clone();
                self.assign(&dst, &v)
            }
            Stmt::SetItem { idx, .. } if idx.is_empty() => {
                Err("assigning a whole array in a kernel (loop over its elements)".into())
            }
            Stmt::SetItem { arr, idx, value } => {
                let a = self.expr(arr)?;
                let addr = self.address(&a, idx)?;
                let v = self.scalar(value)?;
                let Val::Arr { dtype, .. } = a else {
                    return Err("storing into a non-array".into());
                };
                self.store(addr, dtype, v)
            }
            Stmt::If { cond, then, orelse } => {
                let p = self.scalar(cond)?;
                let l_else = self.label("else");
                let l_end = self.label("endif");
                self.line(&format!("@!{p} bra {l_else};"));
                self.stmts(then)?;
                self.line(&format!("bra.uni {l_end};"));
                self.place(&l_else);
                self.stmts(orelse)?;
                self.place(&l_end);
                Ok(())
            }
            Stmt::While { cond, body, orelse } => {
                let top = self.label("while");
                let l_else = self.label("whileelse");
                let end = self.label("endwhile");
                self.place(&top);
                let p = self.scalar(cond)?;
                self.line(&format!("@!{p} bra {l_else};"));
                self.loops.push(Loop {
                    top: top.clone(),
                    end: end.clone(),
                });
                self.stmts(body)?;
                self.loops.pop();
                self.line(&format!("bra.uni {top};"));
                self.place(&l_else);
                self.stmts(orelse)?;
                self.place(&end);
                Ok(())
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
                ..
            } => {
                for (id, e) in [(counter, start), (stop_local, stop), (step_local, step)] {
                    let v = self.expr(e)?;
                    let dst = self.locals[*id].clone();
                    self.assign(&dst, &v)?;
                }
                let (Val::S(c), Val::S(hi), Val::S(st)) = (
                    self.locals[*counter].clone(),
                    self.locals[*stop_local].clone(),
                    self.locals[*step_local].clone(),
                ) else {
                    return Err("range loop registers".into());
                };
                let top = self.label("for");
                let l_else = self.label("forelse");
                let end = self.label("endfor");
                self.place(&top);
                let up = self.reg(RK::Pred);
                let lt = self.reg(RK::Pred);
                let gt = self.reg(RK::Pred);
                let go = self.reg(RK::Pred);
                self.line(&format!("setp.gt.s64 {up}, {st}, 0;"));
                self.line(&format!("setp.lt.s64 {lt}, {c}, {hi};"));
                self.line(&format!("setp.gt.s64 {gt}, {c}, {hi};"));
                self.line(&format!("and.pred {lt}, {lt}, {up};"));
                self.line(&format!("not.pred {up}, {up};"));
                self.line(&format!("and.pred {gt}, {gt}, {up};"));
                self.line(&format!("or.pred {go}, {lt}, {gt};"));
                self.line(&format!("@!{go} bra {l_else};"));
                let dst = self.locals[*var].clone();
                self.assign(&dst, &Val::S(c))?;
                self.line(&format!("add.s64 {c}, {c}, {st};"));
                self.loops.push(Loop {
                    top: top.clone(),
                    end: end.clone(),
                });
                self.stmts(body)?;
                self.loops.pop();
                self.line(&format!("bra.uni {top};"));
                self.place(&l_else);
                self.stmts(orelse)?;
                self.place(&end);
                Ok(())
            }
            Stmt::Break => {
                let l = self.loops.last().ok_or("break outside a loop")?.end.clone();
                self.line(&format!("bra.uni {l};"));
                Ok(())
            }
            Stmt::Raise(_) => Err("raise statements in kernels are not supported".into()),
            Stmt::Continue => {
                let l = self
                    .loops
                    .last()
                    .ok_or("continue outside a loop")?
                    .top
                    .clone();
                self.line(&format!("bra.uni {l};"));
                Ok(())
            }
            Stmt::Return(e) => {
                let v = self.expr(e)?;
                if let (Some(name), Val::S(r)) = (self.func_name.clone(), v) {
                    let (t, r) = self.param_form(r);
                    self.line(&format!("st.param{t} [{name}_ret], {r};"));
                }
                self.line("ret;");
                Ok(())
            }
            Stmt::Expr(e) => self.expr(e).map(|_| ()),
        }
    }

    fn scalar(&mut self, e: &Expr) -> E<Reg> {
        match self.expr(e)? {
            Val::S(r) => Ok(r),
            _ => Err(format!("expected a scalar, got {}", e.ty)),
        }
    }

    /// Converts scalar register `v` of type `from` to type `to`.
    fn convert(&mut self, v: Reg, from: &Ty, to: &Ty) -> E<Reg> {
        if from == to {
            return Ok(v);
        }
        let d = self.reg(scalar_rk(to)?);
        match (from, to) {
            (Ty::Int, Ty::Float) => self.line(&format!("cvt.rn.f64.s64 {d}, {v};")),
            (Ty::Float, Ty::Int) => self.line(&format!("cvt.rzi.s64.f64 {d}, {v};")),
            (Ty::Bool, Ty::Int) => self.line(&format!("selp.s64 {d}, 1, 0, {v};")),
            (Ty::Bool, Ty::Float) => self.line(&format!(
                "selp.f64 {d}, 0d3FF0000000000000, 0d0000000000000000, {v};"
            )),
            (Ty::Int, Ty::Bool) => self.line(&format!("setp.ne.s64 {d}, {v}, 0;")),
            (Ty::Float, Ty::Bool) => {
                self.line(&format!("setp.neu.f64 {d}, {v}, 0d0000000000000000;"))
            }
            (Ty::Int, Ty::Float32) => self.line(&format!("cvt.rn.f32.s64 {d}, {v};")),
            (Ty::Float32, Ty::Int) => self.line(&format!("cvt.rzi.s64.f32 {d}, {v};")),
            (Ty::Float32, Ty::Float) => self.line(&format!("cvt.f64.f32 {d}, {v};")),
            (Ty::Float, Ty::Float32) => self.line(&format!("cvt.rn.f32.f64 {d}, {v};")),
            (Ty::Bool, Ty::Float32) => {
                self.line(&format!("selp.f32 {d}, 0f3F800000, 0f00000000, {v};"))
            }
            (Ty::Float32, Ty::Bool) => self.line(&format!("setp.neu.f32 {d}, {v}, 0f00000000;")),
            _ => return Err(format!("converting {from} to {to}")),
        }
        Ok(d)
    }

    fn expr(&mut self, e: &Expr) -> E<Val> {
        Ok(match &e.kind {
            ExprKind::Int(i) => {
                let r = self.reg(RK::B64);
                self.line(&format!("mov.s64 {r}, {i};"));
                Val::S(r)
            }
            ExprKind::Float(x) => {
                let r = self.reg(RK::F64);
                self.line(&format!("mov.f64 {r}, {};", f64_lit(*x)));
                Val::S(r)
            }
            ExprKind::Bool(b) => {
                let w = self.reg(RK::B32);
                let r = self.reg(RK::Pred);
                self.line(&format!("mov.u32 {w}, {};", *b as u32));
                self.line(&format!("setp.ne.u32 {r}, {w}, 0;"));
                Val::S(r)
            }
            ExprKind::None => Val::None,
            ExprKind::Local(id) => self.locals[*id].clone(),
            ExprKind::Cast(a) => {
                if let (Ty::Tuple(_), Ty::Tuple(_)) = (&a.ty, &e.ty) {
                    return Err("tuple conversions in kernels".into());
                }
                let v = self.scalar(a)?;
                Val::S(self.convert(v, &a.ty, &e.ty)?)
            }
            ExprKind::Neg(a) => {
                let v = self.scalar(a)?;
                let d = self.reg(scalar_rk(&e.ty)?);
                let t = num_suffix(&e.ty);
                self.line(&format!("neg.{t} {d}, {v};"));
                Val::S(d)
            }
            ExprKind::Not(a) => {
                let v = self.scalar(a)?;
                let v = self.convert(v, &a.ty, &Ty::Bool)?;
                let d = self.reg(RK::Pred);
                self.line(&format!("not.pred {d}, {v};"));
                Val::S(d)
            }
            ExprKind::Invert(a) => {
                let v = self.scalar(a)?;
                let v = self.convert(v, &a.ty, &Ty::Int)?;
                let d = self.reg(RK::B64);
                self.line(&format!("not.b64 {d}, {v};"));
                Val::S(d)
            }
            ExprKind::Bin(op, a, b) => {
                let x = self.scalar(a)?;
                let y = self.scalar(b)?;
                Val::S(self.binop(*op, &e.ty, x, y)?)
            }
            ExprKind::Cmp(op, a, b) => {
                let mut x = self.scalar(a)?;
                let mut y = self.scalar(b)?;
                let mut t = a.ty.clone();
                if t == Ty::Bool {
                    x = self.convert(x, &Ty::Bool, &Ty::Int)?;
                    y = self.convert(y, &Ty::Bool, &Ty::Int)?;
                    t = Ty::Int;
                }
                let d = self.reg(RK::Pred);
                let float = t.is_float();
                let c = match (op, float) {
                    (CmpOp::Eq, _) => "eq",
                    // Python: NaN != x is True, so `!=` on floats is the unordered compare.
                    (CmpOp::Ne, true) => "neu",
                    (CmpOp::Ne, false) => "ne",
                    (CmpOp::Lt, _) => "lt",
                    (CmpOp::Le, _) => "le",
                    (CmpOp::Gt, _) => "gt",
                    (CmpOp::Ge, _) => "ge",
                };
                let ty = num_suffix(&t);
                self.line(&format!("setp.{c}.{ty} {d}, {x}, {y};"));
                Val::S(d)
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                let res = self.reg(scalar_rk(&e.ty)?);
                let res_v = Val::S(res);
                let x = self.expr(a)?;
                self.assign(&res_v, &x)?;
                let t = self.convert(res, &e.ty, &Ty::Bool)?;
                let end = self.label("sc");
                let neg = if is_and { "!" } else { "" };
                self.line(&format!("@{neg}{t} bra {end};"));
                let y = self.expr(b)?;
                self.assign(&res_v, &y)?;
                self.place(&end);
                res_v
            }
            ExprKind::IfExp(c, a, b) => {
                let p = self.scalar(c)?;
                let res = self.alloc_val(&e.ty)?;
                let l_else = self.label("ifexp");
                let end = self.label("endifexp");
                self.line(&format!("@!{p} bra {l_else};"));
                let x = self.expr(a)?;
                self.assign(&res, &x)?;
                self.line(&format!("bra.uni {end};"));
                self.place(&l_else);
                let y = self.expr(b)?;
                self.assign(&res, &y)?;
                self.place(&end);
                res
            }
            ExprKind::Truth(a) => {
                let v = self.scalar(a)?;
                Val::S(self.convert(v, &a.ty, &Ty::Bool)?)
            }
            ExprKind::Math(m, args) => {
                let mut v = Vec::new();
                for a in args {
                    v.push(self.scalar(a)?);
                }
                Val::S(self.math(*m, &v)?)
            }
            ExprKind::Abs(a) => {
                let v = self.scalar(a)?;
                let d = self.reg(scalar_rk(&e.ty)?);
                let t = num_suffix(&e.ty);
                self.line(&format!("abs.{t} {d}, {v};"));
                Val::S(d)
            }
            ExprKind::Min(v) | ExprKind::Max(v) => {
                let op = if matches!(e.kind, ExprKind::Min(_)) {
                    "min"
                } else {
                    "max"
                };
                let t = num_suffix(&e.ty);
                let mut acc = self.scalar(&v[0])?;
                for x in &v[1..] {
                    let y = self.scalar(x)?;
                    let d = self.reg(scalar_rk(&e.ty)?);
                    self.line(&format!("{op}.{t} {d}, {acc}, {y};"));
                    acc = d;
                }
                Val::S(acc)
            }
            ExprKind::Index(a, idx) => {
                let arr = self.expr(a)?;
                let addr = self.address(&arr, idx)?;
                let Val::Arr { dtype, .. } = arr else {
                    return Err("indexing a non-array".into());
                };
                Val::S(self.load(addr, dtype)?)
            }
            ExprKind::Shape(a, k) => match self.expr(a)? {
                Val::Arr { shape, .. } => Val::S(shape[*k]),
                _ => return Err("shape of a non-array".into()),
            },
            ExprKind::Size(a) => match self.expr(a)? {
                Val::Arr { shape, .. } => {
                    let d = self.reg(RK::B64);
                    self.line(&format!("mov.u64 {d}, 1;"));
                    for s in shape {
                        self.line(&format!("mul.lo.s64 {d}, {d}, {s};"));
                    }
                    Val::S(d)
                }
                _ => return Err("size of a non-array".into()),
            },
            ExprKind::Tuple(items) => {
                let mut v = Vec::new();
                for it in items {
                    v.push(self.expr(it)?);
                }
                Val::Tup(v)
            }
            ExprKind::Call(callee, args) => self.call(callee, args, &e.ty)?,
            ExprKind::Cuda(op, args) => self.cuda(op, args, &e.ty)?,
            ExprKind::Alloc(..) => {
                return Err("creating arrays in a kernel (use cuda.local.array)".into())
            }
            ExprKind::View(..) | ExprKind::Transpose(..) => {
                return Err("array views in a kernel (index the array instead)".into())
            }
            ExprKind::Reduce(..) => {
                return Err("whole-array reductions in a kernel (loop over the array)".into())
            }
            ExprKind::TupleGet(t, k) => {
                let ExprKind::Int(c) = k.kind else {
                    return Err("a tuple indexed with a run-time index in a kernel".into());
                };
                let Val::Tup(mut items) = self.expr(t)? else {
                    return Err("indexing a non-tuple".into());
                };
                let n = items.len() as i64;
                let c = if c < 0 { c + n } else { c };
                if c < 0 || c >= n {
                    return Err("tuple index out of range".into());
                }
                items.swap_remove(c as usize)
            }
            ExprKind::Print(..) => return Err("print() in a kernel".into()),
            ExprKind::Reshape(..) => return Err("reshape in a kernel".into()),
            ExprKind::Map(..) => {
                return Err("array expressions in a kernel (compute one element per thread)".into())
            }
        })
    }

    /// A scalar as a `.param` holds it: its type suffix and register (a predicate becomes a
    /// `.u32` 0/1).
    fn param_form(&mut self, r: Reg) -> (&'static str, Reg) {
        match r.0 {
            RK::B64 => (".s64", r),
            RK::F64 => (".f64", r),
            RK::Pred => {
                let w = self.reg(RK::B32);
                self.line(&format!("selp.u32 {w}, 1, 0, {r};"));
                (".u32", w)
            }
            RK::B32 => (".u32", r),
            RK::F32 => (".f32", r),
            RK::B16 => (".u16", r),
        }
    }

    /// A call of a device function: arguments in `.param`s (arrays as pointer, shape and
    /// strides), `call.uni`, the scalar result read back.
    fn call(&mut self, callee: &Callee, args: &[Expr], ret: &Ty) -> E<Val> {
        let name = match callee {
            Callee::SelfCall => self.func_name.clone().ok_or("a kernel calling itself")?,
            Callee::Native { name, .. } => {
                if !self.devfns.iter().any(|d| &d.name == name) {
                    return Err(format!(
                        "a call of '{name}', which is not a device function of this module"
                    ));
                }
                name.clone()
            }
        };
        let mut flat = Vec::new();
        for a in args {
            match self.expr(a)? {
                Val::S(r) => flat.push(self.param_form(r)),
                Val::Arr {
                    ptr,
                    shape,
                    strides,
                    ..
                } => {
                    flat.push((".u64", ptr));
                    flat.extend(shape.iter().chain(&strides).map(|r| (".s64", *r)));
                }
                _ => return Err(format!("passing {} to a device function", a.ty)),
            }
        }
        self.line("{");
        let mut names = Vec::new();
        for (k, (t, r)) in flat.iter().enumerate() {
            self.line(&format!("\t.param {t} arg{k};"));
            self.line(&format!("\tst.param{t} [arg{k}], {r};"));
            names.push(format!("arg{k}"));
        }
        let list = if names.is_empty() {
            String::new()
        } else {
            format!(", ({})", names.join(", "))
        };
        let out = match ret {
            Ty::None => {
                self.line(&format!("\tcall.uni {name}{list};"));
                Val::None
            }
            Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool => {
                let t = match ret {
                    Ty::Int => ".s64",
                    Ty::Float => ".f64",
                    Ty::Float32 => ".f32",
                    _ => ".u32",
                };
                self.line(&format!("\t.param {t} retval;"));
                self.line(&format!("\tcall.uni (retval), {name}{list};"));
                if *ret == Ty::Bool {
                    let w = self.reg(RK::B32);
                    let p = self.reg(RK::Pred);
                    self.line(&format!("\tld.param.u32 {w}, [retval];"));
                    self.line(&format!("\tsetp.ne.u32 {p}, {w}, 0;"));
                    Val::S(p)
                } else {
                    let d = self.reg(scalar_rk(ret)?);
                    self.line(&format!("\tld.param{t} {d}, [retval];"));
                    Val::S(d)
                }
            }
            t => return Err(format!("a device function returning {t}")),
        };
        self.line("}");
        Ok(out)
    }

    fn binop(&mut self, op: BinOp, t: &Ty, x: Reg, y: Reg) -> E<Reg> {
        let float = t.is_float();
        let k = scalar_rk(t)?;
        let d = self.reg(k);
        if float {
            let f = num_suffix(t);
            match op {
                BinOp::Add => self.line(&format!("add.rn.{f} {d}, {x}, {y};")),
                BinOp::Sub => self.line(&format!("sub.rn.{f} {d}, {x}, {y};")),
                BinOp::Mul => self.line(&format!("mul.rn.{f} {d}, {x}, {y};")),
                BinOp::Div => self.line(&format!("div.rn.{f} {d}, {x}, {y};")),
                BinOp::FloorDiv => {
                    self.line(&format!("div.rn.{f} {d}, {x}, {y};"));
                    self.line(&format!("cvt.rmi.{f}.{f} {d}, {d};"));
                }
                BinOp::Mod => {
                    // x - floor(x / y) * y, as Python's float % (sign of the divisor).
                    let q = self.reg(k);
                    self.line(&format!("div.rn.{f} {q}, {x}, {y};"));
                    self.line(&format!("cvt.rmi.{f}.{f} {q}, {q};"));
                    self.line(&format!("neg.{f} {q}, {q};"));
                    self.line(&format!("fma.rn.{f} {d}, {q}, {y}, {x};"));
                }
                _ => return Err(format!("float {op:?} in a kernel")),
            }
            return Ok(d);
        }
        match op {
            BinOp::Add => self.line(&format!("add.s64 {d}, {x}, {y};")),
            BinOp::Sub => self.line(&format!("sub.s64 {d}, {x}, {y};")),
            BinOp::Mul => self.line(&format!("mul.lo.s64 {d}, {x}, {y};")),
            BinOp::FloorDiv | BinOp::Mod => {
                // Truncating division, then one step toward -inf when the signs differ and
                // the remainder is not zero (Python's floor semantics).
                let q = self.reg(RK::B64);
                let r = self.reg(RK::B64);
                let s = self.reg(RK::B64);
                let nz = self.reg(RK::Pred);
                let neg = self.reg(RK::Pred);
                self.line(&format!("div.s64 {q}, {x}, {y};"));
                self.line(&format!("rem.s64 {r}, {x}, {y};"));
                self.line(&format!("setp.ne.s64 {nz}, {r}, 0;"));
                self.line(&format!("xor.b64 {s}, {r}, {y};"));
                self.line(&format!("setp.lt.s64 {neg}, {s}, 0;"));
                self.line(&format!("and.pred {nz}, {nz}, {neg};"));
                if op == BinOp::FloorDiv {
                    self.line(&format!("@{nz} sub.s64 {q}, {q}, 1;"));
                    self.line(&format!("mov.b64 {d}, {q};"));
                } else {
                    self.line(&format!("@{nz} add.s64 {r}, {r}, {y};"));
                    self.line(&format!("mov.b64 {d}, {r};"));
                }
            }
            BinOp::BitAnd => self.line(&format!("and.b64 {d}, {x}, {y};")),
            BinOp::BitOr => self.line(&format!("or.b64 {d}, {x}, {y};")),
            BinOp::BitXor => self.line(&format!("xor.b64 {d}, {x}, {y};")),
            BinOp::Shl | BinOp::Shr => {
                let c = self.reg(RK::B32);
                self.line(&format!("cvt.u32.u64 {c}, {y};"));
                let i = if op == BinOp::Shl {
                    "shl.b64"
                } else {
                    "shr.s64"
                };
                self.line(&format!("{i} {d}, {x}, {c};"));
            }
            BinOp::Pow => {
                // Exponentiation by squaring (a negative exponent gives 0, as 1 // x**n).
                let base = self.reg(RK::B64);
                let ex = self.reg(RK::B64);
                let bit = self.reg(RK::B64);
                let p = self.reg(RK::Pred);
                let top = self.label("pow");
                let end = self.label("endpow");
                self.line(&format!("mov.u64 {d}, 1;"));
                self.line(&format!("mov.b64 {base}, {x};"));
                self.line(&format!("mov.b64 {ex}, {y};"));
                self.line(&format!("setp.lt.s64 {p}, {ex}, 0;"));
                self.line(&format!("@{p} mov.u64 {d}, 0;"));
                self.line(&format!("@{p} bra {end};"));
                self.place(&top);
                self.line(&format!("setp.le.s64 {p}, {ex}, 0;"));
                self.line(&format!("@{p} bra {end};"));
                self.line(&format!("and.b64 {bit}, {ex}, 1;"));
                self.line(&format!("setp.ne.s64 {p}, {bit}, 0;"));
                self.line(&format!("@{p} mul.lo.s64 {d}, {d}, {base};"));
                self.line(&format!("mul.lo.s64 {base}, {base}, {base};"));
                self.line(&format!("shr.s64 {ex}, {ex}, 1;"));
                self.line(&format!("bra.uni {top};"));
                self.place(&end);
            }
            BinOp::Div => return Err("integer true division reached the PTX backend".into()),
        }
        Ok(d)
    }

    fn math(&mut self, m: MathFn, v: &[Reg]) -> E<Reg> {
        let one = |i: usize| v.get(i).copied().ok_or("math arity".to_string());
        // float32 operands compute in float32 (`f`), as Numba's CUDA target does.
        let f = fsuffix(one(0)?);
        let fk = if f == "f32" { RK::F32 } else { RK::F64 };
        let (rk, text) = match m {
            MathFn::Sqrt => (fk, format!("sqrt.rn.{f} {{d}}, {};", one(0)?)),
            MathFn::Fabs => (fk, format!("abs.{f} {{d}}, {};", one(0)?)),
            MathFn::Floor => (fk, format!("cvt.rmi.{f}.{f} {{d}}, {};", one(0)?)),
            MathFn::Ceil => (fk, format!("cvt.rpi.{f}.{f} {{d}}, {};", one(0)?)),
            MathFn::Trunc => (fk, format!("cvt.rzi.{f}.{f} {{d}}, {};", one(0)?)),
            MathFn::Rint => (fk, format!("cvt.rni.{f}.{f} {{d}}, {};", one(0)?)),
            MathFn::IsNan => (
                RK::Pred,
                format!("testp.notanumber.{f} {{d}}, {};", one(0)?),
            ),
            MathFn::IsInf => (RK::Pred, format!("testp.infinite.{f} {{d}}, {};", one(0)?)),
            MathFn::IsFinite => (RK::Pred, format!("testp.finite.{f} {{d}}, {};", one(0)?)),
            // PTX copysign takes the sign from its first operand.
            MathFn::Copysign => (fk, format!("copysign.{f} {{d}}, {}, {};", one(1)?, one(0)?)),
            other => {
                return Err(format!(
                    "math function {other:?} is not computed on the device (see DEVICE_MATH)"
                ))
            }
        };
        let d = self.reg(rk);
        self.line(&text.replace("{d}", &d.to_string()));
        Ok(d)
    }

    /// The byte address of `arr[idx...]` (negative indices wrap once).
    fn address(&mut self, arr: &Val, idx: &[Expr]) -> E<Reg> {
        let Val::Arr {
            ptr,
            shape,
            strides,
            ..
        } = arr.clone()
        else {
            return Err("indexing a non-array".into());
        };
        if idx.len() != shape.len() {
            return Err("index arity".into());
        }
        let addr = self.reg(RK::B64);
        self.line(&format!("mov.b64 {addr}, {ptr};"));
        for (k, e) in idx.iter().enumerate() {
            let i = self.scalar(e)?;
            let w = self.reg(RK::B64);
            let p = self.reg(RK::Pred);
            let off = self.reg(RK::B64);
            self.line(&format!("setp.lt.s64 {p}, {i}, 0;"));
            self.line(&format!("add.s64 {w}, {i}, {};", shape[k]));
            self.line(&format!("selp.b64 {w}, {w}, {i}, {p};"));
            self.line(&format!("mul.lo.s64 {off}, {w}, {};", strides[k]));
            self.line(&format!("add.s64 {addr}, {addr}, {off};"));
        }
        Ok(addr)
    }

    fn load(&mut self, addr: Reg, dtype: DType) -> E<Reg> {
        Ok(match dtype {
            DType::Float64 => {
                let d = self.reg(RK::F64);
                self.line(&format!("ld.f64 {d}, [{addr}];"));
                d
            }
            DType::Float32 => {
                let d = self.reg(RK::F32);
                self.line(&format!("ld.f32 {d}, [{addr}];"));
                d
            }
            DType::Int64 => {
                let d = self.reg(RK::B64);
                self.line(&format!("ld.s64 {d}, [{addr}];"));
                d
            }
            DType::Int32 => {
                let s = self.reg(RK::B32);
                let d = self.reg(RK::B64);
                self.line(&format!("ld.s32 {s}, [{addr}];"));
                self.line(&format!("cvt.s64.s32 {d}, {s};"));
                d
            }
            DType::Bool => {
                let s = self.reg(RK::B16);
                let d = self.reg(RK::Pred);
                self.line(&format!("ld.u8 {s}, [{addr}];"));
                self.line(&format!("setp.ne.u16 {d}, {s}, 0;"));
                d
            }
        })
    }

    /// Narrows scalar `v` (of the dtype's scalar type) to the element's width.
    fn narrow(&mut self, v: Reg, dtype: DType) -> Reg {
        match dtype {
            DType::Float64 | DType::Int64 => v,
            DType::Float32 if v.0 == RK::F32 => v,
            DType::Float32 => {
                let s = self.reg(RK::F32);
                self.line(&format!("cvt.rn.f32.f64 {s}, {v};"));
                s
            }
            DType::Int32 => {
                let s = self.reg(RK::B32);
                self.line(&format!("cvt.u32.u64 {s}, {v};"));
                s
            }
            DType::Bool => {
                let s = self.reg(RK::B16);
                self.line(&format!("selp.u16 {s}, 1, 0, {v};"));
                s
            }
        }
    }

    fn store(&mut self, addr: Reg, dtype: DType, v: Reg) -> E<()> {
        let n = self.narrow(v, dtype);
        let t = match dtype {
            DType::Float64 => "f64",
            DType::Float32 => "f32",
            DType::Int64 => "s64",
            DType::Int32 => "s32",
            DType::Bool => "u8",
        };
        self.line(&format!("st.{t} [{addr}], {n};"));
        Ok(())
    }

    fn cuda(&mut self, op: &CudaOp, args: &[Expr], ty: &Ty) -> E<Val> {
        Ok(match op {
            CudaOp::Special(s) => {
                let (reg, axis) = match s {
                    Special::Tid(a) => ("%tid", a),
                    Special::CtaId(a) => ("%ctaid", a),
                    Special::NTid(a) => ("%ntid", a),
                    Special::NCtaId(a) => ("%nctaid", a),
                };
                let axis = ["x", "y", "z"].get(*axis as usize).ok_or("axis")?;
                let r = self.reg(RK::B32);
                let d = self.reg(RK::B64);
                self.line(&format!("mov.u32 {r}, {reg}.{axis};"));
                self.line(&format!("cvt.u64.u32 {d}, {r};"));
                Val::S(d)
            }
            CudaOp::SyncThreads => {
                self.line("bar.sync 0;");
                Val::None
            }
            CudaOp::SharedArray { slot, shape, dtype }
            | CudaOp::LocalArray { slot, shape, dtype } => {
                let shared = matches!(op, CudaOp::SharedArray { .. });
                let item = dtype.itemsize();
                let count: usize = shape.iter().product();
                let (space, prefix) = if shared {
                    ("shared", "sh")
                } else {
                    ("local", "lo")
                };
                let sym = format!("__{prefix}{slot}");
                let _ = writeln!(
                    self.decls,
                    "\t.{space} .align 8 .b8 {sym}[{}];",
                    (count * item).max(8)
                );
                let ptr = self.reg(RK::B64);
                self.line(&format!("mov.u64 {ptr}, {sym};"));
                self.line(&format!("cvta.{space}.u64 {ptr}, {ptr};"));
                let mut shape_r = Vec::new();
                let mut strides_r = Vec::new();
                let mut stride = item;
                let mut strides = vec![0usize; shape.len()];
                for k in (0..shape.len()).rev() {
                    strides[k] = stride;
                    stride *= shape[k];
                }
                for n in shape {
                    let s = self.reg(RK::B64);
                    self.line(&format!("mov.u64 {s}, {n};"));
                    shape_r.push(s);
                }
                for st in strides {
                    let s = self.reg(RK::B64);
                    self.line(&format!("mov.u64 {s}, {st};"));
                    strides_r.push(s);
                }
                Val::Arr {
                    ptr,
                    shape: shape_r,
                    strides: strides_r,
                    dtype: *dtype,
                }
            }

            CudaOp::Atomic(aop) => {
                let (arr_e, rest) = args.split_first().ok_or("atomic operands")?;
                let (val_e, idx) = rest.split_last().ok_or("atomic operands")?;
                let arr = self.expr(arr_e)?;
                let addr = self.address(&arr, idx)?;
                let Val::Arr { dtype, .. } = arr else {
                    return Err("atomic on a non-array".into());
                };
                let v = self.scalar(val_e)?;
                Val::S(self.atomic(*aop, addr, dtype, v, ty)?)
            }
        })
    }

    /// An atomic read-modify-write of the element at `addr`; returns the old value widened.
    fn atomic(&mut self, op: AtomicOp, addr: Reg, dtype: DType, v: Reg, ty: &Ty) -> E<Reg> {
        let float = matches!(dtype, DType::Float32 | DType::Float64);
        // Subtraction is addition of the negated operand.
        let (op, v) = if op == AtomicOp::Sub {
            let n = self.reg(v.0);
            let t = if float { fsuffix(v) } else { "s64" };
            self.line(&format!("neg.{t} {n}, {v};"));
            (AtomicOp::Add, n)
        } else {
            (op, v)
        };
        let nv = self.narrow(v, dtype);
        let (rk, t) = match dtype {
            DType::Float64 => (RK::F64, "f64"),
            DType::Float32 => (RK::F32, "f32"),
            DType::Int64 => (RK::B64, "s64"),
            DType::Int32 => (RK::B32, "s32"),
            DType::Bool => return Err("atomics on bool arrays".into()),
        };
        let old = self.reg(rk);
        match (op, float) {
            (AtomicOp::Add, true) => self.line(&format!("atom.add.{t} {old}, [{addr}], {nv};")),
            (AtomicOp::Add, false) => {
                let u = if t == "s64" { "u64" } else { "u32" };
                self.line(&format!("atom.add.{u} {old}, [{addr}], {nv};"))
            }
            (AtomicOp::Max | AtomicOp::Min, false) => {
                let o = if op == AtomicOp::Max { "max" } else { "min" };
                self.line(&format!("atom.{o}.{t} {old}, [{addr}], {nv};"))
            }
            (AtomicOp::Exch, _) => {
                let b = if matches!(dtype, DType::Float64 | DType::Int64) {
                    "b64"
                } else {
                    "b32"
                };
                self.line(&format!("atom.exch.{b} {old}, [{addr}], {nv};"))
            }
            (AtomicOp::Max | AtomicOp::Min, true) => {
                // No float max/min atomics in PTX: a compare-and-swap loop on the bits.
                let o = if op == AtomicOp::Max { "max" } else { "min" };
                let (bk, b) = if dtype == DType::Float64 {
                    (RK::B64, "b64")
                } else {
                    (RK::B32, "b32")
                };
                let cur_bits = self.reg(bk);
                let new_f = self.reg(rk);
                let new_bits = self.reg(bk);
                let seen = self.reg(bk);
                let again = self.reg(RK::Pred);
                let top = self.label("atomcas");
                self.line(&format!("ld.{t} {old}, [{addr}];"));
                self.place(&top);
                self.line(&format!("{o}.{t} {new_f}, {old}, {nv};"));
                self.line(&format!("mov.{b} {cur_bits}, {old};"));
                self.line(&format!("mov.{b} {new_bits}, {new_f};"));
                self.line(&format!(
                    "atom.cas.{b} {seen}, [{addr}], {cur_bits}, {new_bits};"
                ));
                self.line(&format!("setp.ne.{b} {again}, {seen}, {cur_bits};"));
                self.line(&format!("mov.{b} {old}, {seen};"));
                self.line(&format!("@{again} bra {top};"));
            }
            (AtomicOp::Sub, _) => return Err("atomic sub (rewritten to add above)".into()),
        }
        // Widen the old value to the typed IR's scalar type.
        Ok(match dtype {
            DType::Float32 if *ty == Ty::Float32 => old,
            DType::Float32 => {
                let d = self.reg(RK::F64);
                self.line(&format!("cvt.f64.f32 {d}, {old};"));
                d
            }
            DType::Int32 => {
                let d = self.reg(RK::B64);
                self.line(&format!("cvt.s64.s32 {d}, {old};"));
                d
            }
            _ => old,
        })
    }
}
