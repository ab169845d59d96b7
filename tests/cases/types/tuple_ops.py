# Tuples: packing, unpacking, methods, immutability, comparison, hashing.
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t[1:4], t[::-1])
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, 2 in t, 9 not in t)
a, b, c = (1, 2, 3)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(repr((1, "two", 3.0, None)), str(("a",)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)))
pairs = list(zip((1, 2, 3), "abc"))
print(pairs, list(zip(*pairs)))
def multi():
    return 1, "two", [3]
r = multi()
print(type(r).__name__, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(tuple(x * x for x in range(4)), (1, 2, 3)[-1])
