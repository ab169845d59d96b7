//! CPython 3.11's numeric hash functions (`hash()` of int, float, bool, tuple, frozenset),
//! bit-for-bit on a 64-bit build, plus a fixed, deterministic string hash.
//! Guarantee: no function here returns -1 (CPython reserves it for errors).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// `sys.hash_info.width`-dependent constants for 64-bit builds.
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a machine int.
pub fn hash_i64(n: i64) -> i64 {
    let m = n.unsigned_abs() % HASH_MODULUS;
    let h = if n < 0 { -(m as i64) } else { m as i64 };
    fix(h)
}

/// `hash(n)` for an arbitrary int: sign(n) * (|n| mod (2**61 - 1)), with -1 mapped to -2.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    // Reduce 64-bit chunks from the top: x = (x * 2**64 + d) mod P; 2**64 = 8 (mod P).
    let mut x: u128 = 0;
    for d in n.magnitude().iter_u64_digits().rev() {
        x = ((x << 64) | d as u128) % HASH_MODULUS as u128;
    }
    let m = x as i64;
    fix(if n.is_negative() { -m } else { m })
}

/// `hash(b)` for a bool.
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// `_Py_HashPointer`: the hash of an object by identity (used for nan in 3.11).
pub fn hash_pointer(id: usize) -> i64 {
    let y = (id >> 4) | (id << (usize::BITS - 4));
    fix(y as i64)
}

/// `_Py_HashDouble`: `hash(x)` for a float; equal to `hash(int(x))` for integral x.
/// A nan hashes by identity in 3.11, so the caller passes the object's `id`.
pub fn hash_f64(x: f64, id: usize) -> i64 {
    if !x.is_finite() {
        if x.is_infinite() {
            return if x > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return hash_pointer(id);
    }
    let (mut m, mut e) = crate::numeric::mathfns::frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    fix((h as i64).wrapping_mul(sign))
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// 3.11's `tuplehash` (xxHash-derived) over the hashes of the items.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `frozenset_hash` over the hashes of the members (order does not matter).
pub fn hash_frozenset(member_hashes: &[i64]) -> i64 {
    let mut h: u64 = 0;
    for &m in member_hashes {
        h ^= shuffle_bits(m as u64);
    }
    h ^= (member_hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        h = 590_923_713;
    }
    h as i64
}

/// A fast, deterministic 64-bit string hash (CPython's own is randomised per process).
/// `hash_str("") == 0` as in CPython; never returns -1.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// The same hash over raw bytes (for `bytes` objects).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = 0x243f_6a88_85a3_08d3 ^ (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(buf))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    // splitmix64 finaliser for good avalanche.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    fix(h as i64)
}

#[cfg(test)]
#[path = "hash_tests.rs"]
mod tests;
