//! NumPy's `PCG64` bit generator: the 128-bit LCG with the XSL-RR output function
//! (`pcg_setseq_128_xsl_rr_64`), seeded from a `SeedSequence` the way `numpy.random.PCG64` is.

use super::bitgen::BitGen;
use super::seedseq::SeedSequence;

/// PCG's default 128-bit LCG multiplier.
const MULTIPLIER: u128 = (0x2360_ED05_1FC6_5DA4 << 64) | 0x4385_DF64_9FCC_F645;

/// The state of `numpy.random.PCG64`, including its buffered 32-bit half-word.
#[derive(Clone, Debug)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    /// The high half of the last 64-bit output, when `next_u32` consumed only its low half.
    spare_u32: Option<u32>,
}

impl Pcg64 {
    /// `pcg_setseq_128_srandom_r(initstate, initseq)`.
    pub fn from_state_and_seq(initstate: u128, initseq: u128) -> Self {
        let mut g = Pcg64 {
            state: 0,
            inc: (initseq << 1) | 1,
            spare_u32: None,
        };
        g.step();
        g.state = g.state.wrapping_add(initstate);
        g.step();
        g
    }

    /// `PCG64(seed_seq)`: four 64-bit words from `generate_state`, the first two the state and
    /// the last two the stream (each pair high word first).
    pub fn from_seed_sequence(seq: &SeedSequence) -> Self {
        let w = seq.generate_state_u64(4);
        let join = |hi: u64, lo: u64| ((hi as u128) << 64) | lo as u128;
        Self::from_state_and_seq(join(w[0], w[1]), join(w[2], w[3]))
    }

    /// `PCG64(seed)` for an integer seed given as its little-endian 32-bit words.
    pub fn from_seed_words(words: &[u32]) -> Self {
        Self::from_seed_sequence(&SeedSequence::new(words))
    }

    #[inline]
    fn step(&mut self) {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
    }

    /// The raw 128-bit state and increment (what `bit_generator.state` shows).
    pub fn state(&self) -> (u128, u128) {
        (self.state, self.inc)
    }
}

impl BitGen for Pcg64 {
    /// Step, then XSL-RR on the new state.
    #[inline]
    fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        let xored = ((s >> 64) as u64) ^ (s as u64);
        xored.rotate_right((s >> 122) as u32)
    }

    /// `pcg64_next32`: the low half of a fresh 64-bit output, then its high half.
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if let Some(v) = self.spare_u32.take() {
            return v;
        }
        let next = self.next_u64();
        self.spare_u32 = Some((next >> 32) as u32);
        next as u32
    }

    /// `(next_u64 >> 11) * 2**-53`.
    #[inline]
    fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }
}
