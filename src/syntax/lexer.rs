//! The indentation-aware lexer: wraps the logos DFA with an indent stack, a pending-token buffer
//! and a bracket stack, and emits the `(start, Token, end)` triples the LALRPOP parser consumes.
//! Guarantees: NEWLINE ends every logical line (also at EOF), INDENT/DEDENT balance, no NEWLINE
//! inside brackets, and every malformed input is a `RawError` (never a panic).

use super::error::{Loc, RawError, SyntaxErrorKind};
use super::token::Token;
use logos::Logos;
use std::collections::VecDeque;

pub type Spanned = (usize, Token, usize);

/// CPython's limits: 200 nested brackets (MAXLEVEL), 100 indentation levels (MAXINDENT).
pub const MAX_BRACKETS: usize = 200;
pub const MAX_INDENT: usize = 100;

pub struct Lexer<'s> {
    inner: logos::Lexer<'s, Token>,
    pending: VecDeque<Spanned>,
    /// (column with tabs to multiples of 8, column with tabs as 1) of each open block.
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    /// Lexing an f-string replacement field: as if inside brackets (no layout tokens).
    implicit_brackets: bool,
    /// Nothing but layout emitted since the last NEWLINE.
    line_empty: bool,
    done: bool,
}

impl<'s> Lexer<'s> {
    /// Lexes `source[start..end]`; offsets in the tokens are offsets into `source`.
    pub fn new(source: &'s str, start: usize, end: usize, implicit_brackets: bool) -> Lexer<'s> {
        let mut inner = Token::lexer(&source[..end]);
        inner.bump(start);
        Lexer {
            inner,
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: !implicit_brackets,
            implicit_brackets,
            line_empty: true,
            done: false,
        }
    }

    fn pos(&self) -> usize {
        self.inner.span().end
    }

    /// Measures the indentation of the next non-blank line, skipping blank and comment-only
    /// lines, and queues INDENT/DEDENT tokens.
    fn line_start(&mut self) -> Result<(), RawError> {
        loop {
            let rest = self.inner.remainder();
            let (mut col, mut alt, mut n) = (0usize, 0usize, 0usize);
            for b in rest.bytes() {
                match b {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                n += 1;
            }
            let after = &rest[n..];
            if after.is_empty() {
                self.inner.bump(n);
                return Ok(());
            }
            if after.starts_with('#') || after.starts_with('\n') || after.starts_with("\r\n") {
                match after.find('\n') {
                    Some(i) => self.inner.bump(n + i + 1),
                    None => self.inner.bump(rest.len()),
                }
                continue;
            }
            let line_pos = self.pos();
            self.inner.bump(n);
            let at = self.pos();
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            let tab_error = || {
                RawError::new(
                    "inconsistent use of tabs and spaces in indentation",
                    Loc::Line(line_pos),
                )
                .kind(SyntaxErrorKind::Tab)
            };
            if col == top {
                if alt != top_alt {
                    return Err(tab_error());
                }
            } else if col > top {
                if alt <= top_alt {
                    return Err(tab_error());
                }
                if self.indents.len() >= MAX_INDENT {
                    return Err(RawError::new(
                        "too many levels of indentation",
                        Loc::Line(line_pos),
                    )
                    .kind(SyntaxErrorKind::Indentation));
                }
                self.indents.push((col, alt));
                self.pending.push_back((at, Token::Indent, at));
            } else {
                while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                    self.indents.pop();
                    self.pending.push_back((at, Token::Dedent, at));
                }
                let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
                if col != top {
                    return Err(RawError::new(
                        "unindent does not match any outer indentation level",
                        Loc::LineEnd(line_pos),
                    )
                    .kind(SyntaxErrorKind::Indentation));
                }
                if alt != top_alt {
                    return Err(tab_error());
                }
            }
            return Ok(());
        }
    }

    fn finish(&mut self) -> Result<(), RawError> {
        if let Some(&(b, at)) = self.brackets.last() {
            if !self.implicit_brackets {
                return Err(
                    RawError::at(format!("'{}' was never closed", b as char), at, at + 1)
                        .incomplete(),
                );
            }
        }
        let end = self.pos();
        if !self.line_empty && !self.implicit_brackets {
            self.pending.push_back((end, Token::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((end, Token::Dedent, end));
        }
        Ok(())
    }

    /// Turns a logos error into a message, recognising the backslash cases.
    fn lex_error(&self, e: RawError) -> RawError {
        if !e.msg.is_empty() {
            return e;
        }
        let span = self.inner.span();
        let text = self.inner.slice();
        let c = text.chars().next().unwrap_or(' ');
        if c == '\\' {
            if self.inner.remainder().is_empty() {
                return RawError::at("unexpected EOF while parsing", span.end, span.end + 1)
                    .incomplete();
            }
            return RawError::at(
                "unexpected character after line continuation character",
                span.end,
                span.end + 1,
            );
        }
        if c.is_ascii_graphic() || c == ' ' {
            return RawError::at("invalid syntax", span.start, span.end);
        }
        if c.is_control() || !c.is_alphanumeric() {
            if c == '\0' {
                return RawError::at(
                    "source code cannot contain null bytes",
                    span.start,
                    span.end,
                );
            }
            return RawError::at(
                format!("invalid non-printable character U+{:04X}", c as u32),
                span.start,
                span.start + c.len_utf8(),
            );
        }
        RawError::at(
            format!("invalid character '{}' (U+{:04X})", c, c as u32),
            span.start,
            span.start + c.len_utf8(),
        )
    }

    fn bracket(&mut self, tok: &Token, start: usize) -> Result<(), RawError> {
        let (open, close) = match tok {
            Token::LPar => (Some(b'('), None),
            Token::LSqb => (Some(b'['), None),
            Token::LBrace => (Some(b'{'), None),
            Token::RPar => (None, Some(b')')),
            Token::RSqb => (None, Some(b']')),
            Token::RBrace => (None, Some(b'}')),
            _ => return Ok(()),
        };
        if let Some(o) = open {
            if self.brackets.len() >= MAX_BRACKETS {
                return Err(RawError::at(
                    "too many nested parentheses",
                    start,
                    start + 1,
                ));
            }
            self.brackets.push((o, start));
        }
        if let Some(c) = close {
            match self.brackets.pop() {
                None => {
                    return Err(RawError::at(
                        format!("unmatched '{}'", c as char),
                        start,
                        start + 1,
                    ))
                }
                Some((o, at)) => {
                    let want = match o {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        let src = self.inner.source();
                        let l1 = src[..at].matches('\n').count() + 1;
                        let l2 = src[..start].matches('\n').count() + 1;
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        );
                        if l1 != l2 {
                            msg.push_str(&format!(" on line {l1}"));
                        }
                        return Err(RawError::at(msg, start, start + 1));
                    }
                }
            }
        }
        Ok(())
    }

    fn advance(&mut self) -> Result<Option<Spanned>, RawError> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                if !matches!(t.1, Token::Indent | Token::Dedent) {
                    self.line_empty = matches!(t.1, Token::Newline);
                }
                return Ok(Some(t));
            }
            if self.done {
                return Ok(None);
            }
            if self.at_line_start && self.brackets.is_empty() {
                self.at_line_start = false;
                self.line_start()?;
                continue;
            }
            match self.inner.next() {
                None => {
                    self.done = true;
                    self.finish()?;
                }
                Some(Err(e)) => return Err(self.lex_error(e)),
                Some(Ok(tok)) => {
                    let span = self.inner.span();
                    if tok == Token::Continuation {
                        if self.inner.remainder().is_empty() {
                            return Err(RawError::at(
                                "unexpected EOF while parsing",
                                span.start + 1,
                                span.start + 2,
                            )
                            .incomplete());
                        }
                        continue;
                    }
                    if tok == Token::RawNewline {
                        if self.brackets.is_empty() && !self.implicit_brackets {
                            self.pending
                                .push_back((span.start, Token::Newline, span.end));
                            self.at_line_start = true;
                        }
                        continue;
                    }
                    self.bracket(&tok, span.start)?;
                    let span = match &tok {
                        Token::Str(s) => (s.start, s.end),
                        _ => (span.start, span.end),
                    };
                    self.pending.push_back((span.0, tok, span.1));
                }
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, RawError>;
    fn next(&mut self) -> Option<Self::Item> {
        match self.advance() {
            Ok(Some(t)) => Some(Ok(t)),
            Ok(None) => None,
            Err(e) => {
                self.done = true;
                self.pending.clear();
                Some(Err(e))
            }
        }
    }
}

/// Lexes a range up to its first error: the tokens before it, and the error if any.
pub fn lex_partial(
    source: &str,
    start: usize,
    end: usize,
    implicit_brackets: bool,
) -> (Vec<Spanned>, Option<RawError>) {
    let mut toks = Vec::new();
    for t in Lexer::new(source, start, end, implicit_brackets) {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(e)),
        }
    }
    (toks, None)
}

/// True for the error `finish` reports for a bracket still open at the end of the input.
pub fn is_unclosed_bracket(e: &RawError) -> bool {
    e.incomplete && e.msg.ends_with("was never closed")
}

/// Lexes a whole range into a vector, stopping at the first error.
pub fn lex_all(
    source: &str,
    start: usize,
    end: usize,
    implicit_brackets: bool,
) -> Result<Vec<Spanned>, RawError> {
    Lexer::new(source, start, end, implicit_brackets).collect()
}
