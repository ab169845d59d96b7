//! NumPy scalars (`np.float64(1.5)`, `np.int64(3)`, `np.True_`): immutable numbers that print
//! like NumPy 2 (`str` shortest, `repr` `np.float64(1.5)`), compute with array semantics
//! (a 0-d operand), and convert to Python numbers through `__float__`/`__int__`/`__index__`.

use super::methods;
use crate::builtins::args::add_methods;
use crate::ndarray::dtype::{cast_scalar, DType};
use crate::numeric::arrayprint::{scalar_repr, scalar_str, Scalar};
use crate::numeric::hash::{hash_bool, hash_f64, hash_i64};
use crate::runtime::class::{Class, Layout};
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

pub struct NpScalar {
    pub dt: DType,
    pub v: Scalar,
}

impl NpScalar {
    pub fn value(dt: DType, v: Scalar) -> Value {
        Value::native(NpScalar {
            dt,
            v: cast_scalar(v, dt),
        })
    }

    /// The equivalent Python number.
    pub fn to_py(&self) -> Value {
        scalar_to_py(self.v)
    }
}

pub fn scalar_to_py(v: Scalar) -> Value {
    match v {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Int(i) => Value::Int(i),
        Scalar::Float(f) => Value::Float(f),
    }
}

/// The abstract scalar types (`np.floating`, `np.integer`, `np.number`).
pub fn abstract_class(name: &str) -> Arc<Class> {
    static C: OnceLock<[Arc<Class>; 3]> = OnceLock::new();
    let all = C.get_or_init(|| {
        let mk = |n: &str, base: Arc<Class>| {
            let mut c = Class::builtin(n, vec![base], Layout::Builtin);
            c.module = "numpy".into();
            Arc::new(c)
        };
        let number = mk("number", types().object.clone());
        let integer = mk("integer", number.clone());
        let floating = mk("floating", number.clone());
        [number, integer, floating]
    });
    match name {
        "integer" => all[1].clone(),
        "floating" => all[2].clone(),
        _ => all[0].clone(),
    }
}

pub fn scalar_class(dt: DType) -> Arc<Class> {
    static C: OnceLock<Vec<Arc<Class>>> = OnceLock::new();
    let all = C.get_or_init(|| {
        super::dtypes::ALL
            .iter()
            .map(|&dt| {
                let bases = match dt {
                    DType::Bool => vec![types().object.clone()],
                    DType::Int32 | DType::Int64 => vec![abstract_class("integer")],
                    // np.float64 is a subclass of Python's float, as in NumPy.
                    DType::Float64 => vec![abstract_class("floating"), types().float.clone()],
                    DType::Float32 => vec![abstract_class("floating")],
                };
                let mut c = Class::builtin(dt.name(), bases, Layout::Builtin);
                c.module = "numpy".into();
                let c = Arc::new(c);
                add_methods(&c, "numpy", methods::ARITH);
                add_methods(&c, "numpy", SCALAR_METHODS);
                let new: crate::runtime::func::NativeFn = match dt {
                    DType::Bool => |vm, a, _| new_scalar(vm, a, DType::Bool),
                    DType::Int32 => |vm, a, _| new_scalar(vm, a, DType::Int32),
                    DType::Int64 => |vm, a, _| new_scalar(vm, a, DType::Int64),
                    DType::Float32 => |vm, a, _| new_scalar(vm, a, DType::Float32),
                    DType::Float64 => |vm, a, _| new_scalar(vm, a, DType::Float64),
                };
                add_methods(&c, "numpy", &[("__new__", new)]);
                c
            })
            .collect()
    });
    all[dt as usize].clone()
}

/// `np.float64(x)`, `np.int32(x)`: a scalar, or an array when `x` is array-like.
fn new_scalar(vm: &mut Vm, a: &[Value], dt: DType) -> PyResult<Value> {
    let v = match a.get(1) {
        None => return Ok(NpScalar::value(dt, Scalar::Int(0))),
        Some(v) => v,
    };
    if let Value::Str(s) = v {
        let f: f64 = s.as_str().trim().parse().map_err(|_| {
            PyErr::value_error(format!(
                "could not convert string to float: '{}'",
                s.as_str()
            ))
        })?;
        return Ok(NpScalar::value(dt, Scalar::Float(f)));
    }
    let arr = super::construct::to_array(vm, v, Some(dt))?;
    Ok(super::wrap(arr))
}

fn me(a: &[Value]) -> PyResult<&NpScalar> {
    a.first()
        .and_then(|v| v.downcast::<NpScalar>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a numpy scalar"))
}

const SCALAR_METHODS: &[(&str, crate::runtime::func::NativeFn)] = &[
    ("__float__", |_vm, a, _| {
        let s = me(a)?;
        Ok(Value::Float(match s.v {
            Scalar::Bool(b) => b as i64 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::Float(f) => f,
        }))
    }),
    ("__int__", |_vm, a, _| {
        let s = me(a)?;
        match s.v {
            Scalar::Float(f) => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                Ok(crate::builtins::numbers::float_to_int(f)?)
            }
            Scalar::Int(i) => Ok(Value::Int(i)),
            Scalar::Bool(b) => Ok(Value::Int(b as i64)),
        }
    }),
    ("__index__", |_vm, a, _| {
        let s = me(a)?;
        match s.v {
            Scalar::Int(i) => Ok(Value::Int(i)),
            Scalar::Bool(_) | Scalar::Float(_) => Err(PyErr::type_error(format!(
                "'numpy.{}' object cannot be interpreted as an integer",
                s.dt.name()
            ))),
        }
    }),
    ("__format__", |vm, a, _| {
        let s = me(a)?;
        let spec = match a.get(1) {
            Some(Value::Str(x)) => x.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty() {
            return Ok(Value::string(scalar_str(s.v, s.dt.elem_type())));
        }
        let py = s.to_py();
        Ok(Value::string(vm.format(&py, &spec)?))
    }),
    ("__round__", |vm, a, _| {
        let s = me(a)?;
        let py = s.to_py();
        let round = vm.interp.builtins.get_str("round").unwrap_or(Value::None);
        let mut args = vec![py];
        if let Some(n) = a.get(1) {
            args.push(n.clone());
        }
        let r = vm.call(&round, &args, &[])?;
        // round(np.float64, n) stays a numpy float; round(x) gives a Python int.
        if a.len() > 1 && s.dt.is_float() {
            if let Value::Float(f) = r {
                return Ok(NpScalar::value(s.dt, Scalar::Float(f)));
            }
        }
        Ok(r)
    }),
    ("item", |_vm, a, _| Ok(me(a)?.to_py())),
    ("is_integer", |_vm, a, _| {
        let s = me(a)?;
        Ok(Value::Bool(match s.v {
            Scalar::Float(f) => f.is_finite() && f.fract() == 0.0,
            _ => true,
        }))
    }),
];

impl NativeObject for NpScalar {
    fn class(&self) -> Arc<Class> {
        scalar_class(self.dt)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(scalar_repr(self.v, self.dt.elem_type())))
    }
    fn str(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(scalar_str(self.v, self.dt.elem_type())))
    }
    fn truthy(&self, _vm: &mut Vm) -> Option<PyResult<bool>> {
        Some(Ok(match self.v {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::Float(f) => f != 0.0,
        }))
    }
    fn rich_compare(&self) -> bool {
        true
    }
    fn as_f64(&self) -> Option<f64> {
        match self.v {
            Scalar::Float(f) => Some(f),
            Scalar::Int(i) => Some(i as f64),
            Scalar::Bool(b) => Some(b as i64 as f64),
        }
    }
    fn eq(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let me = self.to_py();
        let other = match other.downcast::<NpScalar>() {
            Some(o) => o.to_py(),
            None => other.clone(),
        };
        Some(vm.eq(&me, &other))
    }
    fn hash(&self, _vm: &mut Vm) -> Option<PyResult<i64>> {
        Some(Ok(match self.v {
            Scalar::Bool(b) => hash_bool(b),
            Scalar::Int(i) => hash_i64(i),
            Scalar::Float(f) => hash_f64(f, self as *const _ as usize),
        }))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "dtype" => super::dtypes::dtype_value(self.dt),
            "shape" => Value::tuple(vec![]),
            "ndim" => Value::Int(0),
            "size" => Value::Int(1),
            "itemsize" => Value::Int(self.dt.itemsize() as i64),
            "real" => NpScalar::value(self.dt, self.v),
            "T" => NpScalar::value(self.dt, self.v),
            _ => {
                // Array methods (`x.round(2)`, `x.astype(int)`, `x.sum()`) act on the 0-d array.
                if scalar_class(self.dt).lookup_str(name).is_some() {
                    return Ok(None);
                }
                match super::pyarray::ndarray_class().lookup_str(name) {
                    Some(m @ Value::Builtin(_)) => Value::native(ScalarMethod {
                        func: m,
                        arr: super::wrap_array(crate::ndarray::NdArray::scalar(self.v, self.dt)),
                    }),
                    _ => return Ok(None),
                }
            }
        }))
    }
}

/// An ndarray method bound to a scalar's 0-d array; 0-d results come back as scalars.
struct ScalarMethod {
    func: Value,
    arr: Value,
}

fn method_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("builtin_function_or_method"))
        .clone()
}

impl NativeObject for ScalarMethod {
    fn class(&self) -> Arc<Class> {
        method_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call(
        &self,
        vm: &mut Vm,
        _me: &Value,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self.arr.clone());
        v.extend_from_slice(args);
        Some(
            vm.call(&self.func, &v, kw)
                .map(|r| match r.downcast::<super::PyArray>() {
                    Some(p) if p.arr().ndim() == 0 => super::wrap(p.arr()),
                    _ => r,
                }),
        )
    }
}
