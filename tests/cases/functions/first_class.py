# Functions as values: attributes, passing, returning, storing in containers, higher-order builtins.
def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {"sq": square, "cube": cube, "neg": lambda x: -x}
print({k: f(3) for k, f in ops.items()})
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(6))))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(square, cube)(2), compose()(7), compose(str, square)(4))
print(square.__name__, ops["neg"].__name__, callable(square), callable(3))
square.tag = "custom attribute"
print(square.tag)
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
funcs = [square, cube]
print([f(2) for f in funcs], sorted(funcs, key=lambda f: f(3), reverse=True)[0].__name__)
def returns_many():
    return
print(returns_many())
def pipeline(data, *stages):
    for s in stages:
        data = s(data)
    return data
print(pipeline(range(10), lambda d: [x for x in d if x % 3], sum, str))
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return self.k * x
print(list(map(Multiplier(3), [1, 2])), callable(Multiplier(2)))
m = Multiplier(5).__call__
print(m(2))
bound = "a-b-c".split
print(bound("-"), type(bound).__name__ in ("builtin_function_or_method", "method"))
print(sorted(["b", "C", "a"], key=str.lower), max([1, -5, 3], key=abs))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
