//! `_cudajit`: the compile step of `@cuda.jit` kernels, used by `stdlib/_cudasim.py` at each
//! new argument signature. Guarantees: a kernel is typed by the same inference as `@njit` code
//! (plus `numba.cuda` intrinsics and calls of `@cuda.jit(device=True)` functions, each
//! specialization typed once and emitted as a `.func` of the kernel's module) and lowered to
//! PTX by `crate::ptx`; a typing error — including a math function the device does not
//! compute — raises `TypingError` naming the function, the place and the types, while a
//! construct the PTX backend does not lower yet is reported, not raised, so the simulator can
//! still run the kernel. The device side (loading PTX, memory, launches) is `cuda_driver`.

use super::cuda_driver;
use super::dispatcher::{arg_type, dump_wanted, typing_error, CompileEnv, Dispatcher, JitOptions};
use super::ntypes::NumbaType;
use crate::builtins::args::{add_functions, Kw};
use crate::jit::infer::{Env, ErrKind, Global, JitError};
use crate::jit::tir;
use crate::jit::types::Ty;
use crate::ndarray::dtype::DType;
use crate::ptx::emit::{self, DeviceFn};
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::Span;
use crate::vm::Vm;
use std::cell::RefCell;
use std::sync::Arc;

pub fn init(vm: &mut Vm, d: &Arc<Dict>) {
    add_functions(d, &[("compile", compile)]);
    d.set_str("ARCH", Value::str(emit::DEFAULT_ARCH));
    cuda_driver::init(vm, d);
}

/// The device-function specializations one kernel's module needs, callees first.
#[derive(Default)]
struct DevTable {
    keys: Vec<(usize, Vec<Ty>)>,
    fns: Vec<DeviceFn>,
    in_progress: Vec<(usize, Vec<Ty>)>,
}

/// Kernel inference's view of the globals: `@njit`'s, plus device functions (simulator
/// `Kernel` objects made with `device=True`) as callees and numba's scalar types as casts.
struct CudaEnv<'a> {
    inner: CompileEnv<'a>,
    /// The `Kernel` object of the device function being typed (`None` for the kernel).
    me: Option<Value>,
    table: &'a RefCell<DevTable>,
}

/// The Python function of a simulator `Kernel` object and whether it is a device function.
fn kernel_object(v: &Value) -> Option<(Arc<crate::runtime::func::Function>, bool)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if inst.class.read().name.as_ref() != "Kernel" {
        return None;
    }
    let Some(Value::Function(f)) = inst.dict.get_str("py_func") else {
        return None;
    };
    Some((
        f,
        matches!(inst.dict.get_str("device"), Some(Value::Bool(true))),
    ))
}

fn ptx_name(name: &str, idx: usize) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("__dev{idx}_{clean}")
}

/// A math function the device does not compute, as a typing error at its call.
fn device_math_error(f: &tir::Func) -> Option<JitError> {
    let (m, span) = emit::unsupported_math(f)?;
    let name = format!("{m:?}").to_lowercase();
    Some(JitError {
        kind: ErrKind::Typing,
        msg: format!(
            "math.{name}() is not supported on the CUDA device by pyrs (the device computes \
             sqrt, fabs, floor, ceil, trunc, copysign, isnan, isinf and isfinite)"
        ),
        span,
    })
}

impl Env for CudaEnv<'_> {
    fn global(&self, name: &str) -> Global {
        let v = self.inner.d.func.globals.get_str(name);
        if let Some(v) = &v {
            if let Some((_, device)) = kernel_object(v) {
                return if device {
                    Global::Dispatcher(v.clone())
                } else {
                    Global::Other(
                        "Kernel (a kernel is launched, not called; only device=True \
                         functions are called from kernels)"
                            .into(),
                    )
                };
            }
            if let Some(t) = v.downcast::<NumbaType>() {
                match t.dtype {
                    Some(DType::Float32) => return Global::Builtin("float32".into()),
                    Some(DType::Float64) => return Global::Builtin("float64".into()),
                    Some(DType::Int64) => return Global::Builtin("int64".into()),
                    _ => {}
                }
            }
        }
        self.inner.global(name)
    }

    fn is_self(&self, d: &Value) -> bool {
        self.me.as_ref().is_some_and(|me| me.is(d))
    }

    fn compile_callee(
        &self,
        d: &Value,
        args: &[Ty],
        span: Span,
    ) -> Result<(usize, Ty, String), JitError> {
        let Some((func, true)) = kernel_object(d) else {
            return self.inner.compile_callee(d, args, span);
        };
        let key = (Arc::as_ptr(&func) as usize, args.to_vec());
        let fname = func.name().to_string();
        {
            let t = self.table.borrow();
            if let Some(i) = t.keys.iter().position(|k| *k == key) {
                return Ok((i, t.fns[i].func.ret.clone(), t.fns[i].name.clone()));
            }
            if t.in_progress.contains(&key) {
                return Err(JitError {
                    kind: ErrKind::Unsupported,
                    msg: format!(
                        "device function '{fname}' is called recursively through another function"
                    ),
                    span,
                });
            }
        }
        let py_func = Value::Function(func.clone());
        let disp = Dispatcher::new(func, py_func, JitOptions::default());
        self.table.borrow_mut().in_progress.push(key.clone());
        let env = CudaEnv {
            inner: CompileEnv { d: &disp },
            me: Some(d.clone()),
            table: self.table,
        };
        let r = disp
            .typed_ir_in(args, &env)
            .and_then(|f| match device_math_error(&f) {
                Some(e) => Err(super::dispatcher::CompileError {
                    rendered: disp.render(&e),
                    kind: e.kind,
                }),
                None => Ok(f),
            });
        self.table.borrow_mut().in_progress.retain(|k| *k != key);
        let f = r.map_err(|e| JitError {
            kind: e.kind,
            msg: format!(
                "in the call to device function '{fname}' with argument types ({}):\n{}",
                args.iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                e.rendered
            ),
            span,
        })?;
        let mut t = self.table.borrow_mut();
        let i = t.fns.len();
        let name = ptx_name(&fname, i);
        let ret = f.ret.clone();
        t.keys.push(key);
        t.fns.push(DeviceFn {
            name: name.clone(),
            func: f,
        });
        Ok((i, ret, name))
    }
}

/// `compile(py_func, args, arch=None)` → `("ptx", text, typed_ir)` or
/// `("unsupported", reason, "")`.
fn compile(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (Some(Value::Function(func)), Some(Value::Tuple(vals))) = (args.first(), args.get(1))
    else {
        return Err(PyErr::type_error("compile(py_func, args_tuple)"));
    };
    let arch = match kw.iter().find(|(k, _)| &**k == "arch").map(|(_, v)| v) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => emit::DEFAULT_ARCH.to_string(),
    };
    let name = func.name().to_string();
    let mut tys = Vec::new();
    for (i, v) in vals.items.iter().enumerate() {
        match arg_type(v) {
            Some(t) => tys.push(t),
            None => {
                let what = crate::runtime::types::class_of(v).name.to_string();
                return Ok(unsupported(format!(
                    "argument {i} of kernel '{name}' has type {what}, which kernels cannot take"
                )));
            }
        }
    }
    let d = Dispatcher::new(func.clone(), args[0].clone(), JitOptions::default());
    let table = RefCell::new(DevTable::default());
    let env = CudaEnv {
        inner: CompileEnv { d: &d },
        me: None,
        table: &table,
    };
    let f = match d.typed_ir_in(&tys, &env) {
        Ok(f) => f,
        Err(e) if e.kind == ErrKind::Typing => return Err(typing_error(e.rendered)),
        Err(e) => {
            if dump_wanted("ptx") {
                eprintln!("// PTX not emitted: {}", e.rendered.replace('\n', "\n// "));
            }
            return Ok(unsupported(e.rendered));
        }
    };
    if let Some(e) = device_math_error(&f) {
        return Err(typing_error(d.render(&e)));
    }
    let devfns = table.into_inner().fns;
    let mut text = String::new();
    for df in &devfns {
        text.push_str(&format!("# device function {}\n", df.name));
        text.push_str(&tir::print(&df.func));
    }
    text.push_str(&tir::print(&f));
    if dump_wanted("tir") {
        eprintln!("{text}");
    }
    match emit::module(&f, &devfns, &arch) {
        Ok(ptx) => {
            if dump_wanted("ptx") {
                eprintln!("{ptx}");
            }
            Ok(Value::tuple(vec![
                Value::str("ptx"),
                Value::str(&ptx),
                Value::str(&text),
            ]))
        }
        Err(m) if m.starts_with("a kernel must not return") => Err(typing_error(format!(
            "Failed in cuda mode pipeline (step: nopython frontend)\n{m} in kernel '{name}'"
        ))),
        Err(m) => {
            let why = format!("not lowered to PTX yet: {m} in kernel '{name}'");
            if dump_wanted("ptx") {
                eprintln!("// PTX not emitted: {why}");
            }
            Ok(unsupported(why))
        }
    }
}

fn unsupported(msg: String) -> Value {
    Value::tuple(vec![
        Value::str("unsupported"),
        Value::str(&msg),
        Value::str(""),
    ])
}
