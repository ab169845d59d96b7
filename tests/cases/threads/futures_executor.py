# pyrs: modes=gil-both
# ThreadPoolExecutor: submit, map, max_workers, thread_name_prefix, context manager, exceptions.
import threading
from concurrent.futures import ThreadPoolExecutor, Future
import concurrent.futures as cf

def square(x):
    return x * x

def power(base, exp=2):
    return base ** exp

with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print(isinstance(f, Future), f.result(), f.done(), f.running(), f.cancelled())
    print(ex.submit(power, 2, exp=10).result(), ex.submit(power, base=3).result())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(power, [2, 3, 4], [5, 3, 2])))
    print(list(ex.map(square, [])))
    fs = [ex.submit(square, i) for i in range(20)]
    print(sum(f.result() for f in fs))

# Worker threads are named from the prefix; at most max_workers of them ever exist.
names = set()
lock = threading.Lock()
def record(i):
    with lock:
        names.add(threading.current_thread().name)
    return i
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(sum(ex.map(record, range(50))))
print(len(names) <= 3, all(n.startswith("pool_") for n in names))
print(sorted(names)[0])

# Default prefix: ThreadPoolExecutor-N_K; default max_workers is positive.
ex = ThreadPoolExecutor()
print(ex._max_workers > 0)
name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith("ThreadPoolExecutor-"), name.endswith("_0"))
ex.shutdown()

# Exceptions travel through the future; map re-raises at the failing item.
def fail_on(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail_on, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised:", e)
    it = ex.map(fail_on, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised after", got, e)

# The with-block waits for all work; the pool cannot be used afterwards.
done = []
with ThreadPoolExecutor(2) as ex:
    for i in range(5):
        ex.submit(lambda i=i: done.append(i))
print(sorted(done))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, Exception))
