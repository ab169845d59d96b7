//! F-strings: splits an f-string body into literal text and replacement fields
//! (`{expr!r:spec}`, `{x=}`), and parses each field's expression with the expression parser on
//! the original source range, so its spans point into the file.

use super::ast::{Expr, FStringPart};
use super::error::{Loc, RawError};
use super::helpers::Top;
use super::parser::{parse_range, Mode};
use super::strings::decode_str;

/// Appends literal text, merging with a preceding literal; empty text is dropped.
pub fn push_literal(out: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = out.last_mut() {
        prev.push_str(&s);
        return;
    }
    out.push(FStringPart::Literal(s));
}

/// The deepest expression among the fields (using the parser's depth table).
pub fn parts_depth(parts: &[FStringPart], depth: &dyn Fn(&Expr) -> u32) -> u32 {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(_) => 0,
            FStringPart::Expr {
                expr, format_spec, ..
            } => depth(expr).max(
                format_spec
                    .as_ref()
                    .map(|s| parts_depth(s, depth))
                    .unwrap_or(0),
            ),
        })
        .max()
        .unwrap_or(0)
        + 1
}

struct FParser<'s> {
    src: &'s str,
    raw: bool,
    /// Offset of the body in `src`.
    base: usize,
    body: &'s [u8],
    pos: usize,
    /// End of the whole literal (CPython reports f-string errors just after it).
    tok_end: usize,
}

/// Parses the body `src[start..end]` of an f-string literal ending at `tok_end`.
pub fn parse(
    src: &str,
    raw: bool,
    start: usize,
    end: usize,
    tok_end: usize,
) -> Result<Vec<FStringPart>, RawError> {
    let mut p = FParser {
        src,
        raw,
        base: start,
        body: &src.as_bytes()[start..end],
        pos: 0,
        tok_end,
    };
    let parts = p.parts(0)?;
    if p.pos < p.body.len() {
        return Err(p.error("f-string: single '}' is not allowed"));
    }
    Ok(parts)
}

impl FParser<'_> {
    fn error(&self, msg: &str) -> RawError {
        let line_start = self.src[..self.tok_end]
            .rfind('\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let col = self.src[line_start..self.tok_end].chars().count() + 1;
        RawError::new(msg, Loc::Col(self.tok_end, col))
    }

    fn literal(&self, from: usize, to: usize) -> Result<String, RawError> {
        let text = &self.src[self.base + from..self.base + to];
        if self.raw {
            Ok(text.to_string())
        } else {
            decode_str(text).map_err(|m| self.error(&m))
        }
    }

    /// Literal text and fields up to the end of the body, or (in a format spec, `depth > 0`)
    /// up to an unmatched `}`.
    fn parts(&mut self, depth: usize) -> Result<Vec<FStringPart>, RawError> {
        let mut out = Vec::new();
        let mut text = String::new();
        let mut chunk = self.pos;
        while self.pos < self.body.len() {
            let c = self.body[self.pos];
            match c {
                b'{' | b'}' if self.body.get(self.pos + 1) == Some(&c) && depth == 0 => {
                    text.push_str(&self.literal(chunk, self.pos + 1)?);
                    self.pos += 2;
                    chunk = self.pos;
                }
                b'{' => {
                    text.push_str(&self.literal(chunk, self.pos)?);
                    push_literal(&mut out, std::mem::take(&mut text));
                    if depth >= 2 {
                        return Err(self.error("f-string: expressions nested too deeply"));
                    }
                    self.pos += 1;
                    out.push(self.field(depth)?);
                    chunk = self.pos;
                }
                b'}' => {
                    if depth > 0 {
                        break;
                    }
                    return Err(self.error("f-string: single '}' is not allowed"));
                }
                b'\\' if !self.raw && self.body.get(self.pos + 1) == Some(&b'N') => {
                    // `\N{...}`: its braces are not a field.
                    match self.body[self.pos..].iter().position(|&b| b == b'}') {
                        Some(i) => self.pos += i + 1,
                        None => self.pos = self.body.len(),
                    }
                }
                b'\\' if !self.raw => self.pos += 2,
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.body.len());
        text.push_str(&self.literal(chunk, self.pos)?);
        push_literal(&mut out, text);
        Ok(out)
    }

    /// A replacement field, `self.pos` just after its `{`; leaves `self.pos` after its `}`.
    fn field(&mut self, depth: usize) -> Result<FStringPart, RawError> {
        let start = self.pos;
        let mut nest: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let b = self.body;
        let mut i = self.pos;
        let end;
        loop {
            let Some(&c) = b.get(i) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.error("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => nest.push(c),
                b')' | b']' | b'}' if !nest.is_empty() => {
                    nest.pop();
                }
                b')' | b']' => {
                    return Err(self.error(&format!("f-string: unmatched '{}'", c as char)))
                }
                b'!' | b'=' | b'<' | b'>' if nest.is_empty() && b.get(i + 1) == Some(&b'=') => {
                    i += 2;
                    continue;
                }
                b'!' | b':' | b'}' | b'=' if nest.is_empty() => {
                    end = i;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let expr_text = &self.src[self.base + start..self.base + end];
        if expr_text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let expr = match parse_range(self.src, self.base + start, self.base + end, Mode::FString)? {
            Top::Expr(e) => e,
            Top::Module(_) => return Err(self.error("f-string: invalid expression")),
        };
        i = end;
        let mut debug_text = None;
        if b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            debug_text = Some(self.src[self.base + start..self.base + i].to_string());
        }
        let mut conversion = None;
        if b.get(i) == Some(&b'!') {
            let c = b.get(i + 1).copied();
            match c {
                Some(c @ (b's' | b'r' | b'a')) if matches!(b.get(i + 2), Some(b':' | b'}')) => {
                    conversion = Some(c as char);
                    i += 2;
                }
                None => return Err(self.error("f-string: expecting '}'")),
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
        }
        let mut format_spec = None;
        if b.get(i) == Some(&b':') {
            self.pos = i + 1;
            format_spec = Some(self.parts(depth + 1)?);
            i = self.pos;
        }
        if b.get(i) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos = i + 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringPart::Expr {
            expr: Box::new(expr),
            conversion,
            format_spec,
            debug_text,
        })
    }
}
