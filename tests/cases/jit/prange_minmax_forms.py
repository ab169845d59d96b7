# pyrs: modes=jit-both
# prange reductions written with the accumulator second (max(a[i], hi), min(a[i], lo)),
# also inside a conditional.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def extremes(a):
    hi = -1.0
    lo = 1e9
    for i in prange(a.size):
        hi = max(a[i], hi)
        lo = min(a[i], lo)
    return hi, lo


@njit(parallel=True)
def int_extremes(a):
    hi = -(2**62)
    for i in prange(a.size):
        if a[i] % 3 == 0:
            hi = max(a[i] * 7 % 101, hi)
    return hi


a = np.sin(np.arange(1000.0))
hi, lo = extremes(a)
print(round(hi, 12), round(lo, 12))
print(int_extremes(np.arange(10000)))
