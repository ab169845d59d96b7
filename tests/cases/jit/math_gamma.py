# math.gamma and math.lgamma in @njit, compiled only: Numba calls the C library's
# tgamma/lgamma, whose last bit differs from CPython's own code for some inputs, so this
# case is not run with the JIT disabled.
import math
from numba import njit


@njit
def g(x):
    return math.gamma(x), math.lgamma(x)


for x in (0.25, 0.5, 1.5, 3.0, 7.25, 10.5, 30.0, -0.5, -2.25):
    a, b = g(x)
    print(x, a, b)
