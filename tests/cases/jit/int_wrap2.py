# pyrs: modes=default
# int64 wraparound on + * ^ >> in compiled code (FNV hash, mixer); compiled only because
# pure Python ints grow instead of wrapping, so NUMBA_DISABLE_JIT=1 cannot match
import numpy as np
from numba import njit


@njit
def fnv(n):
    h = -3750763034362895579
    for i in range(n):
        h = h ^ i
        h = h * 1099511628211
    return h


@njit
def mix(x):
    x = x ^ (x >> 31)
    x = x * 7046029254386353131
    x = x ^ (x >> 29)
    return x & 0xFFFFFFFF


@njit
def arr_wrap(a):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = a[i] * a[i] * a[i]
    return out


print(fnv(0), fnv(1), fnv(10), fnv(1000))
print([mix(x) for x in [1, 2, 3, 12345, 987654321]])
a = np.array([2 ** 21, 3 ** 20, -(2 ** 30), 123456789], dtype=np.int64)
print([int(x) for x in arr_wrap(a)])
