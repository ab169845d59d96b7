# pyrs: modes=jit-both
# out-of-bounds indexing in compiled code raises IndexError caught in the caller; negative indices
import numpy as np
from numba import njit


@njit(boundscheck=True)
def get(a, i):
    return a[i]


@njit(boundscheck=True)
def get2(a, i, j):
    return a[i, j]


@njit
def neg(a):
    return a[-1], a[-2], a[-a.shape[0]]


a = np.arange(5, dtype=np.int64) * 10
for i in [0, 4, -1, -5, 5, -6, 100]:
    try:
        print(i, int(get(a, i)))
    except IndexError:
        print(i, "IndexError")
m = np.arange(6.0).reshape(2, 3)
for ij in [(0, 0), (1, 2), (-1, -1), (2, 0), (0, 3)]:
    try:
        print(*ij, float(get2(m, *ij)))
    except IndexError:
        print(*ij, "IndexError")
print(*[int(x) for x in neg(a)])
