//! `round(x, ndigits)` for floats (correctly rounded, half-even on the exact binary value, as
//! CPython's `double_round`) and `float.as_integer_ratio()`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, Zero};

use super::FormatError;

/// Exact decomposition of a finite float: x = m × 2^e with m odd (or zero).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = BigInt::from(m);
    (if neg { -m } else { m }, e)
}

/// `x.as_integer_ratio()` for a finite x: (numerator, positive denominator) in lowest terms.
/// Errors as CPython for inf ("cannot convert Infinity to integer ratio", OverflowError) and
/// nan ("cannot convert NaN to integer ratio", ValueError).
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (m, e) = decompose(x);
    if e >= 0 {
        Ok((m << e as usize, BigInt::one()))
    } else {
        Ok((m, BigInt::one() << (-e) as usize))
    }
}

/// `round(x, ndigits)`: nan/inf round to themselves; OverflowError "rounded value too large
/// to represent" when the result overflows.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        // Round x / 10^k to an integer, half-even, exactly.
        let k = (-ndigits) as u32;
        let (m, e) = decompose(x);
        let (num, den) = if e >= 0 {
            (m.abs() << e as usize, BigInt::from(10u32).pow(k))
        } else {
            (m.abs(), BigInt::from(10u32).pow(k) << (-e) as usize)
        };
        let (mut q, r) = num.div_rem(&den);
        let twice = &r * 2u32;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1u32;
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{}{}e{}", sign, q, k)
    };
    let y: f64 = text.parse().unwrap_or(f64::NAN);
    if y.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(y)
}
