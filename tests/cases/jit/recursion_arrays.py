# pyrs: modes=jit-both
# recursion over arrays: recursive binary sum, quicksort in place, Euclid gcd/lcm over an array
import numpy as np
from numba import njit


@njit
def rsum(a, lo, hi):
    if hi - lo == 1:
        return a[lo]
    mid = (lo + hi) // 2
    return rsum(a, lo, mid) + rsum(a, mid, hi)


@njit
def qsort(a, lo, hi):
    if lo >= hi:
        return
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    qsort(a, lo, i - 1)
    qsort(a, i + 1, hi)


@njit
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@njit
def lcm_all(a):
    r = 1
    for i in range(a.shape[0]):
        r = r * a[i] // gcd(r, a[i])
    return r


a = np.array([9, -2, 7, 7, 0, 15, -8, 3, 11, 1], dtype=np.int64)
print(int(rsum(a, 0, a.shape[0])))
qsort(a, 0, a.shape[0] - 1)
print([int(x) for x in a])
print(lcm_all(np.arange(1, 13, dtype=np.int64)), gcd(48, 180), gcd(17, 5))
