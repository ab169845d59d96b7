# Naive triple-loop matrix multiply, 200x200.
import sys
import numpy as np
from numba import njit

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit
def matmul(a, b, c):
    n, k = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c[n - 1, m - 1]


n = 200
a = np.arange(n * n * 1.0).reshape(n, n) / (n * n)
b = a.T.copy()
c = np.zeros((n, n))
measure(matmul, (a, b, c))
