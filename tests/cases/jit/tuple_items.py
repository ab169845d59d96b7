# pyrs: modes=jit-both
# Tuples as values in @njit: constant and run-time indexing, unpacking a call's result,
# iterating over a homogeneous tuple, and global tuples frozen at compile time.
import numpy as np
from numba import njit

SIZES = (3, 5, 7)
WEIGHTS = (0.5, 0.25, 0.125, 0.125)


@njit
def pair(x):
    return x, x * 2.5


@njit
def divmod_like(a, b):
    return a // b, a % b


@njit
def const_index(n):
    t = (n, n + 1, n * 10)
    return t[0] + t[2] + t[-1] + t[-3]


@njit
def runtime_index(k):
    t = (10, 20, 30, 40)
    return t[k] + t[-1 - k]


@njit
def unpack_call(n):
    a, b = pair(n)
    q, r = divmod_like(n * 7, 4)
    return a + b + q * 100 + r


@njit
def loop_tuple():
    s = 0
    for v in (1, 2, 3, 4):
        s = s * 10 + v
    return s


@njit
def loop_global():
    acc = 0.0
    for w in WEIGHTS:
        acc += w
    total = 0
    for k in range(len(SIZES)):
        total += SIZES[k] * (k + 1)
    return acc, total


@njit
def swap_chain(a, b, c):
    a, b, c = c, a, b
    t = (a, b, c)
    x, y, z = t
    return x * 100 + y * 10 + z


@njit
def index_error(k):
    t = (1, 2, 3)
    return t[k]


print(const_index(4))
print(runtime_index(0), runtime_index(1), runtime_index(3), runtime_index(-2))
print(unpack_call(3))
print(loop_tuple())
acc, total = loop_global()
print(acc, total)
print(swap_chain(1, 2, 3))
try:
    index_error(5)
except IndexError as e:
    print("IndexError", e)
