# pyrs: modes=jit-both
# for over range with positive/negative steps, empty ranges, nested loops, break/continue/else-free flow
from numba import njit


@njit
def rsum(a, b, s):
    t = 0
    n = 0
    for i in range(a, b, s):
        t += i
        n += 1
    return t, n


@njit
def nested(n):
    c = 0
    for i in range(n):
        for j in range(i, n):
            if (i + j) % 3 == 0:
                continue
            if j - i > 4:
                break
            c += i * j
    return c


@njit
def first_square_over(x):
    i = 0
    while True:
        if i * i > x:
            return i
        i += 1


@njit
def classify(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    elif x < 10:
        return 1
    else:
        return 2


for args in [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (5, 5, 1), (5, 0, 1), (-5, 6, 2), (20, -20, -7)]:
    print(args, *rsum(*args))
print([nested(n) for n in range(8)])
print([first_square_over(x) for x in [0, 1, 15, 16, 99, 1000]])
print([classify(x) for x in [-5, 0, 3, 10, 42]])
