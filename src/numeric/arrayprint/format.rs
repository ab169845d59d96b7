//! The per-dtype element formatters of `numpy/_core/arrayprint.py` (`FloatingFormat`,
//! `IntegerFormat`, `BoolFormat`): built once from every element that will be printed, they
//! give all elements a common width.

use super::dragon4::{self, CutoffMode, DigitMode, Trim};
use super::{ElemType, FloatMode, PrintOptions, Scalar};

/// Python's `len` of a string (code points).
pub(crate) fn width(s: &str) -> i64 {
    s.chars().count() as i64
}

pub(crate) fn as_f64(x: Scalar) -> f64 {
    match x {
        Scalar::Float(v) => v,
        Scalar::Int(v) => v as f64,
        Scalar::Bool(b) => f64::from(u8::from(b)),
    }
}

pub(crate) fn as_i64(x: Scalar) -> i64 {
    match x {
        Scalar::Int(v) => v,
        // Saturating, NaN to 0: a caller handing floats for an int dtype gets no panic.
        Scalar::Float(v) => v as i64,
        Scalar::Bool(b) => i64::from(b),
    }
}

pub(crate) fn as_bool(x: Scalar) -> bool {
    match x {
        Scalar::Bool(b) => b,
        Scalar::Int(v) => v != 0,
        Scalar::Float(v) => v != 0.0,
    }
}

/// One element formatter, chosen by dtype.
pub(crate) enum ElemFormat {
    Bool { true_str: &'static str },
    Int { sign: char, width: i64 },
    Float(FloatFormat),
}

impl ElemFormat {
    /// `_get_format_function(data)`: `data` are the elements that will be printed, `zero_d`
    /// whether the array is 0-d.
    pub fn new(ty: ElemType, data: &[Scalar], zero_d: bool, opts: &PrintOptions) -> Self {
        match ty {
            ElemType::Bool => ElemFormat::Bool {
                true_str: if zero_d { "True" } else { " True" },
            },
            ElemType::Int32 | ElemType::Int64 => int_format(data, opts.sign),
            ElemType::Float32 | ElemType::Float64 => {
                let vals: Vec<f64> = data.iter().map(|&x| as_f64(x)).collect();
                ElemFormat::Float(FloatFormat::new(&vals, ty == ElemType::Float32, opts))
            }
        }
    }

    pub fn format(&self, x: Scalar) -> String {
        match self {
            ElemFormat::Bool { true_str } => {
                if as_bool(x) {
                    true_str.to_string()
                } else {
                    "False".to_string()
                }
            }
            ElemFormat::Int { sign, width: w } => {
                let v = as_i64(x);
                let s = if v >= 0 && *sign == '+' {
                    format!("+{v}")
                } else if v >= 0 && *sign == ' ' {
                    format!(" {v}")
                } else {
                    v.to_string()
                };
                let pad = (*w - width(&s)).max(0) as usize;
                format!("{}{}", " ".repeat(pad), s)
            }
            ElemFormat::Float(f) => f.format(as_f64(x)),
        }
    }
}

/// `IntegerFormat.__init__`.
fn int_format(data: &[Scalar], sign: char) -> ElemFormat {
    let mut sign = sign;
    let mut max_len = 0;
    if !data.is_empty() {
        let vals = data.iter().map(|&x| as_i64(x));
        let max = vals.clone().max().unwrap_or(0);
        let min = vals.min().unwrap_or(0);
        let mut max_str_len = width(&max.to_string());
        if sign == ' ' && min < 0 {
            sign = '-';
        }
        if max >= 0 && (sign == '+' || sign == ' ') {
            max_str_len += 1;
        }
        max_len = max_str_len.max(width(&min.to_string()));
    }
    ElemFormat::Int {
        sign,
        width: max_len,
    }
}

/// `FloatingFormat`, after `fillFormat`.
pub(crate) struct FloatFormat {
    f32: bool,
    sign: char,
    exp_format: bool,
    precision: i32,
    min_digits: i32,
    unique: bool,
    trim: Trim,
    pad_left: i32,
    pad_right: i32,
    exp_size: i32,
    nanstr: String,
    infstr: String,
}

/// Splits a number printed by Dragon4 (which always has a '.') at the point.
fn split_point(s: &str) -> (&str, &str) {
    s.split_once('.').unwrap_or((s, ""))
}

fn to_i32(n: i64) -> i32 {
    n.clamp(i32::MIN as i64, i32::MAX as i64) as i32
}

impl FloatFormat {
    pub fn new(data: &[f64], f32: bool, opts: &PrintOptions) -> Self {
        let precision = if opts.floatmode == FloatMode::Unique {
            -1
        } else {
            to_i32(opts.precision.min(i32::MAX as usize) as i64)
        };
        let mut f = FloatFormat {
            f32,
            sign: opts.sign,
            exp_format: false,
            precision,
            min_digits: -1,
            unique: true,
            trim: Trim::Zeros,
            pad_left: 0,
            pad_right: 0,
            exp_size: -1,
            nanstr: opts.nanstr.clone(),
            infstr: opts.infstr.clone(),
        };
        f.fill(data, opts);
        f
    }

    /// Whether the non-zero finite magnitudes call for scientific notation.
    fn wants_exp(&self, abs_non_zero: &[f64], suppress: bool) -> bool {
        if abs_non_zero.is_empty() {
            return false;
        }
        let max = abs_non_zero.iter().copied().fold(f64::MIN, f64::max);
        let min = abs_non_zero.iter().copied().fold(f64::MAX, f64::min);
        if self.f32 {
            // NumPy compares float32 data with Python floats in float32 (NEP 50), and the
            // large cutoff is 10**finfo(float32).precision.
            let (max, min) = (max as f32, min as f32);
            max >= 1e6 || (!suppress && (min < 1e-4f32 || max / min > 1000.0))
        } else {
            max >= 1e8 || (!suppress && (min < 1e-4 || max / min > 1000.0))
        }
    }

    fn base_opts(&self, unique: bool, trim: Trim, cutoff_mode: CutoffMode) -> dragon4::Opts {
        dragon4::Opts {
            digit_mode: if unique {
                DigitMode::Unique
            } else {
                DigitMode::Exact
            },
            cutoff_mode,
            precision: self.precision,
            min_digits: -1,
            sign: self.sign == '+',
            trim,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    }

    fn fill(&mut self, data: &[f64], opts: &PrintOptions) {
        let finite: Vec<f64> = data.iter().copied().filter(|x| x.is_finite()).collect();
        let abs_non_zero: Vec<f64> = finite
            .iter()
            .filter(|&&x| x != 0.0)
            .map(|x| x.abs())
            .collect();
        self.exp_format = self.wants_exp(&abs_non_zero, opts.suppress);

        if finite.is_empty() {
            self.pad_left = 0;
            self.pad_right = 0;
            self.trim = Trim::Zeros;
            self.exp_size = -1;
            self.unique = true;
            self.min_digits = -1;
        } else if self.exp_format {
            let (trim, unique) = if opts.floatmode == FloatMode::Fixed {
                (Trim::Keep, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = self.base_opts(unique, trim, CutoffMode::TotalLength);
            let (mut int_len, mut frac_len, mut exp_len) = (0, 0, 0);
            for &x in &finite {
                let s = dragon4::scientific(x, self.f32, &o);
                let (mant, exp) = s.split_once('e').unwrap_or((&s, ""));
                let (int_part, frac_part) = split_point(mant);
                int_len = int_len.max(width(int_part));
                frac_len = frac_len.max(width(frac_part));
                exp_len = exp_len.max(width(exp));
            }
            self.exp_size = to_i32(exp_len - 1);
            self.trim = Trim::Keep;
            self.precision = to_i32(frac_len);
            self.min_digits = self.precision;
            self.unique = unique;
            self.pad_left = to_i32(int_len);
            self.pad_right = self.exp_size + 2 + self.precision;
        } else {
            let (trim, unique) = if opts.floatmode == FloatMode::Fixed {
                (Trim::Keep, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = self.base_opts(unique, trim, CutoffMode::FractionLength);
            let (mut int_len, mut frac_len) = (0, 0);
            for &x in &finite {
                let s = dragon4::positional(x, self.f32, &o);
                let (int_part, frac_part) = split_point(&s);
                int_len = int_len.max(width(int_part));
                frac_len = frac_len.max(width(frac_part));
            }
            self.pad_left = to_i32(int_len);
            self.pad_right = to_i32(frac_len);
            self.exp_size = -1;
            self.unique = unique;
            if matches!(
                opts.floatmode,
                FloatMode::Fixed | FloatMode::MaxPrecisionEqual
            ) {
                self.precision = self.pad_right;
                self.min_digits = self.pad_right;
                self.trim = Trim::Keep;
            } else {
                self.trim = Trim::Zeros;
                self.min_digits = 0;
            }
        }

        if self.sign == ' ' && !finite.iter().any(|x| x.is_sign_negative()) {
            self.pad_left += 1;
        }

        if finite.len() != data.len() {
            let neginf = self.sign != '-' || data.contains(&f64::NEG_INFINITY);
            let offset = self.pad_right as i64 + 1;
            let nan_need = width(&self.nanstr) - offset;
            let inf_need = width(&self.infstr) + i64::from(neginf) - offset;
            self.pad_left = to_i32((self.pad_left as i64).max(nan_need).max(inf_need));
        }
    }

    /// `FloatingFormat.__call__`.
    pub fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let ret = if x.is_nan() {
                let sign = if self.sign == '+' { "+" } else { "" };
                format!("{sign}{}", self.nanstr)
            } else {
                let sign = if x < 0.0 {
                    "-"
                } else if self.sign == '+' {
                    "+"
                } else {
                    ""
                };
                format!("{sign}{}", self.infstr)
            };
            let pad = self.pad_left as i64 + self.pad_right as i64 + 1 - width(&ret);
            return format!("{}{ret}", " ".repeat(pad.max(0) as usize));
        }
        let mut o = self.base_opts(
            self.unique,
            self.trim,
            if self.exp_format {
                CutoffMode::TotalLength
            } else {
                CutoffMode::FractionLength
            },
        );
        o.min_digits = self.min_digits;
        o.pad_left = self.pad_left;
        if self.exp_format {
            o.exp_digits = self.exp_size;
            dragon4::scientific(x, self.f32, &o)
        } else {
            o.pad_right = self.pad_right;
            dragon4::positional(x, self.f32, &o)
        }
    }
}
