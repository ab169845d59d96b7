//! `eval`, `exec`, `globals` and `locals`: compile source at run time and run it in the
//! caller's namespace (or the mappings given).

use super::args::{check, Kw};
use crate::compiler::Mode;
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::import::compile_source;
use crate::vm::Vm;
use std::sync::Arc;

fn namespaces(vm: &mut Vm, a: &[Value]) -> PyResult<(Arc<Dict>, Option<Arc<Dict>>)> {
    let (cur_g, cur_l) = vm
        .scopes
        .last()
        .cloned()
        .unwrap_or_else(|| (Arc::new(Dict::new()), None));
    let g = match a.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => cur_g.clone(),
        Some(_) => return Err(PyErr::type_error("globals must be a dict")),
    };
    if !g.contains_str("__builtins__") {
        g.set_str("__builtins__", Value::Dict(vm.interp.builtins.clone()));
    }
    let l = match a.get(2) {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ if a.get(1).is_some_and(|v| !v.is_none()) => None,
        _ => cur_l,
    };
    Ok((g, l))
}

fn source_of(v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

pub fn eval(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("eval", a, 1, 3)?;
    let src = source_of(&a[0], "eval")?;
    let code = compile_source(src.trim_start_matches([' ', '\t']), "<string>", Mode::Eval)?;
    let (g, l) = namespaces(vm, a)?;
    let mut frame = crate::vm::frame::Frame::new(code, g, l);
    vm.enter_call()?;
    let r = vm.run_frame(&mut frame);
    vm.leave_call();
    match r? {
        crate::vm::eval::Exit::Return(v) | crate::vm::eval::Exit::Yield(v) => Ok(v),
    }
}

pub fn exec(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("exec", a, 1, 3)?;
    let src = source_of(&a[0], "exec")?;
    let code = compile_source(&src, "<string>", Mode::Exec)?;
    let (g, l) = namespaces(vm, a)?;
    let mut frame = crate::vm::frame::Frame::new(code, g, l);
    vm.enter_call()?;
    let r = vm.run_frame(&mut frame);
    vm.leave_call();
    r?;
    Ok(Value::None)
}

pub fn globals(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("globals", a, 0, 0)?;
    Ok(vm
        .scopes
        .last()
        .map(|(g, _)| Value::Dict(g.clone()))
        .unwrap_or(Value::None))
}

pub fn locals(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("locals", a, 0, 0)?;
    // A direct `locals()` call is answered by the dispatch loop, which sees the frame; this
    // path is only reached through indirection (e.g. `f = locals; f()`).
    match vm.scopes.last() {
        Some((_, Some(l))) => Ok(Value::Dict(l.clone())),
        Some((g, None)) => Ok(Value::Dict(g.clone())),
        None => Err(PyErr::runtime_error("locals(): no current frame")),
    }
}
