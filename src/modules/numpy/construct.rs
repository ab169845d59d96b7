//! Array creation: `np.array` from nested sequences (NumPy's shape discovery and dtype
//! inference), and zeros/ones/empty/full(_like), arange, linspace, eye/identity, copy, meshgrid.

use super::args::{float, int, opt, req, shape};
use super::{arr, dtype_arg, wrap_array, NpScalar, PyArray};
use crate::builtins::args::Kw;
use crate::ndarray::array::{shape_str, Data, NdArray};
use crate::ndarray::dtype::{cast_scalar, DType};
use crate::numeric::arrayprint::Scalar;
use crate::runtime::func::NativeFn;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

struct Scan {
    shape: Vec<usize>,
    leaves: Vec<Scalar>,
    dtype: Option<DType>,
    leaf_depth: Option<usize>,
}

fn inhomogeneous(depth: usize, shape: &[usize]) -> PyErr {
    PyErr::value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
        shape_str(&shape[..depth.min(shape.len())])
    ))
}

impl Scan {
    fn leaf(&mut self, depth: usize, s: Scalar, dt: DType) -> PyResult<()> {
        match self.leaf_depth {
            None => {
                if depth < self.shape.len() {
                    return Err(inhomogeneous(depth, &self.shape));
                }
                self.leaf_depth = Some(depth)
            }
            Some(d) if d != depth => return Err(inhomogeneous(d.min(depth), &self.shape)),
            _ => {}
        }
        self.dtype = Some(match self.dtype {
            None => dt,
            Some(d) => DType::promote(d, dt),
        });
        self.leaves.push(s);
        Ok(())
    }

    fn dim(&mut self, depth: usize, n: usize) -> PyResult<()> {
        if let Some(d) = self.leaf_depth {
            if depth >= d {
                return Err(inhomogeneous(d, &self.shape));
            }
        }
        if depth == self.shape.len() {
            self.shape.push(n);
        } else if self.shape[depth] != n {
            return Err(inhomogeneous(depth, &self.shape));
        }
        Ok(())
    }

    fn visit(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
        match v {
            Value::Bool(b) => self.leaf(depth, Scalar::Bool(*b), DType::Bool),
            Value::Int(i) => self.leaf(depth, Scalar::Int(*i), DType::Int64),
            Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C long")),
            Value::Float(f) => self.leaf(depth, Scalar::Float(*f), DType::Float64),
            Value::List(_) | Value::Tuple(_) => {
                let items = vm.collect(v)?;
                self.dim(depth, items.len())?;
                for x in &items {
                    self.visit(vm, x, depth + 1)?;
                }
                if items.is_empty() && self.leaf_depth.is_none() && self.dtype.is_none() {
                    // An empty list sets no leaf; dtype defaults to float64.
                }
                Ok(())
            }
            Value::Native(n) => {
                if let Some(s) = n.as_any().downcast_ref::<NpScalar>() {
                    return self.leaf(depth, s.v, s.dt);
                }
                if let Some(a) = n.as_any().downcast_ref::<PyArray>() {
                    let a = &a.arr();
                    for (k, &d) in a.shape.iter().enumerate() {
                        self.dim(depth + k, d)?;
                    }
                    let dt = a.dtype;
                    let d = a.read();
                    let mut vals = Vec::with_capacity(a.size());
                    a.for_each_offset(|o| vals.push(d.get(o)));
                    drop(d);
                    for s in vals {
                        self.leaf(depth + a.ndim(), s, dt)?;
                    }
                    if a.size() == 0 {
                        self.dtype = Some(self.dtype.map_or(dt, |x| DType::promote(x, dt)));
                    }
                    return Ok(());
                }
                if n.class().name.as_ref() == "range" {
                    let items = vm.collect(v)?;
                    return self.visit(vm, &Value::list(items), depth);
                }
                Err(PyErr::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    n.class().name
                )))
            }
            Value::Str(s) => Err(PyErr::value_error(format!(
                "could not convert string to float: '{}'",
                s.as_str()
            ))),
            _ => Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                super::type_name(v)
            ))),
        }
    }
}

/// `np.array(v, dtype)`: always a new array.
pub fn to_array(vm: &mut Vm, v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let Some(a) = v.downcast::<PyArray>() {
        let a = a.arr();
        return Ok(a.astype(dtype.unwrap_or(a.dtype)));
    }
    let mut s = Scan {
        shape: Vec::new(),
        leaves: Vec::new(),
        dtype: None,
        leaf_depth: None,
    };
    s.visit(vm, v, 0)?;
    let dt = dtype.or(s.dtype).unwrap_or(DType::Float64);
    let mut data = Data::zeros(dt, s.leaves.len());
    for (i, x) in s.leaves.iter().enumerate() {
        data.set(i, cast_scalar(*x, dt));
    }
    let shape = match s.leaf_depth {
        Some(d) => s.shape[..d].to_vec(),
        None => s.shape,
    };
    Ok(NdArray::from_data(data, shape))
}

fn zeros(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sh = shape(vm, req(a, 0, kw, "shape", "zeros")?)?;
    let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?.unwrap_or(DType::Float64);
    Ok(wrap_array(NdArray::zeros(dt, sh)))
}

fn ones(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sh = shape(vm, req(a, 0, kw, "shape", "ones")?)?;
    let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?.unwrap_or(DType::Float64);
    Ok(wrap_array(NdArray::full(dt, sh, Scalar::Int(1))))
}

/// The dtype NumPy infers for a fill value.
fn scalar_of(vm: &mut Vm, v: &Value) -> PyResult<(Scalar, DType)> {
    let a = to_array(vm, v, None)?;
    if a.ndim() != 0 {
        return Err(PyErr::value_error("fill value must be a scalar"));
    }
    Ok((a.get(&[]), a.dtype))
}

fn full(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sh = shape(vm, req(a, 0, kw, "shape", "full")?)?;
    let (x, xdt) = scalar_of(vm, req(a, 1, kw, "fill_value", "full")?)?;
    let dt = dtype_arg(vm, opt(a, 2, kw, "dtype"))?.unwrap_or(xdt);
    Ok(wrap_array(NdArray::full(dt, sh, x)))
}

fn like(vm: &mut Vm, a: &[Value], kw: Kw, name: &str, x: Option<Scalar>) -> PyResult<Value> {
    let src = arr(vm, req(a, 0, kw, "a", name)?)?;
    let (val, vdt, dpos) = match x {
        Some(x) => (x, src.dtype, 1),
        None => {
            let (s, _) = scalar_of(vm, req(a, 1, kw, "fill_value", name)?)?;
            (s, src.dtype, 2)
        }
    };
    let dt = dtype_arg(vm, opt(a, dpos, kw, "dtype"))?.unwrap_or(vdt);
    let sh = match opt(a, dpos + 2, kw, "shape") {
        Some(v) => shape(vm, v)?,
        None => src.shape.clone(),
    };
    Ok(wrap_array(NdArray::full(dt, sh, val)))
}

fn arange(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args: Vec<Value> = a.to_vec();
    let get = |i: usize, k: &str| opt(&args, i, kw, k).cloned();
    let (start, stop) = match (get(0, "start"), get(1, "stop")) {
        (Some(s), Some(e)) => (s, e),
        (Some(e), None) => (Value::Int(0), e),
        (None, Some(e)) => (Value::Int(0), e),
        (None, None) => return Err(PyErr::type_error("arange() requires stop to be specified.")),
    };
    let step = get(2, "step").unwrap_or(Value::Int(1));
    let dt = dtype_arg(vm, opt(a, 3, kw, "dtype"))?;
    let all_int = [&start, &stop, &step]
        .iter()
        .all(|v| matches!(v, Value::Int(_) | Value::Bool(_)) || is_int_scalar(v));
    let (s, e, st) = (float(vm, &start)?, float(vm, &stop)?, float(vm, &step)?);
    if st == 0.0 {
        return Err(PyErr::named("ZeroDivisionError", "division by zero"));
    }
    let n = ((e - s) / st).ceil();
    let n = if n.is_nan() || n < 0.0 { 0 } else { n as usize };
    let out_dt = dt.unwrap_or(if all_int {
        DType::Int64
    } else {
        DType::Float64
    });
    let arr = if all_int && !out_dt.is_float() {
        let (s, st) = (int(vm, &start)?, int(vm, &step)?);
        let v: Vec<i64> = (0..n as i64).map(|i| s + i * st).collect();
        NdArray::from_vec(v, vec![n]).astype(out_dt)
    } else {
        let delta = (s + st) - s;
        let v: Vec<f64> = (0..n).map(|i| s + i as f64 * delta).collect();
        NdArray::from_vec(v, vec![n]).astype(out_dt)
    };
    Ok(wrap_array(arr))
}

fn is_int_scalar(v: &Value) -> bool {
    v.downcast::<NpScalar>().is_some_and(|s| s.dt.is_int())
}

fn linspace(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let start = float(vm, req(a, 0, kw, "start", "linspace")?)?;
    let stop = float(vm, req(a, 1, kw, "stop", "linspace")?)?;
    let num = match opt(a, 2, kw, "num") {
        Some(v) => int(vm, v)?,
        None => 50,
    };
    if num < 0 {
        return Err(PyErr::value_error(format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let endpoint = match opt(a, 3, kw, "endpoint") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let retstep = match opt(a, 4, kw, "retstep") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let dt = dtype_arg(vm, opt(a, 5, kw, "dtype"))?;
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let step = if div > 0 {
        delta / div as f64
    } else {
        f64::NAN
    };
    let mut v: Vec<f64> = (0..num)
        .map(|i| {
            let y = i as f64;
            let y = if div > 0 {
                if step == 0.0 {
                    y / div as f64 * delta
                } else {
                    y * step
                }
            } else {
                y * delta
            };
            y + start
        })
        .collect();
    if endpoint && num > 1 {
        v[num - 1] = stop;
    }
    let mut out = NdArray::from_vec(v, vec![num]);
    if let Some(d) = dt {
        if d.is_int() {
            out = crate::ndarray::elementwise::unary(crate::ndarray::elementwise::Un::Floor, &out)
                .map_err(super::op_err)?;
        }
        out = out.astype(d);
    }
    let r = wrap_array(out);
    if retstep {
        return Ok(Value::tuple(vec![r, Value::Float(step)]));
    }
    Ok(r)
}

fn eye(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int(vm, req(a, 0, kw, "N", "eye")?)?.max(0) as usize;
    let m = match opt(a, 1, kw, "M") {
        Some(v) => int(vm, v)?.max(0) as usize,
        None => n,
    };
    let k = match opt(a, 2, kw, "k") {
        Some(v) => int(vm, v)?,
        None => 0,
    };
    let dt = dtype_arg(vm, opt(a, 3, kw, "dtype"))?.unwrap_or(DType::Float64);
    let out = NdArray::zeros(dt, vec![n, m]);
    {
        let mut d = out.buf.write();
        for i in 0..n as i64 {
            let j = i + k;
            if j >= 0 && (j as usize) < m {
                d.set(i as usize * m + j as usize, Scalar::Int(1));
            }
        }
    }
    Ok(wrap_array(out))
}

fn identity(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let n = req(a, 0, kw, "n", "identity")?.clone();
    let mut args = vec![n];
    let mut kws = Vec::new();
    if let Some(d) = opt(a, 1, kw, "dtype") {
        kws.push(("dtype".into(), d.clone()));
    }
    args.truncate(1);
    eye(vm, &args, &kws)
}

fn array(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = req(a, 0, kw, "object", "array")?;
    let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?;
    let copy = match opt(a, 2, kw, "copy") {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    if !copy {
        if let Some(p) = v.downcast::<PyArray>() {
            if dt.is_none_or(|d| d == p.arr().dtype) {
                return Ok(v.clone());
            }
        }
    }
    let mut out = to_array(vm, v, dt)?;
    if let Some(n) = opt(a, 5, kw, "ndmin") {
        let n = int(vm, n)?.max(0) as usize;
        while out.ndim() < n {
            let mut sh = vec![1];
            sh.extend(out.shape.iter());
            out = NdArray::from_data(
                crate::dispatch!(out.dtype, X => Data::from_vec(out.to_vec::<X>())),
                sh,
            );
        }
    }
    Ok(wrap_array(out))
}

fn asarray(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = req(a, 0, kw, "a", "asarray")?;
    let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?;
    if let Some(p) = v.downcast::<PyArray>() {
        if dt.is_none_or(|d| d == p.arr().dtype) {
            return Ok(v.clone());
        }
    }
    Ok(wrap_array(to_array(vm, v, dt)?))
}

/// `np.ascontiguousarray(a, dtype=None)` / `np.asfortranarray(a, dtype=None)`: `a` itself
/// when it already has that layout (and dtype), else a copy that has it.
fn as_layout(vm: &mut Vm, a: &[Value], kw: Kw, fortran: bool) -> PyResult<Value> {
    let name = if fortran {
        "asfortranarray"
    } else {
        "ascontiguousarray"
    };
    let v = req(a, 0, kw, "a", name)?;
    let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?;
    let same_dtype = |p: &PyArray| dt.is_none_or(|d| d == p.arr().dtype);
    if let Some(p) = v.downcast::<PyArray>() {
        let ok = if fortran {
            p.arr().is_f_contiguous()
        } else {
            p.arr().is_c_contiguous()
        };
        if ok && same_dtype(p) {
            return Ok(v.clone());
        }
    }
    let arr = to_array(vm, v, dt)?;
    Ok(wrap_array(if fortran {
        arr.fortran()
    } else {
        arr.contiguous()
    }))
}

fn copy(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = req(a, 0, kw, "a", "copy")?;
    Ok(wrap_array(to_array(vm, v, None)?))
}

fn meshgrid(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let xy = match crate::builtins::args::kwarg(kw, "indexing") {
        Some(Value::Str(s)) => s.as_str() != "ij",
        _ => true,
    };
    let mut vecs = Vec::new();
    for v in a {
        let x = arr(vm, v)?;
        let n = x.size();
        vecs.push(x.contiguous().view(vec![n], vec![1], 0).copy());
    }
    let nd = vecs.len();
    let mut shape: Vec<usize> = vecs.iter().map(|v| v.size()).collect();
    if xy && nd >= 2 {
        shape.swap(0, 1);
    }
    let mut out = Vec::new();
    for (i, v) in vecs.iter().enumerate() {
        let axis = if xy && nd >= 2 && i < 2 { 1 - i } else { i };
        let mut sh = vec![1usize; nd];
        sh[axis] = v.size();
        let mut strides = vec![0isize; nd];
        strides[axis] = 1;
        let b = v.view(sh, strides, 0).broadcast_view(&shape);
        out.push(wrap_array(b.copy()));
    }
    Ok(Value::tuple(out))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("array", array),
    ("asarray", asarray),
    ("asanyarray", asarray),
    ("ascontiguousarray", |vm, a, kw| as_layout(vm, a, kw, false)),
    ("asfortranarray", |vm, a, kw| as_layout(vm, a, kw, true)),
    ("copy", copy),
    ("zeros", zeros),
    ("empty", zeros),
    ("ones", ones),
    ("full", full),
    ("zeros_like", |vm, a, kw| {
        like(vm, a, kw, "zeros_like", Some(Scalar::Int(0)))
    }),
    ("empty_like", |vm, a, kw| {
        like(vm, a, kw, "empty_like", Some(Scalar::Int(0)))
    }),
    ("ones_like", |vm, a, kw| {
        like(vm, a, kw, "ones_like", Some(Scalar::Int(1)))
    }),
    ("full_like", |vm, a, kw| like(vm, a, kw, "full_like", None)),
    ("arange", arange),
    ("linspace", linspace),
    ("eye", eye),
    ("identity", identity),
    ("meshgrid", meshgrid),
];
