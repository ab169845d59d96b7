//! The Mersenne Twister behind CPython's `random` module and NumPy's legacy `RandomState`
//! (whose algorithms live in `nprandom`). Guarantee: for the same seed, every method yields exactly
//! the values CPython 3.11 (`random.Random`) yields, call for call.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state, as in CPython's `_randommodule.c`.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }
}

impl Mt19937 {
    /// A generator seeded like `random.seed(n)` for the integer `n`.
    pub fn new_from_bigint(n: &BigInt) -> Self {
        let mut mt = Self::default();
        mt.seed_from_bigint(n);
        mt
    }

    /// `init_genrand(s)`: the reference single-word initialisation.
    pub fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array(key)`: the reference array initialisation.
    pub fn seed_from_u32_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let key_len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key_len) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `random.seed(n)` for an int: `init_by_array` over the 32-bit little-endian chunks of |n|.
    pub fn seed_from_bigint(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.seed_from_u32_array(&key);
    }

    /// `random.seed()` with no argument: 624 words from the OS (time and pid as a fallback).
    pub fn seed_from_os(&mut self) {
        use std::io::Read;
        let mut bytes = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.seed_from_u32_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let key = [
                now.as_secs() as u32,
                (now.as_secs() >> 32) as u32,
                now.subsec_nanos(),
                std::process::id(),
            ];
            self.seed_from_u32_array(&key);
        }
    }

    fn generate(&mut self) {
        let mt = &mut self.state;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.index = 0;
    }

    /// Next tempered 32-bit output (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a 53-bit float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// NumPy's `next_uint64` for MT19937: two words, high word first.
    pub fn next_u64(&mut self) -> u64 {
        let hi = self.genrand_u32() as u64;
        let lo = self.genrand_u32() as u64;
        (hi << 32) | lo
    }

    /// `getrandbits(k)`: k random bits, built from 32-bit words least significant first.
    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.genrand_u32() >> (32 - k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// `_randbelow_with_getrandbits(n)` for n > 0 (returns 0 for n <= 0).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        let k = n.bits() as u32;
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `randbelow` for machine-sized bounds (same stream as the BigInt version).
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let k = usize::BITS - n.leading_zeros();
        loop {
            let r = if k <= 32 {
                (self.genrand_u32() >> (32 - k)) as usize
            } else {
                let lo = self.genrand_u32() as u64;
                let hi = (self.genrand_u32() >> (64 - k)) as u64;
                ((hi << 32) | lo) as usize
            };
            if r < n {
                return r;
            }
        }
    }

    /// The internal state as `getstate()` exposes it: 624 words and the position.
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// Restores a state from `getstate`; errors if it has the wrong shape.
    pub fn setstate(&mut self, words: &[u32], index: usize) -> Result<(), &'static str> {
        if words.len() != N || index > N {
            return Err("invalid state");
        }
        self.state.copy_from_slice(words);
        self.index = index;
        Ok(())
    }
}

/// A Python-level error the caller turns into an exception: (exception type name, message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RandomError {
    pub kind: &'static str,
    pub msg: String,
}

fn err(kind: &'static str, msg: impl Into<String>) -> RandomError {
    RandomError {
        kind,
        msg: msg.into(),
    }
}

/// CPython 3.11's `random.Random` algorithms on top of [`Mt19937`].
#[derive(Clone, Debug, Default)]
pub struct PyRandom {
    pub mt: Mt19937,
    pub gauss_next: Option<f64>,
}

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

impl PyRandom {
    /// `random.Random(n)`.
    pub fn new_seeded(n: &BigInt) -> Self {
        let mut r = PyRandom::default();
        r.seed_int(n);
        r
    }

    /// `seed(n)` for an int (also resets the cached gauss value).
    pub fn seed_int(&mut self, n: &BigInt) {
        self.mt.seed_from_bigint(n);
        self.gauss_next = None;
    }

    /// `seed(x)` for a float: CPython seeds from `hash(x)` taken as an unsigned 64-bit int.
    pub fn seed_float(&mut self, x: f64) {
        let h = super::hash::hash_f64(x, 0) as u64;
        self.seed_int(&BigInt::from(h));
    }

    /// `seed()` / `seed(None)`.
    pub fn seed_os(&mut self) {
        self.mt.seed_from_os();
        self.gauss_next = None;
    }

    pub fn random(&mut self) -> f64 {
        self.mt.random()
    }

    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        self.mt.getrandbits(k)
    }

    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        self.mt.randbelow(n)
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `randrange(start, stop, step)`; `stop == None` is the one-argument form.
    /// `step_given` says whether a step was passed (for the "Missing stop" error).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
        step_given: bool,
    ) -> Result<BigInt, RandomError> {
        let stop = match stop {
            None => {
                if step_given {
                    return Err(err("TypeError", "Missing a non-None stop argument"));
                }
                if start.is_positive() {
                    return Ok(self.randbelow(start));
                }
                return Err(err("ValueError", "empty range for randrange()"));
            }
            Some(s) => s,
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(err(
                "ValueError",
                format!(
                    "empty range for randrange() ({}, {}, {})",
                    start, stop, width
                ),
            ));
        }
        let n = if step.is_positive() {
            (&width + step - BigInt::one()).div_floor(step)
        } else if step.is_negative() {
            (&width + step + BigInt::one()).div_floor(step)
        } else {
            return Err(err("ValueError", "zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(err("ValueError", "empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange(a, Some(&(b + 1)), &BigInt::one(), false)
    }

    /// `choice(seq)`: the index chosen in a sequence of length `len`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(err("IndexError", "Cannot choose from an empty sequence"));
        }
        Ok(self.mt.randbelow_usize(len))
    }

    /// `shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.mt.randbelow_usize(i + 1);
            x.swap(i, j);
        }
    }

    /// `sample(population, k)`: the indices into a population of length `n`, in result order.
    pub fn sample(&mut self, n: usize, k: usize) -> Result<Vec<usize>, RandomError> {
        if k > n {
            return Err(err(
                "ValueError",
                "Sample larger than population or is negative",
            ));
        }
        let mut result = Vec::with_capacity(k);
        let mut setsize: usize = 21;
        if k > 5 {
            let e = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
            setsize += 4usize.pow(e as u32);
        }
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.mt.randbelow_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.mt.randbelow_usize(n);
                while selected.contains(&j) {
                    j = self.mt.randbelow_usize(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `gauss(mu, sigma)` with the cached second value.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman–Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magicconst = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magicconst * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `expovariate(lambd)`; the caller raises ZeroDivisionError for `lambd == 0`.
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -(1.0 - self.random()).ln() / lambd
    }
}

/// NumPy's legacy `RandomState`, now in `nprandom`; the old name stays for existing callers.
pub use super::nprandom::RandomState as NpRandomState;

#[cfg(test)]
#[path = "mt_tests.rs"]
mod tests;
