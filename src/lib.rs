//! pyrs: a Python-like language with a bytecode VM, a Cranelift JIT and a PTX backend.
//! Layers, lowest first: syntax → compiler → runtime/vm → builtins/modules → driver/CLI.

pub mod builtins;
pub mod compiler;
pub mod driver;
pub mod dump;
pub mod gil;
pub mod jit;
pub mod lock;
pub mod modules;
pub mod ndarray;
pub mod numeric;
pub mod ptx;
pub mod repl;
pub mod repl_magic;
pub mod runtime;
pub mod syntax;
pub mod vm;
