# pyrs: modes=jit-both
# while loops with break/continue, early returns from nested loops, flags, elif chains
import numpy as np
from numba import njit


@njit
def find_pair(a, target):
    for i in range(a.shape[0]):
        for j in range(i + 1, a.shape[0]):
            if a[i] + a[j] == target:
                return i, j
    return -1, -1


@njit
def digit_sum_until(n):
    while n >= 10:
        s = 0
        while n > 0:
            s += n % 10
            n //= 10
        n = s
    return n


@njit
def skip_count(n):
    i = 0
    c = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        c += i
    return c


@njit
def grade(x):
    if x >= 90:
        return 4
    elif x >= 80:
        return 3
    elif x >= 70:
        return 2
    elif x >= 60:
        return 1
    else:
        return 0


a = np.array([8, 3, 11, -4, 7, 2], dtype=np.int64)
for t in [10, 7, 18, 100, -2]:
    print(t, *find_pair(a, t))
print([digit_sum_until(n) for n in [0, 9, 38, 12345, 99999999]])
print([skip_count(n) for n in [0, 5, 10, 60, 100]])
print([grade(x) for x in [95, 85, 75, 65, 55, 90, 60]])
