//! Syntax errors: what the lexer and parser report, and their rendering exactly as CPython 3.11
//! prints them for a script (`File "x.py", line N`, the stripped source line, carets, message).

use super::lines::LineIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
}

/// A syntax error located in a named source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based character column of the first caret; 0 when CPython shows no caret.
    pub col: usize,
    /// 1-based character column just past the last caret, where known.
    pub end_col: Option<usize>,
    /// The source line (without its newline).
    pub text: String,
    /// True when the only problem is that the input ended too early (the REPL asks for more).
    pub incomplete: bool,
}

impl SyntaxError {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }

    /// What CPython 3.11 prints on stderr for a script with this error (ends with a newline).
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        let text = self.text.trim_end_matches(['\n', '\r']);
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let nstrip = text.len() - stripped.len();
        if !stripped.is_empty() || self.col > 0 {
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
        }
        if self.col > 0 {
            // CPython converts the character offset to a byte offset before padding.
            let byte_at = |col: usize| -> usize {
                text.char_indices()
                    .nth(col.saturating_sub(1))
                    .map(|(i, _)| i)
                    .unwrap_or(text.len() + col.saturating_sub(1 + text.chars().count()))
            };
            let start = byte_at(self.col);
            if start >= nstrip {
                let offset = (start - nstrip).min(stripped.len());
                let end = self.end_col.map(byte_at).unwrap_or(start + 1);
                let end = if end > start {
                    end - nstrip
                } else {
                    offset + 1
                };
                let end = end.min(stripped.len() + 1).max(offset + 1);
                out.push_str("    ");
                out.push_str(&" ".repeat(offset));
                out.push_str(&"^".repeat(end - offset));
                out.push('\n');
            }
        }
        out.push_str(self.type_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.line)
    }
}

impl std::error::Error for SyntaxError {}

/// Where an error points, in byte offsets of the whole source.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Loc {
    /// Carets under `[start, end)` (at least one caret).
    Span(usize, usize),
    /// The line holding this offset, with no caret.
    Line(usize),
    /// The line holding this offset, caret just past its end (CPython's unindent error).
    LineEnd(usize),
    /// A caret at this character column of the line holding the offset.
    Col(usize, usize),
    #[default]
    Unknown,
}

/// An error before it is tied to a file name: produced by the lexer, the grammar actions and the
/// parser glue; it is also the LALRPOP user error type (hence `Default`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RawError {
    pub kind: Option<SyntaxErrorKind>,
    pub msg: String,
    pub loc: Loc,
    pub incomplete: bool,
}

impl RawError {
    pub fn new(msg: impl Into<String>, loc: Loc) -> RawError {
        RawError {
            kind: None,
            msg: msg.into(),
            loc,
            incomplete: false,
        }
    }
    pub fn at(msg: impl Into<String>, start: usize, end: usize) -> RawError {
        RawError::new(msg, Loc::Span(start, end))
    }
    pub fn kind(mut self, kind: SyntaxErrorKind) -> RawError {
        self.kind = Some(kind);
        self
    }
    pub fn incomplete(mut self) -> RawError {
        self.incomplete = true;
        self
    }

    pub fn into_error(self, source: &str, filename: &str) -> SyntaxError {
        let index = LineIndex::new(source);
        let clamp = |o: usize| o.min(source.len()) as u32;
        let (line, col, end_col) = match self.loc {
            Loc::Span(s, e) => {
                let (line, col) = index.line_col(source, clamp(s));
                let (eline, ecol) = index.line_col(source, clamp(e));
                let end = if eline == line && ecol > col {
                    ecol
                } else {
                    col + 1
                };
                (line, col, Some(end))
            }
            Loc::Line(o) => (index.line(clamp(o)), 0, None),
            Loc::LineEnd(o) => {
                let line = index.line(clamp(o));
                let text = index.line_text(source, line);
                // CPython's caret sits just past the end of the line.
                (line, text.chars().count() + 1, None)
            }
            Loc::Col(o, c) => (index.line(clamp(o)), c, None),
            Loc::Unknown => (1, 0, None),
        };
        let text = index.line_text(source, line).to_string();
        SyntaxError {
            kind: self.kind.unwrap_or(SyntaxErrorKind::Syntax),
            msg: if self.msg.is_empty() {
                "invalid syntax".to_string()
            } else {
                self.msg
            },
            filename: filename.to_string(),
            line,
            col,
            end_col,
            text,
            incomplete: self.incomplete,
        }
    }
}
