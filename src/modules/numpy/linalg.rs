//! Linear algebra: dot/matmul (float matrix products on matrixmultiply's cache-blocked,
//! multithreaded GEMM; integer products by a blocked i-k-j loop), outer, inner, einsum with
//! explicit or implicit output subscripts, and `np.linalg` norm/det/inv/solve (LU with partial
//! pivoting, as LAPACK's getrf).

use super::args::{opt, req};
use super::{arr, op_err, wrap, wrap_array};
use crate::builtins::args::Kw;
use crate::ndarray::array::{shape_str, size_of, NdArray, Typed};
use crate::ndarray::dtype::DType;
use crate::ndarray::elementwise::{binary, Bin, Operand};
use crate::runtime::dict::Dict;
use crate::runtime::func::NativeFn;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The float types matrixmultiply multiplies: f64 through `dgemm`, f32 through `sgemm`.
trait GemmFloat: Typed + Copy + Send + Sync {
    const ZERO: Self;
    /// C (m×n, row-major) = A (m×k) · B (k×n) with element strides (row, column) for A and B.
    ///
    /// # Safety
    /// For every i < m, p < k, j < n, `a + i*rsa + p*csa` and `b + p*rsb + j*csb` are in
    /// bounds of live buffers, and `c` points to m·n writable elements nothing else references.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm(
        m: usize,
        k: usize,
        n: usize,
        a: *const Self,
        rsa: isize,
        csa: isize,
        b: *const Self,
        rsb: isize,
        csb: isize,
        c: *mut Self,
    );
}

macro_rules! gemm_float {
    ($t:ty, $f:path) => {
        impl GemmFloat for $t {
            const ZERO: Self = 0.0;
            unsafe fn gemm(
                m: usize,
                k: usize,
                n: usize,
                a: *const Self,
                rsa: isize,
                csa: isize,
                b: *const Self,
                rsb: isize,
                csb: isize,
                c: *mut Self,
            ) {
                // SAFETY: the caller's contract is matrixmultiply's: A, B in bounds for the
                // given strides, C an exclusive m×n row-major buffer.
                unsafe {
                    $f(
                        m, k, n, 1.0, a, rsa, csa, b, rsb, csb, 0.0, c, n as isize, 1,
                    )
                }
            }
        }
    };
}
gemm_float!(f64, matrixmultiply::dgemm);
gemm_float!(f32, matrixmultiply::sgemm);

/// C = A · B for an m×k view `a` and a k×n view `b` (any strides), read in place when their
/// buffers hold `T` (else converted first), into a fresh buffer advised for huge pages.
fn gemm<T: GemmFloat>(a: &NdArray, b: &NdArray, m: usize, k: usize, n: usize) -> Vec<T> {
    if m == 0 || n == 0 {
        return Vec::new();
    }
    if k == 0 {
        return vec![T::ZERO; m * n];
    }
    let ga = a.read();
    // Two views of one buffer take two read locks on it: fine for an RwLock with no writer.
    let gb = b.read();
    let (Some(sa), Some(sb)) = (T::slice(&ga), T::slice(&gb)) else {
        drop((ga, gb));
        let a = NdArray::from_vec(a.to_vec::<T>(), vec![m, k]);
        let b = NdArray::from_vec(b.to_vec::<T>(), vec![k, n]);
        return gemm(&a, &b, m, k, n);
    };
    let mut c = crate::ndarray::alloc::build(m * n, |_, out| {
        for o in out.iter_mut() {
            o.write(T::ZERO);
        }
    });
    // SAFETY: `a` is an m×k view whose every element offset(i, j) = a.offset + i*rs + j*cs
    // lies inside `sa` (views are only built in bounds); likewise `b` (k×n) in `sb`; `c` is a
    // fresh m×n row-major buffer. No other reference to `c` exists during the call.
    unsafe {
        T::gemm(
            m,
            k,
            n,
            sa.as_ptr().add(a.offset),
            a.strides[0],
            a.strides[1],
            sb.as_ptr().add(b.offset),
            b.strides[0],
            b.strides[1],
            c.as_mut_ptr(),
        );
    }
    c
}

fn gemm_i64(m: usize, k: usize, n: usize, a: &[i64], b: &[i64]) -> Vec<i64> {
    let mut c = vec![0i64; m * n];
    for i in 0..m {
        for p in 0..k {
            let x = a[i * k + p];
            let brow = &b[p * n..(p + 1) * n];
            let crow = &mut c[i * n..(i + 1) * n];
            for (cv, &bv) in crow.iter_mut().zip(brow) {
                *cv = cv.wrapping_add(x.wrapping_mul(bv));
            }
        }
    }
    c
}

/// Matrix product of 2-D arrays with a result of dtype `promote(a, b)`.
fn matmul2(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    let (m, k) = (a.shape[0], a.shape[1]);
    let (k2, n) = (b.shape[0], b.shape[1]);
    if k != k2 {
        return Err(PyErr::value_error(format!(
            "shapes {} and {} not aligned: {} (dim 1) != {} (dim 0)",
            shape_str(&a.shape),
            shape_str(&b.shape),
            k,
            k2
        )));
    }
    let dt = DType::promote(a.dtype, b.dtype);
    Ok(match dt {
        DType::Float64 => NdArray::from_vec(gemm::<f64>(a, b, m, k, n), vec![m, n]),
        DType::Float32 => NdArray::from_vec(gemm::<f32>(a, b, m, k, n), vec![m, n]),
        DType::Bool => {
            let c = gemm_i64(m, k, n, &a.to_vec::<i64>(), &b.to_vec::<i64>());
            NdArray::from_vec(c, vec![m, n]).astype(DType::Bool)
        }
        d => NdArray::from_vec(
            gemm_i64(m, k, n, &a.to_vec::<i64>(), &b.to_vec::<i64>()),
            vec![m, n],
        )
        .astype(d),
    })
}

fn as_row(a: &NdArray) -> NdArray {
    super::shapes::reshape(a, vec![1, a.size()])
}

fn as_col(a: &NdArray) -> NdArray {
    super::shapes::reshape(a, vec![a.size(), 1])
}

/// `np.dot(a, b)`.
pub fn dot(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    match (a.ndim(), b.ndim()) {
        (0, _) | (_, 0) => binary(
            Bin::Mul,
            &Operand::Array(a.clone()),
            &Operand::Array(b.clone()),
        )
        .map_err(op_err),
        (1, 1) => {
            if a.size() != b.size() {
                return Err(PyErr::value_error(format!(
                    "shapes {} and {} not aligned: {} (dim 0) != {} (dim 0)",
                    shape_str(&a.shape),
                    shape_str(&b.shape),
                    a.size(),
                    b.size()
                )));
            }
            let r = matmul2(&as_row(a), &as_col(b))?;
            Ok(super::shapes::reshape(&r, vec![]))
        }
        (2, 1) => {
            let r = matmul2(a, &as_col(b)).map_err(|_| align_err(a, b, 1, 0))?;
            Ok(super::shapes::reshape(&r, vec![a.shape[0]]))
        }
        (1, 2) => {
            let r = matmul2(&as_row(a), b).map_err(|_| align_err(a, b, 0, 0))?;
            Ok(super::shapes::reshape(&r, vec![b.shape[1]]))
        }
        (2, 2) => matmul2(a, b),
        _ => matmul(a, b),
    }
}

fn align_err(a: &NdArray, b: &NdArray, da: usize, db: usize) -> PyErr {
    PyErr::value_error(format!(
        "shapes {} and {} not aligned: {} (dim {da}) != {} (dim {db})",
        shape_str(&a.shape),
        shape_str(&b.shape),
        a.shape[da],
        b.shape[db]
    ))
}

/// `a @ b` (stacks of matrices broadcast over leading axes).
pub fn matmul(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return Err(PyErr::value_error(
            "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)",
        ));
    }
    let mismatch = |k1: usize, k2: usize| {
        PyErr::value_error(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {k2} is different from {k1})"
        ))
    };
    match (a.ndim(), b.ndim()) {
        (1, 1) | (2, 1) | (1, 2) | (2, 2) => {
            let ka = a.shape[a.ndim() - 1];
            let kb = b.shape[0];
            if ka != kb {
                return Err(mismatch(ka, kb));
            }
            dot(a, b)
        }
        _ => {
            // Batched: broadcast the leading axes.
            let a2 = if a.ndim() == 1 { as_row(a) } else { a.clone() };
            let b2 = if b.ndim() == 1 { as_col(b) } else { b.clone() };
            let (ka, kb) = (a2.shape[a2.ndim() - 1], b2.shape[b2.ndim() - 2]);
            if ka != kb {
                return Err(mismatch(ka, kb));
            }
            let ba = &a2.shape[..a2.ndim() - 2];
            let bb = &b2.shape[..b2.ndim() - 2];
            let batch = crate::ndarray::array::broadcast_shapes(ba, bb).ok_or_else(|| {
                PyErr::value_error("matmul: batch dimensions could not be broadcast")
            })?;
            let (m, n) = (a2.shape[a2.ndim() - 2], b2.shape[b2.ndim() - 1]);
            let mut sa = batch.clone();
            sa.extend([m, ka]);
            let mut sb = batch.clone();
            sb.extend([kb, n]);
            let av = a2.broadcast_view(&sa);
            let bv = b2.broadcast_view(&sb);
            let nb = size_of(&batch);
            let mut parts = Vec::new();
            for i in 0..nb {
                let sub = |v: &NdArray, r: usize, c: usize| {
                    let mut idx = Vec::new();
                    let mut rem = i;
                    for &d in batch.iter().rev() {
                        idx.push(rem % d);
                        rem /= d;
                    }
                    idx.reverse();
                    let mut off = v.offset as isize;
                    for (ax, &k) in idx.iter().enumerate() {
                        off += k as isize * v.strides[ax];
                    }
                    let nd = v.ndim();
                    v.view(vec![r, c], v.strides[nd - 2..].to_vec(), off as usize)
                };
                parts.push(matmul2(&sub(&av, m, ka), &sub(&bv, kb, n))?);
            }
            let stacked = super::shapes::stack_arrays(&parts, 0)?;
            let mut shape = batch.clone();
            if a.ndim() > 1 {
                shape.push(m);
            }
            if b.ndim() > 1 {
                shape.push(n);
            }
            Ok(super::shapes::reshape(&stacked, shape))
        }
    }
}

fn einsum(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let spec = match a.first() {
        Some(Value::Str(s)) => s.as_str().replace(' ', ""),
        _ => {
            return Err(PyErr::type_error(
                "einsum() first argument must be a string",
            ))
        }
    };
    let mut ops = Vec::new();
    for v in &a[1..] {
        ops.push(arr(vm, v)?);
    }
    let (lhs, out) = match spec.split_once("->") {
        Some((l, r)) => (l.to_string(), Some(r.to_string())),
        None => (spec.clone(), None),
    };
    let ins: Vec<Vec<char>> = lhs.split(',').map(|s| s.chars().collect()).collect();
    if ins.len() != ops.len() {
        return Err(PyErr::value_error(
            "more operands were provided than specified in the subscripts string",
        ));
    }
    let out: Vec<char> = match out {
        Some(o) => o.chars().collect(),
        None => {
            let mut letters: Vec<char> = ins.iter().flatten().copied().collect();
            letters.sort_unstable();
            letters
                .iter()
                .copied()
                .filter(|c| ins.iter().flatten().filter(|x| *x == c).count() == 1)
                .collect::<std::collections::BTreeSet<char>>()
                .into_iter()
                .collect()
        }
    };
    let mut letters: Vec<char> = out.clone();
    for c in ins.iter().flatten() {
        if !letters.contains(c) {
            letters.push(*c);
        }
    }
    let mut size = vec![0usize; letters.len()];
    for (op, sub) in ops.iter().zip(&ins) {
        if sub.len() != op.ndim() {
            return Err(PyErr::value_error(
                "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
            ));
        }
        for (ax, c) in sub.iter().enumerate() {
            let li = letters.iter().position(|x| x == c).unwrap_or(0);
            let d = op.shape[ax];
            if size[li] != 0 && size[li] != d && d != 1 {
                return Err(PyErr::value_error(format!(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: {}",
                    shape_str(&op.shape)
                )));
            }
            size[li] = size[li].max(d);
        }
    }
    let out_shape: Vec<usize> = (0..out.len()).map(|i| size[i]).collect();
    let dt = ops
        .iter()
        .fold(ops[0].dtype, |d, o| DType::promote(d, o.dtype));
    // Per operand: stride of each letter in its buffer.
    let strides: Vec<Vec<isize>> = ops
        .iter()
        .zip(&ins)
        .map(|(op, sub)| {
            let mut s = vec![0isize; letters.len()];
            for (ax, c) in sub.iter().enumerate() {
                let li = letters.iter().position(|x| x == c).unwrap_or(0);
                if op.shape[ax] != 1 {
                    s[li] += op.strides[ax];
                }
            }
            s
        })
        .collect();
    let vals: Vec<Vec<f64>> = ops
        .iter()
        .map(|o| {
            let d = o.read();
            (0..d.len()).map(|i| scalar_f64(d.get(i))).collect()
        })
        .collect();
    let total: usize = size.iter().product();
    let nout = size_of(&out_shape);
    let mut acc = vec![0.0f64; nout.max(1)];
    let mut idx = vec![0usize; letters.len()];
    for _ in 0..total {
        let mut p = 1.0;
        for (k, op) in ops.iter().enumerate() {
            let mut off = op.offset as isize;
            for (li, &i) in idx.iter().enumerate() {
                off += i as isize * strides[k][li];
            }
            p *= vals[k][off as usize];
        }
        let mut o = 0usize;
        for (li, &i) in idx.iter().enumerate().take(out.len()) {
            o = o * size[li] + i;
        }
        acc[o] += p;
        // Odometer, last letter fastest.
        for li in (0..letters.len()).rev() {
            idx[li] += 1;
            if idx[li] < size[li] {
                break;
            }
            idx[li] = 0;
        }
    }
    acc.truncate(nout.max(1));
    let r = NdArray::from_vec(acc, out_shape).astype(dt);
    Ok(wrap(r))
}

fn scalar_f64(s: crate::numeric::arrayprint::Scalar) -> f64 {
    match s {
        crate::numeric::arrayprint::Scalar::Bool(b) => b as i64 as f64,
        crate::numeric::arrayprint::Scalar::Int(i) => i as f64,
        crate::numeric::arrayprint::Scalar::Float(f) => f,
    }
}

/// LU decomposition with partial pivoting of an n×n row-major matrix, in place.
/// Returns the permutation sign, or `None` when the matrix is singular.
fn lu(a: &mut [f64], n: usize, perm: &mut [usize]) -> Option<f64> {
    let mut sign = 1.0;
    for (i, p) in perm.iter_mut().enumerate() {
        *p = i;
    }
    let mut singular = false;
    for k in 0..n {
        let mut p = k;
        let mut best = a[k * n + k].abs();
        for i in k + 1..n {
            let v = a[i * n + k].abs();
            if v > best {
                best = v;
                p = i;
            }
        }
        if best == 0.0 {
            singular = true;
            continue;
        }
        if p != k {
            for j in 0..n {
                a.swap(k * n + j, p * n + j);
            }
            perm.swap(k, p);
            sign = -sign;
        }
        // LAPACK's dgetf2/dgetrf2 scale the column by the pivot's reciprocal (dscal by
        // 1/pivot), not by dividing each element: the multipliers differ in the last ulp.
        let rpiv = 1.0 / a[k * n + k];
        for i in k + 1..n {
            let f = a[i * n + k] * rpiv;
            a[i * n + k] = f;
            if f != 0.0 {
                for j in k + 1..n {
                    a[i * n + j] -= f * a[k * n + j];
                }
            }
        }
    }
    if singular {
        None
    } else {
        Some(sign)
    }
}

fn square(vm: &mut Vm, v: &Value) -> PyResult<(Vec<f64>, usize)> {
    let a = arr(vm, v)?;
    if a.ndim() < 2 {
        return Err(super::errors::linalg_error(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    if a.ndim() != 2 || a.shape[0] != a.shape[1] {
        return Err(super::errors::linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    Ok((a.to_vec::<f64>(), a.shape[0]))
}

fn lin_err(msg: &str) -> PyErr {
    PyErr::value_error(msg.to_string())
}

fn det(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (mut m, n) = square(vm, req(a, 0, kw, "a", "det")?)?;
    let mut perm = vec![0; n];
    let d = match lu(&mut m, n, &mut perm) {
        None => 0.0,
        // NumPy's det is sign · exp(Σ log|u_ii|) (umath_linalg's det_from_slogdet), not
        // the product of the diagonal.
        Some(sign) => {
            let (mut sign, mut logdet) = (sign, 0.0f64);
            for i in 0..n {
                let u = m[i * n + i];
                if u < 0.0 {
                    sign = -sign;
                }
                logdet += u.abs().ln();
            }
            sign * logdet.exp()
        }
    };
    Ok(super::NpScalar::value(
        DType::Float64,
        crate::numeric::arrayprint::Scalar::Float(d),
    ))
}

/// Solves A X = B for X (B is n×r), by LU.
fn lu_solve(mut m: Vec<f64>, n: usize, b: &[f64], r: usize) -> PyResult<Vec<f64>> {
    let mut perm = vec![0; n];
    if lu(&mut m, n, &mut perm).is_none() {
        return Err(super::errors::linalg_error("Singular matrix"));
    }
    let mut x = vec![0.0; n * r];
    for c in 0..r {
        let mut y = vec![0.0; n];
        for i in 0..n {
            let mut s = b[perm[i] * r + c];
            for j in 0..i {
                s -= m[i * n + j] * y[j];
            }
            y[i] = s;
        }
        for i in (0..n).rev() {
            let mut s = y[i];
            for j in i + 1..n {
                s -= m[i * n + j] * x[j * r + c];
            }
            x[i * r + c] = s / m[i * n + i];
        }
    }
    Ok(x)
}

fn inv(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (m, n) = square(vm, req(a, 0, kw, "a", "inv")?)?;
    let mut eye = vec![0.0; n * n];
    for i in 0..n {
        eye[i * n + i] = 1.0;
    }
    let x = lu_solve(m, n, &eye, n)?;
    Ok(wrap_array(NdArray::from_vec(x, vec![n, n])))
}

fn solve(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (m, n) = square(vm, req(a, 0, kw, "a", "solve")?)?;
    let b = arr(vm, req(a, 1, kw, "b", "solve")?)?;
    let (r, shape) = match b.ndim() {
        1 => (1, vec![n]),
        _ => (b.shape[1], vec![n, b.shape[1]]),
    };
    if b.shape[0] != n {
        return Err(lin_err(&format!(
            "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size {} is different from {n})",
            b.shape[0]
        )));
    }
    let x = lu_solve(m, n, &b.to_vec::<f64>(), r)?;
    Ok(wrap_array(NdArray::from_vec(x, shape)))
}

fn norm(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "x", "norm")?)?;
    let ord = opt(a, 1, kw, "ord").cloned();
    if let Some(axv) = opt(a, 2, kw, "axis") {
        if ord.is_none() {
            let ax = super::args::axes(vm, Some(axv), x.ndim())?;
            let keep = super::args::truthy(vm, crate::builtins::args::kwarg(kw, "keepdims"))?;
            let xf = x.astype(DType::Float64);
            let sq = binary(Bin::Mul, &Operand::Array(xf.clone()), &Operand::Array(xf))
                .map_err(op_err)?;
            let s = crate::ndarray::reduce::reduce(
                crate::ndarray::reduce::Red::Sum,
                &sq,
                ax.as_deref(),
                keep,
            )
            .map_err(PyErr::value_error)?;
            let r = crate::ndarray::elementwise::unary(crate::ndarray::elementwise::Un::Sqrt, &s)
                .map_err(op_err)?;
            return Ok(wrap(r));
        }
    }
    let v = x.to_vec::<f64>();
    let ordf = match &ord {
        None => None,
        Some(Value::Str(s)) if s.as_str() == "fro" => None,
        Some(o) => Some(super::args::float(vm, o)?),
    };
    let r = match (x.ndim(), ordf) {
        (_, None) => v.iter().map(|&t| t * t).sum::<f64>().sqrt(),
        (1, Some(p)) if p.is_infinite() && p > 0.0 => v.iter().fold(0.0f64, |m, &t| m.max(t.abs())),
        (1, Some(p)) if p.is_infinite() => v.iter().fold(f64::INFINITY, |m, &t| m.min(t.abs())),
        (1, Some(1.0)) => v.iter().map(|t| t.abs()).sum(),
        (1, Some(0.0)) => v.iter().filter(|&&t| t != 0.0).count() as f64,
        (1, Some(p)) => v.iter().map(|t| t.abs().powf(p)).sum::<f64>().powf(1.0 / p),
        (2, Some(p)) if p == 1.0 || p.is_infinite() => {
            let (rows, cols) = (x.shape[0], x.shape[1]);
            if p == 1.0 {
                (0..cols)
                    .map(|j| (0..rows).map(|i| v[i * cols + j].abs()).sum::<f64>())
                    .fold(0.0, f64::max)
            } else {
                (0..rows)
                    .map(|i| (0..cols).map(|j| v[i * cols + j].abs()).sum::<f64>())
                    .fold(0.0, f64::max)
            }
        }
        _ => return Err(PyErr::value_error("Invalid norm order for matrices.")),
    };
    Ok(super::NpScalar::value(
        DType::Float64,
        crate::numeric::arrayprint::Scalar::Float(r),
    ))
}

fn dot_fn(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "dot")?)?;
    let y = arr(vm, req(a, 1, kw, "b", "dot")?)?;
    Ok(wrap(dot(&x, &y)?))
}

fn matmul_fn(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "x1", "matmul")?)?;
    let y = arr(vm, req(a, 1, kw, "x2", "matmul")?)?;
    Ok(wrap(matmul(&x, &y)?))
}

fn matmul_op(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(_), Some(_)) = (super::operand(vm, a)?, super::operand(vm, b)?) else {
        return Ok(Value::NotImplemented);
    };
    let x = arr(vm, a)?;
    let y = arr(vm, b)?;
    Ok(wrap(matmul(&x, &y)?))
}

pub const TOP_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("dot", dot_fn),
    ("matmul", matmul_fn),
    ("vdot", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "vdot")?)?;
        let y = arr(vm, req(a, 1, kw, "b", "vdot")?)?;
        let fx = super::shapes::reshape(&x, vec![x.size()]);
        let fy = super::shapes::reshape(&y, vec![y.size()]);
        Ok(wrap(dot(&fx, &fy)?))
    }),
    ("inner", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "inner")?)?;
        let y = arr(vm, req(a, 1, kw, "b", "inner")?)?;
        if y.ndim() >= 2 {
            let yt = super::shapes::transpose_view(&y, None);
            return Ok(wrap(dot(&x, &yt)?));
        }
        Ok(wrap(dot(&x, &y)?))
    }),
    ("outer", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "outer")?)?;
        let y = arr(vm, req(a, 1, kw, "b", "outer")?)?;
        let c = as_col(&x);
        let r = as_row(&y);
        Ok(wrap(
            binary(Bin::Mul, &Operand::Array(c), &Operand::Array(r)).map_err(op_err)?,
        ))
    }),
    ("einsum", einsum),
    ("trace", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "trace")?)?;
        if x.ndim() != 2 {
            return Err(PyErr::value_error(
                "diag requires an array of at least two dimensions",
            ));
        }
        let n = x.shape[0].min(x.shape[1]);
        let diag = x.view(vec![n], vec![x.strides[0] + x.strides[1]], x.offset);
        Ok(wrap(
            crate::ndarray::reduce::reduce(crate::ndarray::reduce::Red::Sum, &diag, None, false)
                .map_err(PyErr::value_error)?,
        ))
    }),
];

pub const METHODS: &[(&str, NativeFn)] = &[
    ("dot", dot_fn),
    ("__matmul__", |vm, a, _| {
        matmul_op(vm, &a[0], a.get(1).unwrap_or(&Value::None))
    }),
    ("__rmatmul__", |vm, a, _| {
        matmul_op(vm, a.get(1).unwrap_or(&Value::None), &a[0])
    }),
];

pub fn init(d: &Dict) {
    crate::builtins::args::add_functions(
        d,
        &[("det", det), ("inv", inv), ("solve", solve), ("norm", norm)],
    );
    d.set_str(
        "LinAlgError",
        crate::runtime::Value::Class(super::errors::linalg_error_class()),
    );
}
