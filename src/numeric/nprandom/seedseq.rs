//! NumPy's `SeedSequence`: turns integer entropy into well-mixed seed words (the hashmix
//! algorithm of `bit_generator.pyx`), for `default_rng(seed)` and `PCG64(seed)`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::RandomError;

const POOL_SIZE: usize = 4;
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// A `SeedSequence` without spawn key: its mixed entropy pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedSequence {
    pool: [u32; POOL_SIZE],
}

fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut v = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    v = v.wrapping_mul(*hash_const);
    v ^ (v >> XSHIFT)
}

fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> XSHIFT)
}

impl SeedSequence {
    /// `SeedSequence(entropy)` for entropy already assembled into 32-bit words (`mix_entropy`).
    pub fn new(entropy: &[u32]) -> Self {
        let mut hash_const = INIT_A;
        let mut pool = [0u32; POOL_SIZE];
        for (i, slot) in pool.iter_mut().enumerate() {
            *slot = hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const);
        }
        for i_src in 0..POOL_SIZE {
            for i_dst in 0..POOL_SIZE {
                if i_src != i_dst {
                    let h = hashmix(pool[i_src], &mut hash_const);
                    pool[i_dst] = mix(pool[i_dst], h);
                }
            }
        }
        for &word in entropy.iter().skip(POOL_SIZE) {
            for slot in pool.iter_mut() {
                let h = hashmix(word, &mut hash_const);
                *slot = mix(*slot, h);
            }
        }
        SeedSequence { pool }
    }

    /// `SeedSequence(n)` for a Python int; negative ints are NumPy's ValueError.
    pub fn from_bigint(n: &BigInt) -> Result<Self, RandomError> {
        Ok(Self::new(&int_to_words(n)?))
    }

    /// `SeedSequence([n0, n1, ...])`: each int contributes its own words, in order.
    pub fn from_bigints(ns: &[BigInt]) -> Result<Self, RandomError> {
        let mut words = Vec::new();
        for n in ns {
            words.extend(int_to_words(n)?);
        }
        Ok(Self::new(&words))
    }

    /// `generate_state(n_words)` with dtype uint32.
    pub fn generate_state(&self, n_words: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n_words)
            .map(|i| {
                let mut v = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                v = v.wrapping_mul(hash_const);
                v ^ (v >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words, the first one low.
    pub fn generate_state_u64(&self, n_words: usize) -> Vec<u64> {
        self.generate_state(2 * n_words)
            .chunks_exact(2)
            .map(|p| p[0] as u64 | (p[1] as u64) << 32)
            .collect()
    }
}

/// `_int_to_uint32_array`: the little-endian 32-bit words of a non-negative int (`[0]` for 0).
pub fn int_to_words(n: &BigInt) -> Result<Vec<u32>, RandomError> {
    if n.is_negative() {
        return Err(RandomError {
            kind: "ValueError",
            msg: "expected non-negative integer".into(),
        });
    }
    let mut words = n.magnitude().to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    Ok(words)
}
