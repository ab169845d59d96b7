# __str__/__repr__ inheritance and fallbacks, super().__repr__(), repr inside containers,
# format() with and without __format__, printing exceptions subclasses.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
class Child(Base):
    pass
class Pretty(Base):
    def __str__(self):
        return "pretty " + str(self.v)
class Wrapped(Base):
    def __repr__(self):
        return "<" + super().__repr__() + ">"
for o in (Base(1), Child("x"), Pretty([1]), Wrapped(2.5)):
    print(str(o), "|", repr(o), "|", [o], "|", f"{o}", "|", "%s/%r" % (o, o), "|", format(o, ""))
print({"k": Pretty(0)}, (Child(None),), {Child(3).v})
class MyError(Exception):
    pass
class Detailed(Exception):
    def __str__(self):
        return "detailed: " + ", ".join(map(str, self.args))
for e in (MyError("m"), MyError("a", 1), MyError(), Detailed("x", 2)):
    print(str(e), "|", repr(e), "|", e.args)
try:
    format(Base(1), "^10")
except TypeError as e:
    print("TypeError:", e)
class Fmt(Base):
    def __format__(self, spec):
        return format(self.v, spec) + "!"
print(f"{Fmt(3.14159):.2f}", "{:>6}".format(Fmt(7)), format(Fmt("s"), "<3"))
