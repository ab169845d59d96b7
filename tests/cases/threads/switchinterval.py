# pyrs: modes=gil-both
# sys.getswitchinterval / sys.setswitchinterval: default, round trip, bad values; threads still
# make progress with a tiny and a large interval.
import sys
import threading

print(sys.getswitchinterval())
for v in (0.001, 1, 2, 0.005):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
sys.setswitchinterval(2.5e-6)   # kept in whole microseconds
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
for bad in (0, 0.0, -1, -0.001):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for bad in ("0.1", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
print(sys.getswitchinterval())

def spin(n, out):
    total = 0
    for i in range(n):
        total += i
    out.append(total)

for interval in (1e-5, 0.5):
    sys.setswitchinterval(interval)
    out = []
    ts = [threading.Thread(target=spin, args=(20000, out)) for _ in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(interval, out)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
