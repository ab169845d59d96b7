//! NumPy's exception types: `AxisError` (a ValueError and an IndexError), `UFuncTypeError`
//! (a TypeError) and `LinAlgError` (a ValueError), created once per process.

use crate::runtime::class::{Class, Layout};
use crate::runtime::types::types;
use crate::runtime::PyErr;
use std::sync::{Arc, OnceLock};

fn make(name: &str, module: &str, bases: &[&str]) -> Arc<Class> {
    let t = types();
    let bases = bases.iter().map(|b| t.exception(b)).collect();
    let mut c = Class::builtin(name, bases, Layout::Exception);
    c.module = module.into();
    Arc::new(c)
}

pub fn axis_error_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        make(
            "AxisError",
            "numpy.exceptions",
            &["ValueError", "IndexError"],
        )
    })
    .clone()
}

pub fn ufunc_type_error_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make("UFuncTypeError", "numpy._core._exceptions", &["TypeError"]))
        .clone()
}

pub fn linalg_error_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make("LinAlgError", "numpy.linalg", &["ValueError"]))
        .clone()
}

pub fn axis_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&axis_error_class(), msg)
}

pub fn ufunc_type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&ufunc_type_error_class(), msg)
}

pub fn linalg_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&linalg_error_class(), msg)
}
