//! The compiler: AST to bytecode. Knows nothing about runtime objects or the VM; its output is
//! a `CodeObject` tree (see `bytecode`), and its only errors are compile-time SyntaxErrors.

pub mod bytecode;
