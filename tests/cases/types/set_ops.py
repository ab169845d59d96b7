# Sets and frozensets of small ints (their order is deterministic).
s = {3, 1, 2}
s.add(5)
s.add(1)
print(s, len(s), 2 in s, 7 not in s)
s.discard(7)
s.remove(5)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {10}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {4}
print(sorted(c))
c.update([7, 8], (9,))
print(sorted(c), c.pop() in {1, 4, 7, 8, 9, 10}, len(c))
print(set(), set([1, 1, 2]), set(range(4)), set("aaa"))
fs = frozenset([3, 1, 2])
print(fs, type(fs).__name__, fs | {4}, type(fs | {4}).__name__, fs & {1})
print({fs: "frozen keys work"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset({1, 2, 3})))
print(frozenset() == set(), {1, 2} == frozenset({1, 2}), {frozenset({1}), frozenset({1})})
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print({x % 4 for x in range(20)}, sorted({-1, -5, 3}))
d = a.copy()
d.clear()
print(d, a, repr(set()), repr(frozenset()))
print(sorted({"b", "a", "c"}), len({"x", "y"} | {"y"}))
print(max({4, 9, 2}), min(frozenset({4, 9, 2})), sum({1, 2, 3}))
