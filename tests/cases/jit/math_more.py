# pyrs: modes=jit-both
# More scalar math in @njit: erf/erfc, degrees/radians, np.sign, builtin
# pow and round (half to even), np.rint and np.round of scalars.
import math
import numpy as np
from numba import njit


@njit
def special(x):
    return math.erf(x), math.erfc(x)


@njit
def angles(x):
    return math.degrees(x), math.radians(x), np.degrees(x), np.radians(x)


@njit
def signs(x, n):
    return np.sign(x), np.sign(n)


@njit
def powers(a, b, x):
    return pow(a, b), pow(x, 2), pow(x, 0.5), pow(b, 2)


@njit
def rounding(x):
    return round(x), np.rint(x), np.round(x)


for x in (0.25, 1.5, 3.0, 7.25):
    print(*special(x))
for x in (0.0, 1.0, -2.5, math.pi):
    print(*angles(x))
for x, n in ((2.5, 3), (-0.5, -7), (0.0, 0)):
    s, t = signs(x, n)
    print(float(s), int(t))
print(float(signs(math.nan, 1)[0]))
print(*powers(3, 4, 1.5))
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e6 + 0.5):
    r, a, b = rounding(x)
    print(r, float(a), float(b))
