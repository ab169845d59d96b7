//! NumPy's parameter checks for the distributions (`_common.pyx` `check_constraint` and the
//! extra checks in `mtrand.pyx` / `_generator.pyx`), with NumPy's exception types and messages.
//! NumPy checks before it draws, so a rejected call consumes no randomness; callers do the same
//! by running the matching check before a sampling method.

use super::RandomError;

fn value_error(msg: impl Into<String>) -> RandomError {
    RandomError {
        kind: "ValueError",
        msg: msg.into(),
    }
}

/// `CONS_NON_NEGATIVE` for a float: rejects anything with the sign bit set (so `-0.0` too),
/// lets NaN through. Message: `"{name} < 0"` (e.g. `scale`).
pub fn non_negative(val: f64, name: &str) -> Result<(), RandomError> {
    if !val.is_nan() && val.is_sign_negative() {
        return Err(value_error(format!("{name} < 0")));
    }
    Ok(())
}

/// `RandomState.uniform(low, high)`: only the range must be finite (high < low is allowed).
pub fn legacy_uniform(low: f64, high: f64) -> Result<(), RandomError> {
    if !(high - low).is_finite() {
        return Err(RandomError {
            kind: "OverflowError",
            msg: "Range exceeds valid bounds".into(),
        });
    }
    Ok(())
}

/// `Generator.uniform(low, high)`: a finite, non-negative range.
pub fn uniform(low: f64, high: f64) -> Result<(), RandomError> {
    let range = high - low;
    if !range.is_finite() {
        return Err(RandomError {
            kind: "OverflowError",
            msg: "high - low range exceeds valid bounds".into(),
        });
    }
    non_negative(range, "high - low")
}

/// `CONS_POISSON`: `lam` in [0, POISSON_LAM_MAX] (the same bound for both APIs).
pub fn poisson_lam(lam: f64) -> Result<(), RandomError> {
    let max = i64::MAX as f64 - (i64::MAX as f64).sqrt() * 10.0;
    if lam.is_nan() || lam < 0.0 {
        return Err(value_error("lam < 0 or lam is NaN"));
    }
    if lam > max {
        return Err(value_error("lam value too large"));
    }
    Ok(())
}

/// `binomial(n, p)`: `p` in [0, 1] (`CONS_BOUNDED_0_1`), then `n >= 0`.
pub fn binomial(n: i64, p: f64) -> Result<(), RandomError> {
    if !(0.0..=1.0).contains(&p) {
        return Err(value_error("p < 0, p > 1 or p is NaN"));
    }
    if n < 0 {
        return Err(value_error("n < 0"));
    }
    Ok(())
}
