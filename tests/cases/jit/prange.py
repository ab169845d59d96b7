# pyrs: modes=jit-both
# parallel=True with prange: += -= *= and min/max reductions (also inside conditionals),
# writes to distinct elements, a prange nested in a serial loop, an inner prange (serial),
# with 1 and 2 threads; every result equals the serial one exactly (integers and floats that
# sum exactly).
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def stats(a):
    total = 0
    evens = 0
    neg = 0
    lo = a[0]
    hi = a[0]
    for i in prange(a.shape[0]):
        total += a[i]
        if a[i] % 2 == 0:
            evens += 1
        neg -= a[i]
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return total, evens, neg, lo, hi


@njit(parallel=True)
def product(n):
    p = 1
    for i in prange(1, n + 1):
        if i % 4 == 0:
            p *= 3
    return p


@njit(parallel=True)
def fsum(a):
    s = 0.0
    for i in prange(len(a)):
        s += a[i] * 0.5
    return s


@njit(parallel=True)
def squares(a, out):
    for i in prange(len(a)):
        out[i] = a[i] * a[i]


@njit(parallel=True)
def rows(m, out):
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s


@njit(parallel=True)
def steps(a, n):
    for t in range(n):
        for i in prange(a.shape[0]):
            a[i] = a[i] * 2 + t


@njit(parallel=True)
def nested(n):
    c = 0
    for i in prange(n):
        for j in prange(n):
            if (i + j) % 3 == 0:
                c += 1
    return c


@njit(parallel=True)
def empty_range(n):
    s = 100
    for i in prange(n):
        s += i
    return s


ints = (np.arange(1000) * 7919) % 1009 - 500
for threads in (1, 2):
    numba.set_num_threads(threads)
    print(threads, *stats(ints), *stats(ints[::3]), product(30), product(3))
    print(fsum(np.arange(10000.0)), fsum(np.ones(7)))
    out = np.zeros(10, dtype=np.int64)
    squares(np.arange(10), out)
    print(out)
    m = np.arange(12.0).reshape(4, 3)
    r = np.zeros(4)
    rows(m, r)
    print(r)
    a = np.arange(6.0)
    steps(a, 3)
    print(a)
    print(nested(30), empty_range(0), empty_range(10))
