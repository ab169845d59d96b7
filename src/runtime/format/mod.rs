//! Text formatting shared by the runtime: float repr, the format-spec mini-language, `str.format`
//! parsing, `%`-formatting, str/bytes repr and number parsing — pure functions whose output and
//! error messages match CPython 3.11 character for character (checked against CPython-generated
//! tables in `testdata/`).

mod dtoa;
mod fmtstring;
mod number;
mod parse;
mod percent;
mod printable;
mod round;
mod spec;
mod strrepr;

#[cfg(test)]
mod tests;

pub use dtoa::{double_to_string, float_repr};
pub use fmtstring::{
    check_conversion, parse_format_string, split_field_name, FieldKey, FieldName, FieldPart,
    FmtPiece, FormatStringParser,
};
pub use number::{format_float, format_i64, format_int, format_str};
pub use parse::{int_to_base, parse_float, parse_int};
pub use percent::{
    percent_char_from_int, percent_format, percent_int_type_error, PercentArg, PercentArgs,
};
pub use round::{float_as_integer_ratio, float_round};
pub use spec::{parse_format_spec, FormatSpec};
pub use strrepr::{bytes_repr, is_printable, str_ascii, str_repr};

use std::fmt;

/// The Python exception class a formatting error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
}

/// A formatting failure: the exception class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl From<FormatError> for String {
    fn from(e: FormatError) -> String {
        e.message
    }
}
