# pyrs: modes=jit-both
# math.* and scalar numpy functions, abs/min/max/int/float/bool, constants frozen from globals.
import math
import numpy as np
from numba import njit
from math import sqrt, hypot

SCALE = 2.5
COUNT = 4
FLAG = True


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x), math.atan2(x, 1.5), math.atan(x)


@njit
def expo(x):
    return math.exp(x), math.log(x), math.log10(x), math.log2(x), math.log1p(x), math.expm1(x)


@njit
def rounding(x):
    return math.floor(x), math.ceil(x), math.trunc(x), int(x), float(int(x)), math.fabs(x)


@njit
def builtins(a, b):
    return abs(a), abs(b), min(a, b), max(a, b), min(a, b, 0), max(a, 2, b)


@njit
def consts(x):
    return x * math.pi, math.e, x * SCALE + COUNT, FLAG and x > 0


@njit
def imported(a, b):
    return sqrt(a * a + b * b), hypot(a, b), math.sqrt(a), math.pow(a, b)


@njit
def np_scalars(x):
    return np.sqrt(x), np.exp(x), np.sin(x), np.cos(x), np.floor(x), np.abs(-x), np.pi * x


@njit
def checks(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x), bool(x), math.copysign(3.0, x)


@njit
def hyper(x):
    return math.sinh(x), math.cosh(x), math.tanh(x), math.asin(x / 4), math.acos(x / 4)


for x in (0.5, 1.0, 2.0, 3.75):
    print(trig(x))
    print(expo(x))
    print(hyper(x))
for x in (2.5, -2.5, 3.0, -0.5, 7.999):
    print(rounding(x))
print(builtins(-3, 4), builtins(2.5, -7.25), builtins(-1, -1))
print(consts(1.0), consts(-2.0))
print(imported(3.0, 4.0), imported(2, 3))
print(*np_scalars(0.25))
print(*np_scalars(4.0))
print(checks(1.5), checks(-0.0), checks(float("inf")), checks(float("nan")))
