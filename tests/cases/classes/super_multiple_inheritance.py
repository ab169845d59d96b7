# Multiple inheritance with cooperative super().
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        super().__init__()

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name="?", **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)

    def describe(self):
        return ["Named"] + super().describe()


class Aged(Base):
    def __init__(self, age=0, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)

    def describe(self):
        return ["Aged"] + super().describe()


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)

    def describe(self):
        return ["Person"] + super().describe()


p = Person(name="Ann", age=30, extra=1)
print(p.describe(), p.name, p.age)
print([c.__name__ for c in Person.__mro__])
print(isinstance(p, (Aged, int)), issubclass(Person, Base), Person.__bases__)

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who(), super(B, D()).who(), super(C, D()).who())

class Shape:
    sides = 0

    def __str__(self):
        return f"{type(self).__name__} with {self.sides} sides"

    def __repr__(self):
        return f"<{type(self).__name__}>"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return "unit"

class Tri(Shape):
    sides = 3

class Sq(Shape):
    sides = 4

    def __str__(self):
        return "Square! " + super().__str__()

shapes = [Tri.make(), Sq.make(), Shape()]
print(shapes)
print([str(s) for s in shapes], str(shapes[0]), Sq.unit(), Sq().unit())
print({"k": Tri()}, (Sq(),), f"{Tri()}", f"{Tri()!r}", "%s %r" % (Sq(), Sq()))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Meta, tag="child"):
    pass

class Other(Meta):
    pass

print(Child.tag, Other.tag)
