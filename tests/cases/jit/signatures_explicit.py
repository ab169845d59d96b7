# pyrs: modes=jit-both
# explicit signature strings with @njit, @jit(nopython=True) called with several types
import numpy as np
from numba import njit, jit


@njit("float64(float64[:], int64)")
def scaled_sum(a, k):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * k
    return s


@njit("int64(int64, int64)")
def add(a, b):
    return a + b


@jit(nopython=True)
def twice(x):
    return x + x


print(scaled_sum(np.arange(5.0), 3))
print(add(2, 40), add(-7, 3))
print(twice(3), twice(2.5), twice(True))
print(twice(10), twice(-0.25), add(2 ** 40, 1))
print(scaled_sum(np.linspace(0.0, 1.0, 3), -2))
