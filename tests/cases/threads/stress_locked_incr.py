# pyrs: modes=gil-both
# Stress: 8 threads x 50k increments of shared counters under a Lock (and an RLock, and a
# Semaphore used as a mutex): the totals are exact in both GIL modes.
import threading

N_THREADS = 8
PER_THREAD = 50_000

class Counter:
    def __init__(self):
        self.value = 0

counter = Counter()
lock = threading.Lock()
totals = {"global": 0}

def incr():
    for _ in range(PER_THREAD):
        with lock:
            counter.value += 1
            totals["global"] += 1

ts = [threading.Thread(target=incr) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(counter.value, totals["global"], counter.value == N_THREADS * PER_THREAD)

# RLock taken twice per increment.
rl = threading.RLock()
box = [0]
def rincr():
    for _ in range(PER_THREAD // 5):
        with rl:
            with rl:
                box[0] += 1
ts = [threading.Thread(target=rincr) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(box[0])

# acquire/release by hand, with a non-blocking retry loop in half the threads.
n = [0]
def manual(spin):
    for _ in range(PER_THREAD // 5):
        if spin:
            while not lock.acquire(False):
                pass
        else:
            lock.acquire()
        try:
            n[0] += 1
        finally:
            lock.release()
ts = [threading.Thread(target=manual, args=(k % 2 == 0,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(n[0], lock.locked())

# A Semaphore(1) as a mutex.
sem = threading.Semaphore(1)
s = [0]
def sincr():
    for _ in range(PER_THREAD // 10):
        with sem:
            s[0] += 1
ts = [threading.Thread(target=sincr) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(s[0])
