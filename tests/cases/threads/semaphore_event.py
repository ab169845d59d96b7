# pyrs: modes=gil-both
# Semaphore, BoundedSemaphore and Event, alone and across threads.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(); s.release()
with s:
    print("in with")
print(s._value)

# At most 3 workers inside the semaphore at once.
sem = threading.Semaphore(3)
inside = 0
peak = 0
count_lock = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.002)
        with count_lock:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 3:", 1 <= peak <= 3, "inside:", inside)

# A released semaphore wakes a blocked thread.
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire(timeout=5)))
t.start()
z.release()
t.join()
print(got)

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore))

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Many threads wait on one event; one set() releases them all.
start = threading.Event()
ready = threading.Semaphore(0)
woke = []
def waiter(i):
    ready.release()
    woke.append((i, start.wait(10)))
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws: w.start()
for _ in ws: ready.acquire()
start.set()
for w in ws: w.join()
print(sorted(woke))
