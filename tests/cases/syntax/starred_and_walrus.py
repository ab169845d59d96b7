# Starred expressions in displays, calls and targets; the walrus operator.
a = [1, 2, 3]
b = (4, 5)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4, 5})
print([*range(3), *"ab"])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, "z": 0, **d1})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, 9))
print(f(**d1, **{"q": 7}))
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q = [1]
print(p, q)
(m, n), *o = [(1, 2), 3, 4]
print(m, n, o)
print(*a, sep="-")
print(*[], "only")
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
results = [y for x in data if (y := x * 2) > 6]
print(results, y)
i = 0
while (i := i + 1) < 4:
    print("tick", i)
print((z := 5) + z, z)
def g(v):
    return (w := v * 3) + w
print(g(2))
total = 0
vals = iter([5, 6, 0, 7])
while (v := next(vals)) != 0:
    total += v
print(total)
print([(k, v) for k, v in zip("abc", range(3))])
t = *a, 99
print(t)
