# Subclassing built-in types: list, dict, int, str, Exception; overriding and extending.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), isinstance(s, list), type(s).__name__, s + [9])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = DefaultDict()
d["a"] += 1
d["b"]
print(d, isinstance(d, dict))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", len(u), u == "hey", type(u + "x").__name__)
class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)
m = Meters(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, isinstance(m, int))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
print(Vec((1, 2)) + Vec((3, 4)), len(Vec((1, 2, 3))))
class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.reads = 0
    def __getitem__(self, i):
        self.reads += 1
        return super().__getitem__(i)
c = Counted([5, 6, 7])
print(c[0], c[2], c.reads, list(c), sorted(c, reverse=True))
class Ordered(dict):
    def first(self):
        return next(iter(self))
o = Ordered(z=1, a=2)
print(o.first(), list(o.items()))
