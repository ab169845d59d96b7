//! The front end: source text to AST. Knows nothing about bytecode, the VM or the JIT.
//! Guarantees: `parse_module` never panics; every failure is a `SyntaxError` with file:line:col.
//! Trees are at most `MAX_DEPTH` expressions deep (deeper input is a SyntaxError), so walking an
//! AST recursively is safe. In an f-string `{x=}` field without `!conv` or `:spec`, `conversion`
//! is set to `'r'` (CPython's rule), and `debug_text` holds the `x=` text to print before it.

pub mod ast;
mod error;
mod fstring;
mod helpers;
mod lexer;
pub mod lines;
mod parser;
mod strings;
mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use helpers::MAX_DEPTH;
pub use token::{StrLit, StrValue, Token};

use helpers::Top;
use parser::Mode;

fn run(source: &str, filename: &str, start: usize, mode: Mode) -> Result<Top, SyntaxError> {
    helpers::depth_scope(true);
    let result = parser::parse_range(source, start, source.len(), mode);
    helpers::depth_scope(false);
    result.map_err(|e| e.into_error(source, filename))
}

/// Parses a whole file (or REPL input).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    match run(source, filename, 0, Mode::Module)? {
        Top::Module(body) => Ok(ast::Module { body }),
        Top::Expr(e) => Ok(ast::Module {
            body: vec![ast::Stmt::new(ast::StmtKind::Expr(e.clone()), e.span)],
        }),
    }
}

/// Parses one expression, as `eval()` does (leading spaces and tabs are ignored).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let start = source.len() - source.trim_start_matches([' ', '\t']).len();
    match run(source, filename, start, Mode::Eval)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => {
            Err(error::RawError::at("invalid syntax", 0, 1).into_error(source, filename))
        }
    }
}

/// The token stream the parser sees (for `pyrs --dump=tokens`).
pub fn tokenize(source: &str, filename: &str) -> Result<Vec<(usize, Token, usize)>, SyntaxError> {
    lexer::lex_all(source, 0, source.len(), false).map_err(|e| e.into_error(source, filename))
}

#[cfg(test)]
mod cpython_cases;
#[cfg(test)]
mod tests;
