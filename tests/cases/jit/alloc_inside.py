# pyrs: modes=jit-both
# np.empty/zeros/ones/empty_like/zeros_like/ones_like/arange inside compiled code, returned arrays
import numpy as np
from numba import njit


@njit
def make(n):
    a = np.zeros(n)
    b = np.ones(n, dtype=np.int64)
    c = np.arange(n)
    d = np.arange(1.0, 2.0, 0.25)
    e = np.zeros((2, n))
    for i in range(n):
        a[i] = i * 0.5
        e[1, i] = c[i] * 2
    return a, b, c, d, e


@njit
def likes(x):
    z = np.zeros_like(x)
    o = np.ones_like(x)
    e = np.empty_like(x)
    for i in range(x.shape[0]):
        e[i] = x[i] + o[i] + z[i]
    return e


@njit
def grid(n, m):
    g = np.empty((n, m), dtype=np.int64)
    for i in range(n):
        for j in range(m):
            g[i, j] = i * m + j
    return g


a, b, c, d, e = make(4)
print([float(x) for x in a], [int(x) for x in b], [int(x) for x in c])
print([float(x) for x in d], e.shape, [float(x) for x in e[1]])
print([float(x) for x in likes(np.array([1.5, -2.0, 3.0]))])
print([int(x) for x in likes(np.arange(4, dtype=np.int64))])
g = grid(3, 5)
print(g.shape, g.ndim, g.size, int(g.sum()), int(g[2, 4]))
print([int(x) for x in np.arange(7)[::-1]], str(a.dtype), str(c.dtype))
