//! `numpy.ndarray` as a Python object: attributes (shape, dtype, T, flags...), printing through
//! `numeric::arrayprint` (NumPy's exact layout), iteration over the first axis, truthiness,
//! and the method table (operators, reductions, shape methods).

use super::{methods, wrap};
use crate::builtins::args::add_methods;
use crate::lock::RwLock;
use crate::ndarray::array::{Data, NdArray};
use crate::numeric::arrayprint::{array_repr, array_str, Scalar, Source};
use crate::runtime::class::{Class, Layout};
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

pub struct PyArray {
    /// The view (buffer, shape, strides, offset). It sits behind a lock only because
    /// `a.shape = ...` changes shape and strides in place; readers take a snapshot with
    /// `arr()`, so the lock is never held while Python code or a kernel runs, and it never
    /// nests inside a buffer lock. The buffer itself is never replaced.
    view: RwLock<NdArray>,
}

impl PyArray {
    pub fn new(arr: NdArray) -> PyArray {
        PyArray {
            view: RwLock::new(arr),
        }
    }

    /// A snapshot of the view (cheap: the buffer is shared, shape and strides are copied).
    pub fn arr(&self) -> NdArray {
        self.view.read().clone()
    }

    /// `a.shape = shape`: the same buffer seen with a new shape, possible only when the
    /// elements can be addressed with strides (NumPy's rule); otherwise AttributeError.
    fn set_shape(&self, vm: &mut Vm, value: &Value) -> PyResult<()> {
        let req = super::args::shape_varargs(vm, std::slice::from_ref(value))?;
        let mut view = self.view.write();
        let shape = super::shapes::resolve_shape(&req, view.size(), &view.shape)?;
        match view.reshaped_view(&shape) {
            Some(v) => {
                *view = v;
                Ok(())
            }
            None => Err(PyErr::attribute_error(
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
            )),
        }
    }
}

/// `str(a)` as NumPy prints it with the current print options (takes `a`'s read lock).
pub fn str_of(a: &NdArray) -> String {
    let opts = super::print_options().read().clone();
    let d = a.read();
    let src = PrintSrc { a, d: &d };
    array_str(&src, a.dtype.elem_type(), &opts)
}

struct PrintSrc<'a> {
    a: &'a NdArray,
    d: &'a Data,
}

impl Source for PrintSrc<'_> {
    fn shape(&self) -> &[usize] {
        &self.a.shape
    }
    fn get(&self, index: &[usize]) -> Scalar {
        self.d.get(self.a.offset_of(index))
    }
}

pub fn ndarray_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Class::builtin("ndarray", vec![types().object.clone()], Layout::Builtin);
        c.module = "numpy".into();
        let c = Arc::new(c);
        add_methods(&c, "numpy", methods::ARITH);
        add_methods(&c, "numpy", methods::INPLACE);
        add_methods(&c, "numpy", super::funcs::SHARED);
        add_methods(&c, "numpy", super::funcs::METHODS);
        add_methods(&c, "numpy", super::shapes::METHODS);
        add_methods(&c, "numpy", super::linalg::METHODS);
        add_methods(
            &c,
            "numpy",
            &[
                ("__float__", |vm, a, _| {
                    let s = one_element(&a[0], "float")?;
                    crate::modules::math::to_f64(vm, &super::scalar::scalar_to_py(s))
                        .map(Value::Float)
                }),
                ("__int__", |vm, a, _| {
                    let s = one_element(&a[0], "int")?;
                    let v = super::scalar::scalar_to_py(s);
                    let int = vm.interp.builtins.get_str("int").unwrap_or(Value::None);
                    vm.call(&int, &[v], &[])
                }),
                ("__index__", |_vm, a, _| {
                    let p = me(&a[0])?.arr();
                    if p.ndim() == 0 && p.dtype.is_int() {
                        if let Scalar::Int(i) = p.get(&[]) {
                            return Ok(Value::Int(i));
                        }
                    }
                    Err(PyErr::type_error(
                        "only integer scalar arrays can be converted to a scalar index",
                    ))
                }),
                ("__getitem__", |vm, a, _| {
                    let p = me(&a[0])?.arr();
                    super::index::getitem(vm, &p, a.get(1).unwrap_or(&Value::None))
                }),
                ("__setitem__", |vm, a, _| {
                    let p = me(&a[0])?.arr();
                    let (k, v) = (
                        a.get(1).unwrap_or(&Value::None),
                        a.get(2).unwrap_or(&Value::None),
                    );
                    super::index::setitem(vm, &p, k, v)?;
                    Ok(Value::None)
                }),
                ("__len__", |_vm, a, _| {
                    let p = me(&a[0])?.arr();
                    match p.shape.first() {
                        Some(&n) => Ok(Value::Int(n as i64)),
                        None => Err(PyErr::type_error("len() of unsized object")),
                    }
                }),
                ("__format__", |vm, a, _| {
                    let spec = match a.get(1) {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let p = me(&a[0])?.arr();
                    if p.ndim() == 0 && !spec.is_empty() {
                        let v = super::scalar::scalar_to_py(p.get(&[]));
                        return Ok(Value::string(vm.format(&v, &spec)?));
                    }
                    if !spec.is_empty() {
                        return Err(PyErr::type_error(
                            "unsupported format string passed to numpy.ndarray.__format__",
                        ));
                    }
                    Ok(Value::string(vm.str(&a[0])?))
                }),
            ],
        );
        c
    })
    .clone()
}

pub fn me(v: &Value) -> PyResult<&PyArray> {
    v.downcast::<PyArray>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'numpy.ndarray' object"))
}

fn one_element(v: &Value, what: &str) -> PyResult<Scalar> {
    let p = me(v)?.arr();
    if p.size() != 1 {
        let _ = what;
        return Err(PyErr::type_error(
            "only 0-dimensional arrays can be converted to Python scalars",
        ));
    }
    let zero = vec![0; p.ndim()];
    Ok(p.get(&zero))
}

/// The `flags` object (`a.flags['C_CONTIGUOUS']`, `a.flags.c_contiguous`).
struct Flags {
    c: bool,
    f: bool,
    owndata: bool,
}

fn flags_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("flagsobj")).clone()
}

impl Flags {
    fn get(&self, name: &str) -> Option<bool> {
        Some(match name {
            "C_CONTIGUOUS" | "c_contiguous" | "C" => self.c,
            "F_CONTIGUOUS" | "f_contiguous" | "F" => self.f,
            "OWNDATA" | "owndata" | "O" => self.owndata,
            "WRITEABLE" | "writeable" | "W" => true,
            "ALIGNED" | "aligned" | "A" => true,
            _ => return None,
        })
    }
}

impl NativeObject for Flags {
    fn class(&self) -> Arc<Class> {
        flags_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(self.get(name).map(Value::Bool))
    }
    fn getitem(&self, _vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        let k = match key {
            Value::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        };
        Some(
            self.get(&k)
                .map(Value::Bool)
                .ok_or_else(|| PyErr::key_error(key.clone())),
        )
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let b = |x: bool| if x { "True" } else { "False" };
        Ok(Some(format!(
            "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : True\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n",
            b(self.c),
            b(self.f),
            b(self.owndata)
        )))
    }
}

/// Iterator over the first axis.
struct ArrIter {
    arr: NdArray,
    i: crate::lock::Mutex<usize>,
}

fn iter_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("iterator")).clone()
}

impl NativeObject for ArrIter {
    fn class(&self) -> Arc<Class> {
        iter_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut i = self.i.lock();
        if *i >= self.arr.shape[0] {
            return Ok(None);
        }
        let k = *i;
        *i += 1;
        drop(i);
        Ok(Some(wrap(sub_array(&self.arr, k))))
    }
}

/// `a[k]` for an in-range `k` along the first axis (a view).
pub fn sub_array(a: &NdArray, k: usize) -> NdArray {
    let off = (a.offset as isize + k as isize * a.strides[0]) as usize;
    a.view(a.shape[1..].to_vec(), a.strides[1..].to_vec(), off)
}

impl NativeObject for PyArray {
    fn class(&self) -> Arc<Class> {
        ndarray_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let opts = super::print_options().read().clone();
        let a = self.arr();
        let d = a.read();
        let src = PrintSrc { a: &a, d: &d };
        Ok(Some(array_repr(&src, a.dtype.elem_type(), &opts)))
    }
    fn str(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let opts = super::print_options().read().clone();
        let a = self.arr();
        let d = a.read();
        let src = PrintSrc { a: &a, d: &d };
        Ok(Some(array_str(&src, a.dtype.elem_type(), &opts)))
    }
    fn rich_compare(&self) -> bool {
        true
    }
    fn hash(&self, _vm: &mut Vm) -> Option<PyResult<i64>> {
        Some(Err(PyErr::type_error("unhashable type: 'numpy.ndarray'")))
    }
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        Some(match self.view.read().shape.first() {
            Some(&n) => Ok(n),
            None => Err(PyErr::type_error("len() of unsized object")),
        })
    }
    fn truthy(&self, _vm: &mut Vm) -> Option<PyResult<bool>> {
        let a = self.arr();
        let n = a.size();
        Some(if n == 1 {
            let zero = vec![0; a.ndim()];
            Ok(match a.get(&zero) {
                Scalar::Bool(b) => b,
                Scalar::Int(i) => i != 0,
                Scalar::Float(f) => f != 0.0,
            })
        } else if n == 0 {
            Err(PyErr::value_error(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
            ))
        } else {
            Err(PyErr::value_error(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
            ))
        })
    }
    fn iter(&self, _vm: &mut Vm, _me: &Value) -> PyResult<Option<Value>> {
        let arr = self.arr();
        if arr.ndim() == 0 {
            return Err(PyErr::type_error("iteration over a 0-d array"));
        }
        Ok(Some(Value::native(ArrIter {
            arr,
            i: crate::lock::Mutex::new(0),
        })))
    }
    fn getitem(&self, vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(super::index::getitem(vm, &self.arr(), key))
    }
    fn setitem(&self, vm: &mut Vm, key: &Value, value: &Value) -> Option<PyResult<()>> {
        Some(super::index::setitem(vm, &self.arr(), key, value))
    }
    fn contains(&self, vm: &mut Vm, item: &Value) -> Option<PyResult<bool>> {
        Some((|| {
            let eq = super::methods::binop(
                vm,
                crate::ndarray::elementwise::Bin::Eq,
                &Value::native(PyArray::new(self.arr())),
                item,
                false,
            )?;
            if let Some(p) = eq.downcast::<PyArray>() {
                return Ok(p.arr().to_vec::<bool>().iter().any(|&b| b));
            }
            vm.truthy(&eq)
        })())
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        let a = &self.arr();
        Ok(Some(match name {
            "shape" => Value::tuple(a.shape.iter().map(|&d| Value::Int(d as i64)).collect()),
            "ndim" => Value::Int(a.ndim() as i64),
            "size" => Value::Int(a.size() as i64),
            "dtype" => super::dtypes::dtype_value(a.dtype),
            "itemsize" => Value::Int(a.dtype.itemsize() as i64),
            "nbytes" => Value::Int((a.size() * a.dtype.itemsize()) as i64),
            "strides" => Value::tuple(
                a.strides
                    .iter()
                    .map(|&s| Value::Int(s as i64 * a.dtype.itemsize() as i64))
                    .collect(),
            ),
            "T" => Value::native(PyArray::new(super::shapes::transpose_view(a, None))),
            "real" => Value::native(PyArray::new(a.clone())),
            "flags" => Value::native(Flags {
                c: a.is_c_contiguous(),
                f: a.is_f_contiguous(),
                owndata: a.offset == 0 && a.size() == a.read().len(),
            }),
            "flat" => {
                let c = a.contiguous();
                Value::native(PyArray::new(c.view(vec![a.size()], vec![1], c.offset)))
            }
            _ => return Ok(None),
        }))
    }
    fn setattr(&self, vm: &mut Vm, name: &str, value: Option<&Value>) -> Option<PyResult<()>> {
        Some(match (name, value) {
            ("shape", Some(v)) => self.set_shape(vm, v),
            ("shape", None) => Err(PyErr::attribute_error("Cannot delete array shape")),
            ("ndim" | "size" | "itemsize" | "nbytes" | "T" | "flags" | "real" | "flat", _) => {
                Err(PyErr::attribute_error(format!(
                    "attribute '{name}' of 'numpy.ndarray' objects is not writable"
                )))
            }
            _ => Err(PyErr::attribute_error(format!(
                "'numpy.ndarray' object has no attribute '{name}'"
            ))),
        })
    }
}
