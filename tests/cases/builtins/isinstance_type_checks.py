# isinstance/issubclass with tuples, type(), bool/int relations, duck typing.
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, 3j, range(2), len]
for v in values:
    kinds = []
    if isinstance(v, (int, float, complex)):
        kinds.append("number")
    if isinstance(v, (str, bytes)):
        kinds.append("text")
    if isinstance(v, (list, tuple, range)):
        kinds.append("sequence")
    if isinstance(v, bool):
        kinds.append("bool")
    if callable(v):
        kinds.append("callable")
    print(type(v).__name__, kinds)
print(isinstance(True, int), type(True) is int, type(True) == bool, isinstance(1, bool))
print(isinstance(1, ((str, float), (list, int))), isinstance([], ()), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
p = Puppy()
print(isinstance(p, Animal), type(p) is Dog, type(p).__name__, type(p).__mro__[1].__name__)
print(issubclass(Puppy, (int, Animal)), issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(Dog, object))
print(type(p) in (Dog, Puppy), [cls.__name__ for cls in Puppy.__bases__])
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), type(type).__name__)
print(type(1) is int, type("") is str, type([]) is list, type(()).__name__, type({}).__name__)
print(isinstance(None, type(None)), type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, str) and x.isdigit():
        return "digit-str"
    elif hasattr(x, "__iter__"):
        return "iterable"
    return "other"
print([describe(x) for x in (True, 0, "12", "ab", [1], 2.5, {})])
print(int.__name__, str.__qualname__, Puppy.__qualname__, Puppy.__module__)
print(type("Dyn", (Dog,), {"x": 1})().x, type("Dyn", (), {}).__name__)
print(callable(Dog), callable(p), callable("x"), callable(str.upper))
