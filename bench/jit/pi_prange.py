# Midpoint-rule pi over n=50M with parallel=True + prange (a float += reduction), run with
# every thread numba.get_num_threads() allows.
import sys
from numba import njit, prange

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit(parallel=True)
def pi(n):
    s = 0.0
    h = 1.0 / n
    for i in prange(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


measure(pi, (50_000_000,))
