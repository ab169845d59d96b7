# pyrs: modes=jit-both
# 1-D and 2-D stencils, histogram counting, Horner polynomial evaluation
import numpy as np
from numba import njit


@njit
def smooth(a):
    out = a.copy()
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + 2.0 * a[i] + a[i + 1]) / 4.0
    return out


@njit
def laplace(g, iters):
    n, m = g.shape
    for it in range(iters):
        new = g.copy()
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                new[i, j] = 0.25 * (g[i - 1, j] + g[i + 1, j] + g[i, j - 1] + g[i, j + 1])
        g = new
    return g


@njit
def hist(a, nbins, lo, hi):
    counts = np.zeros(nbins, dtype=np.int64)
    width = (hi - lo) / nbins
    for x in a:
        if x < lo or x >= hi:
            continue
        counts[int((x - lo) / width)] += 1
    return counts


@njit
def horner(coeffs, x):
    r = 0.0
    for i in range(coeffs.shape[0]):
        r = r * x + coeffs[i]
    return r


a = np.array([0.0, 4.0, 8.0, 4.0, 0.0, 16.0, 0.0])
print([float(v) for v in smooth(a)])
g = np.zeros((5, 5))
g[0, :] = 100.0
r = laplace(g, 3)
for row in r:
    print([round(float(v), 6) for v in row])
data = np.array([0.1, 0.5, 0.9, 1.5, 2.2, 2.2, 3.9, 4.0, -1.0, 3.3])
print([int(c) for c in hist(data, 4, 0.0, 4.0)])
c = np.array([2.0, -3.0, 0.0, 5.0])
for x in [-2.0, -0.5, 0.0, 1.0, 3.0]:
    print(x, horner(c, x))
