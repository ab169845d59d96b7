# __repr__, __str__, __eq__, __ne__, __lt__ and friends, __hash__, used by builtins and containers.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return "Card(%r, %r)" % (self.rank, self.suit)
    def __str__(self):
        return "%s of %s" % (self.rank, self.suit)
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash((self.rank, self.suit))
a, b, c = Card(2, "hearts"), Card(10, "spades"), Card(2, "hearts")
print(a, repr(a), str(b), [a, b], (a,), {"k": a})
print(f"{a} {a!r}", "%s %r" % (a, a), "{} {!r}".format(a, a))
print(a == c, a != c, a is c, a == b, a == 5, 5 == a, a != "x")
print(a < b, b > a, a <= c, b >= a, sorted([b, a, c]))
print(len({a, b, c}), {a: "first"}[c], a in [b, c], hash(a) == hash(c))
print(max(a, b), min([b, a]))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(str(o), "%s" % o, repr(o).startswith("<"))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
try:
    Card(1, "a") < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(Rev(1) < Rev(2), sorted([Rev(3), Rev(1), Rev(2)], reverse=True))
try:
    Rev(1) <= Rev(2)
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1))
