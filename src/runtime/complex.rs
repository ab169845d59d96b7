//! `complex` numbers (from imaginary literals and `complex()`): an immutable pair of floats.

use super::class::Class;
use super::types::types;
use super::value::{NativeObject, Value};
use super::PyResult;
use crate::vm::Vm;
use std::any::Any;
use std::sync::Arc;

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub fn complex_value(re: f64, im: f64) -> Value {
    Value::native(Complex { re, im })
}

fn fmt_part(x: f64) -> String {
    let s = crate::runtime::format::float_repr(x);
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

impl NativeObject for Complex {
    fn class(&self) -> Arc<Class> {
        types().complex.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let im = fmt_part(self.im);
        if self.re == 0.0 && self.re.is_sign_positive() {
            return Ok(Some(format!("{im}j")));
        }
        let sign = if self.im < 0.0
            || (self.im == 0.0 && self.im.is_sign_negative())
            || self.im.is_nan() && im.starts_with('-')
        {
            ""
        } else {
            "+"
        };
        Ok(Some(format!("({}{sign}{im}j)", fmt_part(self.re))))
    }
    fn eq(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        Some(Ok(match other {
            Value::Native(_) => other
                .downcast::<Complex>()
                .map(|c| c.re == self.re && c.im == self.im)
                .unwrap_or(false),
            Value::Int(i) => self.im == 0.0 && self.re == *i as f64,
            Value::Float(f) => self.im == 0.0 && self.re == *f,
            _ => false,
        }))
    }
    fn truthy(&self, _vm: &mut Vm) -> Option<PyResult<bool>> {
        Some(Ok(self.re != 0.0 || self.im != 0.0))
    }
}
