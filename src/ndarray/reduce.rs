//! Reductions over axes (sum, prod, min/max, any/all, argmin/argmax, mean/var/std, median,
//! percentile, nansum) and accumulations (cumsum/cumprod), summing in NumPy's order: pairwise
//! (blocks of 8 accumulators, 128-element leaves) along a contiguous innermost axis, in 8192-
//! element buffers when the elements are cast first, sequentially across outer axes — so float
//! results match NumPy's to the last bit.

use super::array::{c_strides, size_of, Data, NdArray, Typed};
use super::dtype::{DType, Elem};
use crate::dispatch;
use crate::lock::RwLockReadGuard;

/// NumPy's ufunc buffer size: cast inputs are reduced one buffer at a time.
const BUFSIZE: usize = 8192;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Red {
    Sum,
    Prod,
    Min,
    Max,
    Any,
    All,
    ArgMin,
    ArgMax,
    Mean,
    Var(f64),
    Std(f64),
    Median,
    Percentile(f64),
    NanSum,
}

impl Red {
    pub fn name(self) -> &'static str {
        match self {
            Red::Sum | Red::NanSum => "sum",
            Red::Prod => "prod",
            Red::Min => "minimum",
            Red::Max => "maximum",
            Red::Any => "any",
            Red::All => "all",
            Red::ArgMin => "argmin",
            Red::ArgMax => "argmax",
            Red::Mean => "mean",
            Red::Var(_) => "var",
            Red::Std(_) => "std",
            Red::Median => "median",
            Red::Percentile(_) => "percentile",
        }
    }
}

/// A float type for pairwise summation.
pub trait Flt:
    Elem
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
{
    fn zero() -> Self;
    fn sqrt(self) -> Self;
}
impl Flt for f64 {
    fn zero() -> Self {
        0.0
    }
    fn sqrt(self) -> Self {
        f64::sqrt(self)
    }
}
impl Flt for f32 {
    fn zero() -> Self {
        0.0
    }
    fn sqrt(self) -> Self {
        f32::sqrt(self)
    }
}

/// NumPy's `pairwise_sum` over `get(0..n)`.
pub fn pairwise<X: Flt>(n: usize, get: &impl Fn(usize) -> X) -> X {
    pairwise_at(0, n, get)
}

fn pairwise_at<X: Flt>(start: usize, n: usize, get: &impl Fn(usize) -> X) -> X {
    if n < 8 {
        let mut res = X::zero();
        for i in 0..n {
            res = res + get(start + i);
        }
        res
    } else if n <= 128 {
        let mut r = [X::zero(); 8];
        for (j, x) in r.iter_mut().enumerate() {
            *x = get(start + j);
        }
        let mut i = 8;
        while i < n - (n % 8) {
            for (j, x) in r.iter_mut().enumerate() {
                *x = *x + get(start + i + j);
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + get(start + i);
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_at(start, n2, get) + pairwise_at(start + n2, n - n2, get)
    }
}

/// `pairwise` over a slice (the same order; written on slices so the 8 accumulators vectorize).
pub fn pairwise_slice<X: Flt>(x: &[X]) -> X {
    let n = x.len();
    if n < 8 {
        let mut res = X::zero();
        for &v in x {
            res = res + v;
        }
        res
    } else if n <= 128 {
        let mut r = [X::zero(); 8];
        r.copy_from_slice(&x[..8]);
        let body = n - (n % 8);
        for c in x[8..body].chunks_exact(8) {
            for j in 0..8 {
                r[j] = r[j] + c[j];
            }
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &v in &x[body..] {
            res = res + v;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        if n >= PAR_SUM {
            // The split points do not depend on the thread count, so the result is identical.
            let (l, r) = rayon::join(|| pairwise_slice(&x[..n2]), || pairwise_slice(&x[n2..]));
            return l + r;
        }
        pairwise_slice(&x[..n2]) + pairwise_slice(&x[n2..])
    }
}

/// Pairwise sums at least this long split their two halves across the rayon pool.
const PAR_SUM: usize = 1 << 19;

/// The sum of a lane in NumPy's order: pairwise when contiguous, sequential when strided;
/// `cast` sums buffer by buffer (the input is converted to `X` first, as NumPy buffers).
fn lane_sum<X: Flt>(lane: &[X], contiguous: bool, cast: bool) -> X {
    if !contiguous {
        let mut s = X::zero();
        for &x in lane {
            s = s + x;
        }
        return s;
    }
    if cast && lane.len() > BUFSIZE {
        let mut s = X::zero();
        for chunk in lane.chunks(BUFSIZE) {
            s = s + pairwise_slice(chunk);
        }
        return s;
    }
    pairwise_slice(lane)
}

/// Normalised reduction axes (sorted, deduplicated), or an AxisError message.
pub fn norm_axes(axes: &[i64], ndim: usize) -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    for &ax in axes {
        let a = if ax < 0 { ax + ndim as i64 } else { ax };
        if a < 0 || a >= ndim as i64 {
            return Err(format!(
                "axis {ax} is out of bounds for array of dimension {ndim}"
            ));
        }
        if out.contains(&(a as usize)) {
            return Err("duplicate value in 'axis'".into());
        }
        out.push(a as usize);
    }
    out.sort_unstable();
    Ok(out)
}

/// A reduction's input: the buffer itself (borrowed under its read lock) when the lanes are
/// already contiguous in C order and of the compute type, else a converted copy.
enum LaneData<'a, X> {
    Borrowed(RwLockReadGuard<'a, Data>, usize, usize),
    Owned(Vec<X>),
}

impl<X: Typed> std::ops::Deref for LaneData<'_, X> {
    type Target = [X];
    fn deref(&self) -> &[X] {
        match self {
            LaneData::Borrowed(g, start, n) => {
                X::slice(g).map_or(&[][..], |s| &s[*start..*start + *n])
            }
            LaneData::Owned(v) => v,
        }
    }
}

/// The elements as lanes: the kept axes outermost, the reduced ones innermost (in C order).
/// Returns (kept shape, lane length, elements, whether each lane is contiguous in memory).
fn lanes<'a, X: Typed>(
    a: &'a NdArray,
    axes: &[usize],
) -> (Vec<usize>, usize, LaneData<'a, X>, bool) {
    let kept: Vec<usize> = (0..a.ndim()).filter(|i| !axes.contains(i)).collect();
    let kshape: Vec<usize> = kept.iter().map(|&i| a.shape[i]).collect();
    let lane: usize = axes.iter().map(|&i| a.shape[i]).product();
    let suffix = axes
        .iter()
        .enumerate()
        .all(|(k, &ax)| ax == a.ndim() - axes.len() + k);
    let contiguous = suffix && a.is_c_contiguous();
    let perm: Vec<usize> = kept.iter().chain(axes.iter()).copied().collect();
    let identity = perm.iter().enumerate().all(|(i, &p)| i == p);
    let v = if identity && a.is_c_contiguous() && a.dtype == X::DT {
        LaneData::Borrowed(a.read(), a.offset, a.size())
    } else if identity {
        LaneData::Owned(a.to_vec::<X>())
    } else {
        let shape: Vec<usize> = perm.iter().map(|&i| a.shape[i]).collect();
        let strides: Vec<isize> = perm.iter().map(|&i| a.strides[i]).collect();
        LaneData::Owned(a.view(shape, strides, a.offset).to_vec::<X>())
    };
    // A reduction over all of a 1-element-lane is trivially "contiguous".
    (kshape, lane, v, contiguous || lane <= 1)
}

fn out_shape(a: &NdArray, axes: &[usize], kshape: Vec<usize>, keepdims: bool) -> Vec<usize> {
    if keepdims {
        (0..a.ndim())
            .map(|i| if axes.contains(&i) { 1 } else { a.shape[i] })
            .collect()
    } else {
        kshape
    }
}

/// The result dtype of a reduction on `dt`.
pub fn result_dtype(op: Red, dt: DType) -> DType {
    match op {
        Red::Sum | Red::Prod | Red::NanSum => match dt {
            DType::Bool | DType::Int32 | DType::Int64 => DType::Int64,
            d => d,
        },
        Red::Min | Red::Max => dt,
        Red::Any | Red::All => DType::Bool,
        Red::ArgMin | Red::ArgMax => DType::Int64,
        _ => dt.float_result(),
    }
}

/// NaN test for any element type (false for integers and bools).
#[inline(always)]
fn is_nan<X: PartialOrd>(x: X) -> bool {
    x.partial_cmp(&x).is_none()
}

/// `op` over `axes` (all axes when `None`).
#[allow(clippy::bool_comparison)]
pub fn reduce(
    op: Red,
    a: &NdArray,
    axes: Option<&[usize]>,
    keepdims: bool,
) -> Result<NdArray, String> {
    let all: Vec<usize> = (0..a.ndim()).collect();
    let axes = axes.unwrap_or(&all);
    let lane_n: usize = axes.iter().map(|&i| a.shape[i]).product();
    if lane_n == 0 {
        match op {
            Red::Min | Red::Max => {
                return Err(format!(
                    "zero-size array to reduction operation {} which has no identity",
                    op.name()
                ))
            }
            Red::ArgMin | Red::ArgMax => {
                return Err(format!("attempt to get {} of an empty sequence", op.name()))
            }
            _ => {}
        }
    }
    let rdt = result_dtype(op, a.dtype);
    let count: usize = (0..a.ndim())
        .filter(|i| !axes.contains(i))
        .map(|i| a.shape[i])
        .product();
    let data: Data;
    let kshape;
    match op {
        Red::Sum | Red::NanSum | Red::Mean | Red::Var(_) | Red::Std(_) if rdt.is_float() => {
            let cast = a.dtype != rdt;
            if rdt == DType::Float32 {
                let (k, n, v, c) = lanes::<f32>(a, axes);
                kshape = k;
                data = Data::from_vec(float_lanes(op, &v, n, count, c, cast));
            } else {
                let (k, n, v, c) = lanes::<f64>(a, axes);
                kshape = k;
                data = Data::from_vec(float_lanes(op, &v, n, count, c, cast));
            }
        }
        Red::Sum | Red::Prod | Red::NanSum => {
            if rdt == DType::Int64 {
                let (k, n, v, _) = lanes::<i64>(a, axes);
                kshape = k;
                data = Data::from_vec(per_lane(&v, n, count, |l| {
                    if op == Red::Prod {
                        l.iter().fold(1i64, |s, &x| s.wrapping_mul(x))
                    } else {
                        l.iter().fold(0i64, |s, &x| s.wrapping_add(x))
                    }
                }));
            } else {
                // Float products multiply sequentially.
                (kshape, data) = dispatch!(rdt, X => {
                    let (k, n, v, _) = lanes::<X>(a, axes);
                    (k, Data::from_vec(per_lane(&v, n, count, |l| {
                        let mut p = X::from_i64(1);
                        for &x in l {
                            p = X::from_f64(p.to_f64() * x.to_f64());
                        }
                        p
                    })))
                });
            }
        }
        Red::Min | Red::Max => {
            (kshape, data) = dispatch!(a.dtype, X => {
                let (k, n, v, _) = lanes::<X>(a, axes);
                (k, Data::from_vec(per_lane(&v, n, count, |l| {
                    let mut m = l[0];
                    for &x in &l[1..] {
                        if is_nan(x) { return x; }
                        if (op == Red::Min && x < m) || (op == Red::Max && x > m) { m = x; }
                    }
                    if is_nan(m) { return m; }
                    m
                })))
            });
        }
        Red::Any | Red::All => {
            let (k, n, v, _) = lanes::<bool>(a, axes);
            kshape = k;
            data = Data::from_vec(per_lane(&v, n, count, |l| {
                if op == Red::Any {
                    l.iter().any(|&x| x)
                } else {
                    l.iter().all(|&x| x)
                }
            }));
        }
        Red::ArgMin | Red::ArgMax => {
            (kshape, data) = dispatch!(a.dtype, X => {
                let (k, n, v, _) = lanes::<X>(a, axes);
                (k, Data::from_vec(per_lane(&v, n, count, |l| {
                    let mut best = 0usize;
                    for (i, &x) in l.iter().enumerate() {
                        if is_nan(x) { return i as i64; }
                        let b = l[best];
                        if (op == Red::ArgMin && x < b) || (op == Red::ArgMax && x > b) { best = i; }
                    }
                    best as i64
                })))
            });
        }
        Red::Median | Red::Percentile(_) => {
            let (k, n, v, _) = lanes::<f64>(a, axes);
            kshape = k;
            let q = match op {
                Red::Percentile(q) => q,
                _ => 50.0,
            };
            let vals = per_lane(&v, n, count, |l| quantile(l, q / 100.0, op == Red::Median));
            data = if rdt == DType::Float32 {
                Data::from_vec(vals.iter().map(|&x| x as f32).collect::<Vec<f32>>())
            } else {
                Data::from_vec(vals)
            };
        }
        _ => return Err("unsupported reduction".into()),
    }
    let shape = out_shape(a, axes, kshape, keepdims);
    Ok(NdArray::from_data(data, shape))
}

fn per_lane<X: Copy, U>(v: &[X], n: usize, count: usize, f: impl Fn(&[X]) -> U) -> Vec<U> {
    if n == 0 {
        return (0..count).map(|_| f(&[])).collect();
    }
    v.chunks(n).map(f).collect()
}

fn float_lanes<X: Flt>(
    op: Red,
    v: &[X],
    n: usize,
    count: usize,
    contiguous: bool,
    cast: bool,
) -> Vec<X> {
    if n == 0 {
        let nan = X::from_f64(f64::NAN);
        return match op {
            Red::Sum | Red::NanSum => vec![X::zero(); count],
            _ => vec![nan; count],
        };
    }
    let cnt = X::from_f64(n as f64);
    per_lane(v, n, count, |l| match op {
        Red::Sum => lane_sum(l, contiguous, cast),
        Red::NanSum => {
            let cleaned: Vec<X> = l
                .iter()
                .map(|&x| if is_nan(x) { X::zero() } else { x })
                .collect();
            lane_sum(&cleaned, contiguous, cast)
        }
        Red::Mean => lane_sum(l, contiguous, cast) / cnt,
        Red::Var(ddof) | Red::Std(ddof) => {
            let mean = lane_sum(l, contiguous, cast) / cnt;
            let sq = |i: usize| {
                let d = l[i] - mean;
                d * d
            };
            let div = (n as f64 - ddof).max(0.0);
            let total = if contiguous {
                pairwise(l.len(), &sq)
            } else {
                (0..l.len()).fold(X::zero(), |s, i| s + sq(i))
            };
            let var = total / X::from_f64(div);
            if matches!(op, Red::Std(_)) {
                var.sqrt()
            } else {
                var
            }
        }
        _ => X::zero(),
    })
}

/// NumPy's 'linear' quantile of a lane (sorted copy; NaN anywhere gives NaN).
fn quantile(lane: &[f64], q: f64, median: bool) -> f64 {
    if lane.is_empty() || lane.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let mut s = lane.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let n = s.len();
    if median {
        let h = n / 2;
        return if n % 2 == 1 {
            s[h]
        } else {
            (s[h - 1] + s[h]) / 2.0
        };
    }
    let virt = q * (n - 1) as f64;
    let lo = virt.floor();
    let t = virt - lo;
    let lo = lo as usize;
    let hi = (lo + 1).min(n - 1);
    let (a, b) = (s[lo], s[hi]);
    let diff = b - a;
    if t >= 0.5 {
        b - diff * (1.0 - t)
    } else {
        a + diff * t
    }
}

/// `cumsum`/`cumprod` along `axis` (flattened when `None`).
pub fn accumulate(a: &NdArray, axis: Option<usize>, prod: bool) -> NdArray {
    let (src, ax) = match axis {
        Some(ax) => (a.clone(), ax),
        None => {
            let flat = a.contiguous();
            let n = flat.size();
            (flat.view(vec![n], vec![1], flat.offset), 0)
        }
    };
    let rdt = result_dtype(Red::Sum, a.dtype);
    let shape = src.shape.clone();
    // Move the axis last, accumulate lanes, then move it back.
    let nd = shape.len();
    let mut perm: Vec<usize> = (0..nd).filter(|&i| i != ax).collect();
    perm.push(ax);
    let pshape: Vec<usize> = perm.iter().map(|&i| shape[i]).collect();
    let pstrides: Vec<isize> = perm.iter().map(|&i| src.strides[i]).collect();
    let pv = src.view(pshape.clone(), pstrides, src.offset);
    let n = shape.get(ax).copied().unwrap_or(1);
    let out = dispatch!(rdt, X => {
        let mut v = pv.to_vec::<X>();
        if n > 0 {
            for lane in v.chunks_mut(n) {
                for i in 1..lane.len() {
                    lane[i] = if prod {
                        mul_elem(lane[i - 1], lane[i])
                    } else {
                        add_elem(lane[i - 1], lane[i])
                    };
                }
            }
        }
        NdArray::from_vec(v, pshape.clone())
    });
    // Inverse permutation as a view, then a C-order copy.
    let mut inv = vec![0usize; nd];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    let strides = c_strides(&pshape);
    let vshape: Vec<usize> = inv.iter().map(|&i| pshape[i]).collect();
    let vstrides: Vec<isize> = inv.iter().map(|&i| strides[i]).collect();
    let r = out.view(vshape, vstrides, 0).copy();
    debug_assert_eq!(size_of(&r.shape), size_of(&shape));
    r
}

fn add_elem<X: Elem>(a: X, b: X) -> X {
    if X::DT.is_float() {
        X::from_f64(a.to_f64() + b.to_f64())
    } else {
        X::from_i64(a.to_i64().wrapping_add(b.to_i64()))
    }
}

fn mul_elem<X: Elem>(a: X, b: X) -> X {
    if X::DT.is_float() {
        X::from_f64(a.to_f64() * b.to_f64())
    } else {
        X::from_i64(a.to_i64().wrapping_mul(b.to_i64()))
    }
}
