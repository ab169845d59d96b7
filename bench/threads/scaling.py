# The same CPU-bound work done serially in the main thread, then split over N threads.
# usage: scaling.py loop|fact [threads] [rounds]   (prints: workload serial_s threads_s)
# The serial and threaded runs alternate for `rounds` rounds (default 5) and each time printed
# is the median of its rounds: on this shared VM the speed drifts by 10-20 % within seconds, so
# one serial run followed by one threaded run measures the drift as much as the threads.
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
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
if which == "loop":
    TOTAL = 6_000_000
    jobs = [(loop, TOTAL // k)] * k
else:
    jobs = [(fact, 30000)] * k


def serial_run():
    t0 = time.perf_counter()
    for f, arg in jobs:
        f(arg)
    return time.perf_counter() - t0


def threaded_run():
    threads = [threading.Thread(target=f, args=(arg,)) for f, arg in jobs]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


def median(xs):
    return sorted(xs)[len(xs) // 2]


serial, parallel = [], []
for _ in range(rounds):
    serial.append(serial_run())
    parallel.append(threaded_run())
print(which, "%.4f" % median(serial), "%.4f" % median(parallel))
