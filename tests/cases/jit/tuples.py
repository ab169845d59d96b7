# pyrs: modes=jit-both
# Tuples in compiled code: returned (homogeneous and mixed), unpacked (with swaps), a.shape
# unpacked and indexed, chained assignment.
import numpy as np
from numba import njit


@njit
def divmod_(a, b):
    return a // b, a % b


@njit
def mixed(n):
    return n, n * 0.5, n > 2


@njit
def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


@njit
def dims(a):
    r, c = a.shape
    return r, c, a.shape[0] * a.shape[1], a.shape[-1]


@njit
def chained(x):
    a = b = x * 2
    a += 1
    return a, b


@njit
def rotate(a, b, c):
    a, b, c = b, c, a
    return a, b, c


print(divmod_(17, 5), divmod_(-17, 5), divmod_(17.5, -5))
print(mixed(2), mixed(3))
print([fib_pair(n) for n in range(8)])
print(dims(np.zeros((3, 5))), dims(np.zeros((4, 6))[::2, 1:]))
print(chained(5), chained(1.5))
print(rotate(1, 2, 3), rotate(1.0, 2.0, 3.0))
