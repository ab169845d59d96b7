# pyrs: modes=jit-both
# 2-d and 3-d arrays: nested loops, a[i, j] get/set with negative indices, a.shape and
# a.size, non-contiguous views (transposes, column slices, steps) and a 5-point stencil.
import numpy as np
from numba import njit


@njit
def trace(a):
    t = 0.0
    for i in range(min(a.shape[0], a.shape[1])):
        t += a[i, i]
    return t


@njit
def matmul(a, b, c):
    n, k = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s


@njit
def stencil(src, dst):
    n, m = src.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])


@njit
def corners(a):
    return a[0, 0], a[0, -1], a[-1, 0], a[-1, -1], a.size, a.ndim


@njit
def sum3(a):
    s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k] * (i + 1)
    return s


@njit
def fill3(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                a[i, j, k] = i * 100 + j * 10 + k


a = np.arange(12.0).reshape(3, 4)
print(trace(a), trace(a.T), trace(a[:, 1:]), trace(a[::2, ::-1]))
print(*corners(a), *corners(a.T), *corners(a[1:, ::2]))
x = np.arange(6.0).reshape(2, 3)
y = np.arange(12.0).reshape(3, 4) / 4
z = np.zeros((2, 4))
matmul(x, y, z)
print(z)
print(np.allclose(z, x @ y))
zt = np.zeros((4, 2))
matmul(y.T, x.T, zt)
print(zt)
src = np.arange(36.0).reshape(6, 6) ** 1.5
dst = np.zeros_like(src)
stencil(src, dst)
print(dst[1:-1, 1:-1].round(6))
i3 = np.arange(24).reshape(2, 3, 4)
print(sum3(i3), sum3(i3[:, ::-1, 1:]), *corners(i3[0]), *corners(i3[:, 1, :]))
f3 = np.zeros((2, 2, 3), dtype=np.int32)
fill3(f3)
print(f3)
g3 = np.zeros((3, 4, 2))
fill3(g3[::2, 1:3, :])
print(g3[:, :, 1])
