//! Number text conversions: `bin`/`oct`/`hex`, and the string parsers behind `float(str)` and
//! `int(str, base)`, accepting exactly the ASCII syntax CPython accepts (whitespace, sign,
//! underscores between digits, base prefixes, inf/nan spellings).

use num_bigint::{BigInt, Sign};
use num_traits::Num;

/// `bin(x)` / `oct(x)` / `hex(x)` (base 2, 8, 16) with `prefix`, e.g. `-0x1f`; any base
/// 2..=36 without prefix gives plain digits (lowercase).
pub fn int_to_base(x: &BigInt, base: u32, prefix: bool) -> String {
    let digits = x.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if x.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

fn is_py_space(c: char) -> bool {
    // str.isspace(): Unicode White_Space plus the ASCII separators \x1c-\x1f.
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Remove underscores that sit between two digits (as judged by `is_digit`); `None` if any
/// underscore is elsewhere.
fn strip_underscores(s: &str, is_digit: impl Fn(char) -> bool) -> Option<String> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in cs.iter().enumerate() {
        if c == '_' {
            let prev_ok = i > 0 && is_digit(cs[i - 1]);
            let next_ok = i + 1 < cs.len() && is_digit(cs[i + 1]);
            if !prev_ok || !next_ok {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// `float(s)` for a str: `None` where CPython raises "could not convert string to float".
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let clean = strip_underscores(body, |c| c.is_ascii_digit())?;
            if !valid_decimal(&clean) {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `digits [. digits] [e [sign] digits]` or `. digits [...]`, ASCII only.
fn valid_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `int(s, base)` for a str and base 0 or 2..=36: `None` where CPython raises "invalid literal
/// for int() with base N".
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = s.trim_matches(is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = body.as_bytes();
    let prefix_base = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match prefix_base {
            Some(pb) => pb,
            None => {
                if b.first() == Some(&b'0') {
                    error_if_nonzero = true;
                }
                10
            }
        };
    }
    let mut digits = body;
    if prefix_base == Some(base) {
        digits = &digits[2..];
        if digits.starts_with('_') {
            digits = &digits[1..];
        }
    }
    if digits.is_empty() || digits.starts_with('_') {
        return None;
    }
    let is_digit = |c: char| c.is_digit(base);
    let clean = strip_underscores(digits, is_digit)?;
    if clean.is_empty() || !clean.chars().all(is_digit) {
        return None;
    }
    if error_if_nonzero && clean.bytes().any(|c| c != b'0') {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}
