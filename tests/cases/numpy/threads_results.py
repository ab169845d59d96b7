# pyrs: modes=gil-both
import threading
import numpy as np

results = [None] * 4
shared = np.arange(12.0).reshape(4, 3)
lock = threading.Lock()
total = [0.0]


def work(k):
    results[k] = (shared[k] ** 2).sum()
    m = np.full((50, 50), float(k + 1))
    s = (m @ m).sum()
    with lock:
        total[0] += s


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([float(r) for r in results])
print(total[0])
counter = np.zeros(1, dtype=np.int64)


def inc():
    for _ in range(1000):
        with lock:
            counter[0] += 1


ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0], counter.dtype)
