# pyrs: modes=jit-both
# print() inside @njit: strings, ints, floats (shortest repr), bools, None, arrays and views,
# in order with the interpreter's own output.
import numpy as np
from numba import njit, prange

@njit
def show(n, x, flag, a):
    print("n =", n, "x =", x, flag)
    print(a)
    print(a[1:], "|", a.sum())
    print()
    print(1.0 / 3.0, 1e20, -0.0, 2.5e-8)
    for i in range(n):
        print(i, i * x)
    return n

print("before")
show(3, 0.5, True, np.arange(4.0))
print("after")
show(1, 2.0, False, np.arange(6).reshape(2, 3))


@njit
def trace(a):
    total = 0.0
    for i in range(a.shape[0]):
        if a[i] < 0:
            print("negative at", i, ":", a[i])
            continue
        total += a[i]
    print("total", total, None, a.size > 2)
    return total


print(trace(np.array([1.5, -2.0, 3.25, -0.5])))
print(trace(np.zeros(0, dtype=np.int64)))
