//! `@vectorize`: turns a scalar function into a ufunc-like callable that broadcasts over its
//! array arguments (NumPy's rules) and calls the compiled scalar function per element.
//! Guarantees: scalar arguments call the function directly; arrays of incompatible shapes
//! raise ValueError as NumPy does.

use super::dispatcher::{runtime_error, Dispatcher, JitOptions, Spec};
use crate::builtins::args::Kw;
use crate::jit::abi::ErrSlot;
use crate::jit::types::Ty;
use crate::jit::ufunc_loop::{self, LoopFn};
use crate::lock::Mutex;
use crate::modules::numpy::PyArray;
use crate::ndarray::array::Data;
use crate::ndarray::array::NdArray;
use crate::ndarray::dtype::DType;
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
    /// Compiled element loops by (kernel specialization's code address, input dtypes).
    loops: Mutex<Vec<LoopKey>>,
}

type LoopKey = ((usize, Vec<DType>), usize);

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Float(x) => *x,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        _ => 0.0,
    }
}

fn as_i64(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
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
    Ok(Value::native(Vectorized {
        kernel,
        name,
        loops: Mutex::new(Vec::new()),
    }))
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
        // The specialization is chosen by each array's first element.
        for (i, a) in arrays.iter().enumerate() {
            if let Some(a) = a {
                call_args[i] = scalar_value(a.get(&vec![0; a.ndim()]));
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
        let out_dt = match spec.ret {
            Ty::Float => DType::Float64,
            Ty::Bool => DType::Bool,
            _ => DType::Int64,
        };
        // Scalar arguments have no buffer: they live in one-element arrays of their own.
        let inputs: Vec<NdArray> = arrays
            .iter()
            .zip(call_args.iter())
            .zip(&tys)
            .map(|((a, v), t)| match a {
                Some(a) => a.clone(),
                None => match t {
                    Ty::Float => NdArray::from_vec(vec![as_f64(v)], vec![]),
                    Ty::Bool => NdArray::from_vec(vec![matches!(v, Value::Bool(true))], vec![]),
                    _ => NdArray::from_vec(vec![as_i64(v)], vec![]),
                },
            })
            .collect();
        let dtypes: Vec<DType> = inputs.iter().map(|a| a.dtype).collect();
        let lp = self.loop_for(&spec, &dtypes, out_dt)?;
        // One read guard per distinct buffer (a second read lock of one buffer on this thread
        // could wait behind a queued writer).
        let mut guards: Vec<(usize, crate::lock::RwLockReadGuard<'_, Data>)> = Vec::new();
        let mut bases = Vec::new();
        for a in &inputs {
            let p = Arc::as_ptr(&a.buf) as *const u8 as usize;
            let j = match guards.iter().position(|(q, _)| *q == p) {
                Some(j) => j,
                None => {
                    guards.push((p, a.read()));
                    guards.len() - 1
                }
            };
            let base = crate::with_data!(&*guards[j].1, v => v.as_ptr() as *const u8);
            // SAFETY: `offset` is within the buffer (an NdArray invariant; the loop only runs
            // on non-empty shapes) and the guard keeps the buffer alive and unchanged.
            bases.push(unsafe { base.add(a.offset * a.dtype.itemsize()) } as usize);
        }
        // Broadcast strides in bytes (0 along stretched axes), per input, then the output's.
        let mut steps: Vec<Vec<i64>> = inputs
            .iter()
            .map(|a| {
                let off = nd - a.ndim();
                (0..nd)
                    .map(|k| {
                        if k < off || a.shape[k - off] == 1 {
                            0
                        } else {
                            (a.strides[k - off] * a.dtype.itemsize() as isize) as i64
                        }
                    })
                    .collect()
            })
            .collect();
        let out = NdArray::zeros(out_dt, shape.to_vec());
        let isz = out_dt.itemsize() as i64;
        steps.push(out.strides.iter().map(|&s| s as i64 * isz).collect());
        {
            let mut g = out.buf.write();
            let obase = crate::with_data!(&mut *g, v => v.as_mut_ptr() as *mut u8) as usize;
            bases.push(obase);
            let inner = nd.saturating_sub(1);
            let len = if nd == 0 { 1 } else { shape[inner] };
            let outer: Vec<usize> = shape[..inner].to_vec();
            let mut errs = ErrSlot::below_here(256 << 10);
            let mut ptrs: Vec<*mut u8> = vec![std::ptr::null_mut(); bases.len()];
            let inner_steps: Vec<i64> = steps
                .iter()
                .map(|s| if nd == 0 { 0 } else { s[inner] })
                .collect();
            for_each_index(&outer, |idx| {
                for (k, p) in ptrs.iter_mut().enumerate() {
                    let mut o = bases[k] as i64;
                    for (a, &x) in idx.iter().enumerate() {
                        o += x as i64 * steps[k][a];
                    }
                    *p = o as *mut u8;
                }
                // SAFETY: `lp` was compiled for exactly these input dtypes and this output
                // dtype; every pointer is the first element of its operand's row, read (or,
                // for the fresh output, written) at `p + i * step` for `i < len`, within the
                // buffers held by `guards` and `g`.
                let status =
                    unsafe { lp(len as i64, ptrs.as_ptr(), inner_steps.as_ptr(), &mut errs) };
                if status != 0 {
                    return Err(runtime_error(&errs));
                }
                Ok(())
            })?;
        }
        drop(guards);
        Ok(Some(out))
    }

    /// The compiled loop for `spec` over inputs of `dtypes` (compiled once, then cached).
    fn loop_for(&self, spec: &Arc<Spec>, dtypes: &[DType], out: DType) -> PyResult<LoopFn> {
        let key = (spec.inner, dtypes.to_vec());
        let mut loops = self.loops.lock();
        let addr = match loops.iter().find(|(k, _)| *k == key) {
            Some((_, a)) => *a,
            None => {
                let a = ufunc_loop::compile_loop(dtypes, &spec.args, &spec.ret, out, spec.inner)
                    .map_err(PyErr::runtime_error)?;
                loops.push((key, a));
                a
            }
        };
        // SAFETY: `addr` came from `compile_loop`, which returns a `LoopFn` that lives for the
        // rest of the process.
        Ok(unsafe { std::mem::transmute::<usize, LoopFn>(addr) })
    }

    fn apply(&self, vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
        // NumPy scalars (np.int64(3)) take part as the Python numbers they hold.
        let args: Vec<Value> = args
            .iter()
            .map(|a| match a.downcast::<crate::modules::numpy::NpScalar>() {
                Some(s) => s.to_py(),
                None => a.clone(),
            })
            .collect();
        let args = &args[..];
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
