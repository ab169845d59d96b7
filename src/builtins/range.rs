//! `range` objects (i64 bounds) and their iterator: O(1) len, indexing, slicing, containment.

use super::args::{add_methods, check_method};
use super::iters::install_iter_methods;
use super::slice::Slice;
use crate::lock::Mutex;
use crate::runtime::class::{Class, Layout};
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (s, e, st) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if st > 0 {
            if e > s {
                (e - s + st - 1) / st
            } else {
                0
            }
        } else if s > e {
            (s - e - st - 1) / (-st)
        } else {
            0
        };
        n as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

pub fn range_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Class::builtin("range", vec![types().object.clone()], Layout::Builtin);
        c.subclassable = false;
        let c = Arc::new(c);
        add_methods(
            &c,
            "range",
            &[
                ("__new__", range_new),
                ("__iter__", |vm, a, _| vm.iter(&a[0])),
                ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
                ("__contains__", |vm, a, _| {
                    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
                }),
                ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
                ("index", |vm, a, _| {
                    check_method("index", a, 1, 1)?;
                    let r = a[0]
                        .downcast::<Range>()
                        .ok_or_else(|| PyErr::type_error("expected range"))?;
                    if let Value::Int(x) = a[1] {
                        if let Some(i) = r.position(x) {
                            return Ok(Value::Int(i as i64));
                        }
                    }
                    let _ = vm;
                    Err(PyErr::value_error(format!(
                        "{} is not in range",
                        vm.repr(&a[1])?
                    )))
                }),
                ("count", |_vm, a, _| {
                    check_method("count", a, 1, 1)?;
                    let r = a[0]
                        .downcast::<Range>()
                        .ok_or_else(|| PyErr::type_error("expected range"))?;
                    Ok(Value::Int(
                        matches!(a[1], Value::Int(x) if r.position(x).is_some()) as i64,
                    ))
                }),
            ],
        );
        c
    })
    .clone()
}

fn range_iterator_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("range_iterator");
        install_iter_methods(&c, "range_iterator");
        c
    })
    .clone()
}

fn range_new(vm: &mut Vm, a: &[Value], _kw: super::args::Kw) -> PyResult<Value> {
    let args = &a[1..];
    let int = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
        match v {
            Value::BigInt(_) => Err(PyErr::overflow(
                "Python int too large to convert to C ssize_t",
            )),
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) | Value::Native(_) => {
                vm.index_value(v)
            }
            other => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::runtime::types::class_of(other).name
            ))),
        }
    };
    let (start, stop, step) = match args.len() {
        1 => (0, int(vm, &args[0])?, 1),
        2 => (int(vm, &args[0])?, int(vm, &args[1])?, 1),
        3 => (int(vm, &args[0])?, int(vm, &args[1])?, int(vm, &args[2])?),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::native(Range { start, stop, step }))
}

impl Range {
    fn position(&self, x: i64) -> Option<usize> {
        let d = x as i128 - self.start as i128;
        if d % self.step as i128 != 0 {
            return None;
        }
        let i = d / self.step as i128;
        if i >= 0 && (i as usize) < self.len() {
            Some(i as usize)
        } else {
            None
        }
    }
}

impl NativeObject for Range {
    fn class(&self) -> Arc<Class> {
        range_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, _vm: &mut Vm, _me: &Value) -> PyResult<Option<Value>> {
        Ok(Some(Value::native(RangeIter {
            next: Mutex::new(self.start),
            stop: self.stop,
            step: self.step,
        })))
    }
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.len()))
    }
    fn truthy(&self, _vm: &mut Vm) -> Option<PyResult<bool>> {
        Some(Ok(!self.is_empty()))
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }))
    }
    fn contains(&self, vm: &mut Vm, item: &Value) -> Option<PyResult<bool>> {
        Some(match item {
            Value::Int(x) => Ok(self.position(*x).is_some()),
            Value::Bool(b) => Ok(self.position(*b as i64).is_some()),
            Value::Float(f) if f.fract() == 0.0 => Ok(self.position(*f as i64).is_some()),
            other => {
                let mut found = false;
                for i in 0..self.len() {
                    match vm.eq(&Value::Int(self.get(i)), other) {
                        Ok(true) => {
                            found = true;
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => return Some(Err(e)),
                    }
                }
                Ok(found)
            }
        })
    }
    fn getitem(&self, vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        if let Some(sl) = key.downcast::<Slice>() {
            // CPython maps the slice's start and stop indices through the range (so
            // `range(10)[::-3]` is `range(9, -1, -3)`), not start + n * step.
            return Some(sl.indices(vm, self.len()).map(|(start, stop, step, _)| {
                Value::native(Range {
                    start: self.start + start * self.step,
                    stop: self.start + stop * self.step,
                    step: self.step * step,
                })
            }));
        }
        Some(vm.index_value(key).and_then(|i| {
            let n = self.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index_error("range object index out of range"));
            }
            Ok(Value::Int(self.get(j as usize)))
        }))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "start" => Some(Value::Int(self.start)),
            "stop" => Some(Value::Int(self.stop)),
            "step" => Some(Value::Int(self.step)),
            _ => None,
        })
    }
    fn eq(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = other.downcast::<Range>()?;
        let (n1, n2) = (self.len(), o.len());
        Some(Ok(n1 == n2
            && (n1 == 0
                || (self.start == o.start
                    && (n1 == 1 || self.step == o.step)))))
    }
}

pub struct RangeIter {
    next: Mutex<i64>,
    stop: i64,
    step: i64,
}

impl NativeObject for RangeIter {
    fn class(&self) -> Arc<Class> {
        range_iterator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    #[inline]
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut n = self.next.lock();
        let v = *n;
        if (self.step > 0 && v < self.stop) || (self.step < 0 && v > self.stop) {
            *n = v.saturating_add(self.step);
            Ok(Some(Value::Int(v)))
        } else {
            Ok(None)
        }
    }
}
