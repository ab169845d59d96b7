# pyrs: modes=gil-both
import threading
import numpy as np

N = 4
CHUNK = 25000
data = np.zeros(N * CHUNK)


def work(k):
    part = data[k * CHUNK:(k + 1) * CHUNK]
    part[:] = np.arange(CHUNK) + k * CHUNK
    part *= 2.0


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(data.sum())
print(data[:3], data[-3:])
print(np.array_equal(data, np.arange(N * CHUNK) * 2.0))
