//! pyrs: a Python-like language with a bytecode VM, a Cranelift JIT and a PTX backend.

pub mod compiler;
pub mod numeric;
pub mod syntax;
