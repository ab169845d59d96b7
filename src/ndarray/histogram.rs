//! `np.histogram`'s two algorithms, step for step as NumPy 2.4's `_histograms_impl.py` runs
//! them, so counts and edges agree bit for bit: equal bins (edges from `linspace` in the
//! edges' float type, a computed bin index corrected by one against the edges, the last bin
//! closed) and explicit edges (counts from sorted data: `searchsorted` left on every edge but
//! the last, right on the last).

use num_traits::Float;

/// NumPy's `linspace(start, stop, n + 1)` computed in `L` (`arange * step + start`, or
/// `arange / div * delta` when the step underflows to 0; the last edge is `stop` exactly).
pub fn linspace_edges<L: Float>(start: L, stop: L, n: usize) -> Vec<L> {
    let div = L::from(n).unwrap_or_else(L::one);
    let delta = stop - start;
    let step = delta / div;
    let mut v: Vec<L> = (0..=n)
        .map(|i| {
            let y = L::from(i).unwrap_or_else(L::zero);
            let y = if step == L::zero() {
                y / div * delta
            } else {
                y * step
            };
            y + start
        })
        .collect();
    if let Some(last) = v.last_mut() {
        *last = stop;
    }
    v
}

/// Counts over `n` equal bins between `edges[0] == first` and `last` (NumPy's fast path).
/// `index` maps `x - first` (computed in `F`) to the uncorrected float bin index, in the type
/// NumPy's promotion rules give the division (f32 or f64).
pub fn uniform_counts<F: Float>(
    data: &[F],
    first: F,
    last: F,
    edges: &[F],
    index: impl Fn(F) -> f64,
) -> Vec<i64> {
    let n = edges.len() - 1;
    let mut counts = vec![0i64; n];
    for &x in data {
        // Only values in the closed range count (NaN never does).
        if !(x >= first && x <= last) {
            continue;
        }
        let f = index(x - first);
        // `astype(intp)`: truncation; the value is non-negative here.
        let mut i = if f.is_finite() { f as i64 } else { 0 }.clamp(0, n as i64) as usize;
        if i == n {
            i -= 1;
        }
        // The computed index may be one off within an ulp of an edge.
        if x < edges[i] {
            i = i.saturating_sub(1);
        }
        if x >= edges[i + 1] && i != n - 1 {
            i += 1;
        }
        counts[i] += 1;
    }
    counts
}

/// Counts between explicit increasing edges: bin `k` holds `edges[k] <= x < edges[k + 1]`,
/// the last bin also `x == edges[n]` (NumPy sorts and uses `searchsorted`; NaNs sort last and
/// fall in no bin).
pub fn edge_counts(data: &[f64], edges: &[f64]) -> Vec<i64> {
    let mut sorted: Vec<f64> = data.iter().copied().filter(|x| !x.is_nan()).collect();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let n = edges.len();
    let cum: Vec<i64> = edges
        .iter()
        .enumerate()
        .map(|(k, &e)| {
            if k + 1 == n {
                sorted.partition_point(|&x| x <= e) as i64
            } else {
                sorted.partition_point(|&x| x < e) as i64
            }
        })
        .collect();
    cum.windows(2).map(|w| w[1] - w[0]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_bin_is_closed() {
        let e = linspace_edges(0.0f64, 1.0, 4);
        assert_eq!(e, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        let c = uniform_counts(&[0.0, 0.25, 0.3, 1.0, 1.5, f64::NAN], 0.0, 1.0, &e, |d| {
            d * 4.0
        });
        assert_eq!(c, vec![1, 2, 0, 1]);
        assert_eq!(
            edge_counts(&[0.0, 1.0, 2.0, 3.0], &[0.0, 1.0, 3.0]),
            vec![1, 3]
        );
    }
}
