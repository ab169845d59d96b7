//! The bit-generator interface NumPy's distributions draw from (`bitgen_t`): 64-bit words,
//! 32-bit words and doubles, each with the exact semantics of the NumPy bit generator it wraps.

use crate::numeric::mt::Mt19937;

/// A source of raw random bits, as NumPy's `bitgen_t` sees it.
///
/// The three draws are separate methods because NumPy's bit generators define them separately:
/// MT19937 builds a double from two 32-bit words, PCG64 from one 64-bit word, and PCG64 hands
/// out the halves of a 64-bit word as two 32-bit draws.
pub trait BitGen {
    /// `next_uint64`.
    fn next_u64(&mut self) -> u64;
    /// `next_uint32`.
    fn next_u32(&mut self) -> u32;
    /// `next_double`: a double in [0, 1) with 53 random bits.
    fn next_double(&mut self) -> f64;
}

impl BitGen for Mt19937 {
    /// NumPy's `mt19937_next64`: two words, the first one high.
    #[inline]
    fn next_u64(&mut self) -> u64 {
        Mt19937::next_u64(self)
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        self.genrand_u32()
    }

    /// `mt19937_next_double`: 27 + 26 bits from two words, like CPython's `random()`.
    #[inline]
    fn next_double(&mut self) -> f64 {
        self.random()
    }
}
