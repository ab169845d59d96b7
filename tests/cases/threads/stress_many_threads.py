# pyrs: modes=gil-both
# Stress: 10,000 short-lived threads, started and joined in batches of 100; every one runs once,
# gets its own ident while alive, and is gone from enumerate() once joined.
import threading

TOTAL = 10_000
BATCH = 100
ran = []
names_ok = []

def job(i):
    ran.append(i)

count = 0
max_active = 0
for b in range(TOTAL // BATCH):
    ts = [threading.Thread(target=job, args=(b * BATCH + j,)) for j in range(BATCH)]
    for t in ts:
        t.start()
    max_active = max(max_active, threading.active_count())
    for t in ts:
        t.join()
    count += sum(1 for t in ts if not t.is_alive())
    if b == 0:
        names_ok.append(ts[0].name == "Thread-1 (job)" and ts[-1].name == "Thread-100 (job)")
print(len(ran), len(set(ran)), sum(ran) == sum(range(TOTAL)), count)
print(names_ok, max_active <= BATCH + 1)
print(threading.active_count(), [t.name for t in threading.enumerate()])

# Threads that start threads: a binary tree of depth 8 (255 threads).
lock = threading.Lock()
nodes = [0]
def node(depth):
    with lock:
        nodes[0] += 1
    if depth:
        kids = [threading.Thread(target=node, args=(depth - 1,)) for _ in range(2)]
        for k in kids: k.start()
        for k in kids: k.join()
root = threading.Thread(target=node, args=(7,))
root.start(); root.join()
print(nodes[0], threading.active_count())

# The name counter kept counting through all of them.
print(threading.Thread(target=job).name)
