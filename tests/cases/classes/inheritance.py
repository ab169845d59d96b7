# Single inheritance, overriding, super(), isinstance/issubclass, class attribute lookup through bases.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), isinstance(p, (int, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)))
print(Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(issubclass(Animal, object), isinstance(p, object))
class Base:
    def __init__(self):
        self.log = ["Base"]
    def template(self):
        return self.hook() + "!"
    def hook(self):
        return "base hook"
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def hook(self):
        return "derived hook"
dd = Derived()
print(dd.log, dd.template(), Base().template())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for sh in (Sq(3), Shape()):
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
class Explicit(Dog):
    def speak(self):
        return Animal.speak(self) + " / " + super(Dog, self).kind()
print(Explicit("ex").speak())
print(type(p).__mro__[1:][0].__name__, Dog.sound, Puppy.sound, Animal.sound)
