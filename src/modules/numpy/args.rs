//! Argument parsing shared by the numpy functions: positional-or-keyword lookup, axis, shape,
//! and scalar arguments with NumPy's error messages.

use crate::builtins::args::Kw;
use crate::ndarray::reduce::norm_axes;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Positional argument `i` or keyword `name`; an explicit `None` counts as absent.
pub fn opt<'a>(a: &'a [Value], i: usize, kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    let v = a
        .get(i)
        .or_else(|| kw.iter().find(|(k, _)| k.as_ref() == name).map(|(_, v)| v));
    match v {
        Some(Value::None) | None => None,
        v => v,
    }
}

/// A required argument.
pub fn req<'a>(a: &'a [Value], i: usize, kw: Kw<'a>, name: &str, f: &str) -> PyResult<&'a Value> {
    a.get(i)
        .or_else(|| kw.iter().find(|(k, _)| k.as_ref() == name).map(|(_, v)| v))
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "{f}() missing required argument '{name}' (pos {})",
                i + 1
            ))
        })
}

pub fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        _ => vm.index_value(v),
    }
}

pub fn float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    crate::modules::math::to_f64(vm, v)
}

pub fn truthy(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `axis=`: `None` (all axes), an int or a tuple of ints, normalised against `ndim`.
pub fn axes(vm: &mut Vm, v: Option<&Value>, ndim: usize) -> PyResult<Option<Vec<usize>>> {
    let raw: Vec<i64> = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Tuple(t)) => {
            let mut out = Vec::new();
            for x in t.items.iter() {
                out.push(int(vm, x)?);
            }
            out
        }
        Some(x) => vec![int(vm, x)?],
    };
    norm_axes(&raw, ndim).map(Some).map_err(axis_error)
}

/// One `axis=` argument (an int), normalised.
pub fn axis(vm: &mut Vm, v: &Value, ndim: usize) -> PyResult<usize> {
    let ax = int(vm, v)?;
    norm_axes(&[ax], ndim).map(|v| v[0]).map_err(axis_error)
}

pub fn axis_error(msg: String) -> PyErr {
    super::errors::axis_error(msg)
}

/// A shape: an int or a sequence of ints (negative sizes rejected).
pub fn shape(vm: &mut Vm, v: &Value) -> PyResult<Vec<usize>> {
    let dims: Vec<i64> = match v {
        Value::Tuple(_) | Value::List(_) => {
            let items = vm.collect(v)?;
            let mut out = Vec::new();
            for x in &items {
                out.push(int(vm, x)?);
            }
            out
        }
        Value::Float(f) => {
            return Err(PyErr::type_error(format!(
                "expected a sequence of integers or a single integer, got '{}'",
                crate::runtime::format::float_repr(*f)
            )))
        }
        _ => vec![int(vm, v)?],
    };
    if dims.iter().any(|&d| d < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    Ok(dims.into_iter().map(|d| d as usize).collect())
}

/// Shape given either as one tuple or as separate ints (`reshape(2, 3)`), with one -1 allowed.
pub fn shape_varargs(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<i64>> {
    let items: Vec<Value> = match a {
        [v @ (Value::Tuple(_) | Value::List(_))] => vm.collect(v)?,
        _ => a.to_vec(),
    };
    let mut out = Vec::new();
    for x in &items {
        out.push(int(vm, x)?);
    }
    Ok(out)
}
