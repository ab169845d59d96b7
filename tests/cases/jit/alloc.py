# pyrs: modes=jit-both
# Arrays created in compiled code: np.empty/zeros/ones (int or tuple shapes, dtype positional
# or keyword), the *_like functions, np.arange (int and float, negative steps), returned to the
# interpreter, filled in prange loops, iterated with `for x in a`, and the errors NumPy raises.
import numpy as np
from numba import njit, prange


@njit
def squares(n):
    out = np.empty(n)
    for i in range(n):
        out[i] = i * i
    return out


@njit
def grid(n, m):
    g = np.zeros((n, m), dtype=np.int64)
    for i in range(n):
        for j in range(m):
            g[i, j] = i * 10 + j
    return g


@njit
def ones3(n):
    return np.ones((2, n, 2), np.float32)


@njit
def like(a):
    b = np.zeros_like(a)
    c = np.ones_like(a)
    for i in range(a.shape[0]):
        b[i] = a[i] * 2 + c[i]
    return b


@njit
def empty_like_f32(a):
    b = np.empty_like(a, dtype=np.float32)
    for i in range(a.shape[0]):
        b[i] = a[i] / 4
    return b


@njit
def ranges(n):
    a = np.arange(n)
    b = np.arange(1.0, 2.0, 0.25)
    c = np.arange(10, 0, -3)
    s = 0.0
    for x in b:
        s += x
    t = 0
    for y in c:
        t = t * 100 + y
    return a.shape[0], float(s), int(t)


@njit
def arange_sum(n):
    t = 0
    for x in np.arange(n):
        t += x
    return t


@njit
def arange_float(lo, hi, step):
    return np.arange(lo, hi, step)


@njit
def bools(n):
    m = np.zeros(n, dtype=np.bool_)
    for i in range(0, n, 3):
        m[i] = True
    return m


@njit
def neg(n):
    return np.zeros(n)


@njit
def zero_step(n):
    return np.arange(0, n, 0)


@njit(parallel=True)
def pfill(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = i / 2
    return out


@njit
def in_loop(n):
    # A new array per iteration; each is freed with the call.
    total = 0.0
    for k in range(n):
        t = np.ones(k + 1)
        for x in t:
            total += x
    return total


@njit
def cumulative(n):
    a = np.arange(n)
    out = np.empty(n, np.int64)
    acc = 0
    for i in range(n):
        acc += a[i]
        out[i] = acc
    return out


print(squares(5))
print(grid(2, 3))
r = ones3(3)
print(r.dtype, r.shape, r.sum())
print(like(np.array([1.5, 2.5])))
print(like(np.array([1, 2, 3])))
e = empty_like_f32(np.array([1.0, 2.0, 3.0]))
print(e, e.dtype)
print(ranges(7))
print(arange_sum(100))
print(arange_float(0.0, 1.0, 0.1))
print(arange_float(5.0, 1.0, -1.5))
print(bools(7))
print(pfill(6))
print(squares(0), squares(0).shape)
print(in_loop(10))
print(cumulative(6))
for f, arg in ((neg, -1), (zero_step, 5)):
    try:
        f(arg)
    except (ValueError, ZeroDivisionError):
        # Numba and NumPy word these differently (tests/jit_errors.rs checks pyrs' words).
        print(f.__name__, "raised")
