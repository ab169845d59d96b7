# pyrs: modes=gil-both
# Misuse of threads, locks and queues raises CPython's errors.
import threading, queue

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

lock = threading.Lock()
attempt("release unlocked Lock", lock.release)
attempt("acquire timeout=-2", lock.acquire, timeout=-2)
attempt("acquire timeout=-1", lock.acquire, timeout=-1)
lock.release()
attempt("non-blocking with timeout", lock.acquire, False, 1)
attempt("acquire(False)", lock.acquire, False)
attempt("acquire(False) again", lock.acquire, False)
attempt("acquire timeout=0.01 held", lock.acquire, True, 0.01)
lock.release()
attempt("timeout wrong type", lock.acquire, True, "1")

r = threading.RLock()
attempt("release unowned RLock", r.release)

t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
t.start()
attempt("start twice", t.start)
t.join()
attempt("set daemon after start", setattr, t, "daemon", True)
attempt("join current thread", threading.current_thread().join)

def join_self():
    attempt("join self in thread", threading.current_thread().join)
s = threading.Thread(target=join_self)
s.start(); s.join()

attempt("Semaphore(-1)", threading.Semaphore, -1)
sem = threading.Semaphore(1)
attempt("sem.acquire(False, 1)", sem.acquire, False, 1)
attempt("sem.release(0)", sem.release, 0)
bs = threading.BoundedSemaphore(2)
attempt("over-release BoundedSemaphore", bs.release)
attempt("Barrier(0).parties", lambda: threading.Barrier(0).parties)

cond = threading.Condition()
attempt("wait without lock", cond.wait)
attempt("notify without lock", cond.notify)

q = queue.Queue()
attempt("get timeout=-1", q.get, timeout=-1)
attempt("get_nowait empty", q.get_nowait)
attempt("get timeout", q.get, True, 0.01)
bq = queue.Queue(1)
bq.put(1)
attempt("put timeout=-1 (bounded)", bq.put, 2, timeout=-1)
attempt("put_nowait full", bq.put_nowait, 2)
attempt("put timeout", bq.put, 2, True, 0.01)
attempt("put timeout=-1 (unbounded)", q.put, 3, timeout=-1)
q.get()
q.task_done()
attempt("task_done too many", q.task_done)
sq = queue.SimpleQueue()
attempt("SimpleQueue get timeout=-1", sq.get, timeout=-1)
attempt("SimpleQueue get_nowait", sq.get_nowait)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(threading.ThreadError is RuntimeError, issubclass(threading.BrokenBarrierError, RuntimeError))
