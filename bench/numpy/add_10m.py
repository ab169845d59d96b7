# Workload for bench/numpy/run.py: setup, then time only the operation.
# stdout line 1: seconds (float); line 2: "check <value>" to compare implementations.
import time
import numpy as np

np.random.seed(0)
x = np.random.rand(10_000_000)
y = np.random.rand(10_000_000)
t0 = time.perf_counter()
z = x + y
dt = time.perf_counter() - t0
print(dt)
print("check", "%.6e" % z[::1000].sum())
