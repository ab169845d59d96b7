# pyrs: modes=jit-both
# Keyword arguments and defaults when calling @njit functions, from the interpreter and
# from other compiled functions; binding errors are TypeErrors.
import numpy as np
from numba import njit


@njit
def affine(x, scale=2.0, shift=0, clip=True):
    y = x * scale + shift
    if clip and y < 0:
        return 0.0
    return y


@njit
def caller(n):
    s = 0.0
    for i in range(n):
        s += affine(i - 3.0, shift=1)
        s += affine(i, clip=False, scale=-1.0)
        s += affine(x=i * 0.5)
    return s


@njit
def window(a, lo=0, hi=-1):
    if hi < 0:
        hi = a.size
    t = 0
    for i in range(lo, hi):
        t += a[i]
    return t


@njit
def uses_window(a):
    return window(a), window(a, 2), window(a, hi=3), window(a, lo=1, hi=4)


print(affine(3.0), affine(3.0, 0.5), affine(-3.0, shift=1), affine(-3.0, clip=False))
print(affine(x=1.5, scale=4.0), affine(2.0, 3, 4))
print(caller(6))
a = np.arange(10)
print(window(a), window(a, hi=5), window(a, lo=7), window(hi=2, a=a))
print(*uses_window(a))
for bad in (lambda: affine(1.0, scale=2.0, x=3.0), lambda: affine(), lambda: affine(1.0, bogus=1)):
    try:
        bad()
    except TypeError:
        print("TypeError")
