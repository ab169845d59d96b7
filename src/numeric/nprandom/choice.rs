//! The parts of `choice` that `RandomState` and `Generator` share: the population, the checks on
//! `p` (with each API's wording), the cdf search, and sampling with `p` without replacement.

use super::RandomError;

/// What `choice(a, ...)` samples from: `a` an int (`range(a)`) or an array of this length
/// along the sampled axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Population {
    Int(i64),
    Len(usize),
}

/// Which API's error messages to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Api {
    Legacy,
    Generator,
}

fn value_error(msg: &str) -> RandomError {
    RandomError {
        kind: "ValueError",
        msg: msg.into(),
    }
}

/// `kahan_sum` from `_common.pyx`: used only to check that `p` sums to 1.
fn kahan_sum(p: &[f64]) -> f64 {
    let Some((&first, rest)) = p.split_first() else {
        return 0.0;
    };
    let mut sum = first;
    let mut c = 0.0;
    for &v in rest {
        let y = v - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

/// The population size after `choice`'s checks on `a` and `p`, in NumPy's order.
pub(super) fn check(
    api: Api,
    pop: Population,
    size: usize,
    p: Option<&[f64]>,
) -> Result<i64, RandomError> {
    let legacy = api == Api::Legacy;
    let pop_size = match pop {
        Population::Int(n) => {
            if n <= 0 && size != 0 {
                return Err(value_error(if legacy {
                    "a must be greater than 0 unless no samples are taken"
                } else {
                    "a must be a positive integer unless no samples are taken"
                }));
            }
            n
        }
        Population::Len(n) => {
            if n == 0 && size != 0 {
                return Err(value_error(if legacy {
                    "'a' cannot be empty unless no samples are taken"
                } else {
                    "a cannot be empty unless no samples are taken"
                }));
            }
            n as i64
        }
    };
    if let Some(p) = p {
        let atol = f64::EPSILON.sqrt();
        if p.len() as i64 != pop_size {
            return Err(value_error(if legacy {
                "'a' and 'p' must have same size"
            } else {
                "a and p must have same size"
            }));
        }
        let p_sum = kahan_sum(p);
        if p_sum.is_nan() {
            return Err(value_error(if legacy {
                "probabilities contain NaN"
            } else {
                "Probabilities contain NaN"
            }));
        }
        if p.iter().any(|&v| v < 0.0) {
            return Err(value_error(if legacy {
                "probabilities are not non-negative"
            } else {
                "Probabilities are not non-negative"
            }));
        }
        if (p_sum - 1.0).abs() > atol {
            return Err(value_error(if legacy {
                "probabilities do not sum to 1"
            } else {
                "Probabilities do not sum to 1. See Notes section of docstring for more information."
            }));
        }
    }
    Ok(pop_size)
}

/// The checks of the `replace=False` branch.
pub(super) fn check_no_replace(
    api: Api,
    pop_size: i64,
    size: usize,
    p: Option<&[f64]>,
) -> Result<(), RandomError> {
    if size as i64 > pop_size {
        return Err(value_error(if api == Api::Legacy {
            "Cannot take a larger sample than population when 'replace=False'"
        } else {
            "Cannot take a larger sample than population when replace is False"
        }));
    }
    if let Some(p) = p {
        if p.iter().filter(|&&v| v > 0.0).count() < size {
            return Err(value_error("Fewer non-zero entries in p than size"));
        }
    }
    Ok(())
}

/// `cdf = p.cumsum(); cdf /= cdf[-1]` (a sequential sum, as `np.add.accumulate` does).
pub(super) fn cdf(p: &[f64]) -> Vec<f64> {
    let mut acc = 0.0;
    let mut cdf: Vec<f64> = p
        .iter()
        .map(|&v| {
            acc += v;
            acc
        })
        .collect();
    if let Some(&last) = cdf.last() {
        for c in cdf.iter_mut() {
            *c /= last;
        }
    }
    cdf
}

/// `cdf.searchsorted(u, side='right')`: the number of entries <= u.
#[inline]
pub(super) fn search_right(cdf: &[f64], u: f64) -> i64 {
    cdf.partition_point(|&c| c <= u) as i64
}

/// `replace=True` with `p`: one uniform per sample, looked up in the cdf.
pub(super) fn with_p(p: &[f64], uniforms: &[f64]) -> Vec<i64> {
    let cdf = cdf(p);
    uniforms.iter().map(|&u| search_right(&cdf, u)).collect()
}

/// `replace=False` with `p`: draw `size - found` uniforms (through `draw`, which fills a slice
/// as `rand(k)` / `random(k)` would), zero the probabilities already taken, keep the new
/// distinct indices in order of first appearance, repeat until `size` are found.
pub(super) fn without_replacement_p(
    p: &[f64],
    size: usize,
    mut draw: impl FnMut(&mut [f64]),
) -> Vec<i64> {
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(size);
    let mut taken = vec![false; p.len()];
    let mut x = Vec::with_capacity(size);
    while found.len() < size {
        x.clear();
        x.resize(size - found.len(), 0.0);
        draw(&mut x);
        for &i in &found {
            p[i as usize] = 0.0;
        }
        let cdf = cdf(&p);
        for &u in &x {
            let i = search_right(&cdf, u);
            if !taken[i as usize] {
                taken[i as usize] = true;
                found.push(i);
            }
        }
    }
    found
}
