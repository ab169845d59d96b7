# Shared by the workloads: times the first call (compile + run) and the median of warm calls,
# then prints one line "first_ms warm_ms checksum".
import time


def measure(fn, args, warm_runs=5):
    t0 = time.perf_counter()
    r = fn(*args)
    first = time.perf_counter() - t0
    ts = []
    for _ in range(warm_runs):
        t0 = time.perf_counter()
        r = fn(*args)
        ts.append(time.perf_counter() - t0)
    ts.sort()
    print("%.3f %.3f %r" % (first * 1000, ts[len(ts) // 2] * 1000, r))
