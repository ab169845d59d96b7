# A whole process: import numba, compile one small function, call it.
from numba import njit


@njit
def f(x):
    return x * 2 + 1


print(f(20))
