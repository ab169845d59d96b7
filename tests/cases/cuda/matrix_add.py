# pyrs: modes=cudasim
# 2-D grids: cuda.grid(2), tuple launch configurations, threadIdx/blockIdx .x/.y, gridsize(2).
import numpy as np
from numba import cuda


@cuda.jit
def madd(a, b, c):
    i, j = cuda.grid(2)
    if i < c.shape[0] and j < c.shape[1]:
        c[i, j] = a[i, j] + b[i, j]


@cuda.jit
def coords(out):
    x = cuda.blockIdx.x * cuda.blockDim.x + cuda.threadIdx.x
    y = cuda.blockIdx.y * cuda.blockDim.y + cuda.threadIdx.y
    if x < out.shape[0] and y < out.shape[1]:
        out[x, y] = x * 100 + y


@cuda.jit
def sizes(out):
    w, h = cuda.gridsize(2)
    if cuda.grid(1) == 0 and cuda.threadIdx.y == 0 and cuda.blockIdx.y == 0:
        out[0] = w
        out[1] = h
        out[2] = cuda.gridDim.x
        out[3] = cuda.gridDim.y
        out[4] = cuda.blockDim.x
        out[5] = cuda.blockDim.y


a = np.arange(35, dtype=np.float64).reshape(5, 7)
b = np.ones((5, 7)) * 10
c = np.zeros((5, 7))
madd[(2, 3), (4, 4)](a, b, c)
print(c)

o = np.zeros((6, 5), dtype=np.int32)
coords[(3, 2), (2, 3)](o)
print(o)

s = np.zeros(6, dtype=np.int64)
sizes[(3, 2), (4, 2)](s)
print(s)

d = cuda.to_device(a)
e = cuda.device_array_like(a)
madd[(1, 1), (8, 8)](d, d, e)
print(e.copy_to_host()[4])
