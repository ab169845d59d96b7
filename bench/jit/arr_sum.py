# sum of a[i] + b[i] over two 10M-element float64 arrays (bounds-checked indexing).
import sys
import numpy as np
from numba import njit

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit
def arr_sum(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] + b[i]
    return s


n = 10_000_000
a = np.arange(n) * 0.5
b = np.ones(n)
measure(arr_sum, (a, b))
