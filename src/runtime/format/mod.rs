//! Placeholder until the formatting library lands: shortest round-trip float repr only.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    s
}

/// Placeholder: CPython's str repr for the common cases.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Placeholder: bytes repr.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            32..=126 => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push('\'');
    out
}

/// Placeholder: int("...", base).
pub fn parse_int(s: &str, base: u32) -> Option<num_bigint::BigInt> {
    let t = s.trim().replace('_', "");
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.trim_start_matches('+').to_string()),
    };
    let (base, digits) = if base == 0 || base == 16 || base == 8 || base == 2 {
        let l = t.to_ascii_lowercase();
        if let Some(r) = l.strip_prefix("0x") { (16, r.to_string()) }
        else if let Some(r) = l.strip_prefix("0o") { (8, r.to_string()) }
        else if let Some(r) = l.strip_prefix("0b") { (2, r.to_string()) }
        else { (if base == 0 { 10 } else { base }, l) }
    } else {
        (base, t)
    };
    if digits.is_empty() {
        return None;
    }
    let v = num_bigint::BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Placeholder: float("...").
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().replace('_', "");
    match t.to_ascii_lowercase().as_str() {
        "inf" | "+inf" | "infinity" | "+infinity" => return Some(f64::INFINITY),
        "-inf" | "-infinity" => return Some(f64::NEG_INFINITY),
        "nan" | "+nan" | "-nan" => return Some(f64::NAN),
        _ => {}
    }
    t.parse::<f64>().ok()
}

/// Placeholder: round(x, n).
pub fn float_round(x: f64, n: i64) -> f64 {
    let s = format!("{:.*}", n.clamp(0, 300) as usize, x);
    if n < 0 {
        let p = 10f64.powi((-n) as i32);
        return (x / p).round_ties_even() * p;
    }
    s.parse().unwrap_or(x)
}

/// Placeholder: bin/oct/hex.
pub fn int_to_base(x: &num_bigint::BigInt, base: u32, prefix: bool) -> String {
    let p = match base { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" };
    let mag = x.magnitude().to_str_radix(base);
    let sign = if x.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    if prefix { format!("{sign}{p}{mag}") } else { format!("{sign}{mag}") }
}
