# pyrs: modes=jit-both
# raise and assert inside @njit: builtin and user exception classes with constant
# arguments, raised from nested loops and from callees, caught by the interpreter.
import numpy as np
from numba import njit


class DomainError(ValueError):
    pass


@njit
def checked_sqrt(x):
    if x < 0:
        raise DomainError("negative input")
    return x ** 0.5


@njit
def find(a, target):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] == target:
                return i * a.shape[1] + j
    raise KeyError("not found")


@njit
def positive(n):
    assert n > 0, "n must be positive"
    assert n < 100
    return n * 2


@njit
def calls_checked(xs):
    s = 0.0
    for x in xs:
        s += checked_sqrt(x)
    return s


@njit
def bare_class(n):
    if n == 0:
        raise ZeroDivisionError
    return 10 // n


print(checked_sqrt(16.0))
for x in (4.0, -1.0):
    try:
        print(checked_sqrt(x))
    except DomainError as e:
        print("DomainError:", e, isinstance(e, ValueError))
a = np.arange(12).reshape(3, 4)
print(find(a, 7))
try:
    find(a, 99)
except KeyError as e:
    print("KeyError:", e)
for n in (5, 0, 500):
    try:
        print(positive(n))
    except AssertionError as e:
        print("AssertionError:", repr(str(e)))
print(calls_checked(np.array([1.0, 4.0, 9.0])))
try:
    calls_checked(np.array([1.0, -4.0]))
except ValueError as e:
    print("ValueError:", e)
print(bare_class(3))
try:
    bare_class(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", repr(str(e)))
