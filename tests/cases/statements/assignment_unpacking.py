# Assignment forms: chained, tuple/list targets, nested, starred, swap, subscript/attribute targets.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = (3, 4)
print(p, q)
(r, s), [t, u] = "ab", (5, 6)
print(r, s, t, u)
head, *body, tail = range(7)
print(head, body, tail)
*front, = "xyz"
print(front)
a1, (b1, *c1), d1 = 1, (2, 3, 4), 5
print(a1, b1, c1, d1)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
i = 0
i, lst[i] = 1, "changed"
print(i, lst)
class O:
    pass
o = O()
o.x, o.y = 10, 20
print(o.x, o.y)
d = {}
d["k"], d["j"] = 1, 2
print(d)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for (m, n), z in [((1, 2), 3), ((4, 5), 6)]:
    print(m + n + z)
for idx, (first, *others) in enumerate(["abc", "de"]):
    print(idx, first, others)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f, g = "ab"
except ValueError as err:
    print("ValueError:", err)
try:
    e, *f, g = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f = 5
except TypeError as err:
    print("TypeError:", err)
n1 = n2 = []
n1.append(1)
print(n2)
