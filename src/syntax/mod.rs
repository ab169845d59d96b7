//! The front end: source text to AST. Knows nothing about bytecode, the VM or the JIT.
//! Guarantees: `parse_module` never panics; every failure is a `SyntaxError` with file:line:col.

pub mod ast;
pub mod lines;
