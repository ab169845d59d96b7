//! Bounded integers as NumPy draws them (`distributions.c`): masked rejection sampling (the
//! legacy `RandomState` algorithm) and Lemire's multiply-shift rejection (`Generator`), on
//! 32-bit draws when the range fits in 32 bits and on 64-bit draws otherwise.
//! Every function takes the inclusive range `rng = high - low` and returns a value in [0, rng].

use super::bitgen::BitGen;
use super::RandomError;

/// The smallest all-ones mask covering `max` (`gen_mask`).
#[inline]
pub fn gen_mask(max: u64) -> u64 {
    if max == 0 {
        0
    } else {
        u64::MAX >> max.leading_zeros()
    }
}

/// `buffered_bounded_masked_uint32` (the buffer is unused at 32 bits).
#[inline]
fn masked_u32<G: BitGen>(g: &mut G, rng: u32, mask: u32) -> u32 {
    loop {
        let v = g.next_u32() & mask;
        if v <= rng {
            return v;
        }
    }
}

/// `bounded_masked_uint64`.
#[inline]
fn masked_u64<G: BitGen>(g: &mut G, rng: u64, mask: u64) -> u64 {
    loop {
        let v = g.next_u64() & mask;
        if v <= rng {
            return v;
        }
    }
}

/// `buffered_bounded_lemire_uint32`; `rng` must be below `u32::MAX`.
#[inline]
fn lemire_u32<G: BitGen>(g: &mut G, rng: u32) -> u32 {
    let rng_excl = rng + 1;
    let mut m = g.next_u32() as u64 * rng_excl as u64;
    let mut leftover = m as u32;
    if leftover < rng_excl {
        let threshold = (u32::MAX - rng) % rng_excl;
        while leftover < threshold {
            m = g.next_u32() as u64 * rng_excl as u64;
            leftover = m as u32;
        }
    }
    (m >> 32) as u32
}

/// `bounded_lemire_uint64`; `rng` must be below `u64::MAX`.
#[inline]
fn lemire_u64<G: BitGen>(g: &mut G, rng: u64) -> u64 {
    let rng_excl = rng + 1;
    let mut m = g.next_u64() as u128 * rng_excl as u128;
    let mut leftover = m as u64;
    if leftover < rng_excl {
        let threshold = (u64::MAX - rng) % rng_excl;
        while leftover < threshold {
            m = g.next_u64() as u128 * rng_excl as u128;
            leftover = m as u64;
        }
    }
    (m >> 64) as u64
}

/// One value of `random_bounded_uint64(off=0, rng, use_masked)` (also what each element of
/// `random_bounded_uint64_fill` and `random_bounded_uint32_fill` draws: at 32 and 64 bits
/// NumPy's fills keep no state between elements).
#[inline]
pub fn bounded_u64<G: BitGen>(g: &mut G, rng: u64, masked: bool) -> u64 {
    if rng == 0 {
        0
    } else if rng <= 0xffff_ffff {
        let rng32 = rng as u32;
        if rng32 == u32::MAX {
            g.next_u32() as u64
        } else if masked {
            masked_u32(g, rng32, gen_mask(rng) as u32) as u64
        } else {
            lemire_u32(g, rng32) as u64
        }
    } else if rng == u64::MAX {
        g.next_u64()
    } else if masked {
        masked_u64(g, rng, gen_mask(rng))
    } else {
        lemire_u64(g, rng)
    }
}

/// Fills `out` with `off + bounded_u64(rng)` (wrapping, as NumPy's unsigned arithmetic does).
pub fn fill_bounded_i64<G: BitGen>(g: &mut G, off: u64, rng: u64, masked: bool, out: &mut [i64]) {
    // The branches are hoisted so each loop is a tight draw-and-store.
    if rng == 0 {
        out.fill(off as i64);
    } else if rng < 0xffff_ffff {
        let rng32 = rng as u32;
        if masked {
            let mask = gen_mask(rng) as u32;
            for o in out.iter_mut() {
                *o = off.wrapping_add(masked_u32(g, rng32, mask) as u64) as i64;
            }
        } else {
            for o in out.iter_mut() {
                *o = off.wrapping_add(lemire_u32(g, rng32) as u64) as i64;
            }
        }
    } else {
        for o in out.iter_mut() {
            *o = off.wrapping_add(bounded_u64(g, rng, masked)) as i64;
        }
    }
}

/// `random_interval(max)`: a value in [0, max] by masked rejection, the draw behind the
/// shuffles of both `RandomState` and `Generator`.
#[inline]
pub fn random_interval<G: BitGen>(g: &mut G, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    if max <= 0xffff_ffff {
        masked_u32(g, max as u32, mask as u32) as u64
    } else {
        masked_u64(g, max, mask)
    }
}

/// Fisher–Yates from the end with `random_interval`, as NumPy's `_shuffle_raw` does: for
/// `i = n-1 .. 1`, swap `x[i]` with `x[random_interval(i)]`.
pub fn shuffle<G: BitGen, T>(g: &mut G, x: &mut [T]) {
    for i in (1..x.len()).rev() {
        let j = random_interval(g, i as u64) as usize;
        x.swap(i, j);
    }
}

fn out_of_bounds(which: &str, ty: &str) -> RandomError {
    RandomError {
        kind: "ValueError",
        msg: format!("{which} is out of bounds for {ty}"),
    }
}

/// Checks `[low, high)` (or `[low, high]` when `closed`) against the bounds of a signed integer
/// type of `bits` bits, as `_bounded_integers` does, and returns `(off, rng)`: the offset as
/// the unsigned image of `low` and the inclusive range `high - low`.
pub fn int_range(
    low: i128,
    high: i128,
    closed: bool,
    bits: u32,
) -> Result<(u64, u64), RandomError> {
    let ty = if bits == 64 { "int64" } else { "int32" };
    let lo_bound = -(1i128 << (bits - 1));
    let hi_bound = (1i128 << (bits - 1)) - 1;
    let high = if closed { high } else { high - 1 };
    if low < lo_bound {
        return Err(out_of_bounds("low", ty));
    }
    if high > hi_bound {
        return Err(out_of_bounds("high", ty));
    }
    if low > high {
        return Err(RandomError {
            kind: "ValueError",
            msg: if closed { "low > high" } else { "low >= high" }.into(),
        });
    }
    Ok((low as i64 as u64, (high - low) as u64))
}
