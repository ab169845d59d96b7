# pyrs: modes=gil-both
# threading.local: per-thread attributes, subclasses with class-level defaults and __init__.
import threading

data = threading.local()
data.x = "main"
seen = {}
def worker(i):
    seen[i, 'has_x'] = hasattr(data, 'x')
    data.x = i
    data.y = i * 10
    seen[i, 'xy'] = (data.x, data.y)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, 'y'))
try:
    data.nope
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, 'x'))
try:
    del data.x
except AttributeError as e:
    print("AttributeError on del:", e)
data.z = 1
print(data.__dict__)

class MyLocal(threading.local):
    number = 2
    initialized = False

    def __init__(self, **kw):
        if self.initialized:
            raise SystemError('__init__ called too many times')
        self.initialized = True
        self.__dict__.update(kw)

    def squared(self):
        return self.number ** 2

mydata = MyLocal(color='red')
print(mydata.number, mydata.color, mydata.squared(), sorted(mydata.__dict__.items()))
mydata.number = 11
log = []
def f():
    items = sorted(mydata.__dict__.items())
    log.append(items)
    log.append(mydata.number)
    mydata.number = 7
    log.append((mydata.number, mydata.squared(), mydata.color))
t = threading.Thread(target=f)
t.start(); t.join()
print(log)
print(mydata.number, mydata.squared())
print(isinstance(mydata, threading.local), type(mydata).__name__)
print(mydata.initialized, hasattr(mydata, 'squared'))
try:
    mydata.missing
except AttributeError as e:
    print("AttributeError:", e)

# Values set in one thread never leak into another; each thread starts fresh.
counter = threading.local()
results = []
def count_up(n):
    counter.total = 0
    for i in range(n):
        counter.total += i
    results.append((n, counter.total))
ts = [threading.Thread(target=count_up, args=(n,)) for n in (10, 100, 1000)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), hasattr(counter, 'total'))

# A plain local takes no constructor arguments.
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
