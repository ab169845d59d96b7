# Threads with a target function and arguments.
#
# threading.Thread(target=f, args=(...), kwargs={...}) runs f(*args, **kwargs) in a new thread
# once start() is called; join() waits for it to finish. A thread cannot return a value, so
# the workers put their results in a shared list (list.append is atomic, GIL on or off).
#
#     pyrs examples/threads_target_args.py
#     pyrs -X gil=0 examples/threads_target_args.py
import threading
import time

results = []

def download(name, size, *, delay=0.05):
    """Pretend to fetch `size` bytes: sleeping releases the GIL, so the threads overlap."""
    me = threading.current_thread().name
    time.sleep(delay)
    results.append((name, size, me))

jobs = [("index.html", 512), ("logo.png", 20480), ("app.js", 8192)]
threads = [threading.Thread(target=download, args=job, kwargs={"delay": 0.1},
                            name=f"fetch-{i}")
           for i, job in enumerate(jobs)]

start = time.perf_counter()
for t in threads:
    t.start()
print("started:", [t.name for t in threads], "alive:", [t.is_alive() for t in threads])
for t in threads:
    t.join()
elapsed = time.perf_counter() - start

for name, size, who in sorted(results):
    print(f"{name:<11} {size:>6} bytes  (by {who})")
# Three 0.1 s waits overlapped: about 0.1 s in all, not 0.3 s.
print(f"3 downloads in {elapsed:.2f} s; alive now: {[t.is_alive() for t in threads]}")
