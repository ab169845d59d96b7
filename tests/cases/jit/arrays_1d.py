# pyrs: modes=jit-both
# 1-d arrays of every dtype: reads, writes, negative indices, len/shape/size, strided and
# reversed views (a[::2], a[::-1]) and views that share one buffer.
import numpy as np
from numba import njit


@njit
def total(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


@njit
def itotal(a):
    s = 0
    for i in range(a.size):
        s += a[i]
    return s


@njit
def count_true(a):
    c = 0
    for i in range(a.shape[0]):
        if a[i]:
            c += 1
    return c


@njit
def fill_squares(a):
    for i in range(a.shape[0]):
        a[i] = i * i
    return a.shape[0]


@njit
def ends(a):
    return a[0], a[-1], a[-2], a[len(a) - 1]


@njit
def scale(a, k):
    for i in range(len(a)):
        a[i] = a[i] * k


@njit
def mark(a, lo):
    for i in range(len(a)):
        a[i] = i >= lo


@njit
def argmax(a):
    best = 0
    for i in range(1, len(a)):
        if a[i] > a[best]:
            best = i
    return best


f64 = np.arange(10.0)
f32 = np.arange(10, dtype=np.float32) * np.float32(0.5)
i64 = np.arange(-5, 5)
i32 = np.arange(12, dtype=np.int32)
flags = np.array([True, False, True, True, False])
print(total(f64), total(f32), total(i64), total(i32))
print(itotal(i64), itotal(i32), count_true(flags))
print(total(f64[::2]), total(f64[1::3]), total(f64[::-1]), total(f64[7:2:-2]))
for arr in (f64, f32, i64, i32):
    print(arr.dtype, *ends(arr), argmax(arr), argmax(arr[::-1]))
out = np.zeros(6, dtype=np.int32)
print(fill_squares(out), out)
out = np.zeros(6)
print(fill_squares(out[::2]), out)
g = np.ones(8, dtype=np.float32)
scale(g, 3)
scale(g[1::2], 0.5)
print(g)
h = np.arange(6)
scale(h, 7)
scale(h[::-1][:3], -1)
print(h)
b = np.zeros(6, dtype=np.bool_)
mark(b, 4)
print(b, count_true(b), count_true(b[::-1][:3]))
