# pyrs: modes=jit-both
# Errors raised by compiled code come back as Python exceptions the caller can catch:
# IndexError for out-of-bounds indices (boundscheck=True, as Numba spells the check), and
# ZeroDivisionError for integer and float division by zero. After an error the function
# still works, and writes done before the error stay done.
import numpy as np
from numba import njit


@njit(boundscheck=True)
def get(a, i):
    return a[i]


@njit(boundscheck=True)
def get2(a, i, j):
    return a[i, j]


@njit(boundscheck=True)
def fill_upto(a, n):
    for i in range(n):
        a[i] = i + 1
    return n


@njit
def div(a, b):
    return a // b


@njit
def mod(a, b):
    return a % b


@njit
def tdiv(a, b):
    return a / b


def attempt(f, *args):
    try:
        return str(f(*args))
    except IndexError:
        return "IndexError"
    except ZeroDivisionError:
        return "ZeroDivisionError"


a = np.arange(5.0)
print([attempt(get, a, i) for i in (0, 4, 5, -1, -5, -6, 100)])
print([attempt(get, a[::2], i) for i in (2, 3, -3, -4)])
m = np.arange(6).reshape(2, 3)
print([attempt(get2, m, i, j) for i, j in ((1, 2), (2, 0), (0, 3), (-2, -3), (-3, 0), (0, -4))])
print([attempt(get2, m.T, i, j) for i, j in ((2, 1), (1, 2))])
buf = np.zeros(4)
print(attempt(fill_upto, buf, 6), buf)
print(attempt(fill_upto, buf, 3), buf)
print(attempt(div, 7, 0), attempt(mod, 7, 0), attempt(div, 7, 2), attempt(mod, -7, 2))
print(attempt(div, 7.0, 0.0), attempt(mod, 1.5, 0.0), attempt(tdiv, 1, 0), attempt(tdiv, 1.0, 0.0))
print(attempt(tdiv, 1, 4), attempt(div, -7.5, 2.0))
print(get(a, 2), get2(m, -1, -1))


# Checks a loop range proves unnecessary are dropped; every other one stays.
@njit(boundscheck=True)
def copy_into(src, dst):
    for i in range(src.shape[0]):
        dst[i] = src[i]


@njit(boundscheck=True)
def shifted(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i + 1]
    return s


@njit(boundscheck=True)
def reassigned(a):
    s = 0.0
    for i in range(len(a)):
        i = i * 2
        s += a[i]
    return s


@njit(boundscheck=True)
def swapped(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        a = b
        s += a[i]
    return s


print(attempt(copy_into, np.arange(3.0), np.zeros(5)), attempt(copy_into, np.arange(5.0), np.zeros(3)))
print(attempt(shifted, np.arange(4.0)), attempt(reassigned, np.arange(4.0)), attempt(reassigned, np.arange(1.0)))
print(attempt(swapped, np.arange(4.0), np.arange(2.0)), attempt(swapped, np.arange(2.0), np.arange(4.0)))


@njit(boundscheck=True)
def edges(a, overshoot):
    n = a.shape[0]
    s = 0.0
    for i in range(1, n - 1):
        s += a[i - 1] + a[i + 1]
    if overshoot:
        for i in range(1, n):
            s += a[i + 1]
    return s


@njit(boundscheck=True)
def other_size(a, b):
    n, = b.shape
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


print(attempt(edges, np.arange(5.0), False), attempt(edges, np.arange(5.0), True))
print(attempt(other_size, np.arange(3.0), np.arange(3.0)), attempt(other_size, np.arange(3.0), np.arange(4.0)))
