# pyrs: modes=jit-both
# Returning arrays: a compiled function hands back the very array (or view) it was given,
# also through calls between compiled functions and when the return unifies C and A layouts.
import numpy as np
from numba import njit


@njit
def fill(a, v):
    for i in range(a.shape[0]):
        a[i] = v
    return a


@njit
def pick(a, b, first):
    if first:
        return a
    return b


@njit
def outer(a):
    b = fill(a, 3.0)
    return b[0] + fill(b, 4.0)[1]


@njit
def grid_rows(g):
    for i in range(g.shape[0]):
        for j in range(g.shape[1]):
            g[i, j] = i - j
    return g


x = np.zeros(3)
y = fill(x, 2.0)
print(y is x, y)
print(pick(x, np.ones(2), False), pick(x[::2], x[1:], True), pick(x[::2], x[1:], False))
print(outer(x), x)
g = np.zeros((3, 4), dtype=np.int64)
print(grid_rows(g) is g, g)
v = np.zeros((4, 4))
print(grid_rows(v[::2, 1:]), v)
