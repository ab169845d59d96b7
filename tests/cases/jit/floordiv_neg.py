# pyrs: modes=jit-both
# // and % flooring with negative int and float operands, / true division, int ** int
from numba import njit


@njit
def idiv(a, b):
    return a // b, a % b, a / b


@njit
def fdiv(a, b):
    return a // b, a % b


@njit
def ipow(b, e):
    return b ** e


@njit
def mixed(a, b):
    x = a
    if b > 0:
        x = a * 1.5
    return x


for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        print(a, b, *idiv(a, b))
for a in [7.5, -7.5, 0.25]:
    for b in [2.0, -2.0, 0.5]:
        print(a, b, *fdiv(a, b))
print([ipow(2, e) for e in range(0, 11)])
print([ipow(-3, e) for e in range(0, 8)])
print(ipow(10, 18), ipow(2, 62), ipow(7, 0))
print(float(mixed(4, 1)), float(mixed(4, -1)))
