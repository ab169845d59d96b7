//! `numpy.random.Generator` over `PCG64` (what `np.random.default_rng(seed)` returns):
//! uniform doubles, the ziggurat normal and exponential, Lemire-bounded integers, choice and
//! the shuffles, Poisson and binomial.

use num_bigint::BigInt;

use super::bitgen::BitGen;
use super::bounded::{self, gen_mask, int_range};
use super::choice::{self, Api, Population};
use super::distributions;
use super::pcg64::Pcg64;
use super::seedseq::SeedSequence;
use super::ziggurat;
use super::RandomError;

/// `Generator(PCG64(seed))`.
#[derive(Clone, Debug)]
pub struct Generator {
    pub bitgen: Pcg64,
}

impl Generator {
    /// `Generator(PCG64(seed_seq))`.
    pub fn from_seed_sequence(seq: &SeedSequence) -> Self {
        Generator {
            bitgen: Pcg64::from_seed_sequence(seq),
        }
    }

    /// `default_rng(n)` for a Python int (negative ints are NumPy's ValueError).
    pub fn from_bigint(n: &BigInt) -> Result<Self, RandomError> {
        Ok(Self::from_seed_sequence(&SeedSequence::from_bigint(n)?))
    }

    /// `default_rng([n0, n1, ...])`.
    pub fn from_bigints(ns: &[BigInt]) -> Result<Self, RandomError> {
        Ok(Self::from_seed_sequence(&SeedSequence::from_bigints(ns)?))
    }

    /// `default_rng(n)` for a seed that fits in 64 bits.
    pub fn from_u64(n: u64) -> Self {
        let words = [n as u32, (n >> 32) as u32];
        let len = if n >> 32 == 0 { 1 } else { 2 };
        Self::from_seed_sequence(&SeedSequence::new(&words[..len]))
    }

    /// `default_rng()` / `default_rng(None)`: 128 bits of OS entropy, as NumPy draws them.
    pub fn from_os() -> Self {
        use std::io::Read;
        let mut bytes = [0u8; 16];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        let mut words: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if !ok {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            words = vec![now.subsec_nanos(), now.as_secs() as u32, std::process::id()];
        }
        Self::from_seed_sequence(&SeedSequence::new(&words))
    }

    /// `random()`: a double in [0, 1).
    #[inline]
    pub fn random(&mut self) -> f64 {
        self.bitgen.next_double()
    }

    /// `random(size)`.
    pub fn fill_random(&mut self, out: &mut [f64]) {
        for o in out.iter_mut() {
            *o = self.bitgen.next_double();
        }
    }

    /// `random(size, dtype=np.float32)`: 24 random bits from a (buffered) 32-bit draw.
    pub fn fill_random_f32(&mut self, out: &mut [f32]) {
        for o in out.iter_mut() {
            *o = (self.bitgen.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0);
        }
    }

    /// `standard_normal()` (ziggurat).
    #[inline]
    pub fn standard_normal(&mut self) -> f64 {
        ziggurat::standard_normal(&mut self.bitgen)
    }

    /// `standard_normal(size)`.
    pub fn fill_standard_normal(&mut self, out: &mut [f64]) {
        for o in out.iter_mut() {
            *o = ziggurat::standard_normal(&mut self.bitgen);
        }
    }

    /// `normal(loc, scale)`; check with `check::non_negative(scale, "scale")` first.
    #[inline]
    pub fn normal(&mut self, loc: f64, scale: f64) -> f64 {
        loc + scale * self.standard_normal()
    }

    /// `normal(loc, scale, size)`.
    pub fn fill_normal(&mut self, out: &mut [f64], loc: f64, scale: f64) {
        for o in out.iter_mut() {
            *o = loc + scale * ziggurat::standard_normal(&mut self.bitgen);
        }
    }

    /// `uniform(low, high)`; check with `check::uniform` first.
    #[inline]
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.bitgen.next_double()
    }

    /// `uniform(low, high, size)`.
    pub fn fill_uniform(&mut self, out: &mut [f64], low: f64, high: f64) {
        let range = high - low;
        for o in out.iter_mut() {
            *o = low + range * self.bitgen.next_double();
        }
    }

    /// `standard_exponential()` (ziggurat, the default `method='zig'`).
    #[inline]
    pub fn standard_exponential(&mut self) -> f64 {
        ziggurat::standard_exponential(&mut self.bitgen)
    }

    /// `standard_exponential(size)`.
    pub fn fill_standard_exponential(&mut self, out: &mut [f64]) {
        for o in out.iter_mut() {
            *o = ziggurat::standard_exponential(&mut self.bitgen);
        }
    }

    /// `exponential(scale)`; check with `check::non_negative(scale, "scale")` first.
    #[inline]
    pub fn exponential(&mut self, scale: f64) -> f64 {
        scale * self.standard_exponential()
    }

    /// `integers(low, high, endpoint=endpoint)` for the default int64 dtype (Lemire).
    pub fn integers(&mut self, low: i128, high: i128, endpoint: bool) -> Result<i64, RandomError> {
        let (off, rng) = int_range(low, high, endpoint, 64)?;
        Ok(off.wrapping_add(bounded::bounded_u64(&mut self.bitgen, rng, false)) as i64)
    }

    /// `integers(low, high, size, endpoint=endpoint)` for int64.
    pub fn fill_integers(
        &mut self,
        out: &mut [i64],
        low: i128,
        high: i128,
        endpoint: bool,
    ) -> Result<(), RandomError> {
        if out.is_empty() {
            // NumPy returns an empty array before looking at the bounds.
            return Ok(());
        }
        let (off, rng) = int_range(low, high, endpoint, 64)?;
        bounded::fill_bounded_i64(&mut self.bitgen, off, rng, false, out);
        Ok(())
    }

    /// `integers(low, high, size, dtype=np.int32, endpoint=endpoint)`.
    pub fn fill_integers_i32(
        &mut self,
        out: &mut [i32],
        low: i128,
        high: i128,
        endpoint: bool,
    ) -> Result<(), RandomError> {
        if out.is_empty() {
            // NumPy returns an empty array before looking at the bounds.
            return Ok(());
        }
        let (off, rng) = int_range(low, high, endpoint, 32)?;
        for o in out.iter_mut() {
            *o = off.wrapping_add(bounded::bounded_u64(&mut self.bitgen, rng, false)) as i32;
        }
        Ok(())
    }

    /// `shuffle(x)` (masked `random_interval` draws, like `RandomState`). For an n-d array,
    /// shuffle the indices `0..len` of the axis and gather along it.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        bounded::shuffle(&mut self.bitgen, x);
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle(&mut v);
        v
    }

    /// `_shuffle_int`: Fisher–Yates down to `first` with Lemire draws (choice's own shuffle).
    fn shuffle_int(&mut self, data: &mut [i64], first: usize) {
        for i in (first..data.len()).rev() {
            let j = bounded::bounded_u64(&mut self.bitgen, i as u64, false) as usize;
            data.swap(i, j);
        }
    }

    /// `choice(a, size, replace, p, shuffle)`: the chosen indices (for an int `a`, the values).
    /// `size` is the number of samples (`prod(shape)`, 1 for `size=None`); `p`, when given,
    /// must be a float64 vector as NumPy converts it. NumPy's default is `shuffle=True`.
    pub fn choice(
        &mut self,
        pop: Population,
        size: usize,
        replace: bool,
        p: Option<&[f64]>,
        shuffle: bool,
    ) -> Result<Vec<i64>, RandomError> {
        let pop_size = choice::check(Api::Generator, pop, size, p)?;
        if replace {
            if let Some(p) = p {
                let mut u = vec![0.0; size];
                self.fill_random(&mut u);
                return Ok(choice::with_p(p, &u));
            }
            let mut out = vec![0i64; size];
            self.fill_integers(&mut out, 0, pop_size as i128, false)?;
            return Ok(out);
        }
        choice::check_no_replace(Api::Generator, pop_size, size, p)?;
        if let Some(p) = p {
            return Ok(choice::without_replacement_p(p, size, |x| {
                self.fill_random(x)
            }));
        }
        let pop_size = pop_size.max(0) as usize;
        let cutoff = if shuffle { 50 } else { 20 };
        if pop_size > 10000 && size > pop_size / cutoff {
            // Tail shuffle: only the last `size` positions are shuffled.
            let mut idx: Vec<i64> = (0..pop_size as i64).collect();
            self.shuffle_int(&mut idx, (pop_size - size).max(1));
            return Ok(idx.split_off(pop_size - size));
        }
        Ok(self.floyd(pop_size, size, shuffle))
    }

    /// Floyd's sampling without replacement with NumPy's open-addressing set, then an optional
    /// shuffle of the result.
    fn floyd(&mut self, pop_size: usize, size: usize, shuffle: bool) -> Vec<i64> {
        const EMPTY: u64 = u64::MAX;
        let mask = gen_mask((1.2 * size as f64) as u64);
        let mut set = vec![EMPTY; mask as usize + 1];
        let mut idx = Vec::with_capacity(size);
        for j in (pop_size - size) as u64..pop_size as u64 {
            let val = bounded::bounded_u64(&mut self.bitgen, j, false);
            let mut loc = val & mask;
            while set[loc as usize] != EMPTY && set[loc as usize] != val {
                loc = (loc + 1) & mask;
            }
            if set[loc as usize] == EMPTY {
                set[loc as usize] = val;
                idx.push(val as i64);
            } else {
                loc = j & mask;
                while set[loc as usize] != EMPTY {
                    loc = (loc + 1) & mask;
                }
                set[loc as usize] = j;
                idx.push(j as i64);
            }
        }
        if shuffle {
            self.shuffle_int(&mut idx, 1);
        }
        idx
    }

    /// `poisson(lam)`; check with `check::poisson_lam` first.
    pub fn poisson(&mut self, lam: f64) -> i64 {
        distributions::poisson(&mut self.bitgen, lam)
    }

    /// `binomial(n, p)`; check with `check::binomial` first.
    pub fn binomial(&mut self, n: i64, p: f64) -> i64 {
        distributions::binomial(&mut self.bitgen, p, n)
    }
}
