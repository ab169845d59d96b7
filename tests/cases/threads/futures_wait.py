# pyrs: modes=gil-both
# as_completed and wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED), with timeouts.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, as_completed, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError)

def slow(x, gate=None):
    if gate is not None:
        gate.wait(10)
    return x * 10

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(slow, i) for i in range(8)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    res = wait(fs, return_when=ALL_COMPLETED)
    print(type(res).__name__, len(res.done), len(res.not_done))

    # FIRST_COMPLETED: one fast future, one held by a gate.
    gate = threading.Event()
    held = ex.submit(slow, 1, gate)
    quick = ex.submit(slow, 2)
    done, not_done = wait([held, quick], return_when=FIRST_COMPLETED)
    print(quick in done, held in not_done)
    # A timeout with nothing finishing: everything stays not_done.
    done, not_done = wait([held], timeout=0.02)
    print(len(done), len(not_done))
    # as_completed with a timeout raises TimeoutError for the unfinished one.
    try:
        for f in as_completed([quick, held], timeout=0.05):
            print("completed:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    gate.set()
    print(held.result())

    # FIRST_EXCEPTION returns when one fails, leaving the gated one pending.
    gate2 = threading.Event()
    def boom():
        raise RuntimeError("boom")
    bad = ex.submit(boom)
    waiting = ex.submit(slow, 3, gate2)
    done, not_done = wait([bad, waiting], return_when=FIRST_EXCEPTION)
    print(bad in done, waiting in not_done, type(bad.exception()).__name__)
    gate2.set()
    # FIRST_EXCEPTION with no exception waits for all.
    done, not_done = wait([ex.submit(slow, i) for i in range(3)], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))

# Hand-made futures: already-finished ones come out first; duplicates are yielded once.
a, b, c = Future(), Future(), Future()
a.set_result("a")
threading.Timer(0.02, lambda: c.set_result("c")).start()
threading.Timer(0.06, lambda: b.set_result("b")).start()
print([f.result() for f in as_completed([a, b, c, a])])
x, y = Future(), Future()
y.cancel()
done, not_done = wait([x, y], timeout=0)
print(y in done, x in not_done, len(done))
print(list(as_completed([])), wait([]))
try:
    wait([x], return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
