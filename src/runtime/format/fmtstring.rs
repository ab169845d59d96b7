//! `str.format` template parsing: literal text, `{{`/`}}` escapes and replacement fields
//! `{name!conv:spec}`, with CPython's `MarkupIterator`/`parse_field` errors; plus splitting a
//! field name into its first part and `.attr` / `[key]` accessors (`field_name_split`).

use super::FormatError;

/// One piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtPiece {
    Literal(String),
    Field {
        /// The field name as written: `""`, `"0"`, `"key"`, `"0.attr"`, `"x[1]"`.
        name: String,
        /// The `!r` / `!s` / `!a` conversion character, unvalidated (see [`check_conversion`]).
        conversion: Option<char>,
        /// The raw spec after `:`; may contain nested `{...}` fields to expand first.
        spec: String,
    },
}

/// Streaming parser over a format string: yields pieces in order, stopping after the first
/// error (CPython reports a malformed field only when it reaches it).
pub struct FormatStringParser<'a> {
    chars: Vec<char>,
    pos: usize,
    done: bool,
    pending: Option<FmtPiece>,
    _src: std::marker::PhantomData<&'a str>,
}

impl<'a> FormatStringParser<'a> {
    pub fn new(s: &'a str) -> Self {
        FormatStringParser {
            chars: s.chars().collect(),
            pos: 0,
            done: false,
            pending: None,
            _src: std::marker::PhantomData,
        }
    }

    /// CPython's `MarkupIterator_next`: (literal, optional field).
    fn next_markup(&mut self) -> Result<(String, Option<FmtPiece>), FormatError> {
        let cs = &self.chars;
        let end = cs.len();
        let start = self.pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while self.pos < end {
            c = cs[self.pos];
            self.pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= end;
        let mut len = self.pos - start;
        if c == '}' && markup_follows && (at_end || cs[self.pos] != '}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' && markup_follows {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end && markup_follows {
            if cs[self.pos] == c {
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = cs[start..start + len].iter().collect();
        if !markup_follows {
            return Ok((literal, None));
        }
        let field = self.parse_field()?;
        Ok((literal, Some(field)))
    }

    /// CPython's `parse_field`, starting just after the opening `{`.
    fn parse_field(&mut self) -> Result<FmtPiece, FormatError> {
        let cs = &self.chars;
        let end = cs.len();
        let name_start = self.pos;
        let mut c = '\0';
        while self.pos < end {
            c = cs[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    while self.pos < end && cs[self.pos] != ']' {
                        self.pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name: String = cs[name_start..self.pos.saturating_sub(1).max(name_start)]
            .iter()
            .collect();
        let mut conversion = None;
        if c == '!' || c == ':' {
            if c == '!' {
                if self.pos >= end {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                }
                conversion = Some(cs[self.pos]);
                self.pos += 1;
                if self.pos < end {
                    let c2 = cs[self.pos];
                    self.pos += 1;
                    if c2 == '}' {
                        return Ok(FmtPiece::Field {
                            name,
                            conversion,
                            spec: String::new(),
                        });
                    }
                    if c2 != ':' {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ));
                    }
                }
            }
            let spec_start = self.pos;
            let mut count = 1;
            while self.pos < end {
                let c = cs[self.pos];
                self.pos += 1;
                if c == '{' {
                    count += 1;
                } else if c == '}' {
                    count -= 1;
                    if count == 0 {
                        let spec = cs[spec_start..self.pos - 1].iter().collect();
                        return Ok(FmtPiece::Field {
                            name,
                            conversion,
                            spec,
                        });
                    }
                }
            }
            return Err(FormatError::value("unmatched '{' in format spec"));
        }
        if c != '}' {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        Ok(FmtPiece::Field {
            name,
            conversion,
            spec: String::new(),
        })
    }
}

impl Iterator for FormatStringParser<'_> {
    type Item = Result<FmtPiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(field) = self.pending.take() {
            return Some(Ok(field));
        }
        loop {
            if self.done || self.pos >= self.chars.len() {
                return None;
            }
            match self.next_markup() {
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Ok((lit, None)) if lit.is_empty() => continue,
                Ok((lit, None)) => return Some(Ok(FmtPiece::Literal(lit))),
                Ok((lit, Some(field))) => {
                    if lit.is_empty() {
                        return Some(Ok(field));
                    }
                    // Hand out the literal now and the field on the next call.
                    self.pending = Some(field);
                    return Some(Ok(FmtPiece::Literal(lit)));
                }
            }
        }
    }
}

/// Parse a whole `str.format` template; adjacent literal text is merged.
pub fn parse_format_string(s: &str) -> Result<Vec<FmtPiece>, FormatError> {
    let mut out: Vec<FmtPiece> = Vec::new();
    for piece in FormatStringParser::new(s) {
        match (piece?, out.last_mut()) {
            (FmtPiece::Literal(l), Some(FmtPiece::Literal(prev))) => prev.push_str(&l),
            (p, _) => out.push(p),
        }
    }
    Ok(out)
}

/// Validate a `!x` conversion as CPython does when rendering the field.
pub fn check_conversion(c: char) -> Result<(), FormatError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        _ if (c as u32) > 32 && (c as u32) < 127 => Err(FormatError::value(format!(
            "Unknown conversion specifier {}",
            c
        ))),
        _ => Err(FormatError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// Empty: the next automatically numbered positional argument.
    Auto,
    /// All decimal digits: a positional argument.
    Index(usize),
    /// A keyword argument.
    Name(String),
}

/// One accessor after the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldPart {
    /// `.name`
    Attr(String),
    /// `[123]`: an all-digit key is an int index.
    Index(usize),
    /// `[key]`: any other key is a str.
    Key(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldKey,
    pub rest: Vec<FieldPart>,
}

/// CPython's `get_integer` for field names: `Ok(None)` unless all characters are digits.
fn name_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for d in s.bytes().map(|b| (b - b'0') as usize) {
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Split a field name into its first part and accessor chain (`field_name_split` and
/// `FieldNameIterator`). Auto/manual numbering consistency is the caller's job: CPython's
/// messages are "cannot switch from manual field specification to automatic field numbering"
/// and "cannot switch from automatic field numbering to manual field specification".
pub fn split_field_name(name: &str) -> Result<FieldName, FormatError> {
    let cs: Vec<char> = name.chars().collect();
    let mut i = cs
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(cs.len());
    let first_s: String = cs[..i].iter().collect();
    let first = if first_s.is_empty() {
        FieldKey::Auto
    } else {
        match name_integer(&first_s)? {
            Some(n) => FieldKey::Index(n),
            None => FieldKey::Name(first_s),
        }
    };
    let mut rest = Vec::new();
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        let part = match c {
            '.' => {
                let start = i;
                while i < cs.len() && cs[i] != '.' && cs[i] != '[' {
                    i += 1;
                }
                let s: String = cs[start..i].iter().collect();
                if s.is_empty() {
                    return Err(FormatError::value("Empty attribute in format string"));
                }
                FieldPart::Attr(s)
            }
            '[' => {
                let start = i;
                while i < cs.len() && cs[i] != ']' {
                    i += 1;
                }
                if i >= cs.len() {
                    return Err(FormatError::value("Missing ']' in format string"));
                }
                let s: String = cs[start..i].iter().collect();
                i += 1;
                if s.is_empty() {
                    return Err(FormatError::value("Empty attribute in format string"));
                }
                match name_integer(&s)? {
                    Some(n) => FieldPart::Index(n),
                    None => FieldPart::Key(s),
                }
            }
            _ => {
                return Err(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        rest.push(part);
    }
    Ok(FieldName { first, rest })
}
