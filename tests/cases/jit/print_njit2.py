# pyrs: modes=jit-both
# print() inside @njit with ints, floats, bools and strings interleaved with interpreter prints
from numba import njit


@njit
def report(n):
    total = 0
    for i in range(n):
        total += i * i
        if i % 2 == 0:
            print("step", i, total)
    print("done", total, total > 10)
    return total


@njit
def show(x, y):
    print(x, y, x + y, x * 1.5)


print("before")
r = report(7)
print("after", r)
show(3, 4)
show(-2, 10)
for k in range(3):
    print("k", k)
    report(k)
