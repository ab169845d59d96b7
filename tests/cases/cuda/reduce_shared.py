# pyrs: modes=cudasim
# Block reduction: a tree sum in shared memory with syncthreads between levels, one partial
# sum per block, and threads that return early (they leave the barrier, as on a device).
import numpy as np
from numba import cuda, int64, float64

TPB = 32


@cuda.jit
def block_sum(x, partial):
    buf = cuda.shared.array(TPB, dtype=float64)
    tid = cuda.threadIdx.x
    i = cuda.grid(1)
    buf[tid] = x[i] if i < x.shape[0] else 0.0
    cuda.syncthreads()
    s = TPB // 2
    while s > 0:
        if tid < s:
            buf[tid] += buf[tid + s]
        cuda.syncthreads()
        s //= 2
    if tid == 0:
        partial[cuda.blockIdx.x] = buf[0]


@cuda.jit
def early_exit(x, out):
    i = cuda.grid(1)
    if i >= x.shape[0]:
        return
    tile = cuda.shared.array(TPB, dtype=int64)
    tile[cuda.threadIdx.x] = x[i]
    cuda.syncthreads()
    # Each thread reads its neighbour's value, written before the barrier.
    j = (cuda.threadIdx.x + 1) % TPB
    if cuda.blockIdx.x * TPB + j < x.shape[0]:
        out[i] = tile[j]
    else:
        out[i] = -1


n = 200
x = np.arange(n, dtype=np.float64) * 0.25
blocks = (n + TPB - 1) // TPB
partial = np.zeros(blocks)
block_sum[blocks, TPB](x, partial)
print(partial)
print(partial.sum(), x.sum(), partial.sum() == x.sum())

xi = np.arange(40, dtype=np.int64) * 3
out = np.zeros(40, dtype=np.int64)
early_exit[2, TPB](xi, out)
print(out)
