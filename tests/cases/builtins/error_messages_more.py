# CPython's messages for divmod() operand errors, zip() of a non-iterable, math.factorial(float)
import math
cases = [
    lambda: divmod("a", 1),
    lambda: divmod(1.5, [1]),
    lambda: divmod(1, "a"),
    lambda: zip(1),
    lambda: zip([1], 2),
    lambda: math.factorial(1.5),
    lambda: math.factorial(2.0),
    lambda: math.factorial(-1),
    lambda: math.factorial("a"),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, "|", e)
print(divmod(7, 2), divmod(-7.5, 2), math.factorial(5))
class X:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", type(o).__name__)
class Y:
    def __divmod__(self, o): return NotImplemented
print(divmod(X(), 1), divmod(1, X()), divmod(Y(), X()))
try:
    divmod(Y(), 1)
except TypeError as e:
    print(e)
