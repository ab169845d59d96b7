//! Module-level ufuncs, reductions, sorting, comparisons (`allclose`...), printing options, and
//! the matching `ndarray` methods (`a.sum(axis=0)` is `np.sum(a, axis=0)`).

use super::args::{axes, axis, float, int, opt, req, truthy};
use super::methods::binop;
use super::{arr, dtype_arg, op_err, operand, wrap, wrap_array};
use crate::builtins::args::{kwarg, Kw};
use crate::ndarray::array::{Data, NdArray};
use crate::ndarray::dtype::DType;
use crate::ndarray::elementwise::{binary, round, unary, Bin, Operand, Un};
use crate::ndarray::reduce::{accumulate, reduce, Red};
use crate::numeric::arrayprint::{FloatMode, Scalar};
use crate::runtime::dict::Dict;
use crate::runtime::func::NativeFn;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

fn un_fn(vm: &mut Vm, a: &[Value], kw: Kw, op: Un, name: &str) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "x", name)?)?;
    unary(op, &x).map(wrap).map_err(op_err)
}

fn bin_fn(vm: &mut Vm, a: &[Value], kw: Kw, op: Bin, name: &str) -> PyResult<Value> {
    let x = req(a, 0, kw, "x1", name)?.clone();
    let y = req(a, 1, kw, "x2", name)?.clone();
    let (Some(p), Some(q)) = (operand(vm, &x)?, operand(vm, &y)?) else {
        return Err(PyErr::type_error(format!(
            "ufunc '{name}' not supported for the input types"
        )));
    };
    binary(op, &p, &q).map(wrap).map_err(op_err)
}

macro_rules! ufuncs1 {
    ($($name:literal => $op:expr),* $(,)?) => {
        &[$(($name, |vm, a, kw| un_fn(vm, a, kw, $op, $name)),)*]
    };
}
macro_rules! ufuncs2 {
    ($($name:literal => $op:expr),* $(,)?) => {
        &[$(($name, |vm, a, kw| bin_fn(vm, a, kw, $op, $name)),)*]
    };
}

const UNARY: &[(&str, NativeFn)] = ufuncs1! {
    "sqrt" => Un::Sqrt, "exp" => Un::Exp, "log" => Un::Log, "log10" => Un::Log10,
    "log2" => Un::Log2, "sin" => Un::Sin, "cos" => Un::Cos, "tan" => Un::Tan,
    "arcsin" => Un::Arcsin, "arccos" => Un::Arccos, "arctan" => Un::Arctan,
    "sinh" => Un::Sinh, "cosh" => Un::Cosh, "tanh" => Un::Tanh,
    "abs" => Un::Abs, "absolute" => Un::Abs, "fabs" => Un::Abs, "sign" => Un::Sign,
    "floor" => Un::Floor, "ceil" => Un::Ceil, "trunc" => Un::Trunc, "rint" => Un::Rint,
    "isnan" => Un::IsNan, "isinf" => Un::IsInf, "isfinite" => Un::IsFinite,
    "square" => Un::Square, "negative" => Un::Neg, "positive" => Un::Pos,
    "logical_not" => Un::Not, "invert" => Un::Invert, "bitwise_not" => Un::Invert,
    "expm1" => Un::Expm1, "log1p" => Un::Log1p, "reciprocal" => Un::Reciprocal,
    "cbrt" => Un::Cbrt, "exp2" => Un::Exp2, "arcsinh" => Un::Arcsinh,
    "arccosh" => Un::Arccosh, "arctanh" => Un::Arctanh, "fix" => Un::Trunc,
};

const BINARY: &[(&str, NativeFn)] = ufuncs2! {
    "add" => Bin::Add, "subtract" => Bin::Sub, "multiply" => Bin::Mul,
    "divide" => Bin::TrueDiv, "true_divide" => Bin::TrueDiv, "floor_divide" => Bin::FloorDiv,
    "mod" => Bin::Mod, "remainder" => Bin::Mod, "power" => Bin::Pow,
    "maximum" => Bin::Max, "minimum" => Bin::Min, "arctan2" => Bin::Arctan2,
    "hypot" => Bin::Hypot, "bitwise_and" => Bin::BitAnd, "bitwise_or" => Bin::BitOr,
    "bitwise_xor" => Bin::BitXor, "equal" => Bin::Eq, "not_equal" => Bin::Ne,
    "less" => Bin::Lt, "less_equal" => Bin::Le, "greater" => Bin::Gt,
    "greater_equal" => Bin::Ge, "logical_and" => Bin::LogicalAnd, "logical_or" => Bin::LogicalOr,
    "fmax" => Bin::Fmax, "fmin" => Bin::Fmin, "copysign" => Bin::Copysign,
    "logical_xor" => Bin::LogicalXor, "fmod" => Bin::Fmod,
};

/// A reduction called as `np.f(a, axis=.., keepdims=..)` or `a.f(axis=.., keepdims=..)`.
fn red(vm: &mut Vm, a: &[Value], kw: Kw, op: Red, name: &str) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", name)?)?;
    let ax = axes(vm, opt(a, 1, kw, "axis"), x.ndim())?;
    let keep = truthy(vm, kwarg(kw, "keepdims"))?;
    let ddof = match kwarg(kw, "ddof") {
        Some(v) => float(vm, v)?,
        None => 0.0,
    };
    let op = match op {
        Red::Var(_) => Red::Var(ddof),
        Red::Std(_) => Red::Std(ddof),
        o => o,
    };
    let x = match dtype_arg(vm, kwarg(kw, "dtype"))? {
        Some(d) => x.astype(d),
        None => x,
    };
    if matches!(op, Red::ArgMin | Red::ArgMax) && ax.as_ref().is_some_and(|v| v.len() > 1) {
        return Err(PyErr::type_error(
            "'tuple' object cannot be interpreted as an integer",
        ));
    }
    // argmin/argmax over all axes look at the flattened array.
    let (x, ax) = if matches!(op, Red::ArgMin | Red::ArgMax) && ax.is_none() {
        let c = x.contiguous();
        let n = c.size();
        (c.view(vec![n], vec![1], c.offset), None)
    } else {
        (x, ax)
    };
    let r = reduce(op, &x, ax.as_deref(), keep).map_err(PyErr::value_error)?;
    Ok(wrap(r))
}

fn percentile(vm: &mut Vm, a: &[Value], kw: Kw, scale: f64, name: &str) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", name)?)?;
    let qv = req(a, 1, kw, "q", name)?.clone();
    let ax = axes(vm, opt(a, 2, kw, "axis"), x.ndim())?;
    let keep = truthy(vm, kwarg(kw, "keepdims"))?;
    let qs = arr(vm, &qv)?;
    let qlist = qs.to_vec::<f64>();
    let mut outs = Vec::new();
    for q in &qlist {
        let q = q * scale;
        if !(0.0..=100.0).contains(&q) {
            return Err(PyErr::value_error(if scale == 1.0 {
                "Percentiles must be in the range [0, 100]"
            } else {
                "Quantiles must be in the range [0, 1]"
            }));
        }
        outs.push(reduce(Red::Percentile(q), &x, ax.as_deref(), keep).map_err(PyErr::value_error)?);
    }
    if qs.ndim() == 0 {
        return Ok(wrap(outs.remove(0)));
    }
    let views: Vec<NdArray> = outs;
    Ok(wrap_array(super::shapes::stack_arrays(&views, 0)?))
}

fn cum(vm: &mut Vm, a: &[Value], kw: Kw, prod: bool, name: &str) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", name)?)?;
    let ax = match opt(a, 1, kw, "axis") {
        Some(v) => Some(axis(vm, v, x.ndim())?),
        None => None,
    };
    Ok(wrap_array(accumulate(&x, ax, prod)))
}

fn where_(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let cond = arr(vm, req(a, 0, kw, "condition", "where")?)?;
    if a.len() == 1 {
        return nonzero_of(&cond);
    }
    if a.len() != 3 {
        return Err(PyErr::value_error(
            "either both or neither of x and y should be given",
        ));
    }
    let (Some(x), Some(y)) = (operand(vm, &a[1])?, operand(vm, &a[2])?) else {
        return Err(PyErr::type_error("where() arguments must be array-like"));
    };
    let c = Operand::Array(cond.astype(DType::Bool));
    let dt = crate::ndarray::elementwise::common_dtype(&x, &y);
    let shape = crate::ndarray::array::broadcast_shapes(c.shape(), x.shape())
        .and_then(|s| crate::ndarray::array::broadcast_shapes(&s, y.shape()))
        .ok_or_else(|| {
            PyErr::value_error(format!(
                "operands could not be broadcast together with shapes {} {} {} ",
                crate::ndarray::array::shape_str(c.shape()),
                crate::ndarray::array::shape_str(x.shape()),
                crate::ndarray::array::shape_str(y.shape())
            ))
        })?;
    let full = |o: &Operand| -> NdArray {
        match o {
            Operand::Array(v) => v.broadcast_view(&shape),
            Operand::Weak(s, _) => NdArray::scalar(*s, dt).broadcast_view(&shape),
        }
    };
    let (cv, xv, yv) = (full(&c), full(&x), full(&y));
    let cb = cv.to_vec::<bool>();
    let out = crate::dispatch!(dt, X => {
        let xs = xv.to_vec::<X>();
        let ys = yv.to_vec::<X>();
        let v: Vec<X> = cb.iter().zip(xs.iter().zip(ys.iter())).map(|(&c, (&p, &q))| if c { p } else { q }).collect();
        NdArray::from_vec(v, shape.clone())
    });
    Ok(wrap(out))
}

pub fn nonzero_of(x: &NdArray) -> PyResult<Value> {
    let mask = x.astype(DType::Bool);
    let mask = if mask.ndim() == 0 {
        mask.view(vec![1], vec![0], mask.offset)
    } else {
        mask
    };
    let idx = super::index::mask_to_indices(&mask);
    Ok(Value::tuple(idx.into_iter().map(wrap_array).collect()))
}

fn clip(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = req(a, 0, kw, "a", "clip")?.clone();
    let lo = opt(a, 1, kw, "a_min").or_else(|| kwarg(kw, "min")).cloned();
    let hi = opt(a, 2, kw, "a_max").or_else(|| kwarg(kw, "max")).cloned();
    let mut r = x;
    if let Some(lo) = lo {
        r = binop(vm, Bin::Max, &r, &lo, false)?;
    }
    if let Some(hi) = hi {
        r = binop(vm, Bin::Min, &r, &hi, false)?;
    }
    Ok(r)
}

fn round_fn(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "round")?)?;
    let d = match opt(a, 1, kw, "decimals") {
        Some(v) => int(vm, v)?,
        None => 0,
    };
    Ok(wrap(round(&x, d)))
}

/// `isclose` elementwise: |a - b| <= atol + rtol * |b|, NaNs equal only with equal_nan.
fn isclose_arr(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<NdArray> {
    let x = arr(vm, req(a, 0, kw, "a", name)?)?;
    let y = arr(vm, req(a, 1, kw, "b", name)?)?;
    let rtol = match opt(a, 2, kw, "rtol") {
        Some(v) => float(vm, v)?,
        None => 1e-5,
    };
    let atol = match opt(a, 3, kw, "atol") {
        Some(v) => float(vm, v)?,
        None => 1e-8,
    };
    let eqnan = truthy(vm, opt(a, 4, kw, "equal_nan"))?;
    let shape = crate::ndarray::array::broadcast_shapes(&x.shape, &y.shape).ok_or_else(|| {
        PyErr::value_error(format!(
            "operands could not be broadcast together with shapes {} {} ",
            crate::ndarray::array::shape_str(&x.shape),
            crate::ndarray::array::shape_str(&y.shape)
        ))
    })?;
    let xs = x.broadcast_view(&shape).to_vec::<f64>();
    let ys = y.broadcast_view(&shape).to_vec::<f64>();
    let v: Vec<bool> = xs
        .iter()
        .zip(ys.iter())
        .map(|(&p, &q)| {
            if p.is_nan() || q.is_nan() {
                return eqnan && p.is_nan() && q.is_nan();
            }
            if p.is_infinite() || q.is_infinite() {
                return p == q;
            }
            (p - q).abs() <= atol + rtol * q.abs()
        })
        .collect();
    Ok(NdArray::from_vec(v, shape))
}

fn array_equal(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a1", "array_equal")?)?;
    let y = arr(vm, req(a, 1, kw, "a2", "array_equal")?)?;
    if x.shape != y.shape {
        return Ok(Value::Bool(false));
    }
    let eqnan = truthy(vm, opt(a, 2, kw, "equal_nan"))?;
    if eqnan {
        let (p, q) = (x.to_vec::<f64>(), y.to_vec::<f64>());
        let same = p
            .iter()
            .zip(&q)
            .all(|(u, v)| u == v || (u.is_nan() && v.is_nan()));
        return Ok(Value::Bool(same));
    }
    let r = binary(Bin::Eq, &Operand::Array(x), &Operand::Array(y)).map_err(op_err)?;
    Ok(Value::Bool(r.to_vec::<bool>().iter().all(|&b| b)))
}

/// Sorting a lane: NaNs last, as NumPy. Unstable, as NumPy's default quicksort, so it sorts
/// in place with no scratch buffer (equal keys are indistinguishable but for the sign of zero).
fn sort_f64(v: &mut [f64]) {
    v.sort_unstable_by(|a, b| {
        a.partial_cmp(b)
            .unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()))
    });
}

/// `np.sort(a, axis=-1)` as a new array.
pub fn sorted(x: &NdArray, ax: Option<usize>) -> NdArray {
    let (src, ax) = match ax {
        Some(ax) => (x.clone(), ax),
        None => {
            let c = x.contiguous();
            let n = c.size();
            (c.view(vec![n], vec![1], c.offset), 0)
        }
    };
    lane_map(
        &src,
        ax,
        |lane: &mut [f64]| sort_f64(lane),
        |lane: &mut [i64]| lane.sort_unstable(),
    )
}

/// Applies a lane transform along `ax` (float lanes or integer lanes), keeping the dtype.
fn lane_map(x: &NdArray, ax: usize, ff: impl Fn(&mut [f64]), fi: impl Fn(&mut [i64])) -> NdArray {
    let moved = super::shapes::moveaxis_last(x, ax);
    let n = x.shape.get(ax).copied().unwrap_or(1).max(1);
    let mut out = if x.dtype.is_float() {
        map_lanes(&moved, n, ff)
    } else {
        map_lanes(&moved, n, fi)
    };
    if out.dtype != x.dtype {
        out = out.astype(x.dtype);
    }
    if ax + 1 == x.ndim().max(1) {
        // Lanes already run along the last axis: `out` is the C-ordered result.
        return out;
    }
    super::shapes::moveaxis_from_last(&out, ax).copy()
}

/// `f` applied to each length-`n` lane of a view whose lanes run along its last axis, with
/// the elements as `T`.
fn map_lanes<T: crate::ndarray::array::Typed>(
    moved: &NdArray,
    n: usize,
    f: impl Fn(&mut [T]),
) -> NdArray {
    let mut v = moved.to_vec::<T>();
    for lane in v.chunks_mut(n) {
        f(lane);
    }
    NdArray::from_vec(v, moved.shape.clone())
}

fn argsorted(x: &NdArray, ax: Option<usize>) -> NdArray {
    let (src, ax) = match ax {
        Some(ax) => (x.clone(), ax),
        None => {
            let c = x.contiguous();
            let n = c.size();
            (c.view(vec![n], vec![1], c.offset), 0)
        }
    };
    let moved = super::shapes::moveaxis_last(&src, ax);
    let n = src.shape.get(ax).copied().unwrap_or(1).max(1);
    let v = moved.to_vec::<f64>();
    let mut out: Vec<i64> = Vec::with_capacity(v.len());
    for lane in v.chunks(n) {
        let mut idx: Vec<usize> = (0..lane.len()).collect();
        // A stable sort, so ties keep their order (NumPy's default quicksort is not stable,
        // but agrees on distinct keys).
        idx.sort_by(|&i, &j| {
            lane[i]
                .partial_cmp(&lane[j])
                .unwrap_or_else(|| lane[i].is_nan().cmp(&lane[j].is_nan()))
        });
        out.extend(idx.into_iter().map(|i| i as i64));
    }
    let r = NdArray::from_vec(out, moved.shape.clone());
    super::shapes::moveaxis_from_last(&r, ax).copy()
}

fn sort_axis(vm: &mut Vm, a: &[Value], kw: Kw, x: &NdArray) -> PyResult<Option<usize>> {
    match a.get(1).or_else(|| kwarg(kw, "axis")) {
        Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(axis(vm, v, x.ndim())?)),
        None if x.ndim() == 0 => Ok(None),
        None => Ok(Some(x.ndim() - 1)),
    }
}

fn sort_fn(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "sort")?)?;
    let ax = sort_axis(vm, a, kw, &x)?;
    Ok(wrap_array(sorted(&x, ax)))
}

fn argsort_fn(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "argsort")?)?;
    let ax = sort_axis(vm, a, kw, &x)?;
    Ok(wrap_array(argsorted(&x, ax)))
}

fn unique(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "ar", "unique")?)?;
    let counts = truthy(vm, kwarg(kw, "return_counts"))?;
    let want_index = truthy(vm, kwarg(kw, "return_index"))?;
    let want_inverse = truthy(vm, kwarg(kw, "return_inverse"))?;
    let order = argsorted(&x, None).to_vec::<i64>();
    let s = sorted(&x, None);
    let v = s.to_vec::<f64>();
    let mut keep = Vec::new();
    let mut cnt: Vec<i64> = Vec::new();
    for (i, &val) in v.iter().enumerate() {
        let same = i > 0 && (v[i - 1] == val || (v[i - 1].is_nan() && val.is_nan()));
        if same {
            if let Some(c) = cnt.last_mut() {
                *c += 1;
            }
        } else {
            keep.push(i);
            cnt.push(1);
        }
    }
    let d = s.read();
    let data = crate::with_data!(&*d, vv => Data::from_vec(keep.iter().map(|&i| vv[i]).collect::<Vec<_>>()));
    drop(d);
    let n = keep.len();
    let u = wrap_array(NdArray::from_data(data, vec![n]));
    if !(counts || want_index || want_inverse) {
        return Ok(u);
    }
    let mut out = vec![u];
    if want_index {
        let first: Vec<i64> = keep.iter().map(|&i| order[i]).collect();
        out.push(wrap_array(NdArray::from_vec(first, vec![n])));
    }
    if want_inverse {
        let mut inv = vec![0i64; v.len()];
        let mut group = 0i64;
        for i in 0..v.len() {
            if i > 0 && keep.get(group as usize + 1) == Some(&i) {
                group += 1;
            }
            inv[order[i] as usize] = group;
        }
        let shape = if x.ndim() <= 1 {
            vec![v.len()]
        } else {
            x.shape.clone()
        };
        out.push(wrap_array(NdArray::from_vec(inv, shape)));
    }
    if counts {
        out.push(wrap_array(NdArray::from_vec(cnt, vec![n])));
    }
    Ok(Value::tuple(out))
}

fn bincount(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "x", "bincount")?)?;
    if !matches!(x.dtype, DType::Int32 | DType::Int64 | DType::Bool) && x.size() > 0 {
        return Err(PyErr::type_error(
            "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        ));
    }
    let v = x.to_vec::<i64>();
    if v.iter().any(|&i| i < 0) {
        return Err(PyErr::value_error(
            "'list' argument must have no negative elements",
        ));
    }
    let minlength = match kwarg(kw, "minlength") {
        Some(m) => int(vm, m)?.max(0) as usize,
        None => 0,
    };
    let n = (v.iter().copied().max().map_or(0, |m| m as usize + 1)).max(minlength);
    match opt(a, 1, kw, "weights") {
        Some(w) => {
            let w = arr(vm, w)?.to_vec::<f64>();
            let mut out = vec![0.0f64; n];
            for (i, &k) in v.iter().enumerate() {
                out[k as usize] += w.get(i).copied().unwrap_or(0.0);
            }
            Ok(wrap_array(NdArray::from_vec(out, vec![n])))
        }
        None => {
            let mut out = vec![0i64; n];
            for &k in &v {
                out[k as usize] += 1;
            }
            Ok(wrap_array(NdArray::from_vec(out, vec![n])))
        }
    }
}

fn count_nonzero(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "count_nonzero")?)?;
    match opt(a, 1, kw, "axis") {
        None => Ok(Value::Int(
            x.to_vec::<bool>().iter().filter(|&&b| b).count() as i64,
        )),
        Some(ax) => {
            let ax = axes(vm, Some(ax), x.ndim())?;
            let r = reduce(Red::Sum, &x.astype(DType::Bool), ax.as_deref(), false)
                .map_err(PyErr::value_error)?;
            Ok(wrap(r))
        }
    }
}

fn diff(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "diff")?)?;
    if x.ndim() != 1 {
        return Err(PyErr::value_error("diff: only 1-D arrays are supported"));
    }
    let n = x.size();
    if n == 0 {
        return Ok(wrap_array(x));
    }
    let hi = x.view(
        vec![n - 1],
        x.strides.clone(),
        (x.offset as isize + x.strides[0]) as usize,
    );
    let lo = x.view(vec![n - 1], x.strides.clone(), x.offset);
    binary(Bin::Sub, &Operand::Array(hi), &Operand::Array(lo))
        .map(wrap_array)
        .map_err(op_err)
}

fn set_printoptions(vm: &mut Vm, _a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut o = super::print_options().read().clone();
    for (k, v) in kw {
        if matches!(v, Value::None) {
            continue;
        }
        match k.as_ref() {
            "precision" => o.precision = int(vm, v)?.max(0) as usize,
            "threshold" => o.threshold = int(vm, v)?.max(0) as usize,
            "edgeitems" => o.edgeitems = int(vm, v)?.max(0) as usize,
            "linewidth" => o.linewidth = int(vm, v)?.max(1) as usize,
            "suppress" => o.suppress = vm.truthy(v)?,
            "nanstr" => o.nanstr = vm.str(v)?,
            "infstr" => o.infstr = vm.str(v)?,
            "sign" => o.sign = vm.str(v)?.chars().next().unwrap_or('-'),
            "floatmode" => {
                o.floatmode = match vm.str(v)?.as_str() {
                    "fixed" => FloatMode::Fixed,
                    "unique" => FloatMode::Unique,
                    "maxprec_equal" => FloatMode::MaxPrecisionEqual,
                    _ => FloatMode::MaxPrecision,
                }
            }
            _ => {}
        }
    }
    *super::print_options().write() = o;
    Ok(Value::None)
}

fn get_printoptions(_vm: &mut Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = super::print_options().read().clone();
    let d = Dict::new();
    d.set_str("edgeitems", Value::Int(o.edgeitems as i64));
    d.set_str("threshold", Value::Int(o.threshold as i64));
    d.set_str("floatmode", Value::str("maxprec"));
    d.set_str("precision", Value::Int(o.precision as i64));
    d.set_str("suppress", Value::Bool(o.suppress));
    d.set_str("linewidth", Value::Int(o.linewidth as i64));
    d.set_str("nanstr", Value::str(&o.nanstr));
    d.set_str("infstr", Value::str(&o.infstr));
    d.set_str("sign", Value::str(&o.sign.to_string()));
    Ok(Value::Dict(Arc::new(d)))
}

pub fn tolist(a: &NdArray) -> Value {
    fn rec(a: &NdArray, d: &Data, idx: &mut Vec<usize>) -> Value {
        if idx.len() == a.ndim() {
            return super::scalar::scalar_to_py(d.get(a.offset_of(idx)));
        }
        let n = a.shape[idx.len()];
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            idx.push(i);
            out.push(rec(a, d, idx));
            idx.pop();
        }
        Value::list(out)
    }
    let d = a.read();
    rec(a, &d, &mut Vec::new())
}

fn me(v: &Value) -> PyResult<NdArray> {
    super::pyarray::me(v).map(|p| p.arr())
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("nansum", |vm, a, kw| red(vm, a, kw, Red::NanSum, "nansum")),
    ("amin", |vm, a, kw| red(vm, a, kw, Red::Min, "amin")),
    ("amax", |vm, a, kw| red(vm, a, kw, Red::Max, "amax")),
    ("median", |vm, a, kw| red(vm, a, kw, Red::Median, "median")),
    ("percentile", |vm, a, kw| {
        percentile(vm, a, kw, 1.0, "percentile")
    }),
    ("quantile", |vm, a, kw| {
        percentile(vm, a, kw, 100.0, "quantile")
    }),
    ("where", where_),
    ("nonzero", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "nonzero")?)?;
        nonzero_of(&x)
    }),
    ("around", round_fn),
    ("isclose", |vm, a, kw| {
        Ok(wrap(isclose_arr(vm, a, kw, "isclose")?))
    }),
    ("allclose", |vm, a, kw| {
        let r = isclose_arr(vm, a, kw, "allclose")?;
        Ok(Value::Bool(r.to_vec::<bool>().iter().all(|&b| b)))
    }),
    ("array_equal", array_equal),
    ("sort", sort_fn),
    ("unique", unique),
    ("bincount", bincount),
    ("count_nonzero", count_nonzero),
    ("diff", diff),
    ("set_printoptions", set_printoptions),
    ("get_printoptions", get_printoptions),
    ("shape", |vm, a, _| {
        let x = arr(vm, &a[0])?;
        Ok(Value::tuple(
            x.shape.iter().map(|&d| Value::Int(d as i64)).collect(),
        ))
    }),
    ("ndim", |vm, a, _| {
        Ok(Value::Int(arr(vm, &a[0])?.ndim() as i64))
    }),
    ("size", |vm, a, _| {
        Ok(Value::Int(arr(vm, &a[0])?.size() as i64))
    }),
    ("isscalar", |_vm, a, _| {
        Ok(Value::Bool(
            matches!(
                a.first(),
                Some(Value::Int(_) | Value::Float(_) | Value::Bool(_))
            ) || a
                .first()
                .is_some_and(|v| v.downcast::<super::NpScalar>().is_some()),
        ))
    }),
    ("radians", |vm, a, kw| {
        scaled(vm, a, kw, "radians", RAD_PER_DEG)
    }),
    ("deg2rad", |vm, a, kw| {
        scaled(vm, a, kw, "deg2rad", RAD_PER_DEG)
    }),
    ("degrees", |vm, a, kw| {
        scaled(vm, a, kw, "degrees", DEG_PER_RAD)
    }),
];

const RAD_PER_DEG: f64 = std::f64::consts::PI / 180.0;
const DEG_PER_RAD: f64 = 180.0 / std::f64::consts::PI;

/// radians/deg2rad/degrees: `x * factor` as the multiply ufunc.
fn scaled(vm: &mut Vm, a: &[Value], kw: Kw, name: &str, factor: f64) -> PyResult<Value> {
    let x = req(a, 0, kw, "x", name)?.clone();
    binop(vm, Bin::Mul, &x, &Value::Float(factor), false)
}

/// Every function table this module contributes (ufuncs are generated).
pub fn all_functions() -> Vec<&'static [(&'static str, NativeFn)]> {
    vec![FUNCTIONS, SHARED, UNARY, BINARY]
}

/// Reductions and friends that are both `np.f(a, ...)` and `a.f(...)`.
pub const SHARED: &[(&str, NativeFn)] = &[
    ("sum", |vm, a, kw| red(vm, a, kw, Red::Sum, "sum")),
    ("prod", |vm, a, kw| red(vm, a, kw, Red::Prod, "prod")),
    ("mean", |vm, a, kw| red(vm, a, kw, Red::Mean, "mean")),
    ("std", |vm, a, kw| red(vm, a, kw, Red::Std(0.0), "std")),
    ("var", |vm, a, kw| red(vm, a, kw, Red::Var(0.0), "var")),
    ("min", |vm, a, kw| red(vm, a, kw, Red::Min, "min")),
    ("max", |vm, a, kw| red(vm, a, kw, Red::Max, "max")),
    ("argmin", |vm, a, kw| red(vm, a, kw, Red::ArgMin, "argmin")),
    ("argmax", |vm, a, kw| red(vm, a, kw, Red::ArgMax, "argmax")),
    ("any", |vm, a, kw| red(vm, a, kw, Red::Any, "any")),
    ("all", |vm, a, kw| red(vm, a, kw, Red::All, "all")),
    ("cumsum", |vm, a, kw| cum(vm, a, kw, false, "cumsum")),
    ("cumprod", |vm, a, kw| cum(vm, a, kw, true, "cumprod")),
    ("clip", clip),
    ("round", round_fn),
    ("argsort", argsort_fn),
];

pub const METHODS: &[(&str, NativeFn)] = &[
    ("nonzero", |_vm, a, _| nonzero_of(&me(&a[0])?)),
    ("sort", |vm, a, kw| {
        let x = me(&a[0])?;
        let ax = sort_axis(vm, a, kw, &x)?;
        let s = sorted(
            &x,
            ax.or(Some(x.ndim().saturating_sub(1)))
                .filter(|_| x.ndim() > 0),
        );
        crate::ndarray::elementwise::assign(&x, &Operand::Array(s)).map_err(op_err)?;
        Ok(Value::None)
    }),
    ("copy", |_vm, a, _| Ok(wrap_array(me(&a[0])?.copy()))),
    ("astype", |vm, a, kw| {
        let x = me(&a[0])?;
        let dt = dtype_arg(vm, opt(a, 1, kw, "dtype"))?.unwrap_or(DType::Float64);
        if dt == x.dtype && kwarg(kw, "copy").is_some_and(|c| matches!(c, Value::Bool(false))) {
            return Ok(a[0].clone());
        }
        Ok(wrap_array(x.astype(dt)))
    }),
    ("tolist", |_vm, a, _| Ok(tolist(&me(&a[0])?))),
    ("item", |vm, a, _| {
        let x = me(&a[0])?;
        let flat = x.contiguous();
        let n = flat.size();
        let i = match a.get(1) {
            Some(v) => int(vm, v)?,
            None if n == 1 => 0,
            None => {
                return Err(PyErr::value_error(
                    "can only convert an array of size 1 to a Python scalar",
                ))
            }
        };
        let k = if i < 0 { i + n as i64 } else { i };
        if k < 0 || k >= n as i64 {
            return Err(PyErr::index_error(format!(
                "index {i} is out of bounds for size {n}"
            )));
        }
        let v = flat.read().get(flat.offset + k as usize);
        Ok(super::scalar::scalar_to_py(v))
    }),
    ("fill", |vm, a, _| {
        let x = me(&a[0])?;
        let v = operand(vm, a.get(1).unwrap_or(&Value::None))?.unwrap_or(Operand::Weak(
            Scalar::Float(f64::NAN),
            crate::ndarray::dtype::Weak::Float,
        ));
        crate::ndarray::elementwise::assign(&x, &v).map_err(op_err)?;
        Ok(Value::None)
    }),
    ("__array_is_ndarray__", |_vm, _a, _| Ok(Value::Bool(true))),
];
