# pyrs: modes=gil-both
# Condition: wait (with and without timeout), wait_for, notify, notify_all, custom locks.
import threading

c = threading.Condition()
with c:
    print("wait timeout:", c.wait(0.01))
    print("wait_for true now:", c.wait_for(lambda: 42))
    print("wait_for timeout:", c.wait_for(lambda: 0, timeout=0.01))
    c.notify()
    c.notify_all()
print(c.acquire(), c.acquire(False))  # the default lock is an RLock
c.release(); c.release()

# Producer/consumer over a shared list.
items = []
cond = threading.Condition()
consumed = []
def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with cond:
        items.append(i * i)
        cond.notify()
t.join()
print(consumed)

# notify(n) wakes at most n waiters; notify_all wakes the rest.
cv = threading.Condition(threading.Lock())
waiting = 0
woken = []
def sleeper(i):
    global waiting
    with cv:
        waiting += 1
        cv.wait()
        woken.append(i)
ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for s in ss: s.start()
while True:  # all four are inside wait() once the count is 4 (wait releases the lock)
    with cv:
        if waiting == 4:
            cv.notify(2)
            break
    threading.Event().wait(0.002)
for _ in range(200):
    with cv:
        if len(woken) == 2:
            break
    threading.Event().wait(0.005)
print("after notify(2):", len(woken))
with cv:
    cv.notify_all()
for s in ss: s.join()
print("after notify_all:", sorted(woken))

# wait_for returns the predicate's last value; a timed wait_for that becomes true in time.
flag = {}
fc = threading.Condition()
def setter():
    with fc:
        flag['v'] = 'ready'
        fc.notify_all()
with fc:
    threading.Thread(target=setter).start()
    print("wait_for value:", fc.wait_for(lambda: flag.get('v'), timeout=10))

# An RLock held twice is fully released by wait() and restored after.
r = threading.RLock()
rc = threading.Condition(r)
def poke():
    with rc:
        rc.notify()
with rc:
    with rc:
        threading.Thread(target=poke).start()
        print("rlock wait:", rc.wait(10))
        print("still owned:", r._is_owned())
print("released:", r.acquire(False))
r.release()
