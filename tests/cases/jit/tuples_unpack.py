# pyrs: modes=jit-both
# tuple return values, tuple unpacking in compiled code, swapping, tuples passed between @njit calls
from numba import njit


@njit
def divmod_(a, b):
    return a // b, a % b


@njit
def minmax3(a, b, c):
    lo = min(a, b, c)
    hi = max(a, b, c)
    return lo, hi, hi - lo


@njit
def use(a, b):
    q, r = divmod_(a, b)
    lo, hi, span = minmax3(q, r, b)
    return q * b + r == a, lo, hi, span


@njit
def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


@njit
def pack(t):
    x, y = t
    return y, x


for a, b in [(17, 5), (-17, 5), (100, 7), (3, 10)]:
    print(a, b, *use(a, b))
print(*fib_pair(10), *fib_pair(50))
print(*pack((1, 2.5)))
