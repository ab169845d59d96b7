//! The JIT's type lattice: scalars (int64, float64, float32, bool), none, tuples of scalars and
//! arrays of one dtype with 1–3 dimensions, spelled as Numba prints them. Invariant: every
//! value in typed IR has exactly one of these types; `Unknown` exists only while inference runs.

use crate::ndarray::dtype::DType;
use std::fmt;

/// Element layout of an array argument: C-contiguous, Fortran-contiguous, or any strides
/// (Numba's `C` / `F` / `A`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    C,
    F,
    A,
}

impl Layout {
    pub fn letter(self) -> &'static str {
        match self {
            Layout::C => "C",
            Layout::F => "F",
            Layout::A => "A",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArrTy {
    pub dtype: DType,
    pub ndim: u8,
    pub layout: Layout,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    /// A float32 scalar: a float32 array element, `np.float32(x)`, or arithmetic on those only.
    Float32,
    Bool,
    None,
    Array(ArrTy),
    /// A tuple of scalars (a return value, `a.shape`, a tuple to unpack).
    Tuple(Vec<Ty>),
    /// Not inferred yet (only during inference; never in finished typed IR).
    Unknown,
}

/// The most dimensions an array argument may have.
pub const MAX_NDIM: usize = 3;

impl Ty {
    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool)
    }
    /// float64 or float32.
    pub fn is_float(&self) -> bool {
        matches!(self, Ty::Float | Ty::Float32)
    }
    /// The float type float arithmetic on a value of this type computes in: float32 for a
    /// float32, float64 for everything else.
    pub fn float_of(&self) -> Ty {
        if *self == Ty::Float32 {
            Ty::Float32
        } else {
            Ty::Float
        }
    }
    pub fn is_numeric(&self) -> bool {
        self.is_scalar()
    }
    pub fn array(&self) -> Option<ArrTy> {
        match self {
            Ty::Array(a) => Some(*a),
            _ => None,
        }
    }
    /// The scalar type an element of `dtype` is read as. int32 widens to int64 (exact, and
    /// Numba computes int32 arithmetic in int64 anyway); float32 stays float32.
    pub fn of_elem(dtype: DType) -> Ty {
        match dtype {
            DType::Bool => Ty::Bool,
            DType::Int32 | DType::Int64 => Ty::Int,
            DType::Float32 => Ty::Float32,
            DType::Float64 => Ty::Float,
        }
    }
}

/// Numba's unification of two types met at one variable (or one return value): equal types
/// stay, bool < int64 < float64 widen, float32 with anything else is float64, arrays that differ only in layout become `A`.
/// `None` means they cannot be unified.
pub fn unify(a: &Ty, b: &Ty) -> Option<Ty> {
    use Ty::*;
    if a == b {
        return Some(a.clone());
    }
    Some(match (a, b) {
        (Unknown, t) | (t, Unknown) => t.clone(),
        (Float, Int | Bool | Float32) | (Int | Bool | Float32, Float) => Float,
        (Float32, Int | Bool) | (Int | Bool, Float32) => Float,
        (Int, Bool) | (Bool, Int) => Int,
        (Array(x), Array(y)) if x.dtype == y.dtype && x.ndim == y.ndim => Array(ArrTy {
            layout: Layout::A,
            ..*x
        }),
        (Tuple(x), Tuple(y)) if x.len() == y.len() => {
            let mut v = Vec::with_capacity(x.len());
            for (p, q) in x.iter().zip(y) {
                v.push(unify(p, q)?);
            }
            Tuple(v)
        }
        _ => return Option::None,
    })
}

/// The type arithmetic on two scalars computes in (`int64 + float64` is float64; bools
/// count as int64; float32 stays float32 only with float32, as in Numba).
pub fn arith(a: &Ty, b: &Ty) -> Option<Ty> {
    use Ty::*;
    match (a, b) {
        (Unknown, _) | (_, Unknown) => Some(Unknown),
        (Float32, Float32) => Some(Float32),
        (Float32, x) | (x, Float32) if x.is_scalar() => Some(Float),
        (Float, x) | (x, Float) if x.is_scalar() => Some(Float),
        (Int | Bool, Int | Bool) => Some(Int),
        _ => Option::None,
    }
}

impl Ty {
    /// How Numba's `repr` spells the type (arrays differ from their `str`).
    pub fn repr(&self) -> String {
        match self {
            Ty::Array(a) => format!(
                "Array({}, {}, '{}', False, aligned=True)",
                a.dtype.name(),
                a.ndim,
                a.layout.letter()
            ),
            t => t.to_string(),
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => write!(f, "int64"),
            Ty::Float => write!(f, "float64"),
            Ty::Float32 => write!(f, "float32"),
            Ty::Bool => write!(f, "bool"),
            Ty::None => write!(f, "none"),
            Ty::Unknown => write!(f, "undefined"),
            Ty::Array(a) => write!(
                f,
                "array({}, {}d, {})",
                a.dtype.name(),
                a.ndim,
                a.layout.letter()
            ),
            Ty::Tuple(items) => {
                if !items.is_empty() && items.iter().all(|t| *t == items[0]) {
                    return write!(f, "UniTuple({}, {})", items[0], items.len());
                }
                write!(f, "Tuple(")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, ")")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unification_widens_like_numba() {
        assert_eq!(unify(&Ty::Int, &Ty::Float), Some(Ty::Float));
        assert_eq!(unify(&Ty::Bool, &Ty::Int), Some(Ty::Int));
        assert_eq!(unify(&Ty::Float32, &Ty::Int), Some(Ty::Float));
        assert_eq!(unify(&Ty::Float32, &Ty::Float32), Some(Ty::Float32));
        assert_eq!(arith(&Ty::Float32, &Ty::Float32), Some(Ty::Float32));
        assert_eq!(arith(&Ty::Float32, &Ty::Int), Some(Ty::Float));
        let c = Ty::Array(ArrTy {
            dtype: DType::Float64,
            ndim: 1,
            layout: Layout::C,
        });
        let a = Ty::Array(ArrTy {
            layout: Layout::A,
            ..c.array().unwrap()
        });
        assert_eq!(unify(&c, &a), Some(a.clone()));
        assert_eq!(unify(&Ty::Int, &c), None);
        assert_eq!(c.to_string(), "array(float64, 1d, C)");
        assert_eq!(
            Ty::Tuple(vec![Ty::Int, Ty::Int]).to_string(),
            "UniTuple(int64, 2)"
        );
    }
}
