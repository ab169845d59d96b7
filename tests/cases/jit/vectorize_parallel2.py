# pyrs: modes=jit-both
# @vectorize target='parallel' with several signatures, broadcasting a scalar and 2-d inputs
import math
import numpy as np
from numba import vectorize


@vectorize(["float64(float64, float64)"], target="parallel")
def rel_err(x, y):
    return math.fabs(x - y) / (math.fabs(y) + 1.0)


@vectorize(["int64(int64, int64)", "float64(float64, float64)"], target="parallel")
def safe_div(x, y):
    if y == 0:
        return 0
    return x // y


x = np.linspace(0.0, 3.0, 7)
print([round(float(v), 9) for v in rel_err(x, 1.5)])
print([int(v) for v in safe_div(np.arange(-5, 5, dtype=np.int64), np.int64(3))])
print([int(v) for v in safe_div(np.arange(6, dtype=np.int64), np.array([0, 1, 2, 0, 3, 4], dtype=np.int64))])
m = np.arange(12.0).reshape(3, 4)
print([[float(v) for v in r] for r in safe_div(m, 2.5)])
