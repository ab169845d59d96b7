# pyrs: modes=jit-both
# scalar np.* functions in compiled code: np.sqrt, np.exp, np.log, np.abs, np.floor, np.sin, np.pi
import numpy as np
from numba import njit


@njit
def f(x):
    return np.sqrt(x) + np.exp(-x) + np.log(x + 1.0)


@njit
def g(x):
    return np.abs(x), np.floor(x), np.ceil(x), np.sin(x * np.pi)


@njit
def integrate(n):
    h = np.pi / n
    s = 0.0
    for i in range(n):
        s += np.sin((i + 0.5) * h)
    return s * h


for x in [0.0, 0.5, 2.0, 9.0]:
    print(x, round(float(f(x)), 9))
for x in [-1.5, 0.25, 2.0, -0.5]:
    print(x, *[round(float(v), 9) for v in g(x)])
print(round(integrate(1000), 9), round(integrate(10), 9))
