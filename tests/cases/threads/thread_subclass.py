# pyrs: modes=gil-both
# Subclasses of Thread overriding run() and __init__; results gathered after join.
import threading

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

class Named(threading.Thread):
    def __init__(self, tag, **kw):
        super().__init__(name="named-" + tag, **kw)
        self.tag = tag
        self.seen_name = None
        self.seen_current = None

    def run(self):
        self.seen_name = threading.current_thread().name
        self.seen_current = threading.current_thread() is self

class CallsSuperRun(threading.Thread):
    def run(self):
        self.before = True
        super().run()
        self.after = True

workers = [Squarer(i) for i in range(6)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print(all(not w.is_alive() for w in workers))

nm = Named("a", daemon=True)
print(nm.name, nm.daemon, nm.tag)
nm.start(); nm.join()
print(nm.seen_name, nm.seen_current)

out = []
c = CallsSuperRun(target=out.append, args=("from target",))
print(c.name)
c.start(); c.join()
print(out, c.before, c.after)

# A run() that never touches _target: target and args are ignored.
class Ignores(threading.Thread):
    def run(self):
        out.append("ignores ran")
i = Ignores(target=out.append, args=("never",))
i.start(); i.join()
print(out)

# Subclass with extra state shared between threads through a lock.
class Adder(threading.Thread):
    total = 0
    lock = threading.Lock()
    def __init__(self, values):
        threading.Thread.__init__(self)
        self.values = values
    def run(self):
        for v in self.values:
            with Adder.lock:
                Adder.total += v

adders = [Adder(range(k * 100, k * 100 + 100)) for k in range(4)]
for a in adders: a.start()
for a in adders: a.join()
print(Adder.total, sum(range(400)))
print(isinstance(adders[0], threading.Thread), type(adders[0]).__name__)
print(repr(adders[0]).replace(str(adders[0].ident), 'IDENT'))

# Forgetting to call Thread.__init__ is caught by start().
class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)
