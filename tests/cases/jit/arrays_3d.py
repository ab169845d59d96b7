# pyrs: modes=jit-both
# 3-d arrays: tuple indexing, assignment, shape/size/ndim, negative indices, partial indexing
import numpy as np
from numba import njit


@njit
def fill3(n, m, k):
    a = np.zeros((n, m, k))
    for i in range(n):
        for j in range(m):
            for l in range(k):
                a[i, j, l] = i * 100 + j * 10 + l
    return a


@njit
def info(a):
    return a.shape[0], a.shape[1], a.shape[2], a.size, a.ndim, a[-1, -1, -1], a[1, -2, 0]


@njit
def plane_sum(a, i):
    p = a[i]
    s = 0.0
    for j in range(p.shape[0]):
        for l in range(p.shape[1]):
            s += p[j, l]
    return s


@njit
def tup_index(a, idx):
    return a[idx]


a = fill3(2, 3, 4)
print(*[float(x) for x in info(a)])
print(plane_sum(a, 0), plane_sum(a, 1), plane_sum(a, -1))
print(float(tup_index(a, (1, 2, 3))), float(tup_index(a, (0, 1, 2))))
print([float(x) for x in a[1, 2]], float(a.sum()))
