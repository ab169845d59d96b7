# pyrs: modes=jit-both
# bubble and insertion sort in place on int64 and float64 arrays, binary search, prefix sums
import numpy as np
from numba import njit


@njit
def bubble(a):
    n = a.shape[0]
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                t = a[j]
                a[j] = a[j + 1]
                a[j + 1] = t
                swapped = True
        if not swapped:
            break
    return a


@njit
def insertion(a):
    for i in range(1, a.shape[0]):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key


@njit
def bsearch(a, x):
    lo = 0
    hi = a.shape[0] - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@njit
def prefix(a):
    out = np.empty_like(a)
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
        out[i] = s
    return out


a = np.array([5, -3, 9, 0, 2, 2, -7, 11, 4], dtype=np.int64)
print([int(x) for x in bubble(a.copy())])
b = np.array([3.5, -1.25, 0.0, 8.75, 2.5, -6.0])
insertion(b)
print([float(x) for x in b])
s = bubble(a.copy())
for x in [-7, 0, 2, 11, 6, 100]:
    print(x, bsearch(s, x))
print([int(x) for x in prefix(a)])
print([float(x) for x in prefix(b)])
