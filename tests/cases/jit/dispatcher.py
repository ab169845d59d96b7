# The dispatcher @njit returns: one specialisation per argument-type signature (in first-call
# order), .py_func, numba.typeof and numba.types names. Runs compiled only (with the JIT
# disabled these attributes do not exist, as in Numba).
import numba
import numpy as np
from numba import njit, types


@njit
def add(a, b):
    return a + b


@njit(cache=True)
def first(a):
    return a[0]


print(type(add).__name__, add.__name__, add.py_func.__name__)
print(add.signatures)
print(add(1, 2), add(1.5, 2), add(True, False), add(2, 3), add(0.5, 0.25))
print(add.signatures)
print(add.py_func(1, 2), add.py_func("a", "b"))
print(first(np.arange(3.0)), first(np.arange(6)[::2]), first(np.ones(3, np.float32)))
print(first.signatures)
print(first(np.arange(3)[::-1]), first(np.zeros(2, np.int32)), first(np.array([True])))
print(len(first.signatures))
for v in (1, 2.5, True, np.zeros(3), np.zeros((2, 3)), np.zeros((2, 3)).T, np.zeros(4)[::2],
          np.zeros((2, 2, 2), dtype=np.int32), np.zeros(3, np.float32), np.float64(1.0)):
    print(numba.typeof(v))
print(types.int64, types.float64, types.int32, types.float32, types.boolean)
print(types.float64[:], types.int64[:, :], types.float32[:, :, :], types.float64[::1])
print(types.float64(types.int64), types.int64(types.float64[:], types.int64))
print(types.int64 == types.int64, types.int64 == types.float64)
n = numba.get_num_threads()
print(n >= 1, n == numba.config.NUMBA_NUM_THREADS)
numba.set_num_threads(1)
print(numba.get_num_threads())
numba.set_num_threads(n)
print(numba.get_num_threads() == n)
try:
    numba.set_num_threads(0)
except ValueError:
    print("ValueError")


# Explicit signatures compile at decoration time, in the order given.
@njit("float64(float64[:], int64)")
def scaled(a, k):
    return a[0] * k


@njit(["int64(int64)", "float64(float64)"])
def inc(x):
    return x + 1


@njit("int64(int64[:, ::1])")
def rows(a):
    return a.shape[0]


print(scaled.signatures, inc.signatures, rows.signatures)
print(scaled(np.arange(3.0) + 1, 3), inc(2), inc(2.5), rows(np.zeros((4, 2), dtype=np.int64)))
