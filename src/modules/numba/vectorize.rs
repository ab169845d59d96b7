//! `@vectorize`: turns a scalar function into a ufunc-like callable that broadcasts over its
//! array arguments (NumPy's rules) and calls the compiled scalar function per element.
//! Guarantees: scalar arguments call the function directly; arrays of incompatible shapes
//! raise ValueError as NumPy does.

use super::dispatcher::{Dispatcher, JitOptions};
use crate::builtins::args::Kw;
use crate::jit::types::Ty;
use crate::modules::numpy::PyArray;
use crate::ndarray::array::NdArray;
use crate::numeric::arrayprint::Scalar;
use crate::runtime::class::Class;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

struct Vectorized {
    /// The compiled scalar kernel (or the plain function when the JIT is disabled).
    kernel: Value,
    name: String,
}

struct VectorizeDecorator;

fn class(name: &str) -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    static D: OnceLock<Arc<Class>> = OnceLock::new();
    let cell = if name == "DUFunc" { &C } else { &D };
    cell.get_or_init(|| {
        let mut c = crate::runtime::class::Class::builtin(
            name,
            vec![crate::runtime::types::types().object.clone()],
            crate::runtime::class::Layout::Builtin,
        );
        c.module = "numba.np.ufunc.dufunc".into();
        Arc::new(c)
    })
    .clone()
}

fn make(f: &Value) -> PyResult<Value> {
    let (kernel, name) = match f {
        Value::Function(func) => {
            let k = if super::jit_disabled() {
                f.clone()
            } else {
                Value::native(Dispatcher::new(
                    func.clone(),
                    f.clone(),
                    JitOptions::default(),
                ))
            };
            (k, func.name().to_string())
        }
        _ => return Err(PyErr::type_error("vectorize() expects a function")),
    };
    Ok(Value::native(Vectorized { kernel, name }))
}

/// `vectorize(f)`, `vectorize([sigs], target=...)`, `vectorize(target=...)`.
pub fn vectorize(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(f @ Value::Function(_)) => make(f),
        _ => Ok(Value::native(VectorizeDecorator)),
    }
}

impl NativeObject for VectorizeDecorator {
    fn class(&self) -> Arc<Class> {
        class("_vectorize_decorator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call(&self, _vm: &mut Vm, _me: &Value, args: &[Value], _kw: Kw) -> Option<PyResult<Value>> {
        Some(match args {
            [f] => make(f),
            _ => Err(PyErr::type_error("vectorize decorator takes one function")),
        })
    }
}

fn broadcast(shapes: &[&[usize]]) -> PyResult<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        for (k, &n) in s.iter().enumerate() {
            let o = &mut out[nd - s.len() + k];
            if *o == 1 {
                *o = n;
            } else if n != 1 && n != *o {
                let shown: Vec<String> = shapes
                    .iter()
                    .map(|s| {
                        format!(
                            "({})",
                            s.iter()
                                .map(|x| x.to_string())
                                .collect::<Vec<_>>()
                                .join(",")
                        )
                    })
                    .collect();
                return Err(PyErr::value_error(format!(
                    "operands could not be broadcast together with shapes {}",
                    shown.join(" ")
                )));
            }
        }
    }
    Ok(out)
}

fn scalar_value(s: Scalar) -> Value {
    match s {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Int(i) => Value::Int(i),
        Scalar::Float(x) => Value::Float(x),
    }
}

impl NativeObject for Vectorized {
    fn class(&self) -> Arc<Class> {
        class("DUFunc")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!("<numba._DUFunc '{}'>", self.name)))
    }
    fn call(&self, vm: &mut Vm, _me: &Value, args: &[Value], kw: Kw) -> Option<PyResult<Value>> {
        Some(self.apply(vm, args, kw))
    }
}

/// Visits every index of `shape` in C order.
fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize]) -> PyResult<()>) -> PyResult<()> {
    let n: usize = shape.iter().product();
    let mut idx = vec![0usize; shape.len()];
    for _ in 0..n {
        f(&idx)?;
        for k in (0..shape.len()).rev() {
            idx[k] += 1;
            if idx[k] < shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    Ok(())
}

impl Vectorized {
    /// The loop over elements calling the compiled kernel directly (no interpreter call per
    /// element); `None` when the kernel is not compiled or not scalar → scalar.
    fn native_loop(
        &self,
        arrays: &[Option<NdArray>],
        call_args: &mut [Value],
        shape: &[usize],
        kw: Kw,
    ) -> PyResult<Option<NdArray>> {
        let Some(d) = self.kernel.downcast::<Dispatcher>() else {
            return Ok(None);
        };
        if !kw.is_empty() || shape.iter().product::<usize>() == 0 {
            return Ok(None);
        }
        let nd = shape.len();
        let elem = |a: &NdArray, idx: &[usize]| {
            let off = nd - a.ndim();
            let ai: Vec<usize> = (0..a.ndim())
                .map(|k| if a.shape[k] == 1 { 0 } else { idx[off + k] })
                .collect();
            scalar_value(a.get(&ai))
        };
        for (i, a) in arrays.iter().enumerate() {
            if let Some(a) = a {
                call_args[i] = elem(a, &vec![0; nd]);
            }
        }
        let mut tys = Vec::new();
        for v in call_args.iter() {
            match super::dispatcher::arg_type(v) {
                Some(t) if t.is_scalar() => tys.push(t),
                _ => return Ok(None),
            }
        }
        let Some(spec) = d.spec_for(&tys)? else {
            return Ok(None);
        };
        if !spec.ret.is_scalar() {
            return Ok(None);
        }
        let bits = |v: &Value| match v {
            Value::Int(i) => *i as u64,
            Value::Float(x) => x.to_bits(),
            Value::Bool(b) => *b as u64,
            _ => 0,
        };
        let mut slots: Vec<u64> = call_args.iter().map(bits).collect();
        let mut out: Vec<u64> = Vec::with_capacity(shape.iter().product());
        // Each input's buffer is read-locked once; its broadcast strides (0 along stretched
        // axes) give every element's offset.
        let inputs: Vec<(usize, &NdArray, Vec<isize>)> = arrays
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.as_ref().map(|a| (i, a)))
            .map(|(i, a)| {
                let off = nd - a.ndim();
                let strides = (0..nd)
                    .map(|k| {
                        if k < off || a.shape[k - off] == 1 {
                            0
                        } else {
                            a.strides[k - off]
                        }
                    })
                    .collect();
                (i, a, strides)
            })
            .collect();
        // One read guard per distinct buffer (a second read lock of one buffer on this thread
        // could wait behind a queued writer).
        let mut guards: Vec<(
            usize,
            crate::lock::RwLockReadGuard<'_, crate::ndarray::array::Data>,
        )> = Vec::new();
        let mut which = Vec::new();
        for (_, a, _) in &inputs {
            let p = std::sync::Arc::as_ptr(&a.buf) as *const u8 as usize;
            match guards.iter().position(|(q, _)| *q == p) {
                Some(j) => which.push(j),
                None => {
                    which.push(guards.len());
                    guards.push((p, a.read()));
                }
            }
        }
        for_each_index(shape, |idx| {
            for ((i, a, st), &j) in inputs.iter().zip(&which) {
                let g = &guards[j].1;
                let mut o = a.offset as isize;
                for (k, &x) in idx.iter().enumerate() {
                    o += x as isize * st[k];
                }
                slots[*i] = bits(&scalar_value(g.get(o as usize)));
            }
            out.push(spec.call_scalars(&slots)?);
            Ok(())
        })?;
        drop(guards);
        let shape = shape.to_vec();
        Ok(Some(match spec.ret {
            Ty::Float => {
                NdArray::from_vec::<f64>(out.iter().map(|b| f64::from_bits(*b)).collect(), shape)
            }
            Ty::Bool => NdArray::from_vec::<bool>(out.iter().map(|b| *b != 0).collect(), shape),
            _ => NdArray::from_vec::<i64>(out.iter().map(|b| *b as i64).collect(), shape),
        }))
    }

    fn apply(&self, vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
        let mut arrays: Vec<Option<NdArray>> = Vec::new();
        for a in args {
            arrays.push(match a {
                Value::List(_) | Value::Tuple(_) => Some(crate::modules::numpy::arr(vm, a)?),
                _ => a.downcast::<PyArray>().map(|p| p.arr()),
            });
        }
        if arrays.iter().all(|a| a.is_none()) {
            return vm.call(&self.kernel, args, kw);
        }
        let shapes: Vec<&[usize]> = arrays
            .iter()
            .flatten()
            .map(|a| a.shape.as_slice())
            .collect();
        let shape = broadcast(&shapes)?;
        let n: usize = shape.iter().product();
        let nd = shape.len();
        let mut idx = vec![0usize; nd];
        let mut results: Vec<Value> = Vec::with_capacity(n);
        let mut call_args = args.to_vec();
        if let Some(arr) = self.native_loop(&arrays, &mut call_args, &shape, kw)? {
            return Ok(crate::modules::numpy::wrap(arr));
        }
        for _ in 0..n {
            for (i, a) in arrays.iter().enumerate() {
                if let Some(a) = a {
                    let off = nd - a.ndim();
                    let ai: Vec<usize> = (0..a.ndim())
                        .map(|k| if a.shape[k] == 1 { 0 } else { idx[off + k] })
                        .collect();
                    call_args[i] = scalar_value(a.get(&ai));
                }
            }
            results.push(vm.call(&self.kernel, &call_args, kw)?);
            for k in (0..nd).rev() {
                idx[k] += 1;
                if idx[k] < shape[k] {
                    break;
                }
                idx[k] = 0;
            }
        }
        let arr = if results.iter().all(|v| matches!(v, Value::Bool(_))) {
            let v = results
                .iter()
                .map(|r| matches!(r, Value::Bool(true)))
                .collect();
            NdArray::from_vec::<bool>(v, shape)
        } else if results
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::Bool(_)))
        {
            let v = results
                .iter()
                .map(|r| match r {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => 0,
                })
                .collect();
            NdArray::from_vec::<i64>(v, shape)
        } else {
            let mut v = Vec::with_capacity(n);
            for r in &results {
                v.push(crate::modules::math::to_f64(vm, r)?);
            }
            NdArray::from_vec::<f64>(v, shape)
        };
        Ok(crate::modules::numpy::wrap(arr))
    }
}
