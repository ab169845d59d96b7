//! The compiler: AST to bytecode. Knows nothing about runtime objects or the VM; its output is
//! a `CodeObject` tree (see `bytecode`), and its only errors are compile-time SyntaxErrors.
//! Pipeline: `symtable` (scopes and name classes) then `codegen` (one code object per scope);
//! in debug builds `verify` checks every emitted code object.

pub mod bytecode;
mod codegen;
mod codegen_expr;
mod codegen_stmt;
mod dis;
pub mod symtable;
mod verify;

#[cfg(test)]
mod tests;

use crate::syntax::ast::{self, Span};
use crate::syntax::lines::SourceFile;
use bytecode::CodeObject;
use std::sync::Arc;

pub use dis::disassemble;
pub use verify::verify;

/// How a module is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or module: ends with `return None`.
    Exec,
    /// The REPL: top-level expression statements print their value (`PrintExpr`).
    Single,
    /// The module is a single expression statement whose value is returned.
    Eval,
}

/// A compile-time error; the caller reports it as `SyntaxError: msg` at `span`.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg)
    }
}

/// Compiles a parsed module to its code object (nested code objects are constants of it).
pub fn compile(
    module: &ast::Module,
    source: Arc<SourceFile>,
    mode: Mode,
) -> Result<Arc<CodeObject>, CompileError> {
    let st = symtable::build(module)?;
    let mut c = codegen::Compiler::new(&st, source, mode);
    let code = c.compile_module(module)?;
    #[cfg(debug_assertions)]
    if let Err(e) = verify::verify(&code) {
        return Err(CompileError {
            msg: format!("internal compiler error: {}", e),
            span: Span::default(),
        });
    }
    Ok(code)
}
