# pyrs: modes=gil-both
# One thread flips an array's shape in place while others read it through fresh views,
# compute with it and write into it: every reader sees one whole shape, never a torn one.
import threading
import numpy as np

a = np.arange(24.0)
stop = threading.Event()
bad = []


def flipper():
    shapes = [(4, 6), (2, 3, 4), (24,), (6, 4)]
    for i in range(3000):
        a.shape = shapes[i % 4]
    stop.set()


def reader():
    n = 0
    while not stop.is_set() or n < 50:
        s = a.shape
        t = a.sum()
        if t != 276.0 or a.size != 24 or len(s) not in (1, 2, 3):
            bad.append((s, t))
        v = a.reshape(-1)
        v[:] = v * 1.0
        n += 1


threads = [threading.Thread(target=flipper)] + [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad, a.shape, a.sum())
a.shape = (4, 6)
print(a)
b = a.T
try:
    b.shape = (24,)
except AttributeError as e:
    print(e)
print(b.shape)
