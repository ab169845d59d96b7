# pyrs: modes=gil-both
# ThreadPoolExecutor.shutdown(wait, cancel_futures), map with a timeout, submit after shutdown,
# initializer/initargs and a failing initializer (BrokenThreadPool).
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor

# cancel_futures: queued work never starts; the running item finishes.
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait(10)
    return "blocker done"
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait()
queued = [ex.submit(pow, 2, i) for i in range(5)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in queued])
try:
    queued[0].result()
except cf.CancelledError:
    print("CancelledError")
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # a second shutdown is harmless

# shutdown(wait=False) returns at once; the submitted work still completes.
gate2 = threading.Event()
ex2 = ThreadPoolExecutor(max_workers=2)
futs = [ex2.submit(lambda i=i: gate2.wait(10) and i) for i in range(4)]
ex2.shutdown(wait=False)
print(any(f.done() for f in futs))
gate2.set()
print([f.result(timeout=10) for f in futs])

# map with a timeout: items that are not ready in time raise TimeoutError.
gate3 = threading.Event()
def maybe_slow(x):
    if x == 2:
        gate3.wait(10)
    return x
with ThreadPoolExecutor(4) as ex3:
    got = []
    try:
        for v in ex3.map(maybe_slow, range(4), timeout=0.1):
            got.append(v)
    except cf.TimeoutError:
        print("map timed out after", got)
    gate3.set()
    print(list(ex3.map(maybe_slow, range(4), timeout=10)))

# initializer runs once per worker thread with initargs.
inits = []
def init(tag):
    inits.append((tag, threading.current_thread().name.startswith("init-pool")))
with ThreadPoolExecutor(2, thread_name_prefix="init-pool", initializer=init,
                        initargs=("ready",)) as ex4:
    print(sum(ex4.map(abs, range(-10, 10))))
print(1 <= len(inits) <= 2, set(inits))

# A failing initializer breaks the pool.
def bad_init():
    raise ValueError("init failed")
ex5 = ThreadPoolExecutor(1, initializer=bad_init)
f = ex5.submit(abs, -1)
try:
    f.result(timeout=10)
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex5.submit(abs, -1)
except cf.BrokenExecutor as e:
    print("BrokenExecutor:", type(e).__name__)
ex5.shutdown()
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
