# Attribute/method/constructor sites are cached per site; every change below must be seen.
class A:
    def __init__(self, v):
        self.v = v
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        return "B.m"

def read(o):
    return o.v
def call(o):
    return o.m()
def make(c):
    return c(1)

a, b = A(1), B(2)
fresh = [A(5), B(6)]
out = []
for i in range(6):
    out.append((read(a), read(b), call(a), call(b)))
    if i == 1:
        A.m = lambda self: "patched"
    if i == 2:
        a.m = lambda: "instance"
    if i == 3:
        del a.m
        a.__class__ = B
    if i == 4:
        A.v = property(lambda self: "prop")
print(out)
print([read(x) for x in fresh], type(a).__name__)

class C:
    def __init__(self, x):
        self.x = x
objs = [make(C) for _ in range(3)]
def newinit(self, x):
    self.x = x * 10
C.__init__ = newinit
objs.append(make(C))
print([o.x for o in objs])

class Slot:
    pass
s = Slot()
for k in range(4):
    s.a = k
    s.b = k * 2
    if k == 2:
        del s.a
        s.a = -1
print(s.a, s.b, sorted(vars(s).items()))
