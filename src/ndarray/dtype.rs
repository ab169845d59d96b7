//! Array element types: the five dtypes, NumPy 2's promotion rules (NEP 50: Python scalars are
//! "weak" and take the array's kind), and the `Elem` trait the kernels are generic over.

use crate::numeric::arrayprint::{ElemType, Scalar};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DType {
    Bool,
    Int32,
    Int64,
    Float32,
    Float64,
}

/// The kind of a Python scalar operand (NEP 50 "weak" scalars).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weak {
    Bool,
    Int,
    Float,
}

impl DType {
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    pub fn from_name(s: &str) -> Option<DType> {
        Some(match s {
            "bool" | "bool_" | "?" | "b1" => DType::Bool,
            "int32" | "i4" | "<i4" | "intc" => DType::Int32,
            "int64" | "i8" | "<i8" | "int" | "int_" | "intp" | "long" => DType::Int64,
            "float32" | "f4" | "<f4" | "single" => DType::Float32,
            "float64" | "f8" | "<f8" | "float" | "double" | "d" | "float_" => DType::Float64,
            _ => return None,
        })
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool => 1,
            DType::Int32 | DType::Float32 => 4,
            DType::Int64 | DType::Float64 => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::Float32 | DType::Float64)
    }

    pub fn is_int(self) -> bool {
        matches!(self, DType::Int32 | DType::Int64)
    }

    pub fn elem_type(self) -> ElemType {
        match self {
            DType::Bool => ElemType::Bool,
            DType::Int32 => ElemType::Int32,
            DType::Int64 => ElemType::Int64,
            DType::Float32 => ElemType::Float32,
            DType::Float64 => ElemType::Float64,
        }
    }

    /// `np.result_type` of two array dtypes.
    pub fn promote(a: DType, b: DType) -> DType {
        use DType::*;
        match (a, b) {
            (x, y) if x == y => x,
            (Bool, y) | (y, Bool) => y,
            (Int32, Int64) | (Int64, Int32) => Int64,
            (Float32, Float64) | (Float64, Float32) => Float64,
            // int32 + float32 -> float64; int64 + float32 -> float64 (NumPy's table).
            (Int32 | Int64, Float32) | (Float32, Int32 | Int64) => Float64,
            (Int32 | Int64, Float64) | (Float64, Int32 | Int64) => Float64,
            _ => Float64,
        }
    }

    /// The dtype of `array OP python_scalar` under NEP 50.
    pub fn promote_weak(a: DType, w: Weak) -> DType {
        match (a, w) {
            (DType::Bool, Weak::Bool) => DType::Bool,
            (DType::Bool, Weak::Int) => DType::Int64,
            (DType::Bool, Weak::Float) => DType::Float64,
            (x, Weak::Bool | Weak::Int) => x,
            (x, Weak::Float) if x.is_float() => x,
            (_, Weak::Float) => DType::Float64,
        }
    }

    /// The dtype NumPy gives a Python scalar of this kind on its own.
    pub fn of_weak(w: Weak) -> DType {
        match w {
            Weak::Bool => DType::Bool,
            Weak::Int => DType::Int64,
            Weak::Float => DType::Float64,
        }
    }

    /// The float type that float-valued ufuncs (sqrt, true division, mean) produce.
    pub fn float_result(self) -> DType {
        if self == DType::Float32 {
            DType::Float32
        } else {
            DType::Float64
        }
    }
}

/// An element type the kernels are generic over.
pub trait Elem: Copy + Send + Sync + PartialOrd + Default + 'static {
    const DT: DType;
    fn from_scalar(s: Scalar) -> Self;
    fn to_scalar(self) -> Scalar;
    fn to_f64(self) -> f64;
    fn from_f64(x: f64) -> Self;
    fn from_i64(x: i64) -> Self;
    fn to_i64(self) -> i64;
    fn is_true(self) -> bool;
}

/// `Elem` for a number type: `$variant` is the `Scalar` it reads back as (Int or Float), of
/// width `$wide`.
macro_rules! num_elem {
    ($t:ty, $dt:expr, $variant:ident, $wide:ty) => {
        impl Elem for $t {
            const DT: DType = $dt;
            #[inline(always)]
            fn from_scalar(s: Scalar) -> Self {
                match s {
                    Scalar::Bool(b) => b as i64 as $t,
                    Scalar::Int(i) => i as $t,
                    Scalar::Float(f) => f as $t,
                }
            }
            #[inline(always)]
            fn to_scalar(self) -> Scalar {
                Scalar::$variant(self as $wide)
            }
            #[inline(always)]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline(always)]
            fn from_f64(x: f64) -> Self {
                x as $t
            }
            #[inline(always)]
            fn from_i64(x: i64) -> Self {
                x as $t
            }
            #[inline(always)]
            fn to_i64(self) -> i64 {
                self as i64
            }
            #[inline(always)]
            fn is_true(self) -> bool {
                self != 0 as $t
            }
        }
    };
}
num_elem!(i32, DType::Int32, Int, i64);
num_elem!(i64, DType::Int64, Int, i64);
num_elem!(f32, DType::Float32, Float, f64);
num_elem!(f64, DType::Float64, Float, f64);

impl Elem for bool {
    const DT: DType = DType::Bool;
    #[inline(always)]
    fn from_scalar(s: Scalar) -> Self {
        match s {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::Float(f) => f != 0.0,
        }
    }
    #[inline(always)]
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self)
    }
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self as i64 as f64
    }
    #[inline(always)]
    fn from_f64(x: f64) -> Self {
        x != 0.0
    }
    #[inline(always)]
    fn from_i64(x: i64) -> Self {
        x != 0
    }
    #[inline(always)]
    fn to_i64(self) -> i64 {
        self as i64
    }
    #[inline(always)]
    fn is_true(self) -> bool {
        self
    }
}

/// A scalar converted to another dtype, as `astype` casts.
pub fn cast_scalar(s: Scalar, to: DType) -> Scalar {
    match to {
        DType::Bool => Scalar::Bool(bool::from_scalar(s)),
        DType::Int32 => Scalar::Int(i32::from_scalar(s) as i64),
        DType::Int64 => Scalar::Int(i64::from_scalar(s)),
        DType::Float32 => Scalar::Float(f32::from_scalar(s) as f64),
        DType::Float64 => Scalar::Float(f64::from_scalar(s)),
    }
}
