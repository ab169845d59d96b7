# pyrs: modes=jit-both
# int32, float32 and bool arrays as arguments; F-ordered and strided (sliced) array arguments
import numpy as np
from numba import njit


@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def count_true(b):
    c = 0
    for i in range(b.shape[0]):
        if b[i]:
            c += 1
    return c


@njit
def total2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] * (i + 1)
    return s


@njit
def fill(a, v):
    for i in range(a.shape[0]):
        a[i] = v + i


print(total(np.arange(10, dtype=np.int32)))
print(total(np.array([0.5, 1.25, -3.0], dtype=np.float32)))
print(count_true(np.array([True, False, True, True, False])))
m = np.arange(12.0).reshape(3, 4)
print(total2(m), total2(np.asfortranarray(m)), total2(m[:, ::2]), total2(m[::2, 1:]))
print(total(np.arange(20.0)[::3]), total(np.arange(20.0)[::-2]))
f = np.zeros(5, dtype=np.float32)
fill(f, 1.5)
print([float(x) for x in f])
g = np.zeros(10, dtype=np.int64)
fill(g[::2], 7)
print([int(x) for x in g])
