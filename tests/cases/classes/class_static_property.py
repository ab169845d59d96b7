# classmethod, staticmethod, property (getter/setter/deleter), alternative constructors.
class Temperature:
    scale = "C"
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temperature.from_f(212).celsius, Temperature.valid(-500), t.valid(10))
class Kelvin(Temperature):
    scale = "K"
print(Kelvin.describe(), Temperature.describe(), type(Kelvin.from_f(32)).__name__)
print(isinstance(Temperature.__dict__["valid"], staticmethod), type(Temperature.fahrenheit).__name__)
class Counter:
    _n = 0
    @classmethod
    def bump(cls):
        cls._n += 1
        return cls._n
class Sub(Counter):
    pass
print(Counter.bump(), Counter.bump(), Sub.bump(), Counter._n, Sub._n)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
p = property(lambda self: "manual")
class Manual:
    x = p
print(Manual().x)
