# Mandelbrot escape counts on a 600x600 grid, 50 iterations at most: nested loops with
# early exit and a call to another compiled function.
import sys
import numpy as np
from numba import njit

sys.path.insert(0, "bench/jit")
from _timing import measure


@njit
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


@njit
def mandel(out, limit):
    h, w = out.shape
    total = 0
    for y in range(h):
        for x in range(w):
            k = escape(-2.0 + 3.0 * x / w, -1.5 + 3.0 * y / h, limit)
            out[y, x] = k
            total += k
    return total


out = np.zeros((600, 600), dtype=np.int64)
measure(mandel, (out, 50))
