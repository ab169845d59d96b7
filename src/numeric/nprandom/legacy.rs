//! NumPy's legacy `RandomState` (`mtrand.pyx` + `legacy-distributions.c`) on MT19937: what
//! `np.random.seed(n)` and the module-level `np.random.*` functions use. Frozen by NumPy's
//! stream-compatibility promise, so these are the numbers every NumPy version gives.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::bounded::{self, int_range};
use super::choice::{self, Api, Population};
use super::distributions;
use super::RandomError;
use crate::numeric::mt::Mt19937;

/// `np.random.RandomState`: the Mersenne Twister plus the cached second value of the polar
/// Gaussian method.
#[derive(Clone, Debug, Default)]
pub struct RandomState {
    pub mt: Mt19937,
    pub gauss: Option<f64>,
}

fn seed_range_error() -> RandomError {
    RandomError {
        kind: "ValueError",
        msg: "Seed must be between 0 and 2**32 - 1".into(),
    }
}

impl RandomState {
    /// `RandomState(seed)` for a seed in [0, 2**32).
    pub fn new(seed: u32) -> Self {
        let mut r = RandomState::default();
        r.seed_u32(seed);
        r
    }

    /// `seed(n)` for an int: it must lie in [0, 2**32 - 1].
    pub fn seed(&mut self, n: &BigInt) -> Result<(), RandomError> {
        let s = n.to_u32().ok_or_else(seed_range_error)?;
        self.seed_u32(s);
        Ok(())
    }

    /// `seed(s)`: `init_genrand(s)`; resets the cached Gaussian.
    pub fn seed_u32(&mut self, s: u32) {
        self.mt.init_genrand(s);
        self.gauss = None;
    }

    /// `seed([a, b, ...])` for words already checked: `init_by_array`.
    pub fn seed_array(&mut self, key: &[u32]) {
        self.mt.seed_from_u32_array(key);
        self.gauss = None;
    }

    /// `seed([a, b, ...])` for Python ints: each must lie in [0, 2**32 - 1], and the list must not
    /// be empty.
    pub fn seed_array_bigints(&mut self, key: &[BigInt]) -> Result<(), RandomError> {
        if key.is_empty() {
            return Err(RandomError {
                kind: "ValueError",
                msg: "Seed must be non-empty".into(),
            });
        }
        let words: Option<Vec<u32>> = key.iter().map(|k| k.to_u32()).collect();
        self.seed_array(&words.ok_or_else(seed_range_error)?);
        Ok(())
    }

    /// `seed()` / `seed(None)`: fresh OS entropy.
    pub fn seed_from_os(&mut self) {
        self.mt.seed_from_os();
        self.gauss = None;
    }

    /// `random_sample()` / `rand()` / `random()`: a double in [0, 1).
    #[inline]
    pub fn random_sample(&mut self) -> f64 {
        self.mt.random()
    }

    /// `random_sample(size)`.
    pub fn fill_random_sample(&mut self, out: &mut [f64]) {
        for o in out.iter_mut() {
            *o = self.mt.random();
        }
    }

    /// One polar-method pair: returns `(f * x2, f * x1)`, the value returned first and the one
    /// cached.
    #[inline]
    fn gauss_pair(&mut self) -> (f64, f64) {
        loop {
            let x1 = 2.0 * self.mt.random() - 1.0;
            let x2 = 2.0 * self.mt.random() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                let f = (-2.0 * r2.ln() / r2).sqrt();
                return (f * x2, f * x1);
            }
        }
    }

    /// `legacy_gauss`: `standard_normal()` / `randn()`, using the cached value first.
    #[inline]
    pub fn standard_normal(&mut self) -> f64 {
        if let Some(g) = self.gauss.take() {
            return g;
        }
        let (first, second) = self.gauss_pair();
        self.gauss = Some(second);
        first
    }

    /// `standard_normal(size)` / `randn(*shape)`: the same values as repeated
    /// `standard_normal()`, leaving the cache as they would.
    pub fn fill_standard_normal(&mut self, out: &mut [f64]) {
        let mut rest = out;
        if let Some(g) = self.gauss.take() {
            let Some((o, tail)) = rest.split_first_mut() else {
                self.gauss = Some(g);
                return;
            };
            *o = g;
            rest = tail;
        }
        let mut pairs = rest.chunks_exact_mut(2);
        for pair in &mut pairs {
            let (first, second) = self.gauss_pair();
            pair[0] = first;
            pair[1] = second;
        }
        if let [o] = pairs.into_remainder() {
            *o = self.standard_normal();
        }
    }

    /// `normal(loc, scale)`; check `scale` with `check::non_negative(scale, "scale")` first.
    #[inline]
    pub fn normal(&mut self, loc: f64, scale: f64) -> f64 {
        loc + scale * self.standard_normal()
    }

    /// `normal(loc, scale, size)`.
    pub fn fill_normal(&mut self, out: &mut [f64], loc: f64, scale: f64) {
        self.fill_standard_normal(out);
        for o in out.iter_mut() {
            *o = loc + scale * *o;
        }
    }

    /// `uniform(low, high)`; check with `check::legacy_uniform` first.
    #[inline]
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.mt.random()
    }

    /// `uniform(low, high, size)`.
    pub fn fill_uniform(&mut self, out: &mut [f64], low: f64, high: f64) {
        let range = high - low;
        for o in out.iter_mut() {
            *o = low + range * self.mt.random();
        }
    }

    /// `randint(low, high)` for the default int64 dtype: [low, high) by masked rejection.
    pub fn randint(&mut self, low: i128, high: i128) -> Result<i64, RandomError> {
        let (off, rng) = int_range(low, high, false, 64)?;
        Ok(off.wrapping_add(bounded::bounded_u64(&mut self.mt, rng, true)) as i64)
    }

    /// `randint(low, high, size)` for int64.
    pub fn fill_randint(
        &mut self,
        out: &mut [i64],
        low: i128,
        high: i128,
    ) -> Result<(), RandomError> {
        if out.is_empty() {
            // NumPy returns an empty array before looking at the bounds.
            return Ok(());
        }
        let (off, rng) = int_range(low, high, false, 64)?;
        bounded::fill_bounded_i64(&mut self.mt, off, rng, true, out);
        Ok(())
    }

    /// `randint(low, high, size, dtype=np.int32)`: the same draws, with int32 bounds checks.
    pub fn fill_randint_i32(
        &mut self,
        out: &mut [i32],
        low: i128,
        high: i128,
    ) -> Result<(), RandomError> {
        if out.is_empty() {
            // NumPy returns an empty array before looking at the bounds.
            return Ok(());
        }
        let (off, rng) = int_range(low, high, false, 32)?;
        for o in out.iter_mut() {
            *o = off.wrapping_add(bounded::bounded_u64(&mut self.mt, rng, true)) as i32;
        }
        Ok(())
    }

    /// `random_interval(max)`: a value in [0, max] by masked rejection.
    #[inline]
    pub fn random_interval(&mut self, max: u64) -> u64 {
        bounded::random_interval(&mut self.mt, max)
    }

    /// `shuffle(x)`. For an n-d array (shuffled along axis 0), shuffle the row indices
    /// `0..len` with this and gather the rows in the resulting order: the swaps are the same.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        bounded::shuffle(&mut self.mt, x);
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle(&mut v);
        v
    }

    /// `choice(a, size, replace, p)`: the chosen indices into the population (for an int `a`,
    /// the values themselves). `size` is the number of samples (`prod(shape)`, 1 for
    /// `size=None`); `p`, when given, must be a float64 vector as NumPy converts it.
    pub fn choice(
        &mut self,
        pop: Population,
        size: usize,
        replace: bool,
        p: Option<&[f64]>,
    ) -> Result<Vec<i64>, RandomError> {
        let pop_size = choice::check(Api::Legacy, pop, size, p)?;
        if replace {
            if let Some(p) = p {
                let mut u = vec![0.0; size];
                self.fill_random_sample(&mut u);
                return Ok(choice::with_p(p, &u));
            }
            let mut out = vec![0i64; size];
            self.fill_randint(&mut out, 0, pop_size as i128)?;
            return Ok(out);
        }
        choice::check_no_replace(Api::Legacy, pop_size, size, p)?;
        if let Some(p) = p {
            return Ok(choice::without_replacement_p(p, size, |x| {
                self.fill_random_sample(x)
            }));
        }
        let mut perm = self.permutation(pop_size as usize);
        perm.truncate(size);
        Ok(perm)
    }

    /// `standard_exponential()`: `-log(1 - U)`.
    #[inline]
    pub fn standard_exponential(&mut self) -> f64 {
        -(1.0 - self.mt.random()).ln()
    }

    /// `standard_exponential(size)`.
    pub fn fill_standard_exponential(&mut self, out: &mut [f64]) {
        for o in out.iter_mut() {
            *o = self.standard_exponential();
        }
    }

    /// `exponential(scale)`; check with `check::non_negative(scale, "scale")` first.
    #[inline]
    pub fn exponential(&mut self, scale: f64) -> f64 {
        scale * self.standard_exponential()
    }

    /// `poisson(lam)`; check with `check::poisson_lam` first.
    pub fn poisson(&mut self, lam: f64) -> i64 {
        distributions::poisson(&mut self.mt, lam)
    }

    /// `binomial(n, p)`; check with `check::binomial` first.
    pub fn binomial(&mut self, n: i64, p: f64) -> i64 {
        distributions::binomial_legacy(&mut self.mt, p, n)
    }
}
