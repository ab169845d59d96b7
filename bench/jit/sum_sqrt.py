# sum of sqrt(i) for i < 10M: a scalar loop with a libm-free float op.
import math
import sys
from numba import njit

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit
def sum_sqrt(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i)
    return s


measure(sum_sqrt, (10_000_000,))
