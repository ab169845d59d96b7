# pyrs: modes=jit-both
# views inside compiled code: a[1:], a[::2], a[::-1], m[:, 0], m[1], m.T, writes through views
import numpy as np
from numba import njit


@njit
def views(a):
    return a[1:].sum(), a[::2].sum(), a[::-1][0], a[2:-1].size, a[:3].max()


@njit
def cols(m):
    out = np.empty(m.shape[1])
    for j in range(m.shape[1]):
        out[j] = m[:, j].sum()
    return out


@njit
def zero_col(m, j):
    c = m[:, j]
    for i in range(c.shape[0]):
        c[i] = 0.0


@njit
def tshape(m):
    t = m.T
    return t.shape[0], t.shape[1], t[0, 1], t[2, 0]


@njit
def row_scale(m):
    for i in range(m.shape[0]):
        r = m[i]
        for j in range(r.shape[0]):
            r[j] *= i + 1


a = np.arange(10.0)
print(*[float(x) for x in views(a)])
m = np.arange(12.0).reshape(3, 4)
print([float(x) for x in cols(m)])
zero_col(m, 2)
print([[float(x) for x in r] for r in m])
print(*[float(x) for x in tshape(np.arange(6.0).reshape(2, 3))])
row_scale(m)
print([[float(x) for x in r] for r in m])
print([float(x) for x in cols(m.T)])
