# pyrs: modes=jit-both
# ZeroDivisionError raised from compiled // % / on ints and floats, caught in the caller
from numba import njit


@njit
def fdiv(a, b):
    return a // b


@njit
def fmod(a, b):
    return a % b


@njit
def tdiv(a, b):
    return a / b


@njit
def safe(a, b):
    if b == 0:
        return -1
    return a // b


for f in (fdiv, fmod, tdiv):
    for args in [(7, 2), (7, 0), (-3, 0), (5.0, 0.0), (9.0, 4.0)]:
        try:
            print(f(*args))
        except ZeroDivisionError:
            print("ZeroDivisionError", args)
print(safe(9, 0), safe(9, 4))
count = 0
for b in range(-3, 4):
    try:
        fdiv(100, b)
    except ZeroDivisionError:
        count += 1
print("caught", count)
