# pyrs: modes=jit-both
# float32 scalars in @njit: elements of float32 arrays, np.float32(...) values and float32
# arguments stay float32 through float32-only arithmetic (a float32 accumulator rounds at
# every step, as Numba's does), and widen to float64 when mixed with float64 values.
import numpy as np
from numba import njit

rs = np.random.RandomState(5)
a = rs.rand(2000).astype(np.float32)
b = rs.rand(2000).astype(np.float32)
d = rs.rand(2000)


@njit
def acc32(x):
    s = np.float32(0.0)
    for v in x:
        s += v * v
    return s


@njit
def chain(x, y, i):
    # One float32 product, sum, quotient and root per step.
    p = x[i] * y[i] + x[i + 1] / y[i + 1]
    return np.sqrt(p) - x[i + 2]


@njit
def mixed(x, w, i):
    # float32 * float64 computes in float64.
    return x[i] * w[i] + x[i + 1] * w[i + 1]


@njit
def arg32(v, x):
    t = v
    for k in range(x.shape[0]):
        t = t * x[k] + v
    return t


@njit
def ops(u, v):
    return abs(u - v), max(u, v), min(u, v), u > v, u == v, -u


@njit
def dot32(x, y):
    s = x[0] * y[0]
    for k in range(1, x.shape[0]):
        s = s + x[k] * y[k]
    return s


@njit
def store(x, y, out):
    for k in range(x.shape[0]):
        out[k] = x[k] * y[k] + x[k]
    return out


print(float(acc32(a)), float(acc32(b)))
print(float(chain(a, b, 3)), float(chain(a, b, 100)))
print(float(mixed(a, d, 7)))
print(float(arg32(np.float32(0.3), a[:50])))
r = ops(a[1], a[2])
print(float(r[0]), float(r[1]), float(r[2]), bool(r[3]), bool(r[4]), float(r[5]))
print(float(dot32(a, b)), float(dot32(a[::2], b[1::2])))
o = store(a, b, np.zeros(2000, dtype=np.float32))
print(o.dtype, float(o.astype(np.float64).sum()), float(o[17]))
