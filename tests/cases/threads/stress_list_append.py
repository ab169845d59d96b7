# pyrs: modes=gil-both
# Stress: 8 threads x 100k list.append on one shared list. list.append is atomic (CPython, and
# pyrs with the GIL off): exactly 800000 items, none torn, none lost, each thread's in order.
import threading

N_THREADS = 8
PER_THREAD = 100_000
shared = []
start = threading.Barrier(N_THREADS)

def appender(tag):
    start.wait()
    append = shared.append
    base = tag * PER_THREAD
    for i in range(PER_THREAD):
        append(base + i)

ts = [threading.Thread(target=appender, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()

print(len(shared))
print(sum(shared) == sum(range(N_THREADS * PER_THREAD)))
print(len(set(shared)))
# Each thread's own items keep their relative order.
last = [-1] * N_THREADS
in_order = True
for v in shared:
    k = v // PER_THREAD
    if v <= last[k]:
        in_order = False
    last[k] = v
print(in_order, [l % PER_THREAD for l in last])

# The same with extend and pop in pairs: the length comes back to where it started.
pairs = list(range(1000))
def churn():
    for i in range(20_000):
        pairs.append(i)
        pairs.pop()
ts = [threading.Thread(target=churn) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(pairs))
