# pyrs: modes=jit-both
# Scalar arithmetic with Numba's semantics: true division, floor division and modulo that
# round toward negative infinity, int/float unification, bools as ints, comparisons.
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b


@njit
def unify(n):
    x = 0
    for i in range(n):
        if i % 2 == 0:
            x = x + i
        else:
            x = x + 0.5
    return x


@njit
def ipow(a, b):
    return a ** b


@njit
def fpow(a, b):
    return a ** b


@njit
def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


@njit
def chain(a, b, c):
    return a < b < c, a < b > c, a == b == c


@njit
def boolops(a, b):
    return (a and b), (a or b), (not a), (a > 0 and b > 0), (a > 0 or b > 0)


@njit
def unary(a):
    return -a, +a, ~a, not a


@njit
def bits(a, b):
    return a & b, a | b, a ^ b, a << 2, a >> 1


@njit
def bools(a, b):
    return a + b, a * 3, a & b, a | b, -a


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (13, 13)]:
    print(a, b, ops(a, b))
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 3.0), (1e300, 1e-300), (3, 0.5)]:
    print(a, b, ops(a, b))
print(unify(5), unify(2), unify(8))
print(ipow(3, 4), ipow(2, 10), ipow(-3, 3), ipow(7, 0), ipow(0, 0))
print(fpow(2.0, 0.5), fpow(2, 0.5), fpow(-8.0, 3), fpow(10.0, -2))
print(cmp(1, 2), cmp(2, 2), cmp(2.5, 1), cmp(1, 1.0))
print(cmp(float("nan"), 1.0))
print(chain(1, 2, 3), chain(1, 3, 2), chain(2, 2, 2))
print(boolops(0, 5), boolops(3, 0), boolops(2, 4), boolops(-1, -2))
print(boolops(1.5, 0.0), boolops(0.0, 2.5))
print(unary(5), unary(-3), unary(0))
print(bits(12, 10), bits(-12, 3), bits(255, 256))
print(bools(True, False), bools(True, True))
