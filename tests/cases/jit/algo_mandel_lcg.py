# pyrs: modes=jit-both
# mandelbrot escape counts over a grid, Monte-Carlo pi with a hand-written LCG (int64 wrap)
import numpy as np
from numba import njit


@njit
def escape(cr, ci, maxit):
    zr = 0.0
    zi = 0.0
    for k in range(maxit):
        if zr * zr + zi * zi > 4.0:
            return k
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
    return maxit


@njit
def mandel(w, h, maxit):
    out = np.empty((h, w), dtype=np.int64)
    for y in range(h):
        for x in range(w):
            out[y, x] = escape(-2.0 + 3.0 * x / w, -1.2 + 2.4 * y / h, maxit)
    return out


@njit
def lcg_pi(n, seed):
    state = seed
    inside = 0
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFF
        x = state / 281474976710656.0
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFF
        y = state / 281474976710656.0
        if x * x + y * y < 1.0:
            inside += 1
    return inside, 4.0 * inside / n


m = mandel(24, 12, 50)
for row in m:
    print("".join("#" if v == 50 else str(v % 10) for v in row))
print(int(m.sum()), int(m.max()), int(m.min()))
print(*lcg_pi(10000, 42))
print(*lcg_pi(777, 1))
