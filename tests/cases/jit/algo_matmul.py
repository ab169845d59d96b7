# pyrs: modes=jit-both
# triple-loop matrix multiply (float64 and int64), transpose views, F-ordered argument
import numpy as np
from numba import njit


@njit
def matmul(a, b):
    n, k = a.shape
    k2, m = b.shape
    out = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            out[i, j] = s
    return out


@njit
def imatmul(a, b):
    n = a.shape[0]
    m = b.shape[1]
    out = np.zeros((n, m), dtype=np.int64)
    for i in range(n):
        for j in range(m):
            for p in range(a.shape[1]):
                out[i, j] += a[i, p] * b[p, j]
    return out


@njit
def trace(a):
    t = 0.0
    for i in range(min(a.shape[0], a.shape[1])):
        t += a[i, i]
    return t


a = np.arange(12.0).reshape(3, 4)
b = np.arange(8.0).reshape(4, 2) - 3.0
c = matmul(a, b)
for row in c:
    print([float(x) for x in row])
ia = np.arange(6, dtype=np.int64).reshape(2, 3)
ib = np.arange(6, dtype=np.int64).reshape(3, 2) * 2 - 5
print([[int(x) for x in r] for r in imatmul(ia, ib)])
f = np.asfortranarray(a)
print([[float(x) for x in r] for r in matmul(f, b)])
print([[float(x) for x in r] for r in matmul(a.T, a)])
print(trace(a), trace(matmul(a, a.T)))
