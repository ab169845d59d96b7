# pyrs: modes=jit-both
# prange over rows of 2-d arrays writing distinct rows, a reduction over a nested serial loop
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def row_sums(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s
    return out


@njit(parallel=True)
def count_gt(m, t):
    c = 0
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j] > t:
                c += 1
    return c


@njit(parallel=True)
def scale_rows(m):
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = m[i, j] * (i + 1)


m = np.arange(20.0).reshape(4, 5)
print([float(x) for x in row_sums(m)])
print(count_gt(m, 7.5), count_gt(m, -1.0), count_gt(m, 100.0))
scale_rows(m)
print([[float(x) for x in r] for r in m])
big = np.arange(10000.0).reshape(100, 100)
print(float(row_sums(big).sum()), count_gt(big, 4999.5))
