# pyrs: modes=jit-both
# Control flow in compiled code: range with every argument form, while, if/elif/else,
# break/continue, for-else and while-else, early return, the loop variable after the loop.
from numba import njit


@njit
def ranges(n):
    a = 0
    for i in range(n):
        a += i
    b = 0
    for i in range(2, n):
        b += i
    c = 0
    for i in range(n, 0, -2):
        c = c * 3 + i
    d = 0
    for i in range(-n, n, 3):
        d += i
    return a, b, c, d


@njit
def last_index(n):
    i = -1
    for i in range(n):
        pass
    return i


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


@njit
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def first_multiple(n, k):
    for i in range(1, n):
        if i % k == 0:
            break
    else:
        return -1
    return i


@njit
def skip_odds(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        s += i
    else:
        s += 1000
    return s


@njit
def nested_break(n):
    count = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            count += 1
    return count


@njit
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


@njit
def ifexp(x):
    return x if x > 0 else -x * 2


@njit
def step_var(a, b, s):
    t = 0
    for i in range(a, b, s):
        t = t * 7 + i
    return t


print(ranges(10), ranges(0), ranges(1))
print(last_index(5), last_index(0))
print([classify(x) for x in (-5, 0, 3, 10, 99)])
print([collatz(n) for n in (1, 6, 7, 27)])
print(first_multiple(20, 7), first_multiple(5, 7))
print(skip_odds(10), skip_odds(0))
print(nested_break(10), nested_break(1))
print([n for n in range(40) if is_prime(n)])
print(ifexp(3), ifexp(-4), ifexp(0))
print(step_var(0, 10, 3), step_var(10, 0, -3), step_var(5, 5, 1), step_var(0, 3, 5))
try:
    step_var(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
