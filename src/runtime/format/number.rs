//! `format(value, spec)` for float, int and str: CPython's `format_float_internal`,
//! `format_long_internal` and `format_string_internal`, with the same padding, grouping,
//! sign handling and error messages.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{dtoa, DtoaFlags};
use super::spec::{type_char_repr, FormatSpec};
use super::FormatError;

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        type_name
    ))
}

/// Insert grouping separators every `group` digits (from the right), padding with leading
/// zeros up to `min_width` as CPython's `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, i64)>) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut parts: Vec<String> = Vec::new();
    let piece = |n_zeros: i64, n_chars: i64, remaining: i64| {
        let mut s = "0".repeat(n_zeros.max(0) as usize);
        let start = (remaining - n_chars) as usize;
        s.extend(&d[start..remaining as usize]);
        s
    };
    match sep {
        Some((_, group)) => loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            parts.push(piece(n_zeros, n_chars, remaining));
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
        None => {
            let len = remaining.max(min_width).max(1);
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            parts.push(piece(n_zeros, n_chars, remaining));
        }
    }
    parts.reverse();
    let sep_s = sep.map(|(c, _)| c.to_string()).unwrap_or_default();
    parts.join(&sep_s)
}

/// The pieces of a formatted number, laid out by [`layout_number`] as
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(p: &NumberParts, spec: &FormatSpec, sep: Option<(char, i64)>) -> String {
    let (fill, align) = spec.resolved('>');
    let sign = match (spec.sign, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_prefix = p.prefix.chars().count() as i64;
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + n_prefix + p.has_decimal as i64 + n_remainder;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, sep)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(fill, n as usize));
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    pad(&mut out, rpad);
    out
}

fn separator(spec: &FormatSpec, bin_oct_hex: bool) -> Option<(char, i64)> {
    match spec.grouping {
        Some('_') if bin_oct_hex => Some(('_', 4)),
        Some(c) => Some((c, 3)),
        None => None,
    }
}

/// `format(x, spec)` for a float (`type_name` "float"). Also used for ints with a float
/// presentation type.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_named(x, spec, "float")
}

fn format_float_named(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(FormatError::value("precision too big"));
        }
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        add_dot_0: false,
    };
    let mut code = ty.unwrap_or('r');
    let mut default_precision = 6;
    if ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = dtoa(val, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let sep = if ty == Some('n') {
        None
    } else {
        separator(spec, false)
    };
    Ok(layout_number(&parts, spec, sep))
}

/// `format(x, spec)` for an int.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int_to_f64(x)?;
            return format_float_named(f, spec, "int");
        }
        c => return Err(unknown_code(c, "int")),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = x
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(v)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let s = char::from_u32(ch).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &s,
        };
        return Ok(layout_number(&parts, spec, None));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: x.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let sep = if ty == 'n' {
        None
    } else {
        separator(spec, base != 10)
    };
    Ok(layout_number(&parts, spec, sep))
}

/// `format(x, spec)` for an int that fits in i64.
pub fn format_i64(x: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    if *spec == FormatSpec::default() {
        return Ok(x.to_string());
    }
    format_int(&BigInt::from(x), spec)
}

/// `float(x)` for an int, with CPython's overflow error.
pub(crate) fn int_to_f64(x: &BigInt) -> Result<f64, FormatError> {
    let f = x.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    // num-bigint's to_f64 rounds correctly (half-even), as CPython's PyLong_AsDouble.
    Ok(f)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    if let Some(sign) = spec.sign {
        return Err(FormatError::value(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.resolved('<');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let mut body: &str = s;
    if let Some(p) = spec.precision {
        if len >= p {
            len = p;
            body = match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            };
        }
    }
    let total = spec.width.unwrap_or(0).max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + total - len);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}
