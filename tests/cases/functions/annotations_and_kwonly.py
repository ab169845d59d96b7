# Annotations are accepted (and not enforced); keyword-only and positional-only mixes; defaults referencing earlier names.
def area(width: float, height: float = 1.0) -> float:
    return width * height
print(area(3), area(2, 5), area(width=2.5))
def tagged(name: str, *items: int, sep: str = ",", **extra: bool) -> str:
    return name + ":" + sep.join(map(str, items)) + str(sorted(extra))
print(tagged("n", 1, 2, 3), tagged("e", sep="|"), tagged("k", 1, flag=True))
print(area("ab", 2))
x: int = 5
y: list
print(x)
def pos_kw(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(pos_kw(1, 2, 3, e=5), pos_kw(1, 2, c=3, d=0, e=5, f=7))
def kwargs_only(**kw):
    return sorted(kw.items())
print(kwargs_only(), kwargs_only(b=1, a=2))
def defaults_chain(a, b=None, c=None):
    b = a if b is None else b
    c = b * 2 if c is None else c
    return a, b, c
print(defaults_chain(1), defaults_chain(1, 5), defaults_chain(1, c=0))
def count_args(*args, **kwargs):
    return "%d positional, %d keyword" % (len(args), len(kwargs))
print(count_args(*range(3), **{"x": 1, "y": 2}))
class Typed:
    value: int = 0
    def method(self, k: int) -> "Typed":
        self.value += k
        return self
print(Typed().method(3).method(4).value)
for bad in (lambda: pos_kw(1, 2, 3), lambda: pos_kw(a=1, b=2, c=3, e=4), lambda: kwargs_only(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
