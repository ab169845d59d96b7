# pyrs: modes=jit-both
# Array expressions inside @njit: arithmetic, comparisons, unary minus and np.* math on arrays
# (fused into one loop), broadcasting, in-place operators, dtypes, and tuples of arrays.
import numpy as np
from numba import njit, prange

@njit
def axpy(a, x, y):
    return a * x + y

@njit
def poly(x):
    return 3.0 * x ** 2 - 2.0 * x + 1.0

@njit
def norm(v):
    return np.sqrt((v * v).sum())

@njit
def mask(a):
    return np.abs(a - 1.0) + (a > 0.5) - a

@njit
def outer_add(a, b):
    return a[:, :] + b

@njit
def inplace(a, b):
    a += b
    a *= 2
    return a

@njit
def ints(a):
    return a * 3 + 1, a // 2, a / 2, a % 3

@njit
def bc(m, row):
    return m - row

@njit
def trig(x):
    return np.sin(x) ** 2 + np.cos(x) ** 2

x = np.arange(5.0)
y = np.ones(5)
print(axpy(2.0, x, y))
print(poly(x))
print(norm(np.array([3.0, 4.0])))
ab = mask(np.array([0.2, 0.7, 1.5]))
print(ab)
print(inplace(np.arange(4.0), np.ones(4)))
r = ints(np.arange(6))
for q in r:
    print(q, q.dtype)
# int32 stays int32 when every operand is int32 (with a Python int operand, Numba gives
# int64 where NumPy 2 keeps int32, so the two are not compared here).


@njit
def ints32(a):
    return a + a, a * a - a


for q in ints32(np.arange(6, dtype=np.int32)):
    print(q, q.dtype)
print(bc(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0])))
print(np.round(trig(np.linspace(0, 3, 4)), 12))
try:
    axpy(1.0, np.ones(3), np.ones(4))
except ValueError as e:
    # Numba and NumPy word this differently.
    print("ValueError")


@njit
def parts(a):
    return a > 0.5, -a, a.size, np.abs(a - 1.0)


m, n, k, ab = parts(np.array([0.2, 0.7, 1.5]))
print(m, n, k, ab)


@njit
def swap_halves(a):
    h = a.shape[0] // 2
    lo, hi = a[:h], a[h:]
    lo, hi = hi, lo
    return hi, lo


x2 = np.arange(6.0)
p, q = swap_halves(x2)
q[0] = -1.0
print(p, q, x2)


@njit(parallel=True)
def rows_scaled(m, s):
    out = np.empty_like(m)
    for i in prange(m.shape[0]):
        out[i] = m[i] * s[i] + 1.0
    return out


print(rows_scaled(np.arange(6.0).reshape(3, 2), np.array([1.0, 10.0, 100.0])))

print((np.arange(4.0).reshape(2, 2).T * 1.0))
