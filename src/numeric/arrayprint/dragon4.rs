//! NumPy's Dragon4 float printer (`numpy/_core/src/multiarray/dragon4.c`): the digit generator
//! (shortest-unique or exact, with NumPy's cutoff rules) and the positional / scientific layouts
//! behind `np.format_float_positional`, `np.format_float_scientific`, array printing and the
//! `str` of float scalars. Digits are computed on exact big integers, so the output is the same
//! as NumPy's for every float64 and float32 value.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// How many digits to generate: enough to identify the value uniquely among floats of its
/// type (`unique=True`), or the exact decimal expansion cut at the precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DigitMode {
    Unique,
    Exact,
}

/// Whether precision counts all digits (scientific) or digits after the point (positional).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CutoffMode {
    TotalLength,
    FractionLength,
}

/// NumPy's `trim` argument: 'k' keeps trailing zeros, '.' trims them but keeps the point,
/// '0' keeps one zero after the point, '-' trims the zeros and the point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Trim {
    Keep,
    Zeros,
    LeaveOneZero,
    DptZeros,
}

/// Size of NumPy's scratch buffer; output is never longer than this less one.
const BUFFER_SIZE: i32 = 16384;

/// The options of one Dragon4 call (NumPy's `Dragon4_Options`); -1 means "not given".
#[derive(Clone, Copy, Debug)]
pub(crate) struct Opts {
    pub digit_mode: DigitMode,
    pub cutoff_mode: CutoffMode,
    pub precision: i32,
    pub min_digits: i32,
    pub sign: bool,
    pub trim: Trim,
    pub pad_left: i32,
    pub pad_right: i32,
    pub exp_digits: i32,
}

impl Opts {
    /// Shortest unique digits, no cutoff, no padding.
    pub fn unique(trim: Trim) -> Self {
        Opts {
            digit_mode: DigitMode::Unique,
            cutoff_mode: CutoffMode::FractionLength,
            precision: -1,
            min_digits: -1,
            sign: false,
            trim,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    }
}

/// A float taken apart: value = mantissa × 2^exponent, with the index of the mantissa's top
/// bit and whether the gap to the next lower float is half the gap to the next higher one.
#[derive(Clone, Copy, Debug)]
struct Decoded {
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal_margins: bool,
}

enum Class {
    Finite(Decoded),
    Inf,
    Nan,
}

/// Splits `x` as a float64, or as a float32 when `f32` is set (`x` must then hold an exact
/// float32 value; it is narrowed with `as f32`).
fn decode(x: f64, f32: bool) -> (bool, Class) {
    let (negative, biased, fraction, frac_bits, bias) = if f32 {
        let bits = (x as f32).to_bits();
        (
            bits >> 31 != 0,
            (bits >> 23) & 0xff,
            u64::from(bits & 0x7f_ffff),
            23u32,
            127i32,
        )
    } else {
        let bits = x.to_bits();
        (
            bits >> 63 != 0,
            ((bits >> 52) & 0x7ff) as u32,
            bits & ((1u64 << 52) - 1),
            52u32,
            1023i32,
        )
    };
    let max_biased = if f32 { 0xff } else { 0x7ff };
    if biased == max_biased {
        return (
            negative,
            if fraction == 0 {
                Class::Inf
            } else {
                Class::Nan
            },
        );
    }
    let d = if biased != 0 {
        Decoded {
            mantissa: (1u64 << frac_bits) | fraction,
            exponent: biased as i32 - bias - frac_bits as i32,
            mantissa_bit: frac_bits,
            unequal_margins: biased != 1 && fraction == 0,
        }
    } else {
        Decoded {
            mantissa: fraction,
            exponent: 1 - bias - frac_bits as i32,
            mantissa_bit: if fraction == 0 {
                0
            } else {
                63 - fraction.leading_zeros()
            },
            unequal_margins: false,
        }
    };
    (negative, Class::Finite(d))
}

fn pow10(n: u32) -> BigUint {
    BigUint::from(10u32).pow(n)
}

/// NumPy's `Dragon4()`: the digits (ASCII) and the base-10 exponent of the first one.
fn dragon4(
    d: &Decoded,
    digit_mode: DigitMode,
    cutoff_mode: CutoffMode,
    cutoff_max: i32,
    cutoff_min: i32,
    buffer_size: i32,
) -> (Vec<u8>, i32) {
    if d.mantissa == 0 {
        return (vec![b'0'], 0);
    }
    let is_even = d.mantissa.is_multiple_of(2);
    let m = BigUint::from(d.mantissa);
    let e = d.exponent;
    // value = scaled_value / scale; the margins are half the distance to the neighbours.
    let (mut value, mut scale, mut margin_low) = if d.unequal_margins {
        if e > 0 {
            (
                m << (e as usize + 2),
                BigUint::from(4u32),
                BigUint::from(1u32) << e as usize,
            )
        } else {
            (
                m << 2usize,
                BigUint::from(1u32) << (2 - e) as usize,
                BigUint::from(1u32),
            )
        }
    } else if e > 0 {
        (
            m << (e as usize + 1),
            BigUint::from(2u32),
            BigUint::from(1u32) << e as usize,
        )
    } else {
        (
            m << 1usize,
            BigUint::from(1u32) << (1 - e) as usize,
            BigUint::from(1u32),
        )
    };
    let margin_high = |low: &BigUint| -> BigUint {
        if d.unequal_margins {
            low << 1usize
        } else {
            low.clone()
        }
    };

    let mut digit_exponent =
        ((d.mantissa_bit as i32 + e) as f64 * std::f64::consts::LOG10_2 - 0.69).ceil() as i32;
    if cutoff_max >= 0 && cutoff_mode == CutoffMode::FractionLength && digit_exponent <= -cutoff_max
    {
        digit_exponent = -cutoff_max + 1;
    }
    if digit_exponent > 0 {
        scale *= pow10(digit_exponent as u32);
    } else if digit_exponent < 0 {
        let p = pow10((-digit_exponent) as u32);
        value *= &p;
        margin_low *= &p;
    }
    if value >= scale {
        digit_exponent += 1;
    } else {
        value *= 10u32;
        margin_low *= 10u32;
    }

    let mut cutoff_max_exponent = digit_exponent - buffer_size;
    if cutoff_max >= 0 {
        let desired = match cutoff_mode {
            CutoffMode::TotalLength => digit_exponent - cutoff_max,
            CutoffMode::FractionLength => -cutoff_max,
        };
        cutoff_max_exponent = cutoff_max_exponent.max(desired);
    }
    let mut cutoff_min_exponent = digit_exponent;
    if cutoff_min >= 0 {
        let desired = match cutoff_mode {
            CutoffMode::TotalLength => digit_exponent - cutoff_min,
            CutoffMode::FractionLength => -cutoff_min,
        };
        cutoff_min_exponent = cutoff_min_exponent.min(desired);
    }
    let mut out_exponent = digit_exponent - 1;

    let mut digits: Vec<u8> = Vec::with_capacity(24);
    let (low, high, output_digit);
    match digit_mode {
        DigitMode::Unique => loop {
            digit_exponent -= 1;
            let (q, r) = value.div_rem(&scale);
            value = r;
            let digit = q.to_u32().unwrap_or(0);
            let value_high = &value + margin_high(&margin_low);
            let lo = if is_even {
                value <= margin_low
            } else {
                value < margin_low
            };
            let hi = if is_even {
                value_high >= scale
            } else {
                value_high > scale
            };
            if ((lo || hi) && digit_exponent <= cutoff_min_exponent)
                || digit_exponent == cutoff_max_exponent
            {
                low = lo;
                high = hi;
                output_digit = digit;
                break;
            }
            digits.push(b'0' + digit as u8);
            value *= 10u32;
            margin_low *= 10u32;
        },
        DigitMode::Exact => loop {
            digit_exponent -= 1;
            let (q, r) = value.div_rem(&scale);
            value = r;
            let digit = q.to_u32().unwrap_or(0);
            if value.is_zero() || digit_exponent == cutoff_max_exponent {
                low = false;
                high = false;
                output_digit = digit;
                break;
            }
            digits.push(b'0' + digit as u8);
            value *= 10u32;
        },
    }

    let mut round_down = low;
    if low == high {
        value <<= 1usize;
        round_down = match value.cmp(&scale) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => output_digit & 1 == 0,
        };
    }
    if round_down {
        digits.push(b'0' + output_digit as u8);
    } else if output_digit == 9 {
        // Carry into the earlier digits; all nines become a single 1 one place higher.
        loop {
            match digits.pop() {
                None => {
                    digits.push(b'1');
                    out_exponent += 1;
                    break;
                }
                Some(b'9') => continue,
                Some(c) => {
                    digits.push(c + 1);
                    break;
                }
            }
        }
    } else {
        digits.push(b'0' + output_digit as u8 + 1);
    }
    (digits, out_exponent)
}

fn push_n(out: &mut String, c: char, n: i32) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

fn inf_nan(negative: bool, sign: bool, inf: bool) -> String {
    if !inf {
        return "nan".to_string();
    }
    match (negative, sign) {
        (true, _) => "-inf".to_string(),
        (false, true) => "+inf".to_string(),
        (false, false) => "inf".to_string(),
    }
}

/// Clamps a caller's precision so that no layout asks for more than the scratch buffer holds.
fn clamp(n: i32) -> i32 {
    n.min(BUFFER_SIZE - 64)
}

/// `FormatPositional`: `x` (a float64, or a float32 value when `f32`) as `ddd.ddd`.
pub(crate) fn positional(x: f64, f32: bool, o: &Opts) -> String {
    let (negative, class) = decode(x, f32);
    let d = match class {
        Class::Finite(d) => d,
        Class::Inf => return inf_nan(negative, o.sign, true),
        Class::Nan => return inf_nan(negative, o.sign, false),
    };
    let precision = clamp(o.precision);
    let min_digits = clamp(o.min_digits);
    let mut out = String::new();
    let has_sign = if negative {
        out.push('-');
        1
    } else if o.sign {
        out.push('+');
        1
    } else {
        0
    };
    let (digits, print_exponent) = dragon4(
        &d,
        o.digit_mode,
        o.cutoff_mode,
        precision,
        min_digits,
        BUFFER_SIZE - 1 - has_sign,
    );
    let num_digits = digits.len() as i32;
    let num_whole_digits;
    let mut num_fraction_digits = 0;
    if print_exponent >= 0 {
        num_whole_digits = print_exponent + 1;
        if num_digits <= num_whole_digits {
            out.extend(digits.iter().map(|&c| c as char));
            push_n(&mut out, '0', num_whole_digits - num_digits);
        } else {
            let w = num_whole_digits as usize;
            out.extend(digits[..w].iter().map(|&c| c as char));
            out.push('.');
            out.extend(digits[w..].iter().map(|&c| c as char));
            num_fraction_digits = num_digits - num_whole_digits;
        }
    } else {
        let zeros = -(print_exponent + 1);
        out.push_str("0.");
        push_n(&mut out, '0', zeros);
        out.extend(digits.iter().map(|&c| c as char));
        num_fraction_digits = num_digits + zeros;
        num_whole_digits = 1;
    }
    if o.trim != Trim::DptZeros && num_fraction_digits == 0 {
        out.push('.');
    }
    let add_digits = if o.digit_mode == DigitMode::Unique {
        min_digits
    } else {
        precision
    };
    let desired_fraction_digits = match o.cutoff_mode {
        CutoffMode::TotalLength => add_digits - num_whole_digits,
        CutoffMode::FractionLength => add_digits.max(0),
    };
    if o.trim == Trim::LeaveOneZero {
        if num_fraction_digits == 0 {
            out.push('0');
            num_fraction_digits += 1;
        }
    } else if o.trim == Trim::Keep && desired_fraction_digits > num_fraction_digits {
        push_n(&mut out, '0', desired_fraction_digits - num_fraction_digits);
        num_fraction_digits = desired_fraction_digits;
    }
    if o.trim != Trim::Keep && num_fraction_digits > 0 {
        while out.ends_with('0') {
            out.pop();
            num_fraction_digits -= 1;
        }
        if out.ends_with('.') {
            if o.trim == Trim::LeaveOneZero {
                out.push('0');
                num_fraction_digits += 1;
            } else if o.trim == Trim::DptZeros {
                out.pop();
            }
        }
    }
    let pad_right = clamp(o.pad_right);
    if pad_right >= num_fraction_digits {
        if o.trim == Trim::DptZeros && num_fraction_digits == 0 {
            out.push(' ');
        }
        push_n(&mut out, ' ', pad_right - num_fraction_digits);
    }
    let pad_left = clamp(o.pad_left);
    if pad_left > num_whole_digits + has_sign {
        let mut padded = String::with_capacity(out.len() + pad_left as usize);
        push_n(&mut padded, ' ', pad_left - (num_whole_digits + has_sign));
        padded.push_str(&out);
        out = padded;
    }
    out
}

/// `FormatScientific`: `x` (a float64, or a float32 value when `f32`) as `d.ddde+XX`.
pub(crate) fn scientific(x: f64, f32: bool, o: &Opts) -> String {
    let (negative, class) = decode(x, f32);
    let d = match class {
        Class::Finite(d) => d,
        Class::Inf => return inf_nan(negative, o.sign, true),
        Class::Nan => return inf_nan(negative, o.sign, false),
    };
    let precision = clamp(o.precision);
    let min_digits = clamp(o.min_digits);
    let mut out = String::new();
    let sign_char = if negative {
        Some('-')
    } else if o.sign {
        Some('+')
    } else {
        None
    };
    let left_chars = 1 + i32::from(sign_char.is_some());
    push_n(&mut out, ' ', clamp(o.pad_left) - left_chars);
    if let Some(c) = sign_char {
        out.push(c);
    }
    let (digits, mut print_exponent) = dragon4(
        &d,
        o.digit_mode,
        CutoffMode::TotalLength,
        if precision < 0 { -1 } else { precision + 1 },
        if min_digits < 0 { -1 } else { min_digits + 1 },
        BUFFER_SIZE - out.len() as i32,
    );
    out.push(digits[0] as char);
    let mut num_fraction_digits = digits.len() as i32 - 1;
    if num_fraction_digits > 0 {
        out.push('.');
        out.extend(digits[1..].iter().map(|&c| c as char));
    }
    if o.trim != Trim::DptZeros && num_fraction_digits == 0 {
        out.push('.');
    }
    let add_digits = if o.digit_mode == DigitMode::Unique {
        min_digits
    } else {
        precision
    }
    .max(0);
    if o.trim == Trim::LeaveOneZero {
        if num_fraction_digits == 0 {
            out.push('0');
            num_fraction_digits += 1;
        }
    } else if o.trim == Trim::Keep && add_digits > num_fraction_digits {
        push_n(&mut out, '0', add_digits - num_fraction_digits);
        num_fraction_digits = add_digits;
    }
    if o.trim != Trim::Keep && num_fraction_digits > 0 {
        while out.ends_with('0') {
            out.pop();
        }
        if o.trim == Trim::LeaveOneZero && out.ends_with('.') {
            out.push('0');
        }
    }
    let exp_digits = if o.exp_digits < 0 {
        2
    } else {
        o.exp_digits.min(5)
    };
    out.push('e');
    if print_exponent >= 0 {
        out.push('+');
    } else {
        out.push('-');
        print_exponent = -print_exponent;
    }
    let text = print_exponent.to_string();
    push_n(&mut out, '0', exp_digits - text.len() as i32);
    out.push_str(&text);
    out
}
