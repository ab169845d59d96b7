# Workload for bench/numpy/run.py: setup, then time only the operation.
# stdout line 1: seconds (float); line 2: "check <value>" to compare implementations.
import time
import numpy as np

np.random.seed(0)
a = np.random.rand(1000, 1000)
b = np.random.rand(1000, 1000)
t0 = time.perf_counter()
c = np.dot(a, b)
dt = time.perf_counter() - t0
print(dt)
print("check", "%.6e" % c.sum())
