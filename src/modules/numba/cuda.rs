//! `_cudajit`: the compile step of `@cuda.jit` kernels, used by the simulator in
//! `stdlib/_cudasim.py` at each new argument signature. Guarantees: a kernel is typed by the
//! same inference as `@njit` code (plus `numba.cuda` intrinsics) and lowered to PTX by
//! `crate::ptx`; a typing error raises `TypingError` naming the kernel, the place and the types,
//! while a construct the PTX backend does not lower yet is reported, not raised, so the
//! simulator can still run the kernel.

use super::dispatcher::{arg_type, dump_wanted, typing_error, Dispatcher, JitOptions};
use crate::builtins::args::{add_functions, Kw};
use crate::jit::infer::ErrKind;
use crate::jit::tir;
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

pub fn init(_vm: &mut Vm, d: &Arc<Dict>) {
    add_functions(d, &[("compile", compile)]);
    d.set_str("ARCH", Value::str(crate::ptx::emit::DEFAULT_ARCH));
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
        _ => crate::ptx::emit::DEFAULT_ARCH.to_string(),
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
    let f = match d.typed_ir(&tys) {
        Ok(f) => f,
        Err(e) if e.kind == ErrKind::Typing => return Err(typing_error(e.rendered)),
        Err(e) => return Ok(unsupported(e.rendered)),
    };
    let text = tir::print(&f);
    if dump_wanted("tir") {
        eprintln!("{text}");
    }
    match crate::ptx::emit::kernel(&f, &arch) {
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
        Err(m) => Ok(unsupported(format!(
            "not lowered to PTX yet: {m} in kernel '{name}'"
        ))),
    }
}

fn unsupported(msg: String) -> Value {
    Value::tuple(vec![
        Value::str("unsupported"),
        Value::str(&msg),
        Value::str(""),
    ])
}
