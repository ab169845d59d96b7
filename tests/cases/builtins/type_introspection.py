# type, isinstance, issubclass, hasattr/getattr/setattr/delattr, callable, id (only compared), hash, repr, object.
class A:
    x = 1
class B(A):
    pass
b = B()
print(type(b) is B, type(b) == A, type(3), type("s"), type(None), type(type), type(A))
print(type(1).__name__, type(1.0).__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__)
print(type(range(1)).__name__, type(len).__name__, type(lambda: 0).__name__, type(b).__name__)
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(b, (int, A)), issubclass(B, A), issubclass(B, (str, A)))
print(hasattr(b, "x"), getattr(b, "x"), getattr(b, "nope", None))
setattr(b, "y", 2)
print(b.y, getattr(b, "y"))
delattr(b, "y")
print(hasattr(b, "y"))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(A), callable(b), callable("s"), callable(lambda: 0))
u, v = object(), object()
print(id(u) == id(u), id(u) != id(v), u is not v, u == u, u != v)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(repr(1), repr("s"), repr([1, "a"]), repr(None), repr(1.5), repr((1,)), repr(b"x"))
print(type(object()).__name__, isinstance(A, type), isinstance(type, object), object.__name__)
T = type("T", (A,), {"z": 3})
print(T.__name__, T.z, T.x, issubclass(T, A))
print(int.__name__, str.__name__, list.__name__, dict.__name__, bool.__name__, type(...).__name__)
print(isinstance(1, bool), isinstance(True, bool), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
class WithRepr:
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr()), ascii(WithRepr()))
print(len("abc"), len([1, 2]), len({1: 1}), len(range(5)), len(b"ab"), len(frozenset()))
print(getattr([], "append").__name__, getattr(str, "upper")("x"))
