# pyrs: modes=jit-both
# a.sum()/a.min()/a.max()/a.mean()/np.sum/np.min/np.max in compiled code on 1-d and 2-d arrays
import numpy as np
from numba import njit


@njit
def stats(a):
    return a.sum(), a.min(), a.max(), a.mean(), np.sum(a), np.min(a), np.max(a)


@njit
def row_means(m):
    out = np.empty(m.shape[0])
    for i in range(m.shape[0]):
        out[i] = m[i].mean()
    return out


@njit
def normalized(a):
    lo = a.min()
    hi = a.max()
    return (a - lo) / (hi - lo)


a = np.array([4.0, -2.5, 7.25, 0.0, 3.5, -1.0, 9.0, 2.0])
print(*[float(x) for x in stats(a)])
ia = np.array([5, -9, 13, 2, 0, 7], dtype=np.int64)
s = stats(ia)
print(int(s[0]), int(s[1]), int(s[2]), float(s[3]), int(s[4]), int(s[5]), int(s[6]))
m = np.arange(12.0).reshape(3, 4)
print(*[float(x) for x in stats(m)])
print([float(x) for x in row_means(m)])
print([round(float(x), 6) for x in normalized(a)])
