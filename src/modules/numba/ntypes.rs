//! `numba.types` names (`int64`, `float64[:]`, `float64(int64)`, ...) and `numba.typeof`:
//! type objects that print as Numba prints them and compare by that spelling.

use crate::builtins::slice::Slice;
use crate::jit::types::{ArrTy, Layout, Ty};
use crate::ndarray::dtype::DType;
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// A Numba type (or signature) object, identified by how it prints.
pub struct NumbaType {
    pub name: String,
    /// The `repr` (Numba spells arrays differently there).
    pub repr: String,
    /// The dtype when this names a scalar type that can be an array's element.
    pub dtype: Option<DType>,
    /// How a signature string spells it (`float64[:, ::1]`, `float64(float64[:], int64)`),
    /// so a signature object compiles exactly as the same signature string does.
    pub spelling: String,
}

fn type_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = crate::runtime::class::Class::builtin(
            "Type",
            vec![crate::runtime::types::types().object.clone()],
            crate::runtime::class::Layout::Builtin,
        );
        c.module = "numba.core.types".into();
        Arc::new(c)
    })
    .clone()
}

pub fn named(name: &str, dtype: Option<DType>) -> Value {
    Value::native(NumbaType {
        name: name.to_string(),
        repr: name.to_string(),
        dtype,
        spelling: name.to_string(),
    })
}

fn of_ty(t: &Ty, dtype: Option<DType>) -> Value {
    Value::native(NumbaType {
        name: t.to_string(),
        repr: t.repr(),
        dtype,
        spelling: match t {
            Ty::Array(at) => {
                let mut axes = vec![":"; at.ndim as usize];
                if at.layout == Layout::C {
                    if let Some(l) = axes.last_mut() {
                        *l = "::1";
                    }
                }
                format!("{}[{}]", at.dtype.name(), axes.join(", "))
            }
            t => t.to_string(),
        },
    })
}

/// The type object of a JIT type (`f.signatures`, `numba.typeof`).
pub fn type_value(t: &Ty) -> Value {
    let dtype = match t {
        Ty::Int => Some(DType::Int64),
        Ty::Float => Some(DType::Float64),
        Ty::Float32 => Some(DType::Float32),
        Ty::Bool => Some(DType::Bool),
        _ => None,
    };
    of_ty(t, dtype)
}

impl NativeObject for NumbaType {
    fn class(&self) -> Arc<Class> {
        type_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(self.repr.clone()))
    }
    fn str(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(self.name.clone()))
    }
    fn eq(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        Some(Ok(other
            .downcast::<NumbaType>()
            .is_some_and(|o| o.name == self.name)))
    }
    fn hash(&self, _vm: &mut Vm) -> Option<PyResult<i64>> {
        Some(Ok(crate::numeric::hash::hash_str(&self.name)))
    }
    /// `float64[:]`, `float64[:, :]`, `float64[::1]`: array types.
    fn getitem(&self, _vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        let Some(dt) = self.dtype else {
            return Some(Err(PyErr::type_error(format!(
                "'{}' cannot be an array element type",
                self.name
            ))));
        };
        let parts: Vec<Value> = match key {
            Value::Tuple(t) => t.items.to_vec(),
            k => vec![k.clone()],
        };
        if parts.is_empty()
            || parts.len() > 3
            || parts.iter().any(|p| p.downcast::<Slice>().is_none())
        {
            return Some(Err(PyErr::type_error(
                "array types are spelled with slices: float64[:, :]",
            )));
        }
        let last_unit = parts
            .last()
            .and_then(|p| p.downcast::<Slice>())
            .is_some_and(|s| matches!(s.step, Value::Int(1)));
        let t = Ty::Array(ArrTy {
            dtype: dt,
            ndim: parts.len() as u8,
            layout: if last_unit { Layout::C } else { Layout::A },
        });
        Some(Ok(of_ty(&t, None)))
    }
    /// `float64(int64, float64)`: a signature.
    fn call(
        &self,
        vm: &mut Vm,
        _me: &Value,
        args: &[Value],
        _kw: &[(Arc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        // `float32(0.0)`: a value cast to the type (Numba returns the numpy scalar).
        if let ([v], Some(dt)) = (args, self.dtype) {
            if v.downcast::<NumbaType>().is_none() {
                let mut cast = || -> PyResult<Value> {
                    let np = vm.import_module("numpy")?;
                    let cls = vm.getattr(&np, &crate::runtime::str::intern(dt.name()))?;
                    vm.call(&cls, args, &[])
                };
                return Some(cast());
            }
        }
        let mut names = Vec::new();
        let mut spellings = Vec::new();
        for a in args {
            if let Some(t) = a.downcast::<NumbaType>() {
                spellings.push(t.spelling.clone());
            }
            match a.downcast::<NumbaType>() {
                Some(t) => names.push(t.repr.clone()),
                None => {
                    let r = vm.repr(a);
                    match r {
                        Ok(s) => names.push(s),
                        Err(e) => return Some(Err(e)),
                    }
                }
            }
        }
        let inner = if names.len() == 1 {
            format!("{},", names[0])
        } else {
            names.join(", ")
        };
        let name = format!("({inner}) -> {}", self.name);
        Some(Ok(Value::native(NumbaType {
            repr: name.clone(),
            spelling: format!("{}({})", self.spelling, spellings.join(", ")),
            name,
            dtype: None,
        })))
    }
}

/// Fills the `numba.types` namespace.
pub fn install(d: &Arc<Dict>) {
    let scalars: &[(&str, &str, Option<DType>)] = &[
        ("int64", "int64", Some(DType::Int64)),
        ("i8", "int64", Some(DType::Int64)),
        ("intp", "int64", Some(DType::Int64)),
        ("int_", "int64", Some(DType::Int64)),
        ("int32", "int32", Some(DType::Int32)),
        ("i4", "int32", Some(DType::Int32)),
        ("float64", "float64", Some(DType::Float64)),
        ("f8", "float64", Some(DType::Float64)),
        ("double", "float64", Some(DType::Float64)),
        ("float32", "float32", Some(DType::Float32)),
        ("f4", "float32", Some(DType::Float32)),
        ("boolean", "bool", Some(DType::Bool)),
        ("bool_", "bool", Some(DType::Bool)),
        ("b1", "bool", Some(DType::Bool)),
        ("void", "none", None),
        ("none", "none", None),
    ];
    for (n, shown, dt) in scalars {
        d.set_str(n, named(shown, *dt));
    }
}
