# pyrs: modes=gil-both
# threading.local subclasses: defaults from the class body, inheritance, properties, methods,
# __init__ run once per thread with the constructor's arguments.
import threading

class Base(threading.local):
    level = 0
    tags = ()

    def __init__(self, start, step=1):
        self.count = start
        self.step = step
        self.inits = getattr(self, 'inits', 0) + 1

    def bump(self):
        self.count += self.step
        return self.count

class Child(Base):
    level = 1
    extra = 'child'

    @property
    def doubled(self):
        return self.count * 2

    @property
    def settable(self):
        return self.__dict__.get('_settable', 'unset')

    @settable.setter
    def settable(self, v):
        self.__dict__['_settable'] = 'via setter: %s' % v

c = Child(10, step=5)
print(c.count, c.step, c.inits, c.level, c.extra, c.tags, c.doubled)
print(c.bump(), c.bump(), c.doubled)
c.level = 99
c.settable = 'main'
print(c.level, c.settable, sorted(c.__dict__))

out = []
def in_thread(tag):
    # A fresh thread: __init__(10, step=5) runs again, defaults come back.
    out.append((tag, c.count, c.step, c.inits, c.level, c.extra, c.settable))
    c.level = tag
    c.count = 100 * tag
    out.append((tag, c.bump(), c.level, c.doubled))
    del c.level
    out.append((tag, c.level))
ts = [threading.Thread(target=in_thread, args=(i,)) for i in (1, 2, 3)]
for t in ts: t.start()
for t in ts: t.join()
for o in sorted(out):
    print(o)
print(c.count, c.level, c.settable)
del c.level
print(c.level)
try:
    del c.level
except AttributeError:
    print("AttributeError: level not set in this thread")

b = Base(3)
print(b.count, b.level, isinstance(c, Base), isinstance(b, Child))
def other():
    out.append(('b', b.count, b.bump()))
t = threading.Thread(target=other); t.start(); t.join()
print(out[-1], b.count)

try:
    c.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
