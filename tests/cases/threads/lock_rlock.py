# pyrs: modes=gil-both
# Lock and RLock: acquire(blocking, timeout), release, locked, `with`, reentrancy, ownership.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.02), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise KeyError("inside")
except KeyError:
    print("released on error:", not lock.locked())
print(lock.__enter__(), lock.locked())
lock.__exit__(None, None, None)
print(lock.locked())

# A lock acquired in one thread can be released by another (unlike RLock).
held = threading.Lock()
held.acquire()
def releaser():
    held.release()
t = threading.Thread(target=releaser)
t.start(); t.join()
print("released by other thread:", not held.locked())

# Another thread blocks on a held lock until it is released.
gate = threading.Lock()
gate.acquire()
order = []
def waiter():
    with gate:
        order.append("waiter got it")
w = threading.Thread(target=waiter)
w.start()
w.join(0.05)
order.append("main releases")
print(w.is_alive())
gate.release()
w.join()
print(order)

# Timed acquire from another thread while held.
gate.acquire()
res = []
t = threading.Thread(target=lambda: res.append(gate.acquire(timeout=0.05)))
t.start(); t.join()
print("timed out:", res)
gate.release()

# RLock: reentrant, counted, owned.
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release(); r.release()
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(False)))
t.start(); t.join()
print("other thread while owned:", other)
r.release()
t = threading.Thread(target=lambda: other.append(r.acquire(False) and (r.release() or True)))
t.start(); t.join()
print("other thread after full release:", other)
with r:
    with r:
        print("nested with ok")
def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
r.acquire()
t = threading.Thread(target=bad_release)
t.start(); t.join()
r.release()
print(other[-1])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
