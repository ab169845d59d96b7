//! Glue between runtime values and the formatting library: `format(value, spec)` (used by
//! f-strings, `format()` and `str.format`) and `str % args`.

use crate::runtime::types::class_of;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) | Value::Native(_) => {
            if let Some(f) = class_of(v).lookup_str("__format__") {
                if !matches!(f, Value::Builtin(ref b) if b.owner == Some("object")) {
                    let r = vm.call(&f, &[v.clone(), Value::str(spec)], &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        _ => Err(PyErr::type_error("__format__ must return a str")),
                    };
                }
            }
            if spec.is_empty() {
                return vm.str(v);
            }
            Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                class_of(v).name
            )))
        }
        _ if spec.is_empty() => vm.str(v),
        _ => Err(PyErr::value_error(format!(
            "format spec '{spec}' not supported yet"
        ))),
    }
}

/// `fmt % args`.
pub fn percent_format(_vm: &mut Vm, _fmt: &Value, _args: &Value) -> PyResult<Value> {
    Err(PyErr::not_implemented(
        "%-formatting lands with the formatting library",
    ))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(_vm: &mut Vm, _a: &[Value], _kw: super::args::Kw) -> PyResult<Value> {
    Err(PyErr::not_implemented(
        "str.format lands with the formatting library",
    ))
}
