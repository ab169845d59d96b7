//! Escape decoding of string and bytes literal bodies, with CPython's error messages.

/// Decodes the escapes of a non-raw `str` literal body.
pub fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    decode(body, false, &mut |cp| {
        out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
    })?;
    Ok(out)
}

/// Decodes the escapes of a non-raw `bytes` literal body (already checked to be ASCII).
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    decode(body, true, &mut |cp| out.push(cp as u8))?;
    Ok(out)
}

fn unicode_err(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// A byte position in the body as CPython's decoder reports it: it first rewrites every
/// non-ASCII character as a ten-byte `\\UXXXXXXXX` escape.
fn pos(body: &str, at: usize) -> usize {
    let at = at.min(body.len());
    body[..at]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

/// `\N{name}` as CPython's unicodedata resolves it: names and aliases case-insensitively, Hangul
/// syllables and CJK ideographs only in their exact (upper-case) spelling, no loose matching.
fn lookup_name(name: &str) -> Option<char> {
    let well_formed = !name.is_empty()
        && name
            .split([' ', '-'])
            .all(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphanumeric()));
    if !well_formed {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    for prefix in ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"] {
        if upper.starts_with(prefix) {
            if !name.starts_with(prefix) || name != upper || name[prefix.len()..].contains(' ') {
                return None;
            }
            if prefix.starts_with('C') && !matches!(name.len() - prefix.len(), 4 | 5) {
                return None;
            }
            return unicode_names2::character(name);
        }
    }
    let c = unicode_names2::character(&upper)?;
    // The crate matches loosely (spaces and medial hyphens optional): keep the spelling exact
    // for real names; aliases cannot be checked word by word and are taken as found.
    match unicode_names2::name(c) {
        Some(n) if n.to_string() == upper => Some(c),
        _ => {
            let squash = |s: &str| s.replace([' ', '-'], "");
            let is_alias = unicode_names2::name(c)
                .map(|n| squash(&n.to_string()) != squash(&upper))
                .unwrap_or(true);
            is_alias.then_some(c)
        }
    }
}

fn decode(body: &str, bytes: bool, push: &mut dyn FnMut(u32)) -> Result<(), String> {
    let b = body.as_bytes();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            push(c as u32);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            // A lone trailing backslash cannot occur (the lexer would have eaten the quote).
            push('\\' as u32);
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if let Some((_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => push('\\' as u32),
            '\'' => push('\'' as u32),
            '"' => push('"' as u32),
            'a' => push(7),
            'b' => push(8),
            'f' => push(12),
            'n' => push(10),
            'r' => push(13),
            't' => push(9),
            'v' => push(11),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                push(if bytes { v & 0xff } else { v });
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                if got < n {
                    let end = chars.peek().map(|&(j, _)| j).unwrap_or(b.len());
                    if bytes {
                        return Err(format!("(value error) invalid \\x escape at position {i}"));
                    }
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_err(
                        pos(body, i),
                        pos(body, end).saturating_sub(1).max(pos(body, i) + 1),
                        what,
                    ));
                }
                if v > 0x10FFFF {
                    let end = chars.peek().map(|&(j, _)| j).unwrap_or(b.len());
                    return Err(unicode_err(
                        pos(body, i),
                        pos(body, end) - 1,
                        "illegal Unicode character",
                    ));
                }
                push(v);
            }
            'N' if !bytes => {
                const MALFORMED: &str = "malformed \\N character escape";
                if !matches!(chars.peek(), Some((_, '{'))) {
                    let stop = chars.peek().map(|&(j, _)| j).unwrap_or(b.len());
                    return Err(unicode_err(pos(body, i), pos(body, stop) - 1, MALFORMED));
                }
                chars.next();
                let name_start = i + 3;
                let Some(close) = body[name_start..].find('}').map(|j| name_start + j) else {
                    return Err(unicode_err(pos(body, i), pos(body, b.len()) - 1, MALFORMED));
                };
                if close == name_start {
                    return Err(unicode_err(pos(body, i), pos(body, close) - 1, MALFORMED));
                }
                match lookup_name(&body[name_start..close]) {
                    Some(c) => push(c as u32),
                    None => {
                        return Err(unicode_err(
                            pos(body, i),
                            pos(body, close + 1) - 1,
                            "unknown Unicode character name",
                        ))
                    }
                }
                while matches!(chars.peek(), Some(&(j, _)) if j <= close) {
                    chars.next();
                }
            }
            other => {
                push('\\' as u32);
                push(other as u32);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"a\n\t\\\'\x41\u00e9\U0001F600\101\q").unwrap(),
            "a\n\t\\'Aé😀A\\q"
        );
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        assert_eq!(decode_bytes(r"\x41\777\u0041").unwrap(), b"A\xff\\u0041");
        assert_eq!(
            decode_str(r"\x4").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            decode_str(r"ab\u12").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape"
        );
        assert_eq!(
            decode_str(r"\U00110000").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
    }
}
