# pyrs: modes=gil-both
# queue.Queue, LifoQueue, PriorityQueue, SimpleQueue in one thread: order, sizes, maxsize,
# the *_nowait forms, Empty/Full, block=False and timeouts, and the `queue` attribute.
import queue

def drain(q):
    out = []
    while True:
        try:
            out.append(q.get_nowait())
        except queue.Empty:
            return out

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print(q.get(), q.get(block=False), q.get(timeout=0.1), q.get(True, 1))
print(list(q.queue), q.queue, q.qsize())
q.put_nowait('x')
print(drain(q), q.empty())

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print(lq.queue[:], drain(lq), lq.queue)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]:
    pq.put(item)
print(pq.qsize(), pq.queue[0], drain(pq))
pq2 = queue.PriorityQueue()
for n in [5, 3, 8, 1, 9, 2]:
    pq2.put(n)
print(pq2.queue[:], [pq2.get() for _ in range(6)])

bq = queue.Queue(maxsize=2)
print(bq.full())
bq.put(1); bq.put(2)
print(bq.full(), bq.qsize())
for label, call in [("put_nowait", lambda: bq.put_nowait(3)),
                    ("put block=False", lambda: bq.put(3, block=False)),
                    ("put timeout", lambda: bq.put(3, timeout=0.01)),
                    ("empty get_nowait", lambda: queue.Queue().get_nowait()),
                    ("empty get timeout", lambda: queue.Queue().get(timeout=0.01)),
                    ("empty get block=False", lambda: queue.LifoQueue().get(False))]:
    try:
        call()
        print(label, "no error")
    except (queue.Empty, queue.Full) as e:
        print(label, type(e).__name__, repr(str(e)))
print(bq.get(), bq.full())
bq.put(3)
print(drain(bq))

# A non-positive maxsize means unbounded.
for m in (0, -1):
    uq = queue.Queue(m)
    for i in range(100):
        uq.put_nowait(i)
    print(m, uq.full(), uq.qsize())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())

# FIFO order survives many puts and gets interleaved.
fq = queue.Queue()
got = []
for i in range(1000):
    fq.put(i)
    if i % 3 == 0:
        got.append(fq.get())
got.extend(drain(fq))
print(got == list(range(1000)), fq.qsize())

# task_done/join without threads: join returns once every item is done.
tq = queue.Queue()
for i in range(3):
    tq.put(i)
print(tq.unfinished_tasks)
for _ in range(3):
    tq.get(); tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
