# pyrs: modes=jit-both
# running max/min, differences, moving average and cumulative product on arrays returned from @njit
import numpy as np
from numba import njit


@njit
def running(a):
    mx = np.empty_like(a)
    mn = np.empty_like(a)
    cur_max = a[0]
    cur_min = a[0]
    for i in range(a.shape[0]):
        cur_max = max(cur_max, a[i])
        cur_min = min(a[i], cur_min)
        mx[i] = cur_max
        mn[i] = cur_min
    return mx, mn


@njit
def diffs(a):
    out = np.empty(a.shape[0] - 1, dtype=a.dtype)
    for i in range(out.shape[0]):
        out[i] = a[i + 1] - a[i]
    return out


@njit
def moving_avg(a, w):
    out = np.zeros(a.shape[0] - w + 1)
    s = 0.0
    for i in range(w):
        s += a[i]
    out[0] = s / w
    for i in range(w, a.shape[0]):
        s += a[i] - a[i - w]
        out[i - w + 1] = s / w
    return out


@njit
def cumprod(a):
    out = np.empty_like(a)
    p = 1
    for i in range(a.shape[0]):
        p *= a[i]
        out[i] = p
    return out


a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], dtype=np.int64)
mx, mn = running(a)
print([int(x) for x in mx], [int(x) for x in mn])
print([int(x) for x in diffs(a)])
print([float(x) for x in moving_avg(a.astype(np.float64), 4)])
print([int(x) for x in cumprod(a)])
