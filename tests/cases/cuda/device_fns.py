# pyrs: modes=cudasim
# Device functions (@cuda.jit(device=True)) called from kernels and from each other, with
# scalar and array arguments and int/float/bool results; float32() casts; the math functions
# the device computes natively (sqrt, fabs, floor, ceil).
import math
import numpy as np
from numba import cuda, float32


@cuda.jit(device=True)
def clamp(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


@cuda.jit(device=True)
def is_even(n):
    return n % 2 == 0


@cuda.jit(device=True)
def norm2(a, i):
    return math.sqrt(a[i, 0] * a[i, 0] + a[i, 1] * a[i, 1])


@cuda.jit(device=True)
def scaled_norm(a, i, s):
    return clamp(norm2(a, i) * s, 0.0, 10.0)


@cuda.jit(device=True)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@cuda.jit
def kernel(pts, out, flags, facts):
    i = cuda.grid(1)
    if i < pts.shape[0]:
        out[i] = scaled_norm(pts, i, 2.0)
        flags[i] = is_even(i)
        facts[i] = fact(i % 6)


@cuda.jit
def rounding(x, out):
    i = cuda.grid(1)
    if i < x.shape[0]:
        v = x[i]
        out[i, 0] = math.floor(v)
        out[i, 1] = math.ceil(v)
        out[i, 2] = math.fabs(v)
        out[i, 3] = float32(v * 3.0)


pts = np.array([[3.0, 4.0], [0.5, 0.5], [6.0, 8.0], [1.0, 0.0], [0.0, 0.0]])
out = np.zeros(5)
flags = np.zeros(5, dtype=np.bool_)
facts = np.zeros(5, dtype=np.int64)
kernel[1, 8](pts, out, flags, facts)
print(out)
print(flags, facts)

x = np.array([1.5, -2.25, 0.1, 7.0])
r = np.zeros((4, 4))
rounding[1, 4](x, r)
print(r)
print(r[2, 3] == float(np.float32(0.1 * 3.0)), r[2, 3] == 0.1 * 3.0)
