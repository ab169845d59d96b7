# pyrs: modes=gil-both
# Queues between threads: blocking get/put woken by the other side, task_done/join, sentinels,
# a bounded queue that throttles a fast producer, timeouts that expire while others run.
import queue
import threading

# Worker pool with task_done/join.
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put(item * item)
        tasks.task_done()
workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers: w.start()
for i in range(100):
    tasks.put(i)
tasks.join()
print("all done:", tasks.unfinished_tasks, results.qsize())
for _ in workers: tasks.put(None)
for w in workers: w.join()
out = []
while not results.empty():
    out.append(results.get())
print(len(out), sum(out), sorted(out)[:5])

# A bounded queue: the producer blocks until the consumer makes room.
bq = queue.Queue(maxsize=3)
peak = []
def producer():
    for i in range(50):
        bq.put(i)
        peak.append(bq.qsize())
    bq.put(None)
consumed = []
p = threading.Thread(target=producer)
p.start()
while True:
    x = bq.get()
    if x is None:
        break
    consumed.append(x)
p.join()
print(consumed == list(range(50)), max(peak) <= 3)

# A blocked get wakes when another thread puts; a blocked put wakes when another gets.
q = queue.Queue()
got = []
g = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
g.start()
q.put("hello")
g.join()
full = queue.Queue(1)
full.put("first")
pt = threading.Thread(target=lambda: full.put("second", timeout=10))
pt.start()
got.append(full.get())
pt.join()
got.append(full.get_nowait())
print(got)

# Timeouts expire even while other threads keep running.
def timed_get():
    try:
        queue.Queue().get(timeout=0.05)
    except queue.Empty:
        got.append("Empty after timeout")
ts = [threading.Thread(target=timed_get) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(got[-3:])

# LifoQueue/PriorityQueue/SimpleQueue shared by several producers: nothing lost.
for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    shared = cls()
    ps = [threading.Thread(target=lambda k=k: [shared.put(k * 1000 + i) for i in range(500)])
          for k in range(4)]
    for t in ps: t.start()
    for t in ps: t.join()
    items = [shared.get() for _ in range(2000)]
    print(cls.__name__, len(set(items)), sum(items), shared.empty())
