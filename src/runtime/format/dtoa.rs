//! Float → decimal text exactly as CPython's `PyOS_double_to_string`: digits come from Rust's
//! correctly rounded (round-half-even on the exact binary value) and shortest-round-trip
//! formatting, then are laid out by the rules of CPython's `format_float_short`.

/// Layout options (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// Append ".0" when the result would look like an integer (repr, and `format` with no type).
    pub add_dot_0: bool,
    /// Alternate form `#`: keep trailing zeros for 'g' and always keep the decimal point.
    pub alt: bool,
    /// `z`: turn a negative zero result into positive zero.
    pub no_neg_0: bool,
}

/// `repr(x)` / `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    dtoa(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}

/// `PyOS_double_to_string(x, code, precision, flags)` for code in `eEfFgGr`, with the flags
/// `add_dot_0` / `alt`. Precision is ignored for 'r'.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alt: bool,
) -> String {
    dtoa(
        x,
        code,
        precision,
        DtoaFlags {
            add_dot_0,
            alt,
            no_neg_0: false,
        },
    )
}

/// Digits without leading/trailing zeros ("0" for zero) and the decimal point position:
/// value = 0.DIGITS × 10^decpt.
fn from_exp_form(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits == b"0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// Shortest digits that round-trip (David Gay's mode 0): of the shortest strings that read
/// back as `a`, the one nearest to `a`, ties to even. Rust's shortest formatting breaks ties
/// upwards (1425502010969177.25 gives ...177.3, CPython ...177.2), so the correctly rounded
/// string of the same length is preferred whenever it also round-trips.
fn shortest_digits(a: f64) -> (Vec<u8>, i64) {
    let shortest = format!("{:e}", a);
    let (digits, decpt) = from_exp_form(&shortest);
    let nearest = format!("{:.*e}", digits.len() - 1, a);
    if nearest != shortest && nearest.parse::<f64>() == Ok(a) {
        return from_exp_form(&nearest);
    }
    (digits, decpt)
}

/// `n >= 1` significant digits, correctly rounded (mode 2).
fn significant_digits(a: f64, n: usize) -> (Vec<u8>, i64) {
    from_exp_form(&format!("{:.*e}", n - 1, a))
}

/// Correctly rounded to `p` digits after the point (mode 3).
fn fixed_digits(a: f64, p: usize) -> (Vec<u8>, i64) {
    let s = format!("{:.*}", p, a);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int.len() as i64;
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

pub(crate) fn dtoa(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let neg = x.is_sign_negative();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if neg {
            format!("-{}", s)
        } else {
            s.to_string()
        };
    }
    let a = x.abs();
    let mut precision = precision;
    let (digits, decpt) = match code {
        'e' => significant_digits(a, precision + 1),
        'f' => fixed_digits(a, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant_digits(a, precision)
        }
        _ => shortest_digits(a),
    };
    let mut neg = neg;
    if flags.no_neg_0 && neg && digits == b"0" {
        neg = false;
    }
    layout(neg, &digits, decpt, code, precision as i64, flags, upper)
}

/// CPython's `format_float_short` layout of a digit string.
fn layout(
    neg: bool,
    digits: &[u8],
    mut decpt: i64,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    upper: bool,
) -> String {
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if neg {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let ds = std::str::from_utf8(digits).unwrap_or("");
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&ds[..decpt as usize]);
        out.push('.');
        out.push_str(&ds[decpt as usize..]);
    } else {
        out.push_str(ds);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}
