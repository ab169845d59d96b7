# Arithmetic dunders: binary, reflected, in-place, unary, NotImplemented fallback, __call__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%s, %s)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift %d" % n
    def __rshift__(self, n):
        return "rshift %d" % n
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a @ b, a & b, a | b, a ^ b, a << 2, a >> 1)
c = a
c += b
print(c, a, c is a)
d = V(0, 0)
d -= V(1, 1)
print(d)
print(sum([a, b], V(0, 0)), bool(V(0, 0)), bool(a), a == V(4, 6))
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" - a
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        return Money(self.cents + other)
    def __repr__(self):
        return "Money(%d)" % self.cents
print(5 + Money(10), sum([Money(1), Money(2)], 0) if False else sum([], Money(7)))
class Poly:
    def __init__(self, *c):
        self.c = c
    def __call__(self, x):
        return sum(k * x ** i for i, k in enumerate(self.c))
    def __len__(self):
        return len(self.c)
p = Poly(1, 0, 2)
print(p(3), [p(i) for i in range(4)], len(p), callable(p))
