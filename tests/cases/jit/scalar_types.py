# pyrs: modes=jit-both
# int/float/bool scalars, unification across branches, int()/float()/bool(), abs/min/max
from numba import njit


@njit
def unify(flag, n):
    if flag:
        r = n
    else:
        r = n / 4
    return r


@njit
def conv(x):
    return int(x), float(int(x)), bool(x)


@njit
def builtins(a, b, c):
    return abs(a), abs(b), min(a, b, c), max(a, b, c), min(a, b), max(b, c)


@njit
def bools(a, b):
    return a and b, a or b, not a, a != b, int(a) + int(b)


@njit
def accumulate(n):
    s = 0
    for i in range(n):
        s += i
    s = s * 0.5
    return s


print(float(unify(True, 7)), float(unify(False, 7)))
for x in [3.7, -3.7, 0.0, 2.0, -0.5]:
    print(x, *conv(x))
print(*builtins(-4.0, 2.5, 1.0))
print(*builtins(9, -11, 0))
for a in (True, False):
    for b in (True, False):
        print(*bools(a, b))
print(accumulate(10), accumulate(0))
