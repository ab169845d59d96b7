# pyrs: modes=gil-both
# Stress: several threads write one dict and one set at once, on disjoint and on overlapping
# keys. dict[k] = v, set.add, dict.pop, set.discard are atomic: the final sizes are exact.
import threading

N_THREADS = 6
PER_THREAD = 30_000
d = {}
s = set()
start = threading.Barrier(N_THREADS)

def disjoint(k):
    start.wait()
    base = k * PER_THREAD
    for i in range(base, base + PER_THREAD):
        d[i] = k
        s.add(i)

ts = [threading.Thread(target=disjoint, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), len(s), sum(d.values()) == PER_THREAD * sum(range(N_THREADS)))
print(all(d[i] == i // PER_THREAD for i in range(0, N_THREADS * PER_THREAD, 997)))

# Overlapping keys: every thread writes the same 5000 string keys; last writer wins per key.
shared = {}
tags = set()
def overlapping(k):
    start.wait()
    for i in range(5000):
        key = "key%d" % i
        shared[key] = k
        tags.add(key)
ts = [threading.Thread(target=overlapping, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), len(tags), set(shared.values()) <= set(range(N_THREADS)))

# Half the threads insert, half delete what they inserted: the dict ends where it began.
churn = {i: i for i in range(100)}
bag = set(range(100))
def insert_delete(k):
    start.wait()
    for i in range(10_000):
        key = (k, i)
        churn[key] = i
        bag.add(key)
        del churn[key]
        bag.discard(key)
ts = [threading.Thread(target=insert_delete, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(churn), len(bag), sorted(churn) == list(range(100)))

# dict.setdefault is atomic too: every thread appends to the one list per key it returns.
buckets = {}
def tally(k):
    start.wait()
    for i in range(3000):
        buckets.setdefault(i % 50, []).append(k)
ts = [threading.Thread(target=tally, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(buckets), sum(len(v) for v in buckets.values()),
      all(sorted(set(v)) == list(range(N_THREADS)) for v in buckets.values()))
