# The same CPU-bound work done serially in the main thread, then split over N threads.
# usage: scaling.py loop|fact [threads]   (prints: workload serial_s threads_s)
# loop: a pure-Python integer loop, total work fixed and split evenly over the threads.
# fact: the factorial demo -- factorial(30000) once per thread, vs the same calls serially.
import sys
import threading
import time


def loop(n):
    s = 0
    i = 0
    while i < n:
        s += i * i % 7
        i += 1
    return s


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


which = sys.argv[1] if len(sys.argv) > 1 else "loop"
k = int(sys.argv[2]) if len(sys.argv) > 2 else 2
if which == "loop":
    TOTAL = 6_000_000
    jobs = [(loop, TOTAL // k)] * k
else:
    jobs = [(fact, 30000)] * k

t0 = time.perf_counter()
for f, arg in jobs:
    f(arg)
serial = time.perf_counter() - t0

threads = [threading.Thread(target=f, args=(arg,)) for f, arg in jobs]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - t0
print(which, "%.4f" % serial, "%.4f" % parallel)
