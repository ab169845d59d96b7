# pyrs: modes=jit-both
# prange reductions: +=, *=, -=, max/min with the accumulator first and second, inside if
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def red(a):
    s = 0
    d = 0
    hi = a[0]
    lo = a[0]
    hi2 = a[0]
    lo2 = a[0]
    pos = 0
    for i in prange(a.shape[0]):
        s += a[i]
        d -= 2 * a[i]
        hi = max(hi, a[i])
        lo = min(lo, a[i])
        hi2 = max(a[i], hi2)
        lo2 = min(a[i], lo2)
        if a[i] > 0:
            pos += a[i]
    return s, d, hi, lo, hi2, lo2, pos


@njit(parallel=True)
def prod(n):
    p = 1
    for i in prange(1, n + 1):
        p *= i
    return p


@njit(parallel=True)
def fsum(a):
    t = 0.0
    for i in prange(a.shape[0]):
        t += a[i] * 0.5
    return t


@njit(parallel=True)
def square_into(a, out):
    for i in prange(a.shape[0]):
        out[i] = a[i] * a[i]


a = np.array([3, -8, 14, 0, -2, 7, 21, -30, 5, 9, 1], dtype=np.int64)
print(*[int(x) for x in red(a)])
print(*[int(x) for x in red(np.arange(1000, dtype=np.int64) - 400)])
print([prod(n) for n in range(1, 16)])
print(round(fsum(np.arange(100.0)), 6))
out = np.zeros(a.shape[0], dtype=np.int64)
square_into(a, out)
print([int(x) for x in out])
