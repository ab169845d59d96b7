# functools: reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering.
import functools
from functools import reduce, partial, lru_cache, wraps
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1010"), int2("11", base=3))
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func is power, square.keywords, partial(power, 2).args)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info().hits, sq.cache_info().misses)
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("logged", fn(*args, **kwargs))
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
def compare_len(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare_len)))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), Version(1, 2) >= Version(1, 1), Version(1, 0) > Version(2, 0), max(vs))
@lru_cache
def plain_cached(x):
    return x * 3
print(plain_cached(4), plain_cached(4), plain_cached.cache_info().hits)
