//! The raw tokens (a logos DFA) with their literal values decoded: names, every numeric literal
//! form, string literals with their escapes. Layout tokens (NEWLINE, INDENT, DEDENT) are made by
//! the indentation-aware wrapper in `lexer.rs`, never by the DFA.

use super::error::{Loc, RawError};
use super::strings;
use logos::Logos;
use num_bigint::BigInt;

/// A string literal token: its decoded value (or, for an f-string, where its body lies).
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub value: StrValue,
    /// Byte span of the whole literal, prefix and quotes included.
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string; its body `[start, end)` is parsed by `fstring.rs`.
    F {
        raw: bool,
        start: usize,
        end: usize,
    },
}

/// Logos error type: a message and location, or the default (an unexpected character).
pub type LexError = RawError;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Token {
    // Synthetic tokens selecting the grammar's entry point; never lexed.
    StartModule,
    StartEval,
    StartFString,
    Newline,
    Indent,
    Dedent,
    /// A physical newline; the wrapper turns it into `Newline` or drops it.
    #[regex(r"\r?\n")]
    RawNewline,
    /// A backslash-newline line continuation; dropped by the wrapper.
    #[regex(r"\\\r?\n")]
    Continuation,

    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", |l| int(l, 10))]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |l| int(l, 16))]
    #[regex(r"0[oO](_?[0-7])+", |l| int(l, 8))]
    #[regex(r"0[bB](_?[01])+", |l| int(l, 2))]
    Int(BigInt),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float)]
    Float(f64),
    #[regex(r"[0-9](_?[0-9])*[jJ]", imag)]
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]",
        imag
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imag)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", imag)]
    Imag(f64),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    Str(StrLit),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

type Lx<'s> = logos::Lexer<'s, Token>;

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn name(lex: &mut Lx) -> Result<String, LexError> {
    let s = lex.slice();
    let start = lex.span().start;
    for (i, c) in s.char_indices() {
        let ok = if i == 0 {
            c == '_' || c.is_alphabetic()
        } else {
            is_ident_char(c)
        };
        if !ok {
            let at = start + i;
            return Err(RawError::at(
                format!("invalid character '{}' (U+{:04X})", c, c as u32),
                at,
                at + c.len_utf8(),
            ));
        }
    }
    Ok(s.to_string())
}

/// A numeric literal directly followed by a name character is an error, except before the
/// keywords CPython 3.11 still tolerates there (`1if x else y`).
fn check_number_end(lex: &Lx, what: &str) -> Result<(), LexError> {
    let rest = lex.remainder();
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !is_ident_char(c) {
        return Ok(());
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw) {
            return Ok(());
        }
    }
    let span = lex.span();
    if c == '_' && what != "imaginary" {
        return Err(RawError::at(
            format!("invalid {what} literal"),
            span.end,
            span.end + 1,
        ));
    }
    if what != "decimal" && c.is_ascii_digit() {
        return Err(RawError::at(
            format!("invalid digit '{c}' in {what} literal"),
            span.end,
            span.end + 1,
        ));
    }
    // CPython points at the literal's last character.
    let at = span.end - 1;
    Err(RawError::at(format!("invalid {what} literal"), at, at + 1))
}

fn int(lex: &mut Lx, radix: u32) -> Result<BigInt, LexError> {
    let s = lex.slice();
    let digits: String = if radix == 10 { s } else { &s[2..] }
        .chars()
        .filter(|&c| c != '_')
        .collect();
    if radix == 10 {
        if s == "0" || s.bytes().all(|b| b == b'0' || b == b'_') {
            let rest = lex.remainder();
            let what = match rest.as_bytes().first() {
                Some(b'x' | b'X') => Some("hexadecimal"),
                Some(b'o' | b'O') => Some("octal"),
                Some(b'b' | b'B') => Some("binary"),
                _ => None,
            };
            if let (Some(what), "0") = (what, s) {
                let at = lex.span().end;
                return Err(RawError::at(format!("invalid {what} literal"), at, at + 1));
            }
        } else if s.starts_with('0') {
            let sp = lex.span();
            return Err(RawError::at(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                sp.start,
                sp.start + 1,
            ));
        }
    }
    let what = match radix {
        16 => "hexadecimal",
        8 => "octal",
        2 => "binary",
        _ => "decimal",
    };
    check_number_end(lex, what)?;
    BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(|| {
        let sp = lex.span();
        RawError::at(format!("invalid {what} literal"), sp.start, sp.end)
    })
}

fn parse_float(s: &str) -> f64 {
    let t: String = s.chars().filter(|&c| c != '_').collect();
    t.parse::<f64>().unwrap_or(f64::NAN)
}

fn float(lex: &mut Lx) -> Result<f64, LexError> {
    check_number_end(lex, "decimal")?;
    Ok(parse_float(lex.slice()))
}

fn imag(lex: &mut Lx) -> Result<f64, LexError> {
    check_number_end(lex, "imaginary")?;
    let s = lex.slice();
    Ok(parse_float(&s[..s.len() - 1]))
}

/// Scans a string literal from its opening quote to its closing one and decodes it.
fn string(lex: &mut Lx) -> Result<StrLit, LexError> {
    let head = lex.slice();
    let start = lex.span().start;
    let quote = head.as_bytes()[head.len() - 1];
    let prefix = head[..head.len() - 1].to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let skip = if triple { 2 } else { 0 };
    let body_start = lex.span().end + skip;
    let mut i = skip;
    let close;
    loop {
        match rest.get(i) {
            None => {
                return Err(unterminated(lex.source(), start, triple));
            }
            Some(b'\\') => {
                i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            Some(b'\n') if !triple => {
                return Err(unterminated(lex.source(), start, false));
            }
            Some(&b) if b == quote => {
                if !triple {
                    close = i;
                    break;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    close = i;
                    break;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
    let quote_len = if triple { 3 } else { 1 };
    let total = close + quote_len;
    if total > rest.len() {
        return Err(unterminated(lex.source(), start, triple));
    }
    lex.bump(total);
    let body_end = lex.span().end - quote_len;
    let end = lex.span().end;
    let body = &lex.source()[body_start..body_end];
    let raw = prefix.contains('r');
    let value = if prefix.contains('f') {
        StrValue::F {
            raw,
            start: body_start,
            end: body_end,
        }
    } else if prefix.contains('b') {
        if let Some(c) = body.chars().find(|c| !c.is_ascii()) {
            let _ = c;
            return Err(RawError::at(
                "bytes can only contain ASCII literal characters",
                start,
                end,
            ));
        }
        StrValue::Bytes(if raw {
            body.as_bytes().to_vec()
        } else {
            strings::decode_bytes(body)
                .map_err(|m| RawError::new(m, Loc::Col(end, col_after(lex.source(), end))))?
        })
    } else {
        StrValue::Str(if raw {
            body.to_string()
        } else {
            strings::decode_str(body)
                .map_err(|m| RawError::new(m, Loc::Col(end, col_after(lex.source(), end))))?
        })
    };
    Ok(StrLit { value, start, end })
}

/// The 1-based character column just after byte `end` on its line (CPython puts escape errors
/// there).
fn col_after(src: &str, end: usize) -> usize {
    let line_start = src[..end].rfind('\n').map(|i| i + 1).unwrap_or(0);
    src[line_start..end].chars().count() + 1
}

fn unterminated(src: &str, start: usize, triple: bool) -> RawError {
    let mut lines = src.matches('\n').count();
    if !src.ends_with('\n') {
        lines += 1;
    }
    let err = if triple {
        RawError::at(
            format!("unterminated triple-quoted string literal (detected at line {lines})"),
            start,
            start + 1,
        )
        .incomplete()
    } else {
        let line = src[..start].matches('\n').count() + 1;
        RawError::at(
            format!("unterminated string literal (detected at line {line})"),
            start,
            start + 1,
        )
    };
    err
}
