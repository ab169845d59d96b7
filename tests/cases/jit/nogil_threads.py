# pyrs: modes=gil-both,jit-both
# Python threads calling compiled functions at once: nogil=True functions run without the
# GIL, others keep it; each thread writes its own rows of one shared array and its own slot
# of a results list, so the output does not depend on scheduling.
import threading
import numpy as np
from numba import njit


@njit(nogil=True)
def fill_rows(a, r0, r1):
    s = 0.0
    for i in range(r0, r1):
        for j in range(a.shape[1]):
            a[i, j] = i * 0.5 + j
            s += a[i, j]
    return s


@njit
def count_div(n, k):
    c = 0
    for i in range(n):
        if i % k == 0:
            c += 1
    return c


grid = np.zeros((8, 50))
sums = [0.0] * 4
counts = [0] * 4


def work(t):
    sums[t] = float(fill_rows(grid, 2 * t, 2 * t + 2))
    counts[t] = count_div(10000 + t, t + 2)


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sums)
print(counts)
print(grid.sum(), grid[7, 49], grid[0, 0])
