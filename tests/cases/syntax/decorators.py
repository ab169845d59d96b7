# Decorators: plain, with arguments, stacked, on methods and classes.
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("bob"))

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def one():
    return 1
print(one())

def tag(label):
    def deco(fn):
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def base():
    return "x"
print(base())

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Widget:
    pass

@register
class Gadget:
    pass
print(registry, Widget.registered)

calls = {}
def counted(fn):
    def wrapper(*args):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args)
    return wrapper

class Math:
    @counted
    def double(self, x):
        return 2 * x
    @staticmethod
    @counted
    def triple(x):
        return 3 * x

m = Math()
print(m.double(4), m.double(5), Math.triple(2))
print(sorted(calls.items()))
decorators = [shout]
@decorators[0]
def via_subscript():
    return "subscript"
print(via_subscript())
