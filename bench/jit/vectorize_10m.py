# A @vectorize ufunc over two 10M-element float64 arrays.
import sys
import numpy as np
from numba import vectorize

sys.path.insert(0, "bench/jit")
from _timing import measure


@vectorize(["float64(float64, float64)"])
def blend(x, y):
    return 0.75 * x + 0.25 * y * y


n = 10_000_000
a = np.arange(n) * 1e-6
b = np.ones(n)


def run(a, b):
    return float(blend(a, b)[n // 3])


measure(run, (a, b), warm_runs=3)
