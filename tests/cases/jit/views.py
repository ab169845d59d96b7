# pyrs: modes=jit-both
# Array views inside @njit: slices with steps, rows and columns, views of views, writes
# through views, assignment into views (with overlap), copies and transposes.
import numpy as np
from numba import njit

@njit
def sl(a):
    return a[1:3]

@njit
def col(a, j):
    return a[:, j]

@njit
def row_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i].sum()
    return s

@njit
def rev(a):
    return a[::-1]

@njit
def fill(a, x):
    a[1:3] = x
    a[0, :] = -1.0
    return a

@njit
def shift(a):
    a[1:] = a[:-1]
    return a

@njit
def red(a):
    return a.sum(), a.min(), a.max(), a.argmin(), a.argmax(), a.mean(), np.sum(a), a.prod()

@njit
def cp(a):
    b = a.copy()
    b[0] = 100.0
    return b

@njit
def tr(a):
    return a.T.copy()

@njit
def st(a, k):
    return a[::k]

x = np.arange(12.0).reshape(3, 4)
print(sl(x))
print(col(x, 2))
print(row_sum(x))
print(rev(np.arange(5)))
print(fill(np.zeros((3, 4)), 7.0))
print(shift(np.arange(6.0)))
print(*red(np.array([3.0, 1.0, 4.0, 1.0, 5.0])))
print(*red(np.array([3, 1, 4, 1, 5])))
c = cp(x); print(c, x[0, 0])
print(tr(x))
print(x[::2, 1:3].copy())
for k in [2, -1, -3]:
    print(st(np.arange(7), k))
try:
    st(np.arange(3), 0)
except ValueError as e:
    print("ValueError", e)
@njit
def emp(a): return a.min()
try:
    emp(np.zeros(0))
except ValueError as e:
    print("ValueError", e)
@njit
def bad(a, b):
    a[0:3] = b
try:
    bad(np.zeros(5), np.ones(2))
except ValueError as e:
    # Numba and NumPy word this one differently; both name the two shapes.
    print("ValueError", "(3,)" in str(e), "(2,)" in str(e))
v = sl(x); v[0] = 99.0; print(x[1])
@njit
def nested(a):
    r = a[1:]
    r2 = r[1:]
    return r2[0, 1:3]
print(nested(x))
