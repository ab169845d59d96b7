# pyrs: modes=jit-both
# global numeric constants (int, float, bool) frozen into compiled code, math constants
import math
from numba import njit

SCALE = 3
OFFSET = 0.5
FLAG = True
LIMIT = 1000


@njit
def f(x):
    y = x * SCALE + OFFSET
    if FLAG:
        y = -y
    return y


@njit
def clamp(n):
    if n > LIMIT:
        return LIMIT
    return n


@njit
def consts():
    return math.pi, math.e, math.inf, -math.inf


@njit
def circle(r):
    return math.pi * r * r


print([f(x) for x in [0, 1, 2, -4]], f(1.5))
print([clamp(n) for n in [5, 999, 1000, 1001, 10 ** 6]])
print(*consts())
print(circle(1.0), circle(2), round(circle(0.3), 9))
