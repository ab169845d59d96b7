# pyrs: modes=gil-both
# Timer: fires after its interval with args/kwargs; cancel() before it fires stops it.
import threading
import time

fired = []
def cb(*args, **kwargs):
    fired.append((args, kwargs, threading.current_thread().name))

t = threading.Timer(0.02, cb, args=(1, 2), kwargs={'k': 'v'})
print(isinstance(t, threading.Thread), t.interval, t.is_alive())
print(t.name)
t0 = time.monotonic()
t.start()
t.join()
elapsed = time.monotonic() - t0
print(fired, elapsed >= 0.015)

# Cancelled before it fires: nothing happens, the thread ends quickly.
c = threading.Timer(10, cb, args=("never",))
c.start()
c.cancel()
t0 = time.monotonic()
c.join()
print(fired[-1][0], time.monotonic() - t0 < 5, c.finished.is_set())

# Cancelling a timer that already fired is harmless.
t.cancel()
print(t.finished.is_set())

# Cancelling before start: start runs and ends without calling.
n = threading.Timer(0, cb, args=("not called",))
n.cancel()
n.start(); n.join()
print(len(fired))

# Several timers with different intervals; the order they fire in follows the intervals.
order = []
lock = threading.Lock()
def mark(x):
    with lock:
        order.append(x)
timers = [threading.Timer(d, mark, args=(d,)) for d in (0.15, 0.0, 0.3)]
for tm in timers: tm.start()
for tm in timers: tm.join()
print(order)

# Default args and kwargs; a Timer can be a daemon; a subclass can override run via function.
d = threading.Timer(0.01, lambda: fired.append("daemon timer"))
d.daemon = True
print(d.args, d.kwargs, d.daemon)
d.start(); d.join()
print(fired[-1])

class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
count = []
rep = Repeat(0.01, lambda: count.append(1) if len(count) < 3 else rep.cancel())
rep.start(); rep.join()
print(len(count), rep.finished.is_set())
