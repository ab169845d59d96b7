# Unpacking with starred targets in assignments and for loops.
rows = [(1, 2, 3, 4), (5, 6), (7, 8, 9)]
for first, *rest in rows:
    print(first, rest)
for *init, last in rows:
    print(init, last)
for a, *mid, z in rows:
    print(a, mid, z)
for i, (x, *ys) in enumerate(rows, start=1):
    print(i, x, ys)
head, *tail = "hello"
print(head, tail)
*_, penultimate, _ = range(5)
print(penultimate)
(a, b), c = "xy", 3
print(a, b, c)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
d = {"a": 1, "b": 2}
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
first, *middle, last = [1]  if False else [1, 2]
print(first, middle, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
merged = [*range(3), *"ab", *{"k": 1}]
print(merged, (*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), x=1, **{"y": 2}))
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys, list(zip(*zip(*points))))
for (a, b), c in zip(points, "abc"):
    print(a + b, c, end="; ")
print()
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(r) for r in matrix])
for n, (k, *vs) in enumerate([["x", 1, 2], ["y"]]):
    print(n, k, vs)
