//! The `numpy` module: Python bindings of the array library in `src/ndarray/`. Values cross
//! the boundary here: Python scalars become NEP 50 "weak" operands, 0-d results come back as
//! numpy scalars, kernel errors become NumPy's exceptions and messages.

mod args;
mod construct;
mod dtypes;
pub mod errors;
mod funcs;
mod histogram;
mod index;
mod linalg;
mod methods;
mod pyarray;
mod random;
mod scalar;
mod shapes;

pub use pyarray::{str_of, PyArray};
pub use scalar::NpScalar;

use crate::builtins::args::add_functions;
use crate::ndarray::dtype::{DType, Weak};
use crate::ndarray::elementwise::{OpError, Operand};
use crate::ndarray::NdArray;
use crate::numeric::arrayprint::{PrintOptions, Scalar};
use crate::runtime::dict::Dict;
use crate::runtime::module::Module;
use crate::runtime::types::class_of;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::{Arc, OnceLock};

/// `np.set_printoptions` state (process-wide, as in NumPy).
pub fn print_options() -> &'static crate::lock::RwLock<PrintOptions> {
    static P: OnceLock<crate::lock::RwLock<PrintOptions>> = OnceLock::new();
    P.get_or_init(|| crate::lock::RwLock::new(PrintOptions::default()))
}

/// An array result as a Python value: 0-d arrays become numpy scalars.
pub fn wrap(a: NdArray) -> Value {
    if a.ndim() == 0 {
        let s = a.get(&[]);
        return NpScalar::value(a.dtype, s);
    }
    Value::native(PyArray::new(a))
}

/// An array result kept as an array even when 0-d (`np.array(5)`).
pub fn wrap_array(a: NdArray) -> Value {
    Value::native(PyArray::new(a))
}

pub fn op_err(e: OpError) -> PyErr {
    match e {
        OpError::Value(m) => PyErr::value_error(m),
        OpError::Type(m) => PyErr::type_error(m),
    }
}

/// A Python value as a ufunc operand; `None` when it is not array-like (NotImplemented).
pub fn operand(vm: &mut Vm, v: &Value) -> PyResult<Option<Operand>> {
    Ok(Some(match v {
        Value::Bool(b) => Operand::Weak(Scalar::Bool(*b), Weak::Bool),
        Value::Int(i) => Operand::Weak(Scalar::Int(*i), Weak::Int),
        Value::Float(f) => Operand::Weak(Scalar::Float(*f), Weak::Float),
        Value::BigInt(_) => return Err(PyErr::overflow("Python integer out of bounds for int64")),
        Value::Native(n) => {
            if let Some(a) = n.as_any().downcast_ref::<PyArray>() {
                Operand::Array(a.arr())
            } else if let Some(s) = n.as_any().downcast_ref::<NpScalar>() {
                Operand::Array(NdArray::scalar(s.v, s.dt))
            } else {
                return Ok(None);
            }
        }
        Value::List(_) | Value::Tuple(_) => Operand::Array(construct::to_array(vm, v, None)?),
        _ => return Ok(None),
    }))
}

/// Any array-like argument as an array (`np.asarray` semantics: arrays are not copied).
pub fn arr(vm: &mut Vm, v: &Value) -> PyResult<NdArray> {
    if let Some(a) = v.downcast::<PyArray>() {
        return Ok(a.arr());
    }
    construct::to_array(vm, v, None)
}

/// The dtype named by a `dtype=` argument (a string, a numpy type, Python's float/int/bool,
/// or a dtype object); `None` for `None`.
pub fn dtype_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<DType>> {
    dtypes::dtype_arg(vm, v)
}

fn type_name(v: &Value) -> String {
    class_of(v).name.to_string()
}

/// Creates the `numpy` module.
pub fn init(vm: &mut Vm, d: &Arc<Dict>) {
    for t in funcs::all_functions() {
        add_functions(d, t);
    }
    add_functions(d, shapes::FUNCTIONS);
    add_functions(d, construct::FUNCTIONS);
    add_functions(d, linalg::TOP_FUNCTIONS);
    add_functions(d, &[("histogram", histogram::histogram)]);
    d.set_str("ndarray", Value::Class(pyarray::ndarray_class()));
    dtypes::install(d);
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    d.set_str("newaxis", Value::None);
    d.set_str("True_", NpScalar::value(DType::Bool, Scalar::Bool(true)));
    d.set_str("False_", NpScalar::value(DType::Bool, Scalar::Bool(false)));
    d.set_str("__version__", Value::str("2.4.0"));
    let sub = |name: &str, fill: &dyn Fn(&Arc<Dict>)| {
        let md = Arc::new(Dict::new());
        fill(&md);
        Value::Module(Arc::new(Module::new(name, md)))
    };
    d.set_str("random", sub("numpy.random", &|md| random::init(md)));
    d.set_str("linalg", sub("numpy.linalg", &|md| linalg::init(md)));
    d.set_str(
        "exceptions",
        sub("numpy.exceptions", &|md| {
            md.set_str("AxisError", Value::Class(errors::axis_error_class()));
        }),
    );
    let _ = vm;
}
