# pyrs: modes=jit-both
# Calls between compiled functions (scalars and arrays), recursion, default arguments, and
# the same function specialised for several argument types.
import numpy as np
from numba import njit, jit

LIMIT = 100


@njit
def square(x):
    return x * x


@njit
def hyp2(a, b):
    return square(a) + square(b)


@njit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


@njit
def norm2(a):
    s = 0.0
    for i in range(len(a)):
        s += square(a[i])
    return s


@njit
def normalize(a):
    n = norm2(a) ** 0.5
    for i in range(len(a)):
        a[i] = a[i] / n
    return n


@njit
def clamp(x, lo=0, hi=LIMIT):
    return max(lo, min(x, hi))


@jit(nopython=True)
def sum_to(n):
    s = 0
    for i in range(n + 1):
        s += i
    return s


@njit
def even(n):
    if n == 0:
        return True
    return not even(n - 1)


@njit
def power_sum(n, k):
    s = 0
    for i in range(1, n + 1):
        s += fast_pow(i, k)
    return s


@njit
def fast_pow(b, e):
    r = 1
    while e > 0:
        if e & 1:
            r *= b
        b *= b
        e >>= 1
    return r


print(square(7), square(1.5), square(True), hyp2(3, 4), hyp2(1.5, 2))
print([fact(n) for n in range(1, 15)])
print([fib(n) for n in range(15)])
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
v = np.array([3.0, 4.0, 12.0])
print(norm2(v), normalize(v), v)
print(clamp(-5), clamp(50), clamp(500), clamp(7, 10), clamp(7, 0, 5))
print(sum_to(100), sum_to(0))
print(even(10), even(7))
print(power_sum(10, 3), power_sum(5, 0))
