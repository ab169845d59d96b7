# Lambdas (defaults, closures, nesting) and conditional expressions.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
sq = lambda x: x ** 2
print(list(map(sq, range(5))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
star = lambda *a, **k: (a, sorted(k.items()))
print(star(1, 2, z=3, y=4))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
print((lambda: "no args")())
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 5)])
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(max(["aa", "b", "cccc"], key=lambda s: len(s)))
x = 3
y = "big" if x > 2 else "small"
print(y, ("A" if x % 2 else "B") * 2)
print(1 if [] else 2, 3 if [0] else 4, "e" if "" else "f")
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda x: (x, x * 2))(4))
print(type(sq).__name__, sq.__name__)
