# time: only properties that do not depend on the clock's value are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.05)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, t0 > 1.6e9, t1 >= t0)
print(p1 - p0 >= 0.04, p1 - p0 < 5, m1 - m0 >= 0.04)
total = 0
for i in range(200000):
    total += i
c1 = time.process_time()
print(total, c1 >= c0, type(c1).__name__)
print(isinstance(time.time_ns(), int), time.perf_counter_ns() > 0)
time.sleep(0)
start = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - start > 0.005)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
