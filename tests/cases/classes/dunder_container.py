# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 2)
g[1, 0] = "#"
g[3, 1] = "@"
print(len(g), g[1, 0], g[0, 0], "#" in g, "%" in g)
for row in g:
    print(row)
del g[1, 0]
print(list(g), "#" in g)
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
print(list(Seq(4)), 20 in Seq(4), 25 in Seq(4))
for v in Seq(2):
    print("legacy iteration", v)
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi, self.cur = lo, hi, lo
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
s = Span(2, 5)
print(next(s), list(s), list(s), sum(Span(0, 5)))
class Sliceable:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ("slice", idx.start, idx.stop, idx.step)
        return ("index", idx)
sl = Sliceable()
print(sl[3], sl[1:2], sl[::3], sl[:, 1] if False else sl[-1])
class Sized:
    def __len__(self):
        return 3
print(len(Sized()), bool(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
