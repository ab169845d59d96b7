//! Hashing and user-code-free equality for the built-in immutable types, with CPython's hash
//! values for numbers and tuples (so `hash(x)` prints the same) and a fast fixed hash for str.

use super::value::Value;
use num_bigint::BigInt;

const MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (nan hashes by identity in CPython; here by a constant).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let r = (h as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash-derived).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// A fast deterministic string hash (CPython randomises str hashes, so no exact match is due).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for chunk in s.as_bytes().chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(w))
            .wrapping_mul(0x100000001b3)
            .rotate_left(29);
    }
    h ^= s.len() as u64;
    h = h.wrapping_mul(0x9E3779B97F4A7C15);
    let r = (h >> 1) as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Hash of a value whose hash needs no user code; `None` for instances and natives.
pub fn fast_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(x) => hash_f64(*x),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => hash_str(&String::from_utf8_lossy(b)),
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
    fn cpython_hashes() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-0.5), -1152921504606846976);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_i64(1 << 61), 1);
    }
}
