//! `np.dtype` objects and the scalar type objects (`np.float64`, `np.int32`, `np.bool_`, ...),
//! and the parsing of `dtype=` arguments.

use super::scalar::{scalar_class, NpScalar};
use crate::builtins::args::add_methods;
use crate::ndarray::dtype::DType;
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// A dtype object (`a.dtype`).
pub struct PyDType {
    pub dt: DType,
}

pub fn dtype_value(dt: DType) -> Value {
    Value::native(PyDType { dt })
}

fn dtype_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Class::builtin(
            "dtype",
            vec![types().object.clone()],
            crate::runtime::class::Layout::Builtin,
        );
        c.module = "numpy".into();
        let c = Arc::new(c);
        add_methods(
            &c,
            "dtype",
            &[
                ("__new__", |vm, a, _| {
                    let dt = dtype_arg(vm, a.get(1))?.unwrap_or(DType::Float64);
                    Ok(dtype_value(dt))
                }),
                ("__eq__", |vm, a, _| {
                    let me = a[0].downcast::<PyDType>().map(|d| d.dt);
                    let other = dtype_arg(vm, a.get(1)).ok().flatten();
                    Ok(Value::Bool(me.is_some() && me == other))
                }),
                ("__ne__", |vm, a, _| {
                    let me = a[0].downcast::<PyDType>().map(|d| d.dt);
                    let other = dtype_arg(vm, a.get(1)).ok().flatten();
                    Ok(Value::Bool(!(me.is_some() && me == other)))
                }),
            ],
        );
        c
    })
    .clone()
}

impl NativeObject for PyDType {
    fn class(&self) -> Arc<Class> {
        dtype_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!("dtype('{}')", self.dt.name())))
    }
    fn str(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(self.dt.name().to_string()))
    }
    fn rich_compare(&self) -> bool {
        true
    }
    fn hash(&self, _vm: &mut Vm) -> Option<PyResult<i64>> {
        Some(Ok(self.dt as i64 + 0x5f3759df))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "name" => Value::str(self.dt.name()),
            "itemsize" => Value::Int(self.dt.itemsize() as i64),
            "kind" => Value::str(match self.dt {
                DType::Bool => "b",
                DType::Int32 | DType::Int64 => "i",
                _ => "f",
            }),
            "char" => Value::str(match self.dt {
                DType::Bool => "?",
                DType::Int32 => "i",
                DType::Int64 => "l",
                DType::Float32 => "f",
                DType::Float64 => "d",
            }),
            "type" => Value::Class(scalar_class(self.dt)),
            "str" => Value::str(match self.dt {
                DType::Bool => "|b1",
                DType::Int32 => "<i4",
                DType::Int64 => "<i8",
                DType::Float32 => "<f4",
                DType::Float64 => "<f8",
            }),
            _ => return Ok(None),
        }))
    }
}

/// The dtype named by a `dtype=` argument; `None` for absent/None.
pub fn dtype_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<DType>> {
    let v = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v,
    };
    match v {
        Value::Str(s) => DType::from_name(s.as_str())
            .map(Some)
            .ok_or_else(|| PyErr::type_error(format!("data type '{}' not understood", s.as_str()))),
        Value::Class(c) => {
            let t = types();
            if Arc::ptr_eq(c, &t.float) {
                return Ok(Some(DType::Float64));
            }
            if Arc::ptr_eq(c, &t.int) {
                return Ok(Some(DType::Int64));
            }
            if Arc::ptr_eq(c, &t.bool_) {
                return Ok(Some(DType::Bool));
            }
            for dt in ALL {
                if Arc::ptr_eq(c, &scalar_class(dt)) {
                    return Ok(Some(dt));
                }
            }
            Err(PyErr::type_error(format!(
                "Cannot interpret '{}' as a data type",
                vm.repr(v)?
            )))
        }
        _ => {
            if let Some(d) = v.downcast::<PyDType>() {
                return Ok(Some(d.dt));
            }
            Err(PyErr::type_error(format!(
                "Cannot interpret '{}' as a data type",
                vm.repr(v)?
            )))
        }
    }
}

pub const ALL: [DType; 5] = [
    DType::Bool,
    DType::Int32,
    DType::Int64,
    DType::Float32,
    DType::Float64,
];

/// Installs `np.dtype` and the scalar types under their NumPy names.
pub fn install(d: &Dict) {
    d.set_str("dtype", Value::Class(dtype_class()));
    for dt in ALL {
        let c = Value::Class(scalar_class(dt));
        d.set_str(dt.name(), c.clone());
        match dt {
            DType::Bool => d.set_str("bool_", c),
            DType::Int64 => {
                d.set_str("int_", c.clone());
                d.set_str("intp", c);
            }
            DType::Float64 => {
                d.set_str("double", c.clone());
                d.set_str("float_", c);
            }
            DType::Float32 => d.set_str("single", c),
            DType::Int32 => d.set_str("intc", c),
        }
    }
    d.set_str(
        "floating",
        Value::Class(super::scalar::abstract_class("floating")),
    );
    d.set_str(
        "integer",
        Value::Class(super::scalar::abstract_class("integer")),
    );
    d.set_str(
        "number",
        Value::Class(super::scalar::abstract_class("number")),
    );
    let _ = NpScalar::value;
}
