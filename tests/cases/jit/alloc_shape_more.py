# pyrs: modes=jit-both
# More array creation and shaping in @njit: np.full/full_like, np.linspace, np.eye,
# np.identity, a.reshape (with -1, tuples, views that share data) and a.astype.
import numpy as np
from numba import njit


@njit
def fills(n):
    a = np.full(n, 2.5)
    b = np.full((2, n), 7)
    c = np.full_like(a, -1.0)
    d = np.full(3, True)
    e = np.full((2, 2), 3, dtype=np.float32)
    return a, b, c, d, e


@njit
def spaces(n):
    return np.linspace(0.0, 1.0, n), np.linspace(1, 2, num=3), np.linspace(-5.0, 5.0, 11)


@njit
def eyes(n):
    return np.eye(n), np.eye(2, 3), np.identity(3), np.eye(3, dtype=np.int64)


@njit
def reshapes():
    a = np.arange(12)
    b = a.reshape(3, 4)
    c = a.reshape((2, -1))
    d = b.reshape(2, 3, 2)
    b[1, 1] = 100
    return a, b, c, d


@njit
def casts(a):
    return a.astype(np.float64), a.astype(np.int32), (a > 2).astype(np.int64), a.astype(np.bool_)


@njit
def bad_reshape(n):
    return np.arange(n).reshape(4, -1)


for v in fills(4):
    print(v)
for v in spaces(5):
    print(v)
for v in eyes(3):
    print(v)
for v in reshapes():
    print(v)
for v in casts(np.array([0, 1, 2, 3, 4])):
    print(v, v.dtype)
f = casts(np.array([0.5, 1.9, -2.7]))[1]
print(f, f.dtype)
try:
    bad_reshape(6)
except ValueError:
    print("ValueError")
