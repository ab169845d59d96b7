# Classes: __init__, instance vs class attributes, methods, bound methods, __dict__-free introspection.
class Point:
    dims = 2
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(3, 4)
q = p.moved(1, 1)
print(p, q, p.norm2(), q.norm2(), Point.count, p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(p.dims, q.dims)
m = p.norm2
print(m(), Point.norm2(q))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
print(Point.__name__, p.__class__.__name__, hasattr(p, "x"), hasattr(p, "z"))
setattr(p, "z", 9)
print(getattr(p, "z"), getattr(p, "w", "default"))
delattr(p, "z")
print(hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
print(e.anything, type(e).__name__)
class WithClassCounter:
    instances = []
    def __init__(self, name):
        self.name = name
        self.instances.append(name)
WithClassCounter("a"); WithClassCounter("b")
print(WithClassCounter.instances)
print(sorted(vars(Point(1, 2)).items()), sorted(Point(5).__dict__))
