# Properties with setters/deleters, class vs instance attributes.
class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius=0.0):
        self._c = None
        self.celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"too cold: {value}")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit, t.scale, Temperature.instances)
t.celsius = -40
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
t2 = Temperature()
t2.scale = "F"
print(t.scale, t2.scale, Temperature.scale, Temperature.instances, "scale" in vars(t2), "scale" in vars(t))
Temperature.scale = "K"
print(t.scale, t2.scale)
del t2.scale
print(t2.scale)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)

class Shared:
    items = []

    def add(self, x):
        self.items.append(x)

s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, s1.items is Shared.items)
s1.items = ["own"]
print(s1.items, s2.items)

class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count

c = Counter()
print(c.bump(), c.bump(), Counter.count, c.count)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.nothere
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "missing", "default"), hasattr(c, "bump"), hasattr(Counter, "count"))
setattr(c, "dyn", 5)
print(c.dyn, sorted(vars(c)))

class Ro:
    @property
    def x(self):
        return 1

r = Ro()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
