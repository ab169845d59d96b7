//! NumPy's random streams: the legacy global `RandomState` algorithms and `Generator(PCG64)`,
//! as pure functions over the bit generators, giving NumPy's exact numbers for the same seed.
//! Guarantee: for the same seed and the same sequence of calls, every method yields the values
//! NumPy 2.4 yields, bit for bit (checked against committed NumPy outputs in `nprandom/tests.rs`).
//!
//! - [`RandomState`]: `np.random.seed(n)` and the module-level functions (MT19937, polar
//!   Gaussian with a cached value, masked-rejection integers).
//! - [`Generator`]: `np.random.default_rng(seed)` = `Generator(PCG64(SeedSequence(seed)))`
//!   (ziggurat normal/exponential, Lemire integers, Floyd's `choice`).
//! - [`check`]: NumPy's parameter checks. Sampling methods take parameters NumPy accepts; run the
//!   matching check first, as NumPy does before drawing anything.
//!
//! Every sampling method has a scalar form (`size=None`) and a `fill_*` form that writes
//! `prod(size)` values in C order; both consume the stream exactly as NumPy does.

mod bitgen;
mod bounded;
pub mod check;
mod choice;
mod distributions;
mod generator;
mod legacy;
mod pcg64;
mod seedseq;
mod ziggurat;
mod ziggurat_tables;

pub use super::mt::RandomError;
pub use bitgen::BitGen;
pub use choice::Population;
pub use distributions::loggam;
pub use generator::Generator;
pub use legacy::RandomState;
pub use pcg64::Pcg64;
pub use seedseq::{int_to_words, SeedSequence};

#[cfg(test)]
mod tests;
