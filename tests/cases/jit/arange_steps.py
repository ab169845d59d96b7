# pyrs: modes=jit-both
# np.arange with start/stop/step (int and float, negative steps) inside compiled code, iterating arrays
import numpy as np
from numba import njit


@njit
def ar(a, b, s):
    x = np.arange(a, b, s)
    t = 0
    for v in x:
        t += v
    return x.shape[0], t


@njit
def far(a, b, s):
    x = np.arange(a, b, s)
    return x.size, x.sum()


for args in [(0, 10, 1), (0, 10, 3), (10, 0, -2), (5, 5, 1), (-7, 8, 5)]:
    print(args, *ar(*args))
for args in [(0.0, 1.0, 0.25), (2.0, -1.0, -0.5), (0.5, 3.0, 1.0)]:
    n, s = far(*args)
    print(args, n, float(s))
print([int(x) for x in np.arange(3, 20, 4)])
