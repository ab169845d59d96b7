# pyrs: modes=jit-both
# Every decorator spelling Numba accepts, with its options; prange in parallel functions
# (with += reductions); vectorize over arrays and scalars.
import numpy as np
import numba
from numba import njit, jit, prange, vectorize


@njit
def a1(x):
    return x + 1


@njit()
def a2(x):
    return x + 2


@njit(cache=True, fastmath=True, nogil=True, error_model="python", boundscheck=True)
def a3(x):
    return x + 3


@jit(nopython=True)
def a4(x):
    return x + 4


@jit(nopython=True, nogil=True)
def a5(x):
    return x * 5


@numba.njit
def a6(x):
    return x - 6


@njit(parallel=True)
def psum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def pcount(n):
    c = 0
    for i in numba.prange(n):
        if i % 3 == 0:
            c += 1
    return c


@njit(parallel=True)
def psquare(a, out):
    for i in prange(len(a)):
        out[i] = a[i] * a[i]


@vectorize
def vadd(x, y):
    return x + 2 * y


@vectorize(["float64(float64)"])
def vsq(x):
    return x * x + 0.5


@njit("float64(float64)")
def with_sig(x):
    return x / 4


print(a1(1), a2(1), a3(1), a4(1), a5(1), a6(1))
print(a1(1.5), a3(-3), a5(0.5))
x = np.arange(100.0)
print(psum(x), psum(x[::3]), pcount(10), pcount(100), pcount(0))
out = np.zeros(6)
psquare(np.arange(6.0), out)
print(out)
print(vadd(1, 2), vadd(np.arange(4.0), 1.0), vadd(np.arange(3.0), np.arange(3.0)))
print(vadd(np.arange(6.0).reshape(2, 3), np.arange(3.0)))
print(vsq(np.arange(4.0)), vsq(3.0))
print(with_sig(2.0))
print([i for i in prange(4)])
