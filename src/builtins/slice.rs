//! `slice` objects and CPython's `PySlice_GetIndicesEx` arithmetic (clamping, negative steps).

use super::args::add_methods;
use crate::runtime::class::Class;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn make_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::native(Slice { start, stop, step })
}

pub fn slice_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("slice");
        add_methods(
            &c,
            "slice",
            &[
                ("__new__", |_vm, a, _| {
                    super::args::check("slice", &a[1..], 1, 3)?;
                    Ok(match a.len() {
                        2 => make_slice(Value::None, a[1].clone(), Value::None),
                        3 => make_slice(a[1].clone(), a[2].clone(), Value::None),
                        _ => make_slice(a[1].clone(), a[2].clone(), a[3].clone()),
                    })
                }),
                ("indices", |vm, a, _| {
                    super::args::check_method("indices", a, 1, 1)?;
                    let s = a[0]
                        .downcast::<Slice>()
                        .ok_or_else(|| PyErr::type_error("expected slice"))?;
                    let n = vm.index_value(&a[1])?;
                    let (start, stop, step, _) = s.indices(vm, n.max(0) as usize)?;
                    Ok(Value::tuple(vec![
                        Value::Int(start),
                        Value::Int(stop),
                        Value::Int(step),
                    ]))
                }),
            ],
        );
        c
    })
    .clone()
}

impl Slice {
    /// (start, stop, step, length) for a sequence of `len` items.
    pub fn indices(&self, vm: &mut Vm, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let len = len as i64;
        let step = match &self.step {
            Value::None => 1,
            v => vm.index_value(v).map_err(|_| slice_type_error())?,
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let get = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }),
                v => vm.index_value(v).map_err(|_| slice_type_error()),
            }
        };
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let mut start = get(vm, &self.start, lo_default)?;
        let mut stop = get(vm, &self.stop, hi_default)?;
        let clamp = |x: i64, neg: bool| -> i64 {
            if x < 0 {
                let y = x + len;
                if y < 0 {
                    if neg {
                        -1
                    } else {
                        0
                    }
                } else {
                    y
                }
            } else if x >= len {
                if neg {
                    len - 1
                } else {
                    len
                }
            } else {
                x
            }
        };
        if !self.start.is_none() {
            start = clamp(start, step < 0);
        }
        if !self.stop.is_none() {
            stop = clamp(stop, step < 0);
        }
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop + (-step) - 1) / (-step)
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }
}

fn slice_type_error() -> PyErr {
    PyErr::type_error("slice indices must be integers or None or have an __index__ method")
}

impl NativeObject for Slice {
    fn class(&self) -> Arc<Class> {
        slice_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "slice({}, {}, {})",
            vm.repr(&self.start)?,
            vm.repr(&self.stop)?,
            vm.repr(&self.step)?
        )))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "start" => Some(self.start.clone()),
            "stop" => Some(self.stop.clone()),
            "step" => Some(self.step.clone()),
            _ => None,
        })
    }
    fn eq(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = other.downcast::<Slice>()?;
        let a = Value::tuple(vec![
            self.start.clone(),
            self.stop.clone(),
            self.step.clone(),
        ]);
        let b = Value::tuple(vec![o.start.clone(), o.stop.clone(), o.step.clone()]);
        Some(vm.eq(&a, &b))
    }
}
