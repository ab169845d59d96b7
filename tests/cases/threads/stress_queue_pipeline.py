# pyrs: modes=gil-both
# Stress: a pipeline of 3 stages x 4 worker threads joined by queues moves 200,000 items.
# Nothing is lost or duplicated: the count and the sum at the end are exact.
import queue
import threading

N_ITEMS = 200_000
WORKERS = 4
STOP = None

q1 = queue.Queue()
q2 = queue.Queue(maxsize=1000)   # a bounded hop: producers block when it is full
q3 = queue.Queue()
out = queue.SimpleQueue()

def stage(inq, outq, f):
    get, put = inq.get, outq.put
    while True:
        item = get()
        if item is STOP:
            return
        put(f(item))

def double(x): return 2 * x
def inc(x): return x + 1
def ident(x): return x

stages = [(q1, q2, double), (q2, q3, inc), (q3, out, ident)]
groups = []
for inq, outq, f in stages:
    g = [threading.Thread(target=stage, args=(inq, outq, f)) for _ in range(WORKERS)]
    for t in g: t.start()
    groups.append((inq, g))

put = q1.put
for i in range(N_ITEMS):
    put(i)
# Shut the stages down in order: each stage's workers stop once their queue is drained.
for inq, g in groups:
    for _ in g:
        inq.put(STOP)
    for t in g:
        t.join()

count = 0
total = 0
seen_max = -1
while not out.empty():
    v = out.get_nowait()
    count += 1
    total += v
    seen_max = max(seen_max, v)
print(count, total, total == sum(2 * i + 1 for i in range(N_ITEMS)), seen_max)
print(q1.qsize(), q2.qsize(), q3.qsize(), out.qsize())
print(threading.active_count())
