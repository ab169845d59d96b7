# A worker pool fed by a queue.Queue.
#
# A fixed number of worker threads take jobs from one queue and put results on another. The
# main thread waits with jobs.join(), which returns once every job has been marked
# task_done(); then one None per worker tells the workers to stop. Queue operations are
# thread-safe, so no other locking is needed.
#
#     pyrs examples/threads_queue_pool.py
#     pyrs -X gil=0 examples/threads_queue_pool.py
import queue
import threading

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        n = jobs.get()
        if n is None:               # the stop signal
            jobs.task_done()
            return
        results.put((n, collatz_steps(n), threading.current_thread().name))
        jobs.task_done()

pool = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(4)]
for t in pool:
    t.start()
for n in range(1, 3001):
    jobs.put(n)
jobs.join()                         # every job done
for _ in pool:
    jobs.put(None)
for t in pool:
    t.join()

done = []
while not results.empty():
    done.append(results.get())
best = max(done, key=lambda r: r[1])
per_worker = {}
for _, _, who in done:
    per_worker[who] = per_worker.get(who, 0) + 1
print(f"{len(done)} numbers checked; the longest chain starts at {best[0]} ({best[1]} steps)")
print("jobs per worker:", dict(sorted(per_worker.items())))
