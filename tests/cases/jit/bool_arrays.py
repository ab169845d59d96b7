# pyrs: modes=jit-both
# bool arrays built in compiled code, bool argument arrays, counting and masking by hand
import numpy as np
from numba import njit


@njit
def evens(n):
    b = np.zeros(n, dtype=np.bool_)
    for i in range(n):
        b[i] = i % 2 == 0
    return b


@njit
def masked_sum(a, m):
    s = 0.0
    for i in range(a.shape[0]):
        if m[i]:
            s += a[i]
    return s


@njit
def any_all(m):
    an = False
    al = True
    for i in range(m.shape[0]):
        an = an or m[i]
        al = al and m[i]
    return an, al


e = evens(7)
print([bool(x) for x in e])
a = np.arange(7.0) * 1.5
print(masked_sum(a, e), masked_sum(a, ~e))
for m in [e, np.ones(3, dtype=np.bool_), np.zeros(4, dtype=np.bool_)]:
    print(*[bool(x) for x in any_all(m)])
