//! Hashing and user-code-free equality for the built-in immutable types, with CPython's hash
//! values for numbers and tuples (so `hash(x)` prints the same) and a fast fixed hash for str.

use super::value::Value;

pub use crate::numeric::hash::{hash_bigint, hash_i64, hash_str, hash_tuple};
use crate::numeric::hash::{hash_bytes, hash_f64};

/// Hash of a value whose hash needs no user code; `None` for instances and natives.
pub fn fast_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        // Floats are unboxed, so a nan has no identity to hash by: all nans hash alike.
        Value::Float(x) => hash_f64(*x, 0),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => hash_bytes(b),
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                hs.push(fast_hash(x)?);
            }
            hash_tuple(&hs)
        }
        Value::Set(s) if s.frozen => {
            let mut hs = Vec::with_capacity(s.len());
            for x in s.items() {
                hs.push(fast_hash(&x)?);
            }
            crate::numeric::hash::hash_frozenset(&hs)
        }
        Value::Instance(_) | Value::Native(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) => {
            return None
        }
        other => {
            let p = other.ptr().unwrap_or(0) as i64;
            p.rotate_right(4)
        }
    })
}

/// Equality that needs no user code: `Some(result)` for numbers, strings, bytes and tuples of
/// those; `None` when user code might decide.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (*x as f64) == *y && y.fract() == 0.0 && (*y as i64) == *x
        }
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (None, None) => true,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) | (BigInt(_), Bool(_)) | (Bool(_), BigInt(_)) => {
            false
        }
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            use num_traits::ToPrimitive;
            y.fract() == 0.0
                && x.to_f64() == Some(*y)
                && num_bigint::BigInt::from(*y as i128) == **x
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !p.is(q) && !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) | (Native(_), _) | (_, Native(_)) => {
            return Option::None
        }
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) => return Option::None,
        _ => a.is(b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn values_hash_like_cpython() {
        assert_eq!(fast_hash(&Value::Int(-1)), Some(-2));
        assert_eq!(fast_hash(&Value::Float(1.5)), Some(1152921504606846977));
        assert_eq!(fast_hash(&Value::Float(-0.5)), Some(-1152921504606846976));
        assert_eq!(fast_hash(&Value::Bool(true)), Some(1));
        assert_eq!(
            fast_hash(&Value::tuple(vec![Value::Int(1), Value::Int(2)])),
            Some(-3550055125485641917)
        );
        assert_eq!(fast_hash(&Value::Int(1 << 61)), Some(1));
        assert_eq!(fast_hash(&Value::list(vec![])), None);
    }
}
