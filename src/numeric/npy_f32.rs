//! NumPy's float32 `exp`, `log`, `sin` and `cos` on x86-64: the Cody-Waite reductions and
//! minimax polynomials of its FMA kernels (`simd_exp_FLOAT`, `simd_log_FLOAT`,
//! `simd_sincos_f32`), one lane at a time. Guarantee: the same bits as `np.exp` etc. on a
//! float32 array there (checked against an oracle table in npy_f32_tests.rs); every lane
//! operation is one IEEE-rounded step (`mul_add` is a fused multiply-add), as in the vector code.
//!
//! Those kernels are up to ~1.5 (sin/cos), ~2.5 (exp) and ~3.8 (log) ulp from exact, so a correctly rounded libm disagrees with
//! NumPy in the last digit for many inputs; matching NumPy is what this module is for.

// Constants are NumPy's decimal literals (npy_simd_data.h / npy_math.h), digit for digit, so
// they round to the same f32 values.
#![allow(clippy::excessive_precision)]

/// `x >= EXP_XMAX` overflows to +inf; `x <= EXP_XMIN` underflows to 0 (the kernel's guards).
const EXP_XMAX: f32 = 88.72283935546875;
const EXP_XMIN: f32 = -103.97208404541015625;
/// log2(e), rounded to f32 (NumPy's NPY_LOG2Ef is the same value).
const LOG2E: f32 = std::f32::consts::LOG2_E;
/// 1.5 * 2^23: adding then subtracting it rounds to the nearest integer.
const RINT_MAGIC: f32 = 12_582_912.0;
/// -ln(2) split so that `k * LN2_HI` is exact for the k that occur.
const LN2_HI: f32 = -6.93145752e-1;
const LN2_LO: f32 = -1.42860677e-6;
/// exp(y) ~ P(y) / Q(y) on the reduced interval; coefficients from lowest degree up.
const EXP_P: [f32; 6] = [
    9.999999999980870924916e-01,
    7.257664613233124478488e-01,
    2.473615434895520810817e-01,
    5.114512081637298353406e-02,
    6.757896990527504603057e-03,
    5.082762527590693718096e-04,
];
const EXP_Q: [f32; 3] = [
    1.000000000000000000000e+00,
    -2.742335390411667452936e-01,
    2.159509375685829852307e-02,
];
/// log(1+y) ~ P(y) / Q(y) for 1+y in [sqrt(1/2), sqrt(2)].
const LOG_P: [f32; 6] = [
    0.000000000000000000000e+00,
    9.999999999999998702752e-01,
    2.112677543073053063722e+00,
    1.480000633576506585156e+00,
    3.808837741388407920751e-01,
    2.589979117907922693523e-02,
];
const LOG_Q: [f32; 6] = [
    1.000000000000000000000e+00,
    2.612677543073109236779e+00,
    2.453006071784736363091e+00,
    9.864942958519418960339e-01,
    1.546476374983906719538e-01,
    5.875095403124574342950e-03,
];
/// sin/cos: 2/pi, and -pi/2 split in three for the reduction `x - k*pi/2` (NumPy's hex
/// float literals, as bit patterns: 0x1.45f306p-1, -0x1.921fb0p+0, -0x1.5110b4p-22, -0x1.846988p-48).
const TWO_O_PI: f32 = f32::from_bits(0x3F22_F983);
const PIO2_HI: f32 = f32::from_bits(0xBFC9_0FD8);
const PIO2_MED: f32 = f32::from_bits(0xB4A8_885A);
const PIO2_LO: f32 = f32::from_bits(0xA7C2_34C4);
/// Beyond these magnitudes the reduction loses accuracy and NumPy calls libm's sinf/cosf.
const SIN_MAX: f32 = 117435.992;
const COS_MAX: f32 = 71476.0625;
/// cos(r) ~ C(r^2) and sin(r) ~ r + r^3 S(r^2) on [-pi/4, pi/4], lowest degree first
/// (0x1p0, -0x1p-1, 0x1.55553cp-5, -0x1.6c06dcp-10, 0x1.98e616p-16 and -0x1.555556p-3,
/// 0x1.11119ap-7, -0x1.a06bbap-13, 0x1.7d3bbcp-19).
const COS_C: [f32; 5] = [
    1.0,
    -0.5,
    f32::from_bits(0x3D2A_AA9E),
    f32::from_bits(0xBAB6_036E),
    f32::from_bits(0x37CC_730B),
];
const SIN_S: [f32; 4] = [
    f32::from_bits(0xBE2A_AAAB),
    f32::from_bits(0x3C08_88CD),
    f32::from_bits(0xB950_35DD),
    f32::from_bits(0x363E_9DDE),
];
const LN2: f32 = std::f32::consts::LN_2;
const SQRT1_2: f32 = std::f32::consts::FRAC_1_SQRT_2;

use std::mem::MaybeUninit;

/// Horner's rule with fused steps, highest coefficient first, as the kernels order it.
#[inline(always)]
fn horner(c: &[f32], x: f32) -> f32 {
    let n = c.len();
    let mut acc = c[n - 1].mul_add(x, c[n - 2]);
    for &k in c[..n - 2].iter().rev() {
        acc = acc.mul_add(x, k);
    }
    acc
}

/// `poly * 2^k` with one rounding, as `vscalefps` computes it: the f64 product is exact and
/// the cast rounds once, also into the subnormal range. `k` is an integer in [-150, 128].
#[inline(always)]
fn scale(poly: f32, k: f32) -> f32 {
    let two_k = f64::from_bits(((k as i32 + 1023) as u64) << 52);
    (poly as f64 * two_k) as f32
}

// The functions below are written without early returns: special lanes are replaced by
// selects at the end, as the vector kernels do, so the fill loops vectorize.

/// `np.exp` of one float32, bit for bit.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
    let nan = x.is_nan();
    let over = x >= EXP_XMAX;
    let under = x <= EXP_XMIN;
    let xs = if nan || over || under { 0.0 } else { x };
    let k = (xs * LOG2E + RINT_MAGIC) - RINT_MAGIC;
    let y = k.mul_add(LN2_LO, k.mul_add(LN2_HI, xs));
    let r = scale(horner(&EXP_P, y) / horner(&EXP_Q, y), k);
    let r = if under { 0.0 } else { r };
    let r = if over { f32::INFINITY } else { r };
    if nan {
        f32::NAN
    } else {
        r
    }
}

/// `np.log` of one float32, bit for bit (negative input gives NumPy's negative NaN).
#[inline(always)]
pub fn log(x: f32) -> f32 {
    // x = m * 2^e with m in [0.5, 1); subnormals are normalised first (getexp/getmant).
    let sub = x < f32::MIN_POSITIVE;
    let xs = if sub {
        x * f32::from_bits((127 + 100) << 23)
    } else {
        x
    };
    let bits = xs.to_bits();
    let e = ((bits >> 23) as i32 - 126 - if sub { 100 } else { 0 }) as f32;
    let m = f32::from_bits((bits & 0x007f_ffff) | (126 << 23));
    let low = m <= SQRT1_2;
    let m = if low { m + m } else { m };
    let e = if low { e - 1.0 } else { e };
    let y = m - 1.0;
    let r = e.mul_add(LN2, horner(&LOG_P, y) / horner(&LOG_Q, y));
    let r = if x == f32::INFINITY { f32::INFINITY } else { r };
    let r = if x == 0.0 { f32::NEG_INFINITY } else { r };
    let r = if x < 0.0 { -f32::NAN } else { r };
    if x.is_nan() {
        f32::NAN
    } else {
        r
    }
}

/// The Cody-Waite part of `np.sin`/`np.cos`, right for |x| up to `SIN_MAX` / `COS_MAX`.
#[inline(always)]
fn sincos_reduced(x: f32, cos: bool) -> f32 {
    let nan = x.is_nan();
    let xs = if nan { 0.0 } else { x };
    let k = (xs * TWO_O_PI + RINT_MAGIC) - RINT_MAGIC;
    let r = k.mul_add(PIO2_LO, k.mul_add(PIO2_MED, k.mul_add(PIO2_HI, xs)));
    let r2 = r * r;
    let c = horner(&COS_C, r2);
    let s = horner(&SIN_S, r2).mul_add(r2, 0.0).mul_add(r, r);
    let quadrant = k as i32 + cos as i32;
    let v = if quadrant & 1 == 0 { s } else { c };
    // The kernel negates as `0 - v`, which turns -0 into +0; keep that.
    let v = if quadrant & 2 == 2 { 0.0 - v } else { v };
    if nan {
        f32::NAN
    } else {
        v
    }
}

/// Whether NumPy leaves `x` to libm's sinf/cosf.
#[inline(always)]
fn sincos_large(x: f32, cos: bool) -> bool {
    x.abs() > if cos { COS_MAX } else { SIN_MAX }
}

/// `np.sin` (`cos == false`) or `np.cos` of one float32, bit for bit.
pub fn sincos(x: f32, cos: bool) -> f32 {
    if sincos_large(x, cos) {
        if cos {
            x.cos()
        } else {
            x.sin()
        }
    } else {
        sincos_reduced(x, cos)
    }
}

/// The float32 functions this module provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Exp,
    Log,
    Sin,
    Cos,
}

/// Writes `op` of each `input` element to `out` (same length). On x86-64 with FMA and AVX2 the
/// loop is compiled for them, so `mul_add` is one instruction instead of a libm call and the
/// loop vectorizes; the bits are the same either way.
pub fn fill(op: Op, input: &[f32], out: &mut [MaybeUninit<f32>]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2")
        {
            // SAFETY: the CPU supports FMA and AVX2, the features `fill_fma` is compiled with.
            return unsafe { fill_fma(op, input, out) };
        }
    }
    fill_with(op, input, out)
}

#[inline(always)]
fn fill_with(op: Op, input: &[f32], out: &mut [MaybeUninit<f32>]) {
    match op {
        Op::Exp => out.iter_mut().zip(input).for_each(|(o, &x)| {
            o.write(exp(x));
        }),
        Op::Log => out.iter_mut().zip(input).for_each(|(o, &x)| {
            o.write(log(x));
        }),
        Op::Sin | Op::Cos => {
            let cos = op == Op::Cos;
            out.iter_mut().zip(input).for_each(|(o, &x)| {
                o.write(sincos_reduced(x, cos));
            });
            // Second pass for the (rare) lanes NumPy hands to libm, keeping the first one
            // branch-free.
            for (o, &x) in out.iter_mut().zip(input) {
                if sincos_large(x, cos) {
                    o.write(sincos(x, cos));
                }
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma,avx2")]
unsafe fn fill_fma(op: Op, input: &[f32], out: &mut [MaybeUninit<f32>]) {
    fill_with(op, input, out)
}

#[cfg(test)]
#[path = "npy_f32_tests.rs"]
mod tests;
