# pyrs: modes=gil-both
# Thread(target, args, kwargs, name, daemon): start, join, is_alive, names, ident, repr.
import threading

results = []

def work(a, b=0, *, scale=1):
    results.append((a + b) * scale)

def noop():
    pass

# Default names: the counter is process-global and this is a fresh process.
t1 = threading.Thread(target=work, args=(1,))
print(t1.name)
t2 = threading.Thread(target=work, args=(2, 3), kwargs={'scale': 10})
print(t2.name)
t3 = threading.Thread(target=lambda: None)
print(t3.name)
t4 = threading.Thread()
print(t4.name)
t5 = threading.Thread(target=work, args=(5,), name="worker-five")
print(t5.name)
print(repr(t1))
print(t1.ident, t1.native_id, t1.is_alive(), t1.daemon)

for t in (t1, t2, t3, t4, t5):
    t.start()
for t in (t1, t2, t3, t4, t5):
    t.join()
print(sorted(results))
print(t1.is_alive(), type(t1.ident) is int, type(t1.native_id) is int)
print(repr(t1).replace(str(t1.ident), 'IDENT'))
print(t1.ident != threading.get_ident())

# join(timeout) on a finished thread returns at once; join returns None.
print(t2.join(0.5), t2.join(timeout=0))

# daemon flag: constructor, attribute, inherited from the creating thread.
d = threading.Thread(target=noop, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.daemon = True
print(repr(d))
d.start(); d.join()
print(repr(d).replace(str(d.ident), 'IDENT'))

inherited = []
def spawn_child():
    c = threading.Thread(target=noop, name="child")
    inherited.append(c.daemon)
dd = threading.Thread(target=spawn_child, daemon=True)
dd.start(); dd.join()
nd = threading.Thread(target=spawn_child)
nd.start(); nd.join()
print(inherited)

# Renaming a thread; a non-string name is converted with str().
n = threading.Thread(target=noop, name=42)
print(repr(n.name))
n.name = "renamed"
print(n.name, repr(n))

# A thread that is still running: is_alive and join(timeout) that times out.
ev = threading.Event()
w = threading.Thread(target=ev.wait, name="waiter")
w.start()
print(w.is_alive())
w.join(0.05)
print(w.is_alive())
ev.set()
w.join()
print(w.is_alive())

# kwargs and args passed through to run as given
got = {}
def collect(*args, **kwargs):
    got['args'] = args
    got['kwargs'] = kwargs
k = threading.Thread(target=collect, args=[1, 2], kwargs=dict(x=3))
k.start(); k.join()
print(got)
