//! `np.histogram(a, bins=10, range=None, density=None)`: argument handling, NumPy's choice of
//! the edges' dtype (float32 data keeps float32 edges; ints become float64) and the float type
//! each step computes in, over the algorithms of `ndarray::histogram`.

use super::args::{opt, req};
use super::{arr, wrap_array};
use crate::builtins::args::Kw;
use crate::ndarray::array::NdArray;
use crate::ndarray::dtype::DType;
use crate::ndarray::histogram::{edge_counts, linspace_edges, uniform_counts};
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The outer edges: `range=` (checked), else the data's min and max (0 and 1 when empty),
/// widened by 0.5 each side when equal. `weak` is true when they are Python numbers (range or
/// the empty default), which NumPy's promotion treats differently from numpy scalars.
fn outer_edges(vm: &mut Vm, data: &[f64], range: Option<&Value>) -> PyResult<(f64, f64, bool)> {
    let (mut lo, mut hi, weak) = match range {
        Some(r) => {
            let items = vm.collect(r)?;
            if items.len() != 2 {
                return Err(PyErr::value_error(format!(
                    "too many values to unpack (expected 2, got {})",
                    items.len()
                )));
            }
            let lo = super::args::float(vm, &items[0])?;
            let hi = super::args::float(vm, &items[1])?;
            if lo > hi {
                return Err(PyErr::value_error(
                    "max must be larger than min in range parameter.",
                ));
            }
            if !(lo.is_finite() && hi.is_finite()) {
                let (a, b) = (vm.str(&items[0])?, vm.str(&items[1])?);
                return Err(PyErr::value_error(format!(
                    "supplied range of [{a}, {b}] is not finite"
                )));
            }
            (lo, hi, true)
        }
        None if data.is_empty() => (0.0, 1.0, true),
        None => {
            let mut lo = data[0];
            let mut hi = data[0];
            for &x in data {
                // NumPy's min/max propagate NaN.
                if x.is_nan() || lo.is_nan() {
                    lo = f64::NAN;
                    hi = f64::NAN;
                    break;
                }
                lo = lo.min(x);
                hi = hi.max(x);
            }
            if !(lo.is_finite() && hi.is_finite()) {
                let s = |x: f64| crate::runtime::format::float_repr(x);
                return Err(PyErr::value_error(format!(
                    "autodetected range of [{}, {}] is not finite",
                    s(lo),
                    s(hi)
                )));
            }
            (lo, hi, false)
        }
    };
    if lo == hi {
        lo -= 0.5;
        hi += 0.5;
    }
    Ok((lo, hi, weak))
}

/// Equal bins: (counts, edges).
fn uniform(
    vm: &mut Vm,
    a: &NdArray,
    n: usize,
    range: Option<&Value>,
) -> PyResult<(Vec<i64>, NdArray)> {
    let data = a.to_vec::<f64>();
    let (lo, hi, weak) = outer_edges(vm, &data, range)?;
    let too_many = |e: &[f64]| e.windows(2).any(|w| w[0] >= w[1]);
    let too_many_err = || {
        PyErr::value_error(format!(
            "Too many bins for data range. Cannot create {n} finite-sized bins."
        ))
    };
    if a.dtype == DType::Float32 {
        // float32 data keeps float32 edges. Python-number edges make linspace and the index
        // division run in float64 (NEP 50); numpy float32 min/max keep both in float32.
        let data: Vec<f32> = a.to_vec::<f32>();
        let (first, last) = (lo as f32, hi as f32);
        let edges: Vec<f32> = if weak {
            linspace_edges(lo, hi, n)
                .iter()
                .map(|&x| x as f32)
                .collect()
        } else {
            linspace_edges(first, last, n)
        };
        if edges.windows(2).any(|w| w[0] >= w[1]) {
            return Err(too_many_err());
        }
        let counts = if weak {
            let denom = hi - lo;
            uniform_counts(&data, first, last, &edges, |d| {
                (d as f64 / denom) * n as f64
            })
        } else {
            let denom = last - first;
            uniform_counts(&data, first, last, &edges, |d| {
                ((d / denom) * n as f32) as f64
            })
        };
        return Ok((counts, NdArray::from_vec(edges, vec![n + 1])));
    }
    let edges = linspace_edges(lo, hi, n);
    if too_many(&edges) {
        return Err(too_many_err());
    }
    let denom = hi - lo;
    let counts = uniform_counts(&data, lo, hi, &edges, |d| (d / denom) * n as f64);
    Ok((counts, NdArray::from_vec(edges, vec![n + 1])))
}

pub fn histogram(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = arr(vm, req(args, 0, kw, "a", "histogram")?)?;
    if opt(args, 4, kw, "weights").is_some() {
        return Err(PyErr::not_implemented(
            "np.histogram(weights=...) is not supported yet",
        ));
    }
    let range = opt(args, 2, kw, "range");
    let density = match opt(args, 3, kw, "density") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let bins = opt(args, 1, kw, "bins").cloned().unwrap_or(Value::Int(10));
    if let Value::Str(_) = bins {
        return Err(PyErr::not_implemented(
            "np.histogram(bins=<str>) estimators are not supported yet",
        ));
    }
    let bins_arr = match &bins {
        Value::List(_) | Value::Tuple(_) => Some(arr(vm, &bins)?),
        _ => match bins.downcast::<super::PyArray>() {
            Some(p) if p.arr().ndim() > 0 => Some(p.arr()),
            _ => None,
        },
    };
    let (counts, edges) = match bins_arr {
        None => {
            let n = vm.index_value(&bins).map_err(|_| {
                PyErr::type_error("`bins` must be an integer, a string, or an array")
            })?;
            if n < 1 {
                return Err(PyErr::value_error(
                    "`bins` must be positive, when an integer",
                ));
            }
            uniform(vm, &a, n as usize, range)?
        }
        Some(e) if e.ndim() != 1 => {
            return Err(PyErr::value_error("`bins` must be 1d, when an array"))
        }
        Some(e) => {
            let ev = e.to_vec::<f64>();
            if ev.windows(2).any(|w| w[0] > w[1]) {
                return Err(PyErr::value_error(
                    "`bins` must increase monotonically, when an array",
                ));
            }
            (edge_counts(&a.to_vec::<f64>(), &ev), e)
        }
    };
    let n = counts.len();
    let hist = if density {
        // n / db / n.sum(), with db = diff(edges) in the edges' dtype, then as float64.
        let db: Vec<f64> = match edges.dtype {
            DType::Float32 => {
                let e = edges.to_vec::<f32>();
                e.windows(2).map(|w| (w[1] - w[0]) as f64).collect()
            }
            DType::Float64 => {
                let e = edges.to_vec::<f64>();
                e.windows(2).map(|w| w[1] - w[0]).collect()
            }
            _ => {
                let e = edges.to_vec::<i64>();
                e.windows(2)
                    .map(|w| w[1].wrapping_sub(w[0]) as f64)
                    .collect()
            }
        };
        let total: i64 = counts.iter().sum();
        let v: Vec<f64> = counts
            .iter()
            .zip(&db)
            .map(|(&c, &d)| c as f64 / d / total as f64)
            .collect();
        NdArray::from_vec(v, vec![n])
    } else {
        NdArray::from_vec(counts, vec![n])
    };
    Ok(Value::tuple(vec![wrap_array(hist), wrap_array(edges)]))
}
