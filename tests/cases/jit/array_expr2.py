# pyrs: modes=jit-both
# array expressions in compiled code: a + b, a * 2.0, np.sqrt(a), -a, comparisons -> bool arrays
import numpy as np
from numba import njit


@njit
def expr(a, b):
    c = a + b
    d = a * 2.0 - b / 4.0
    e = np.sqrt(a) + np.abs(b)
    return c, d, e


@njit
def masks(a, t):
    m = a > t
    n = 0
    for i in range(m.shape[0]):
        if m[i]:
            n += 1
    return m, n


@njit
def poly(x):
    return 3.0 * x * x - 2.0 * x + 1.0


@njit
def mat_expr(m):
    return (m + m.T) * 0.5


a = np.array([0.0, 1.0, 4.0, 9.0, 16.0])
b = np.array([-1.0, 2.0, -3.0, 4.0, -5.0])
for arr in expr(a, b):
    print([float(x) for x in arr])
m, n = masks(a, 3.0)
print([bool(x) for x in m], n)
print([float(x) for x in poly(np.arange(-2.0, 3.0))])
s = mat_expr(np.arange(9.0).reshape(3, 3))
print([[float(x) for x in r] for r in s])
print([bool(x) for x in (a == b * -1.0)], [float(x) for x in -b])
