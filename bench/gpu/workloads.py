# GPU workloads, run unchanged by pyrs and by CPython + Numba: prints one line
# "name value unit" per measurement. Needs a CUDA device (run.py checks first).
import sys
import time
import numpy as np
from numba import cuda, float32

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000_000
M = int(sys.argv[2]) if len(sys.argv) > 2 else 4096
TPB = 16


@cuda.jit
def vadd(a, b, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        out[i] = a[i] + b[i]


@cuda.jit
def saxpy(s, x, y, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        out[i] = s * x[i] + y[i]


@cuda.jit
def copy(a, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        out[i] = a[i]


@cuda.jit
def noop(a):
    pass


@cuda.jit
def matmul_tiled(A, B, C):
    sA = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    sB = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    x, y = cuda.grid(2)
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    tmp = float32(0.0)
    for i in range(cuda.gridDim.x):
        sA[ty, tx] = 0
        sB[ty, tx] = 0
        if y < A.shape[0] and (tx + i * TPB) < A.shape[1]:
            sA[ty, tx] = A[y, tx + i * TPB]
        if x < B.shape[1] and (ty + i * TPB) < B.shape[0]:
            sB[ty, tx] = B[ty + i * TPB, x]
        cuda.syncthreads()
        for j in range(TPB):
            tmp += sA[ty, j] * sB[j, tx]
        cuda.syncthreads()
    if y < C.shape[0] and x < C.shape[1]:
        C[y, x] = tmp


def best(f, reps=5):
    f()
    cuda.synchronize()
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        cuda.synchronize()
        t.append(time.perf_counter() - t0)
    return min(t)


def main():
    a = cuda.to_device(np.ones(N, dtype=np.float32))
    b = cuda.to_device(np.ones(N, dtype=np.float32))
    out = cuda.device_array(N, dtype=np.float32)
    tpb = 256
    bpg = (N + tpb - 1) // tpb
    nbytes = N * 4
    t = best(lambda: out.copy_to_device(a))
    print("d2d_copy_api %.1f GB/s" % (2 * nbytes / t / 1e9))
    t = best(lambda: copy[bpg, tpb](a, out))
    print("copy_kernel %.1f GB/s" % (2 * nbytes / t / 1e9))
    t = best(lambda: vadd[bpg, tpb](a, b, out))
    print("vector_add %.1f GB/s" % (3 * nbytes / t / 1e9))
    t = best(lambda: saxpy[bpg, tpb](np.float32(2.0), a, b, out))
    print("saxpy %.1f GB/s" % (3 * nbytes / t / 1e9))
    A = cuda.to_device(np.random.rand(M, M).astype(np.float32))
    B = cuda.to_device(np.random.rand(M, M).astype(np.float32))
    C = cuda.device_array((M, M), dtype=np.float32)
    g = (M + TPB - 1) // TPB
    t = best(lambda: matmul_tiled[(g, g), (TPB, TPB)](A, B, C), reps=3)
    print("matmul_tiled_%d %.2f TFLOP/s" % (M, 2 * M ** 3 / t / 1e12))
    d = cuda.device_array(1, dtype=np.float32)
    noop[1, 1](d)
    cuda.synchronize()
    k = 2000
    t0 = time.perf_counter()
    for _ in range(k):
        noop[1, 1](d)
    cuda.synchronize()
    print("launch_overhead %.2f us" % ((time.perf_counter() - t0) / k * 1e6))


main()
