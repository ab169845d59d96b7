# Protocol fallbacks: reflected comparisons, __ne__ from __eq__, __contains__ via __iter__,
# __hash__ = None after __eq__, __bool__ via __len__, NotImplemented on both sides.
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Num) and self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return "Num(%d)" % self.v
a, b = Num(1), Num(2)
print(a == Num(1), a != Num(1), a != b, b > a, a < b, Num(3) > Num(2))
print(Num.__hash__ is None)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Bag:
    def __init__(self, *xs):
        self.xs = xs
    def __iter__(self):
        return iter(self.xs)
print(2 in Bag(1, 2, 3), 9 in Bag(1, 2), 9 not in Bag())
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(1) else "no")
class Left:
    def __add__(self, other):
        return NotImplemented
class Right:
    def __radd__(self, other):
        return "Right.__radd__ handled it"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        return "custom truthy"
print(Eq() == 1, 1 == Eq(), Eq() != 1)
class Sub(Num):
    def __lt__(self, other):
        return "Sub.__lt__"
    def __gt__(self, other):
        return "Sub.__gt__"
print(Num(1) < Sub(2), Sub(2) < Num(1))
print(sorted([Num(3), Num(1), Num(2)]), max(Num(5), Num(7)), min([Num(4), Num(0)]))
