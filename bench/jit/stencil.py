# A 5-point stencil over a 1000x1000 grid: a 2-D float loop.
import sys
import numpy as np
from numba import njit

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit
def stencil(src, dst):
    n, m = src.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])
    return dst[n // 2, m // 2]


src = np.arange(1_000_000.0).reshape(1000, 1000) % 7.0
dst = np.zeros((1000, 1000))
measure(stencil, (src, dst))
