# pyrs: modes=jit-both
# @vectorize over broadcast, strided and transposed operands of every dtype (the compiled
# element loop), with scalar operands and a bool result.
import numpy as np
from numba import vectorize

@vectorize(["float64(float64, float64)"])
def blend(x, y):
    return 0.75 * x + 0.25 * y * y

@vectorize
def idiv(a, b):
    return a // b

@vectorize
def pos(x):
    return x > 0

a = np.arange(12.0).reshape(3, 4)
print(blend(a, 2.0))
print(blend(a[:, ::2], np.array([1.0, 3.0])))
print(blend(a.T, a.T))
print(idiv(np.arange(6), 4))
print(idiv(np.arange(6, dtype=np.int32), np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)))
print(pos(np.array([-1.0, 0.0, 2.0], dtype=np.float32)))
print(blend(np.float32(2.0), 3))
