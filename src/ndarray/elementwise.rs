//! Elementwise kernels: binary ufuncs with broadcasting and NumPy's dtype rules, unary math,
//! casting copies into existing views. Contiguous operands are read in place; large outputs are
//! filled on the rayon pool. Integer arithmetic wraps, integer division by zero gives 0 (NumPy
//! warns), float division follows IEEE, floor division and remainder follow NumPy's `npy_divmod`.

use super::alloc;
use super::array::{broadcast_shapes, collect_vec, shape_str, size_of, Data, NdArray, Typed};
use super::dtype::{DType, Elem, Weak};
use crate::dispatch;
use crate::numeric::arrayprint::Scalar;
use crate::numeric::npy_f32;
use rayon::prelude::*;

/// One operand of a ufunc: an array (numpy scalars are 0-d arrays) or a Python scalar.
#[derive(Clone)]
pub enum Operand {
    Array(NdArray),
    Weak(Scalar, Weak),
}

impl Operand {
    pub fn shape(&self) -> &[usize] {
        match self {
            Operand::Array(a) => &a.shape,
            Operand::Weak(..) => &[],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bin {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    Max,
    Min,
    Arctan2,
    Hypot,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    Fmax,
    Fmin,
    Copysign,
    Fmod,
}

impl Bin {
    pub fn ufunc_name(self) -> &'static str {
        match self {
            Bin::Add => "add",
            Bin::Sub => "subtract",
            Bin::Mul => "multiply",
            Bin::TrueDiv => "divide",
            Bin::FloorDiv => "floor_divide",
            Bin::Mod => "remainder",
            Bin::Pow => "power",
            Bin::Max => "maximum",
            Bin::Min => "minimum",
            Bin::Arctan2 => "arctan2",
            Bin::Hypot => "hypot",
            Bin::BitAnd => "bitwise_and",
            Bin::BitOr => "bitwise_or",
            Bin::BitXor => "bitwise_xor",
            Bin::Eq => "equal",
            Bin::Ne => "not_equal",
            Bin::Lt => "less",
            Bin::Le => "less_equal",
            Bin::Gt => "greater",
            Bin::Ge => "greater_equal",
            Bin::LogicalAnd => "logical_and",
            Bin::LogicalOr => "logical_or",
            Bin::LogicalXor => "logical_xor",
            Bin::Fmax => "fmax",
            Bin::Fmin => "fmin",
            Bin::Copysign => "copysign",
            Bin::Fmod => "fmod",
        }
    }

    fn is_compare(self) -> bool {
        matches!(
            self,
            Bin::Eq | Bin::Ne | Bin::Lt | Bin::Le | Bin::Gt | Bin::Ge
        )
    }
}

/// Errors of the kernels, mapped to Python exceptions by the caller.
#[derive(Debug)]
pub enum OpError {
    Value(String),
    Type(String),
}

pub type OpResult<T> = Result<T, OpError>;

/// The input dtype both operands are brought to.
pub fn common_dtype(a: &Operand, b: &Operand) -> DType {
    match (a, b) {
        (Operand::Array(x), Operand::Array(y)) => DType::promote(x.dtype, y.dtype),
        (Operand::Array(x), Operand::Weak(_, w)) | (Operand::Weak(_, w), Operand::Array(x)) => {
            DType::promote_weak(x.dtype, *w)
        }
        (Operand::Weak(_, w), Operand::Weak(_, v)) => {
            DType::promote(DType::of_weak(*w), DType::of_weak(*v))
        }
    }
}

/// (compute dtype, output dtype) of `op` on inputs of dtype `dt`.
fn op_types(op: Bin, dt: DType) -> OpResult<(DType, DType)> {
    use DType::*;
    Ok(match op {
        _ if op.is_compare() => (dt, Bool),
        Bin::LogicalAnd | Bin::LogicalOr | Bin::LogicalXor => (Bool, Bool),
        Bin::TrueDiv | Bin::Arctan2 | Bin::Hypot | Bin::Copysign => {
            let f = dt.float_result();
            (f, f)
        }
        Bin::Sub if dt == Bool => {
            return Err(OpError::Type(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.".into(),
            ))
        }
        Bin::FloorDiv | Bin::Mod | Bin::Pow if dt == Bool => (Int64, Int64),
        Bin::BitAnd | Bin::BitOr | Bin::BitXor if dt.is_float() => {
            return Err(OpError::Type(format!(
                "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                op.ufunc_name()
            )))
        }
        _ => (dt, dt),
    })
}

/// A kernel input: borrowed contiguous elements, an owned (converted/broadcast) copy, or one value.
enum Src<'a, X> {
    Slice(&'a [X]),
    Owned(Vec<X>),
    One(X),
}

impl<X: Copy> Src<'_, X> {
    fn as_slice(&self) -> Option<&[X]> {
        match self {
            Src::Slice(s) => Some(s),
            Src::Owned(v) => Some(v),
            Src::One(_) => None,
        }
    }
}

/// Calls `f` with the operand's elements as `X`, broadcast to `shape`.
fn with_src<X: Typed, R>(op: &Operand, shape: &[usize], f: impl FnOnce(Src<X>) -> R) -> R {
    match op {
        Operand::Weak(s, _) => f(Src::One(X::from_scalar(*s))),
        Operand::Array(a) => {
            let d = a.read();
            if a.size() == 1 && size_of(shape) != 1 {
                let s = d.get(a.offset_of(&vec![0; a.ndim()]));
                drop(d);
                return f(Src::One(X::from_scalar(s)));
            }
            if a.shape == shape {
                drop(d);
                return with_slice(a, |s| f(Src::Slice(s)));
            }
            let v = collect_vec::<X>(&d, &a.broadcast_view(shape));
            drop(d);
            f(Src::Owned(v))
        }
    }
}

fn map2<X: Copy + Send + Sync, U: Send>(
    a: &Src<X>,
    b: &Src<X>,
    n: usize,
    f: impl Fn(X, X) -> U + Sync + Send,
) -> Vec<U> {
    match (a.as_slice(), b.as_slice(), a, b) {
        (Some(x), Some(y), _, _) => alloc::map2(x, y, f),
        (Some(x), None, _, Src::One(q)) => {
            let q = *q;
            alloc::map1(x, |p| f(p, q))
        }
        (None, Some(y), Src::One(p), _) => {
            let p = *p;
            alloc::map1(y, |q| f(p, q))
        }
        (_, _, Src::One(p), Src::One(q)) => (0..n).map(|_| f(*p, *q)).collect(),
        _ => Vec::new(),
    }
}

/// Arithmetic of one element type, with NumPy's semantics.
pub trait Arith: Typed {
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    fn div(self, o: Self) -> Self;
    fn floordiv(self, o: Self) -> Self;
    fn rem(self, o: Self) -> Self;
    fn pow(self, o: Self) -> Self;
    fn maximum(self, o: Self) -> Self;
    fn minimum(self, o: Self) -> Self;
    fn atan2(self, o: Self) -> Self;
    fn hypot(self, o: Self) -> Self;
    fn bitand(self, o: Self) -> Self;
    fn bitor(self, o: Self) -> Self;
    fn bitxor(self, o: Self) -> Self;
    fn is_nan(self) -> bool;
}

macro_rules! int_arith {
    ($t:ty) => {
        impl Arith for $t {
            #[inline(always)]
            fn add(self, o: Self) -> Self {
                self.wrapping_add(o)
            }
            #[inline(always)]
            fn sub(self, o: Self) -> Self {
                self.wrapping_sub(o)
            }
            #[inline(always)]
            fn mul(self, o: Self) -> Self {
                self.wrapping_mul(o)
            }
            #[inline(always)]
            fn div(self, o: Self) -> Self {
                if o == 0 {
                    0
                } else {
                    self.wrapping_div(o)
                }
            }
            #[inline(always)]
            fn floordiv(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let q = self.wrapping_div(o);
                if (self % o != 0) && ((self < 0) != (o < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            #[inline(always)]
            fn rem(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let r = self.wrapping_rem(o);
                if r != 0 && ((r < 0) != (o < 0)) {
                    r + o
                } else {
                    r
                }
            }
            #[inline(always)]
            fn pow(self, o: Self) -> Self {
                self.wrapping_pow(o.max(0) as u32)
            }
            #[inline(always)]
            fn maximum(self, o: Self) -> Self {
                if self >= o {
                    self
                } else {
                    o
                }
            }
            #[inline(always)]
            fn minimum(self, o: Self) -> Self {
                if self <= o {
                    self
                } else {
                    o
                }
            }
            fn atan2(self, o: Self) -> Self {
                (self as f64).atan2(o as f64) as $t
            }
            fn hypot(self, o: Self) -> Self {
                (self as f64).hypot(o as f64) as $t
            }
            #[inline(always)]
            fn bitand(self, o: Self) -> Self {
                self & o
            }
            #[inline(always)]
            fn bitor(self, o: Self) -> Self {
                self | o
            }
            #[inline(always)]
            fn bitxor(self, o: Self) -> Self {
                self ^ o
            }
            fn is_nan(self) -> bool {
                false
            }
        }
    };
}
int_arith!(i32);
int_arith!(i64);

macro_rules! float_arith {
    ($t:ty) => {
        impl Arith for $t {
            #[inline(always)]
            fn add(self, o: Self) -> Self {
                self + o
            }
            #[inline(always)]
            fn sub(self, o: Self) -> Self {
                self - o
            }
            #[inline(always)]
            fn mul(self, o: Self) -> Self {
                self * o
            }
            #[inline(always)]
            fn div(self, o: Self) -> Self {
                self / o
            }
            fn floordiv(self, o: Self) -> Self {
                divmod(self as f64, o as f64).0 as $t
            }
            fn rem(self, o: Self) -> Self {
                if o == 0.0 {
                    return (self % o) as $t;
                }
                divmod(self as f64, o as f64).1 as $t
            }
            #[inline(always)]
            fn pow(self, o: Self) -> Self {
                self.powf(o)
            }
            #[inline(always)]
            fn maximum(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() {
                    <$t>::NAN
                } else if self >= o {
                    self
                } else {
                    o
                }
            }
            #[inline(always)]
            fn minimum(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() {
                    <$t>::NAN
                } else if self <= o {
                    self
                } else {
                    o
                }
            }
            fn atan2(self, o: Self) -> Self {
                self.atan2(o)
            }
            fn hypot(self, o: Self) -> Self {
                self.hypot(o)
            }
            fn bitand(self, _o: Self) -> Self {
                self
            }
            fn bitor(self, _o: Self) -> Self {
                self
            }
            fn bitxor(self, _o: Self) -> Self {
                self
            }
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
        }
    };
}
float_arith!(f32);
float_arith!(f64);

impl Arith for bool {
    fn add(self, o: Self) -> Self {
        self | o
    }
    fn sub(self, o: Self) -> Self {
        self ^ o
    }
    fn mul(self, o: Self) -> Self {
        self & o
    }
    fn div(self, o: Self) -> Self {
        self & o
    }
    fn floordiv(self, o: Self) -> Self {
        self & o
    }
    fn rem(self, _o: Self) -> Self {
        false
    }
    fn pow(self, o: Self) -> Self {
        self | !o
    }
    fn maximum(self, o: Self) -> Self {
        self | o
    }
    fn minimum(self, o: Self) -> Self {
        self & o
    }
    fn atan2(self, _o: Self) -> Self {
        self
    }
    fn hypot(self, o: Self) -> Self {
        self | o
    }
    fn bitand(self, o: Self) -> Self {
        self & o
    }
    fn bitor(self, o: Self) -> Self {
        self | o
    }
    fn bitxor(self, o: Self) -> Self {
        self ^ o
    }
    fn is_nan(self) -> bool {
        false
    }
}

/// NumPy's `npy_divmod` for floats: (floor quotient, remainder with the divisor's sign).
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let m = a % b;
    if b == 0.0 {
        return (a / b, m);
    }
    let mut div = (a - m) / b;
    let mut m = m;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let fd = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (fd, m)
}

/// fmax/fmin: `pick(x, y)`, except that a NaN operand yields the other one.
fn ignoring_nan<X: Arith>(x: X, y: X, pick: impl Fn(X, X) -> X) -> X {
    if x.is_nan() {
        y
    } else if y.is_nan() {
        x
    } else {
        pick(x, y)
    }
}

fn arith_kernel<X: Arith>(op: Bin, a: &Src<X>, b: &Src<X>, n: usize) -> Vec<X> {
    match op {
        Bin::Add => map2(a, b, n, |x, y| x.add(y)),
        Bin::Sub => map2(a, b, n, |x, y| x.sub(y)),
        Bin::Mul => map2(a, b, n, |x, y| x.mul(y)),
        Bin::TrueDiv => map2(a, b, n, |x, y| x.div(y)),
        Bin::FloorDiv => map2(a, b, n, |x, y| x.floordiv(y)),
        Bin::Mod => map2(a, b, n, |x, y| x.rem(y)),
        Bin::Pow => map2(a, b, n, |x, y| x.pow(y)),
        Bin::Max => map2(a, b, n, |x, y| x.maximum(y)),
        Bin::Min => map2(a, b, n, |x, y| x.minimum(y)),
        Bin::Arctan2 => map2(a, b, n, |x, y| x.atan2(y)),
        Bin::Hypot => map2(a, b, n, |x, y| x.hypot(y)),
        Bin::BitAnd => map2(a, b, n, |x, y| x.bitand(y)),
        Bin::BitOr => map2(a, b, n, |x, y| x.bitor(y)),
        Bin::BitXor => map2(a, b, n, |x, y| x.bitxor(y)),
        Bin::Fmax => map2(a, b, n, |x, y| ignoring_nan(x, y, X::maximum)),
        Bin::Fmin => map2(a, b, n, |x, y| ignoring_nan(x, y, X::minimum)),
        Bin::Copysign => map2(a, b, n, |x, y| X::from_f64(x.to_f64().copysign(y.to_f64()))),
        Bin::Fmod => map2(a, b, n, |x, y| {
            if X::DT.is_float() {
                X::from_f64(x.to_f64() % y.to_f64())
            } else if y.to_i64() == 0 {
                X::from_i64(0)
            } else {
                X::from_i64(x.to_i64().wrapping_rem(y.to_i64()))
            }
        }),
        _ => Vec::new(),
    }
}

fn compare_kernel<X: Arith>(op: Bin, a: &Src<X>, b: &Src<X>, n: usize) -> Vec<bool> {
    match op {
        Bin::Eq => map2(a, b, n, |x, y| x == y),
        Bin::Ne => map2(a, b, n, |x, y| x != y),
        Bin::Lt => map2(a, b, n, |x, y| x < y),
        Bin::Le => map2(a, b, n, |x, y| x <= y),
        Bin::Gt => map2(a, b, n, |x, y| x > y),
        Bin::Ge => map2(a, b, n, |x, y| x >= y),
        Bin::LogicalAnd => map2(a, b, n, |x, y| x.is_true() && y.is_true()),
        Bin::LogicalOr => map2(a, b, n, |x, y| x.is_true() || y.is_true()),
        Bin::LogicalXor => map2(a, b, n, |x, y| x.is_true() != y.is_true()),
        _ => Vec::new(),
    }
}

/// `a OP b` with broadcasting; the result has the broadcast shape (0-d for two scalars).
pub fn binary(op: Bin, a: &Operand, b: &Operand) -> OpResult<NdArray> {
    let shape = broadcast_shapes(a.shape(), b.shape()).ok_or_else(|| {
        OpError::Value(format!(
            "operands could not be broadcast together with shapes {} {} ",
            shape_str(a.shape()),
            shape_str(b.shape())
        ))
    })?;
    let common = common_dtype(a, b);
    let (ct, out) = op_types(op, common)?;
    if op == Bin::Pow && ct.is_int() && has_negative(b) {
        return Err(OpError::Value(
            "Integers to negative integer powers are not allowed.".into(),
        ));
    }
    let n = size_of(&shape);
    let data = if out == DType::Bool && ct != DType::Bool || op.is_compare() {
        dispatch!(ct, X => with_src::<X, _>(a, &shape, |sa| with_src::<X, _>(b, &shape, |sb| {
            Data::from_vec(compare_kernel(op, &sa, &sb, n))
        })))
    } else if matches!(op, Bin::LogicalAnd | Bin::LogicalOr | Bin::LogicalXor) {
        with_src::<bool, _>(a, &shape, |sa| {
            with_src::<bool, _>(b, &shape, |sb| {
                Data::from_vec(compare_kernel(op, &sa, &sb, n))
            })
        })
    } else {
        dispatch!(ct, X => with_src::<X, _>(a, &shape, |sa| with_src::<X, _>(b, &shape, |sb| {
            Data::from_vec(arith_kernel(op, &sa, &sb, n))
        })))
    };
    Ok(NdArray::from_data(data, shape))
}

fn has_negative(b: &Operand) -> bool {
    match b {
        Operand::Weak(Scalar::Int(i), _) => *i < 0,
        Operand::Weak(..) => false,
        Operand::Array(a) => {
            a.dtype.is_int() && {
                let v = a.to_vec::<i64>();
                v.iter().any(|&x| x < 0)
            }
        }
    }
}

/// Unary elementwise functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Un {
    Neg,
    Pos,
    Abs,
    Invert,
    Not,
    Sqrt,
    Exp,
    Log,
    Log10,
    Log2,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Sign,
    IsNan,
    IsInf,
    IsFinite,
    Square,
    Expm1,
    Log1p,
    Reciprocal,
    Cbrt,
    Exp2,
    Arcsinh,
    Arccosh,
    Arctanh,
}

/// A float unary ufunc in the input's own precision (std's libm calls for f64 and f32).
fn float_un<F: num_traits::Float>(op: Un, x: F) -> F {
    match op {
        Un::Sqrt => x.sqrt(),
        Un::Exp => x.exp(),
        Un::Log => x.ln(),
        Un::Log10 => x.log10(),
        Un::Log2 => x.log2(),
        Un::Sin => x.sin(),
        Un::Cos => x.cos(),
        Un::Tan => x.tan(),
        Un::Arcsin => x.asin(),
        Un::Arccos => x.acos(),
        Un::Arctan => x.atan(),
        Un::Sinh => x.sinh(),
        Un::Cosh => x.cosh(),
        Un::Tanh => x.tanh(),
        Un::Expm1 => x.exp_m1(),
        Un::Log1p => x.ln_1p(),
        Un::Reciprocal => x.recip(),
        Un::Cbrt => x.cbrt(),
        Un::Exp2 => x.exp2(),
        Un::Arcsinh => x.asinh(),
        Un::Arccosh => x.acosh(),
        Un::Arctanh => x.atanh(),
        _ => x,
    }
}

fn map1<X: Copy + Send + Sync, U: Send>(v: &[X], f: impl Fn(X) -> U + Sync + Send) -> Vec<U> {
    alloc::map1(v, f)
}

/// `f` of each element of `a` read as `X`, in C order; a contiguous input of dtype `X` is read
/// in place rather than copied first.
fn map_un<X: Typed + Send + Sync, U: Send>(
    a: &NdArray,
    f: impl Fn(X) -> U + Sync + Send,
) -> Vec<U> {
    with_slice(a, |v| alloc::map1(v, f))
}

/// Calls `f` with `a`'s elements as a `X` slice in C order, borrowed when possible.
fn with_slice<X: Typed, R>(a: &NdArray, f: impl FnOnce(&[X]) -> R) -> R {
    {
        let d = a.read();
        if a.is_c_contiguous() {
            if let Some(s) = X::slice(&d) {
                return f(&s[a.offset..a.offset + a.size()]);
            }
        }
    }
    f(&a.to_vec::<X>())
}

/// `op(a)` elementwise.
pub fn unary(op: Un, a: &NdArray) -> OpResult<NdArray> {
    use DType::*;
    let dt = a.dtype;
    let shape = a.shape.clone();
    let data = match op {
        Un::IsNan | Un::IsInf | Un::IsFinite => {
            let v = a.to_vec::<f64>();
            Data::from_vec(map1(&v, |x| match op {
                Un::IsNan => x.is_nan(),
                Un::IsInf => x.is_infinite(),
                _ => x.is_finite(),
            }))
        }
        Un::Not => Data::from_vec(map_un::<bool, _>(a, |x| !x)),
        Un::Invert => match dt {
            Bool => Data::from_vec(map_un::<bool, _>(a, |x| !x)),
            Int32 => Data::from_vec(map_un::<i32, _>(a, |x| !x)),
            Int64 => Data::from_vec(map_un::<i64, _>(a, |x| !x)),
            _ => {
                return Err(OpError::Type(
                    "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''".into(),
                ))
            }
        },
        Un::Neg => match dt {
            Bool => {
                return Err(OpError::Type(
                    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.".into(),
                ))
            }
            Int32 => Data::from_vec(map_un::<i32, _>(a, |x| x.wrapping_neg())),
            Int64 => Data::from_vec(map_un::<i64, _>(a, |x| x.wrapping_neg())),
            Float32 => Data::from_vec(map_un::<f32, _>(a, |x| -x)),
            Float64 => Data::from_vec(map_un::<f64, _>(a, |x| -x)),
        },
        Un::Pos => return Ok(a.copy()),
        Un::Reciprocal if !dt.is_float() => {
            let v = a.to_vec::<i64>();
            let r: Vec<i64> = v.iter().map(|&x| if x == 0 { i64::MIN } else { 1 / x }).collect();
            return Ok(NdArray::from_vec(r, shape).astype(dt));
        }
        Un::Abs => match dt {
            Bool => Data::from_vec(a.to_vec::<bool>()),
            Int32 => Data::from_vec(map_un::<i32, _>(a, |x| x.wrapping_abs())),
            Int64 => Data::from_vec(map_un::<i64, _>(a, |x| x.wrapping_abs())),
            Float32 => Data::from_vec(map_un::<f32, _>(a, |x| x.abs())),
            Float64 => Data::from_vec(map_un::<f64, _>(a, |x| x.abs())),
        },
        Un::Square => match dt {
            Bool => Data::from_vec(a.to_vec::<bool>()),
            Int32 => Data::from_vec(map_un::<i32, _>(a, |x| x.wrapping_mul(x))),
            Int64 => Data::from_vec(map_un::<i64, _>(a, |x| x.wrapping_mul(x))),
            Float32 => Data::from_vec(map_un::<f32, _>(a, |x| x * x)),
            Float64 => Data::from_vec(map_un::<f64, _>(a, |x| x * x)),
        },
        Un::Sign => match dt {
            Bool => {
                return Err(OpError::Type(
                    "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None".into(),
                ))
            }
            Int32 => Data::from_vec(map_un::<i32, _>(a, |x| x.signum())),
            Int64 => Data::from_vec(map_un::<i64, _>(a, |x| x.signum())),
            Float32 => Data::from_vec(map_un::<f32, _>(a, |x| fsign(x as f64) as f32)),
            Float64 => Data::from_vec(map_un::<f64, _>(a, fsign)),
        },
        Un::Floor | Un::Ceil | Un::Trunc | Un::Rint => {
            let f = move |x: f64| match op {
                Un::Floor => x.floor(),
                Un::Ceil => x.ceil(),
                Un::Trunc => x.trunc(),
                _ => x.round_ties_even(),
            };
            match dt {
                // NumPy 2 keeps integer dtypes for floor/ceil/trunc (and rint gives float).
                Bool | Int32 | Int64 if op != Un::Rint => return Ok(a.copy()),
                Float32 => Data::from_vec(map_un::<f32, _>(a, |x| f(x as f64) as f32)),
                _ => Data::from_vec(map_un::<f64, _>(a, f)),
            }
        }
        Un::Exp | Un::Log | Un::Sin | Un::Cos if dt.float_result() == Float32 => {
            // NumPy's own float32 kernels, which are not correctly rounded (see npy_f32).
            let k = match op {
                Un::Exp => npy_f32::Op::Exp,
                Un::Log => npy_f32::Op::Log,
                Un::Sin => npy_f32::Op::Sin,
                _ => npy_f32::Op::Cos,
            };
            Data::from_vec(with_slice::<f32, _>(a, |v| {
                alloc::build(v.len(), |s, out| npy_f32::fill(k, &v[s..s + out.len()], out))
            }))
        }
        _ => match dt.float_result() {
            Float32 => Data::from_vec(map_un::<f32, _>(a, |x| float_un(op, x))),
            _ => Data::from_vec(map_un::<f64, _>(a, |x| float_un(op, x))),
        },
    };
    Ok(NdArray::from_data(data, shape))
}

fn fsign(x: f64) -> f64 {
    if x.is_nan() {
        f64::NAN
    } else if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// `np.round(a, decimals)`: NumPy's algorithm (scale, round half to even, unscale).
pub fn round(a: &NdArray, decimals: i64) -> NdArray {
    match a.dtype {
        DType::Float32 | DType::Float64 => {
            let f = 10f64.powi(decimals.unsigned_abs() as i32);
            let r = move |x: f64| {
                if decimals >= 0 {
                    (x * f).round_ties_even() / f
                } else {
                    (x / f).round_ties_even() * f
                }
            };
            if a.dtype == DType::Float32 {
                NdArray::from_vec(map_un::<f32, _>(a, |x| r(x as f64) as f32), a.shape.clone())
            } else {
                NdArray::from_vec(map_un::<f64, _>(a, r), a.shape.clone())
            }
        }
        _ if decimals >= 0 => a.copy(),
        dt => {
            let f = 10i64.pow(decimals.unsigned_abs().min(18) as u32);
            let v: Vec<i64> = a
                .to_vec::<i64>()
                .into_iter()
                .map(|x| {
                    let q = (x as f64 / f as f64).round_ties_even() as i64;
                    q * f
                })
                .collect();
            NdArray::from_vec(v, a.shape.clone()).astype(dt)
        }
    }
}

/// Can a value of dtype `from` be stored into `to` under NumPy's 'same_kind' rule?
pub fn same_kind(from: DType, to: DType) -> bool {
    let kind = |d: DType| match d {
        DType::Bool => 0,
        DType::Int32 | DType::Int64 => 1,
        _ => 2,
    };
    kind(from) <= kind(to)
}

/// Writes `src` (broadcast) into the view `dst`, casting. The caller checked the shapes.
pub fn assign(dst: &NdArray, src: &Operand) -> OpResult<()> {
    let shape = dst.shape.clone();
    if broadcast_shapes(src.shape(), &shape).as_deref() != Some(&shape[..]) {
        return Err(OpError::Value(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_str(src.shape()),
            shape_str(&shape)
        )));
    }
    // Read the source first (it may share dst's buffer), then write under one lock.
    let vals: Vec<Scalar> = match src {
        Operand::Weak(s, _) => vec![*s],
        Operand::Array(a) => {
            if a.size() == 1 {
                vec![a.read().get(a.offset_of(&vec![0; a.ndim()]))]
            } else {
                dispatch!(dst.dtype, X => {
                    let v = if a.shape == shape {
                        a.to_vec::<X>()
                    } else {
                        a.broadcast_view(&shape).to_vec::<X>()
                    };
                    return write_typed(dst, v);
                })
            }
        }
    };
    let one = vals[0];
    let mut d = dst.buf.write();
    dispatch!(dst.dtype, X => {
        let x = X::from_scalar(one);
        if let Some(v) = X::slice_mut(&mut d) {
            dst.for_each_offset(|o| v[o] = x);
        }
    });
    Ok(())
}

fn write_typed<X: Typed>(dst: &NdArray, vals: Vec<X>) -> OpResult<()> {
    let mut d = dst.buf.write();
    if let Some(v) = X::slice_mut(&mut d) {
        if dst.is_c_contiguous() {
            let n = dst.size();
            v[dst.offset..dst.offset + n].copy_from_slice(&vals);
        } else {
            let mut it = vals.into_iter();
            dst.for_each_offset(|o| {
                if let Some(x) = it.next() {
                    v[o] = x;
                }
            });
        }
    }
    Ok(())
}

/// `dst = dst OP other` (or `other OP dst`) computed in place, for temporary elision.
/// `Ok(false)` when the result would not have `dst`'s dtype and shape, or `dst` is not its
/// whole buffer in C order; the caller then computes out of place.
pub fn binary_into(op: Bin, dst: &NdArray, other: &Operand, dst_is_lhs: bool) -> OpResult<bool> {
    if op.is_compare() || matches!(op, Bin::LogicalAnd | Bin::LogicalOr | Bin::LogicalXor) {
        return Ok(false);
    }
    let dsto = Operand::Array(dst.clone());
    let common = common_dtype(&dsto, other);
    let Ok((ct, out)) = op_types(op, common) else {
        return Ok(false);
    };
    if ct != dst.dtype || out != dst.dtype || (op == Bin::Pow && ct.is_int()) {
        return Ok(false);
    }
    if broadcast_shapes(&dst.shape, other.shape()).as_deref() != Some(&dst.shape[..]) {
        return Ok(false);
    }
    let whole = dst.offset == 0 && dst.is_c_contiguous() && dst.size() == dst.read().len();
    if !whole {
        return Ok(false);
    }
    let shape = dst.shape.clone();
    dispatch!(ct, X => with_src::<X, _>(other, &shape, |src| {
        let mut d = dst.buf.write();
        if let Some(v) = X::slice_mut(&mut d) {
            inplace_kernel(op, v, &src, dst_is_lhs);
        }
    }));
    Ok(true)
}

fn apply<X: Copy + Send + Sync>(
    dst: &mut [X],
    src: &Src<X>,
    lhs: bool,
    f: impl Fn(X, X) -> X + Sync + Send,
) {
    let g = |d: X, s: X| if lhs { f(d, s) } else { f(s, d) };
    match src {
        Src::One(s) => {
            let s = *s;
            if dst.len() >= alloc::PAR_MIN {
                dst.par_iter_mut().for_each(|d| *d = g(*d, s));
            } else {
                dst.iter_mut().for_each(|d| *d = g(*d, s));
            }
        }
        _ => {
            let y = src.as_slice().unwrap_or(&[]);
            if dst.len() >= alloc::PAR_MIN {
                dst.par_iter_mut()
                    .zip(y.par_iter())
                    .for_each(|(d, &s)| *d = g(*d, s));
            } else {
                dst.iter_mut().zip(y).for_each(|(d, &s)| *d = g(*d, s));
            }
        }
    }
}

fn inplace_kernel<X: Arith>(op: Bin, dst: &mut [X], src: &Src<X>, lhs: bool) {
    match op {
        Bin::Add => apply(dst, src, lhs, |x, y| x.add(y)),
        Bin::Sub => apply(dst, src, lhs, |x, y| x.sub(y)),
        Bin::Mul => apply(dst, src, lhs, |x, y| x.mul(y)),
        Bin::TrueDiv => apply(dst, src, lhs, |x, y| x.div(y)),
        Bin::FloorDiv => apply(dst, src, lhs, |x, y| x.floordiv(y)),
        Bin::Mod => apply(dst, src, lhs, |x, y| x.rem(y)),
        Bin::Pow => apply(dst, src, lhs, |x, y| x.pow(y)),
        Bin::Max => apply(dst, src, lhs, |x, y| x.maximum(y)),
        Bin::Min => apply(dst, src, lhs, |x, y| x.minimum(y)),
        Bin::Arctan2 => apply(dst, src, lhs, |x, y| x.atan2(y)),
        Bin::Hypot => apply(dst, src, lhs, |x, y| x.hypot(y)),
        Bin::BitAnd => apply(dst, src, lhs, |x, y| x.bitand(y)),
        Bin::BitOr => apply(dst, src, lhs, |x, y| x.bitor(y)),
        Bin::BitXor => apply(dst, src, lhs, |x, y| x.bitxor(y)),
        _ => {
            let v = if lhs {
                arith_kernel(op, &Src::Slice(dst), src, dst.len())
            } else {
                arith_kernel(op, src, &Src::Slice(dst), dst.len())
            };
            dst.copy_from_slice(&v);
        }
    }
}
