# pyrs: modes=jit-both
# sieve of Eratosthenes with a bool array, Collatz lengths, GCD table via recursion
import numpy as np
from numba import njit


@njit
def sieve(n):
    is_p = np.ones(n + 1, dtype=np.bool_)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if is_p[k]:
            count += 1
    return count, is_p


@njit
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


@njit
def gcd_table(n):
    t = np.zeros((n, n), dtype=np.int64)
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            t[i - 1, j - 1] = gcd(i, j)
    return t


c, p = sieve(100)
print(c, [i for i in range(101) if p[i]])
print(sieve(10000)[0])
print([collatz(n) for n in range(1, 30)])
print(collatz(27), collatz(97))
t = gcd_table(8)
for i in range(8):
    print(*[int(x) for x in t[i]])
print(gcd(1071, 462), gcd(0, 5), gcd(17, 0))
