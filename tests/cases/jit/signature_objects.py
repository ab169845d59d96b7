# pyrs: modes=default
# Explicit signatures written as numba type objects: compiled at decoration, arguments
# converted to the closest declared signature, nothing else compiled, and a TypeError when
# no signature fits. Compiled only: with the JIT disabled there is no conversion.
import numpy as np
from numba import njit, float64, int64, boolean


@njit(float64(float64[:], int64))
def scaled(a, k):
    return a[k] * 2


@njit(int64(int64))
def inc(x):
    return x + 1


@njit([float64(float64), int64(int64)])
def double(x):
    return x * 2


@njit("float64(int64, boolean)")
def pick(n, flag):
    return n * 1.5 if flag else n


print(scaled(np.arange(3.0), 1), scaled.signatures)
print(inc(3), inc(2.5), inc(True), inc.signatures)
print(double(2), double(2.5), double.signatures)
print(pick(4, True), pick(4, False), pick(2.9, 1))
try:
    scaled(np.arange(3), 1)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
