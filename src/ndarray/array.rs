//! The n-dimensional array: a typed buffer shared by every view of it (behind one lock, so
//! writes from threads running without the GIL never tear or crash), plus a view's shape,
//! element strides and offset. Views (slices, transposes, reshapes of contiguous data) share
//! the buffer; everything else allocates.

use super::dtype::{DType, Elem};
use crate::lock::{RwLock, RwLockReadGuard};
use crate::numeric::arrayprint::Scalar;
use std::sync::Arc;

/// The storage of one buffer, typed.
pub enum Data {
    Bool(Vec<bool>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
}

/// Dispatches `$body` with `$v` bound to the buffer's Vec, whatever its element type.
#[macro_export]
macro_rules! with_data {
    ($d:expr, $v:ident => $body:expr) => {
        match $d {
            $crate::ndarray::array::Data::Bool($v) => $body,
            $crate::ndarray::array::Data::I32($v) => $body,
            $crate::ndarray::array::Data::I64($v) => $body,
            $crate::ndarray::array::Data::F32($v) => $body,
            $crate::ndarray::array::Data::F64($v) => $body,
        }
    };
}

/// Calls a generic function with the Rust element type of a dtype: `dispatch!(dt, T => f::<T>(..))`.
#[macro_export]
macro_rules! dispatch {
    ($dt:expr, $t:ident => $body:expr) => {
        match $dt {
            $crate::ndarray::dtype::DType::Bool => {
                type $t = bool;
                $body
            }
            $crate::ndarray::dtype::DType::Int32 => {
                type $t = i32;
                $body
            }
            $crate::ndarray::dtype::DType::Int64 => {
                type $t = i64;
                $body
            }
            $crate::ndarray::dtype::DType::Float32 => {
                type $t = f32;
                $body
            }
            $crate::ndarray::dtype::DType::Float64 => {
                type $t = f64;
                $body
            }
        }
    };
}

impl Data {
    pub fn dtype(&self) -> DType {
        match self {
            Data::Bool(_) => DType::Bool,
            Data::I32(_) => DType::Int32,
            Data::I64(_) => DType::Int64,
            Data::F32(_) => DType::Float32,
            Data::F64(_) => DType::Float64,
        }
    }

    pub fn len(&self) -> usize {
        with_data!(self, v => v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Scalar {
        with_data!(self, v => v[i].to_scalar())
    }

    pub fn set(&mut self, i: usize, s: Scalar) {
        with_data!(self, v => v[i] = Elem::from_scalar(s))
    }

    pub fn zeros(dt: DType, n: usize) -> Data {
        dispatch!(dt, T => Data::from_vec(vec![T::default(); n]))
    }

    pub fn from_vec<X: Typed>(v: Vec<X>) -> Data {
        X::wrap(v)
    }
}

/// Typed access to a `Data` (implemented for every element type).
pub trait Typed: Elem {
    fn wrap(v: Vec<Self>) -> Data;
    fn slice(d: &Data) -> Option<&[Self]>;
    fn slice_mut(d: &mut Data) -> Option<&mut Vec<Self>>;
}

macro_rules! typed {
    ($t:ty, $var:ident) => {
        impl Typed for $t {
            fn wrap(v: Vec<Self>) -> Data {
                Data::$var(v)
            }
            fn slice(d: &Data) -> Option<&[Self]> {
                match d {
                    Data::$var(v) => Some(v),
                    _ => None,
                }
            }
            fn slice_mut(d: &mut Data) -> Option<&mut Vec<Self>> {
                match d {
                    Data::$var(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}
typed!(bool, Bool);
typed!(i32, I32);
typed!(i64, I64);
typed!(f32, F32);
typed!(f64, F64);

pub type Buffer = Arc<RwLock<Data>>;

/// An array view.
#[derive(Clone)]
pub struct NdArray {
    pub buf: Buffer,
    pub dtype: DType,
    pub shape: Vec<usize>,
    /// Strides in elements (not bytes); may be negative or zero.
    pub strides: Vec<isize>,
    pub offset: usize,
}

pub fn size_of(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// C-order strides (in elements) of a shape.
pub fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut s = vec![0isize; shape.len()];
    let mut acc = 1isize;
    for i in (0..shape.len()).rev() {
        s[i] = acc;
        acc *= shape[i].max(1) as isize;
    }
    s
}

impl NdArray {
    pub fn from_data(data: Data, shape: Vec<usize>) -> NdArray {
        let dtype = data.dtype();
        let strides = c_strides(&shape);
        NdArray {
            buf: Arc::new(RwLock::new(data)),
            dtype,
            shape,
            strides,
            offset: 0,
        }
    }

    pub fn from_vec<X: Typed>(v: Vec<X>, shape: Vec<usize>) -> NdArray {
        NdArray::from_data(X::wrap(v), shape)
    }

    /// A C-contiguous array of `shape` with every element `x` (cast to `dt`).
    pub fn full(dt: DType, shape: Vec<usize>, x: crate::numeric::arrayprint::Scalar) -> NdArray {
        let a = NdArray::zeros(dt, shape);
        {
            let mut d = a.buf.write();
            let n = d.len();
            for i in 0..n {
                d.set(i, x);
            }
        }
        a
    }

    pub fn zeros(dt: DType, shape: Vec<usize>) -> NdArray {
        NdArray::from_data(Data::zeros(dt, size_of(&shape)), shape)
    }

    pub fn scalar(s: Scalar, dt: DType) -> NdArray {
        let mut d = Data::zeros(dt, 1);
        d.set(0, s);
        NdArray::from_data(d, vec![])
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    pub fn size(&self) -> usize {
        size_of(&self.shape)
    }

    /// True when the view covers its elements in C order with unit inner stride.
    pub fn is_c_contiguous(&self) -> bool {
        let mut acc = 1isize;
        for i in (0..self.shape.len()).rev() {
            if self.shape[i] == 1 {
                continue;
            }
            if self.strides[i] != acc {
                return self.size() == 0;
            }
            acc *= self.shape[i] as isize;
        }
        true
    }

    pub fn is_f_contiguous(&self) -> bool {
        let mut acc = 1isize;
        for i in 0..self.shape.len() {
            if self.shape[i] == 1 {
                continue;
            }
            if self.strides[i] != acc {
                return self.size() == 0;
            }
            acc *= self.shape[i] as isize;
        }
        true
    }

    /// Whether the view is its buffer, whole and in C order (so the buffer's Vec is the data).
    pub fn is_whole(&self, data_len: usize) -> bool {
        self.offset == 0 && self.is_c_contiguous() && self.size() == data_len
    }

    pub fn read(&self) -> RwLockReadGuard<'_, Data> {
        self.buf.read()
    }

    /// Buffer offsets of every element in C order of the view.
    pub fn for_each_offset(&self, mut f: impl FnMut(usize)) {
        for_each_offset(&self.shape, &self.strides, self.offset, &mut f)
    }

    /// The element at a multi-index (already in range).
    pub fn get(&self, idx: &[usize]) -> Scalar {
        let off = self.offset_of(idx);
        self.read().get(off)
    }

    pub fn offset_of(&self, idx: &[usize]) -> usize {
        let mut off = self.offset as isize;
        for (i, &k) in idx.iter().enumerate() {
            off += k as isize * self.strides[i];
        }
        off as usize
    }

    /// The elements in C order, converted to `X`.
    pub fn to_vec<X: Typed>(&self) -> Vec<X> {
        let d = self.read();
        collect_vec(&d, self)
    }

    /// A new C-contiguous array with the same elements (and dtype).
    pub fn copy(&self) -> NdArray {
        dispatch!(self.dtype, X => NdArray::from_vec(self.to_vec::<X>(), self.shape.clone()))
    }

    /// The array converted to `dt` (always a copy).
    pub fn astype(&self, dt: DType) -> NdArray {
        dispatch!(dt, X => NdArray::from_vec(self.to_vec::<X>(), self.shape.clone()))
    }

    /// A C-contiguous version: this view when it already is one, else a copy.
    pub fn contiguous(&self) -> NdArray {
        if self.is_c_contiguous() {
            self.clone()
        } else {
            self.copy()
        }
    }

    /// A Fortran-contiguous version: this view when it already is one, else a copy laid
    /// out column-major (the C copy of the reversed-axes view, viewed back).
    pub fn fortran(&self) -> NdArray {
        if self.is_f_contiguous() {
            return self.clone();
        }
        let rev = |v: &[usize]| v.iter().rev().copied().collect::<Vec<_>>();
        let t = self.view(
            rev(&self.shape),
            self.strides.iter().rev().copied().collect(),
            self.offset,
        );
        let c = t.copy();
        c.view(rev(&c.shape), c.strides.iter().rev().copied().collect(), 0)
    }

    /// A view with new shape and strides over the same buffer.
    pub fn view(&self, shape: Vec<usize>, strides: Vec<isize>, offset: usize) -> NdArray {
        NdArray {
            buf: self.buf.clone(),
            dtype: self.dtype,
            shape,
            strides,
            offset,
        }
    }

    /// This view broadcast to `shape` (zero strides on stretched axes); the caller has checked.
    pub fn broadcast_view(&self, shape: &[usize]) -> NdArray {
        let extra = shape.len() - self.ndim();
        let mut strides = vec![0isize; shape.len()];
        for i in 0..self.ndim() {
            strides[extra + i] = if self.shape[i] == 1 && shape[extra + i] != 1 {
                0
            } else {
                self.strides[i]
            };
        }
        self.view(shape.to_vec(), strides, self.offset)
    }

    /// This array with a new C-order shape (same size) as a view of the same buffer, when one
    /// exists: C strides for C-contiguous data, otherwise NumPy's `_attempt_nocopy_reshape`
    /// (runs of old axes that are contiguous with each other are regrouped). `None` when the
    /// elements cannot be addressed with strides and a copy would be needed.
    pub fn reshaped_view(&self, shape: &[usize]) -> Option<NdArray> {
        debug_assert_eq!(size_of(shape), self.size());
        if self.is_c_contiguous() {
            return Some(self.view(shape.to_vec(), c_strides(shape), self.offset));
        }
        let strides = nocopy_strides(&self.shape, &self.strides, shape)?;
        Some(self.view(shape.to_vec(), strides, self.offset))
    }

    pub fn shares_buffer(&self, other: &NdArray) -> bool {
        Arc::ptr_eq(&self.buf, &other.buf)
    }
}

/// NumPy's `_attempt_nocopy_reshape` in C order: strides that address a view of shape
/// `old`/`strides` with the new shape `new` (same size, non-empty axes), or `None`.
fn nocopy_strides(old: &[usize], strides: &[isize], new: &[usize]) -> Option<Vec<isize>> {
    // Axes of length 1 have no effect on the layout (their strides do not matter).
    let (od, os): (Vec<usize>, Vec<isize>) = old
        .iter()
        .zip(strides)
        .filter(|(&d, _)| d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let mut ns = vec![0isize; new.len()];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < new.len() && oi < od.len() {
        let mut np = new[ni];
        let mut op = od[oi];
        while np != op {
            if np < op {
                // Trailing 1s are handled after the loop.
                np *= *new.get(nj)?;
                nj += 1;
            } else {
                op *= *od.get(oj)?;
                oj += 1;
            }
        }
        // The old axes oi..oj must be combinable (contiguous with each other).
        for ok in oi..oj - 1 {
            if os[ok] != od[ok + 1] as isize * os[ok + 1] {
                return None;
            }
        }
        ns[nj - 1] = os[oj - 1];
        for nk in (ni + 1..nj).rev() {
            ns[nk - 1] = ns[nk] * new[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing 1s of the new shape.
    let last = if ni >= 1 { ns[ni - 1] } else { 1 };
    for s in ns.iter_mut().skip(ni) {
        *s = last;
    }
    Some(ns)
}

/// Buffer offsets of every element of a strided view, in C order.
pub fn for_each_offset(
    shape: &[usize],
    strides: &[isize],
    offset: usize,
    f: &mut impl FnMut(usize),
) {
    let nd = shape.len();
    if shape.contains(&0) {
        return;
    }
    if nd == 0 {
        f(offset);
        return;
    }
    let inner = shape[nd - 1];
    let is = strides[nd - 1];
    let mut idx = vec![0usize; nd.saturating_sub(1)];
    let mut base = offset as isize;
    loop {
        let mut o = base;
        for _ in 0..inner {
            f(o as usize);
            o += is;
        }
        // Odometer over the outer axes.
        let mut ax = nd - 1;
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            base += strides[ax];
            if idx[ax] < shape[ax] {
                break;
            }
            base -= strides[ax] * shape[ax] as isize;
            idx[ax] = 0;
        }
    }
}

/// The view's elements in C order, converted to `X`.
pub fn collect_vec<X: Typed>(d: &Data, a: &NdArray) -> Vec<X> {
    let n = a.size();
    if a.is_c_contiguous() {
        if let Some(s) = X::slice(d) {
            return s[a.offset..a.offset + n].to_vec();
        }
    }
    let mut out = Vec::with_capacity(n);
    with_data!(d, v => {
        if a.is_c_contiguous() {
            out.extend(v[a.offset..a.offset + n].iter().map(|&x| X::from_scalar(x.to_scalar())));
        } else {
            a.for_each_offset(|o| out.push(X::from_scalar(v[o].to_scalar())));
        }
    });
    out
}

/// The broadcast shape of two shapes, or `None` when they do not broadcast.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    for i in 0..n {
        let x = if i + a.len() >= n {
            a[i + a.len() - n]
        } else {
            1
        };
        let y = if i + b.len() >= n {
            b[i + b.len() - n]
        } else {
            1
        };
        out[i] = if x == y || y == 1 {
            x
        } else if x == 1 {
            y
        } else {
            return None;
        };
    }
    Some(out)
}

/// `(3,)`, `(2, 3)`, `()` as NumPy prints shapes in messages.
pub fn shape_str(shape: &[usize]) -> String {
    match shape.len() {
        1 => format!("({},)", shape[0]),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}
