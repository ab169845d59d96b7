# pyrs: modes=jit-both
# @vectorize with explicit signatures for target='cpu' and 'parallel', int and float inputs
import numpy as np
from numba import vectorize


@vectorize(["float64(float64, float64)", "int64(int64, int64)"])
def addmul(x, y):
    return x * y + x


@vectorize(["float64(float64)"], target="parallel")
def sq(x):
    return x * x - 1.0


@vectorize(["int64(int64)"], target="cpu")
def clip10(x):
    if x > 10:
        return 10
    if x < -10:
        return -10
    return x


a = np.arange(6.0)
b = np.array([1.0, -1.0, 2.0, 0.5, 3.0, -2.0])
print([float(v) for v in addmul(a, b)])
ia = np.arange(6, dtype=np.int64)
print([int(v) for v in addmul(ia, ia)])
print(float(addmul(2.0, 3.0)))
print([float(v) for v in sq(np.linspace(0.0, 2.0, 5))])
print([int(v) for v in clip10(np.array([-50, -10, -3, 0, 9, 11, 200], dtype=np.int64))])
m = np.arange(6.0).reshape(2, 3)
print([[float(v) for v in r] for r in sq(m)])
