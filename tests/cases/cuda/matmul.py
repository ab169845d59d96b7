# pyrs: modes=cudasim
# Matrix multiply: a naive kernel (one thread per output) and the shared-memory tiled kernel
# from Numba's documentation (cuda.shared.array + cuda.syncthreads), checked against np.dot.
import numpy as np
from numba import cuda, float32

TPB = 8


@cuda.jit
def matmul_naive(A, B, C):
    i, j = cuda.grid(2)
    if i < C.shape[0] and j < C.shape[1]:
        tmp = 0.0
        for k in range(A.shape[1]):
            tmp += A[i, k] * B[k, j]
        C[i, j] = tmp


@cuda.jit
def matmul_tiled(A, B, C):
    sA = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    sB = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    x, y = cuda.grid(2)
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    bpg = cuda.gridDim.x
    tmp = float32(0.0)
    for i in range(bpg):
        sA[tx, ty] = 0
        sB[tx, ty] = 0
        if x < A.shape[0] and (ty + i * TPB) < A.shape[1]:
            sA[tx, ty] = A[x, ty + i * TPB]
        if y < B.shape[1] and (tx + i * TPB) < B.shape[0]:
            sB[tx, ty] = B[tx + i * TPB, y]
        cuda.syncthreads()
        for j in range(TPB):
            tmp += sA[tx, j] * sB[j, ty]
        cuda.syncthreads()
    if x < C.shape[0] and y < C.shape[1]:
        C[x, y] = tmp


n = 20
A = (np.arange(n * n, dtype=np.float32).reshape(n, n) % 7) / 4
B = (np.arange(n * n, dtype=np.float32).reshape(n, n) % 5) / 2
C = np.zeros((n, n), dtype=np.float32)
bpg = (n + TPB - 1) // TPB
matmul_naive[(bpg, bpg), (TPB, TPB)](A, B, C)
ref = np.dot(A, B)
print(C[0, :6])
print(C[19, -4:], np.allclose(C, ref))

C2 = np.zeros((n, n), dtype=np.float32)
matmul_tiled[(bpg, bpg), (TPB, TPB)](A, B, C2)
print(C2[3, :6])
print(np.allclose(C2, ref), np.abs(C2 - ref).max() < 1e-3)
