//! Numeric kernels that must agree with CPython 3.11 bit-for-bit: the Mersenne Twister behind
//! `random`, the hash functions, the set table layout, and `math` functions std lacks.
//! Invariant: pure Rust; nothing here knows about interpreter objects.

pub mod arrayprint;
pub mod hash;
pub mod mathfns;
pub mod mt;
pub mod nprandom;
pub mod npy_f32;
pub mod settable;
