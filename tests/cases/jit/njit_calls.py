# pyrs: modes=jit-both
# @njit functions calling other @njit functions with arrays and scalars; nogil=True
import numpy as np
from numba import njit


@njit(nogil=True)
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def norm(a):
    return dot(a, a) ** 0.5


@njit
def project(a, b):
    k = dot(a, b) / dot(b, b)
    out = np.empty_like(b)
    for i in range(b.shape[0]):
        out[i] = k * b[i]
    return out


@njit(nogil=True)
def gram(vs):
    n = vs.shape[0]
    g = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            g[i, j] = dot(vs[i], vs[j])
    return g


a = np.array([3.0, 4.0, 0.0])
b = np.array([1.0, 1.0, 1.0])
print(dot(a, b), norm(a), norm(b) ** 2)
print([float(x) for x in project(a, b)])
vs = np.arange(9.0).reshape(3, 3)
print([[float(x) for x in r] for r in gram(vs)])
