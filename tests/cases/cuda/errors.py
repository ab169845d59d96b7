# pyrs: modes=cudasim
# Bad input in kernels: an out-of-bounds write raises IndexError naming the thread and block
# (one thread out of range per launch, so the report does not depend on scheduling), and the
# host array is left as it was;
# a bad configuration type is a TypeError, too many dimensions a ValueError.
import numpy as np
from numba import cuda


@cuda.jit
def write_all(a):
    i = cuda.grid(1)
    a[i] = i


a = np.zeros(10)
try:
    write_all[1, 11](a)
except IndexError as e:
    print("IndexError:", e)
print(a)

try:
    write_all[1.5, 4](a)
except TypeError as e:
    print("TypeError:", e)

try:
    write_all[(1, 1, 1, 1), 4](a)
except ValueError as e:
    print("ValueError:", e)


@cuda.jit
def divide(a, b, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        out[i] = a[i] // b[i]


out = np.zeros(4, dtype=np.int64)
divide[1, 4](np.array([4, 9, 16, 25]), np.array([2, 3, 4, 5]), out)
print(out)
# An uncaught kernel error ends the script with a traceback and exit code 1.
write_all[1, 4](np.zeros(3))
