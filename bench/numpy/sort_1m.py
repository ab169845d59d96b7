# Workload for bench/numpy/run.py: setup, then time only the operation.
# stdout line 1: seconds (float); line 2: "check <value>" to compare implementations.
import time
import numpy as np

np.random.seed(0)
x = np.random.rand(1_000_000)
t0 = time.perf_counter()
y = np.sort(x)
dt = time.perf_counter() - t0
print(dt)
print("check", "%s %.6e %.6e" % (bool((y[1:] >= y[:-1]).all()), y[0], y[500_000]))
