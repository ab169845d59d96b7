# pyrs: modes=cudasim
# Vector add and saxpy: 1-D grids, cuda.grid(1), a guard on the tail, host and device arrays.
import numpy as np
from numba import cuda


@cuda.jit
def vadd(a, b, out):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = a[i] + b[i]


@cuda.jit
def saxpy(a, x, y, out):
    i = cuda.threadIdx.x + cuda.blockIdx.x * cuda.blockDim.x
    if i < x.shape[0]:
        out[i] = a * x[i] + y[i]


@cuda.jit
def grid_stride(x, out):
    start = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(start, x.shape[0], stride):
        out[i] = x[i] * 2


n = 1000
a = np.arange(n, dtype=np.float32)
b = np.ones(n, dtype=np.float32) * 0.5
out = np.zeros_like(a)
tpb = 128
bpg = (n + tpb - 1) // tpb
vadd[bpg, tpb](a, b, out)
print(out[:5], out[-3:], out.sum())

x = np.linspace(0.0, 1.0, 37)
y = np.full(37, 2.0)
r = np.empty_like(x)
saxpy[(2,), (32,)](3.0, x, y, r)
print(r[:4], r[-1], np.allclose(r, 3.0 * x + y))

d_x = cuda.to_device(np.arange(50, dtype=np.int64))
d_out = cuda.device_array(50, dtype=np.int64)
grid_stride[2, 8](d_x, d_out)
h = d_out.copy_to_host()
print(h[:6], h[-2:], h.dtype, d_out.shape)
cuda.synchronize()
print(cuda.is_available())

# A device array used twice, then copied back into a host buffer.
d_a = cuda.to_device(a)
d_r = cuda.device_array_like(a)
vadd[bpg, tpb](d_a, d_a, d_r)
host = np.zeros(n, dtype=np.float32)
d_r.copy_to_host(host)
print(host[:3], host[999], host.dtype)
