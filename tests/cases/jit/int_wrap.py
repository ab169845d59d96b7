# Numba's int64 arithmetic wraps around on overflow where Python's ints grow, so this case
# runs compiled only (its expected output comes from Numba).
from numba import njit


@njit
def mul(a, b):
    return a * b


@njit
def add(a, b):
    return a + b


@njit
def neg_abs(a):
    return -a, abs(a)


@njit
def power(a, b):
    return a ** b


@njit
def lcg(seed, n):
    x = seed
    for i in range(n):
        x = x * 6364136223846793005 + 1442695040888963407
    return x


@njit
def floordiv_min(a):
    return a // -1, a % -1


big = 9223372036854775807
print(mul(3037000500, 3037000500), mul(big, 2), mul(-big, 3))
print(add(big, 1), add(-big - 1, -1))
print(neg_abs(-big - 1), neg_abs(-5))
print(power(2, 63), power(3, 40), power(2, 64))
print(lcg(1, 10), lcg(42, 1000))
print(floordiv_min(-big), floordiv_min(7))
