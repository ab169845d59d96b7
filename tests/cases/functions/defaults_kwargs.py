# Default values (evaluated once), keyword arguments, keyword-only and positional-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def captured(v=n):
    return v
n = 20
print(captured())
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=5))
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
print(greet.__name__, greet.__defaults__, kwonly.__kwdefaults__)
errors = [
    lambda: greet(),
    lambda: greet("a", "b", "c", "d"),
    lambda: greet("a", nme="x"),
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: posonly(1, b=2, c=3, d=4),
    lambda: greet("a", name="b"),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, 5, c=6, e=7))
def doc():
    """The docstring."""
    return doc.__doc__
print(doc())
