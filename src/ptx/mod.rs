//! The GPU tier's code generator: typed IR of a `@cuda.jit` kernel lowered to PTX text
//! (`emit`). Invariant: consumes the same typed IR as the CPU backend (`crate::jit::tir`) and
//! knows nothing of the interpreter; loading and launching belong to the driver layer.

pub mod emit;
