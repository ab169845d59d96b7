# del of names/items/slices/attributes, assert, global and nonlocal statements.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("a" in dir() if False else "deleted both")
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("AssertionError with no message:", repr(str(e)))
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y_local = 1
unbound()
