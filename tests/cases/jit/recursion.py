# pyrs: modes=jit-both
# recursive @njit functions: fib, ackermann (small), power by squaring, mutual helpers
from numba import njit


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


@njit
def fpow(b, e):
    if e == 0:
        return 1.0
    h = fpow(b, e // 2)
    if e % 2 == 0:
        return h * h
    return h * h * b


@njit
def digits(n):
    if n < 10:
        return 1
    return 1 + digits(n // 10)


print([fib(n) for n in range(20)])
print(fib(25))
print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 3), ack(3, 3))
print([fpow(2.0, e) for e in range(12)], fpow(1.5, 7))
print([digits(n) for n in [0, 9, 10, 999, 1000, 123456789]])
