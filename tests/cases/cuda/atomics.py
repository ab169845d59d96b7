# pyrs: modes=cudasim
# Atomics: a histogram with cuda.atomic.add (int and float), atomic.max/min, and the old value
# each atomic returns; a local array per thread; a device function called from a kernel.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def bucket(v, nbins, lo, hi):
    b = int((v - lo) / (hi - lo) * nbins)
    if b >= nbins:
        b = nbins - 1
    if b < 0:
        b = 0
    return b


@cuda.jit
def histogram(x, bins, lo, hi):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.add(bins, bucket(x[i], bins.shape[0], lo, hi), 1)


@cuda.jit
def extremes(x, out):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.max(out, 0, x[i])
        cuda.atomic.min(out, 1, x[i])
        cuda.atomic.add(out, 2, x[i])


@cuda.jit
def ticket(counter, order):
    i = cuda.grid(1)
    if i < order.shape[0]:
        order[i] = cuda.atomic.add(counter, 0, 1)


@cuda.jit
def local_prefix(x, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        tmp = cuda.local.array(4, dtype=np.int32)
        for k in range(4):
            tmp[k] = x[i] * (k + 1)
        acc = 0
        for k in range(4):
            acc += tmp[k]
        out[i] = acc


np.random.seed(7)
x = np.random.uniform(0.0, 10.0, 500)
bins = np.zeros(10, dtype=np.int64)
histogram[4, 128](x, bins, 0.0, 10.0)
ref = np.bincount(np.minimum((x / 10.0 * 10).astype(np.int64), 9), minlength=10)
print(bins, bins.sum(), np.array_equal(bins, ref))

vals = np.array([3.5, -2.0, 7.25, 0.5, 7.0, -1.5])
ext = np.array([-1e9, 1e9, 0.0])
extremes[1, 8](vals, ext)
print(ext)

counter = np.zeros(1, dtype=np.int32)
order = np.zeros(64, dtype=np.int32)
ticket[2, 32](counter, order)
print(counter[0], sorted(order.tolist()) == list(range(64)))

xi = np.arange(10, dtype=np.int32)
o = np.zeros(10, dtype=np.int32)
local_prefix[1, 16](xi, o)
print(o)
