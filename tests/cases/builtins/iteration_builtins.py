# enumerate, zip, map, filter, iter, next, reversed, sorted, any, all, range, len.
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 2), (3, 4)])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isupper, "aBcD")))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
print(any([]), any([0, 0, 1]), all([]), all([1, 2, 0]), any(x > 2 for x in [1, 2, 3]))
calls = []
def check(v):
    calls.append(v)
    return v
any(check(v) for v in [0, 0, 5, 0, 7])
print("any short-circuits:", calls)
calls.clear()
all(check(v) for v in [1, 2, 0, 3])
print("all short-circuits:", calls)
print(sorted("Hello World", key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({3: "c", 1: "a"}), sorted([3, 1, 2], key=None, reverse=True))
data = [("bob", 25), ("ann", 30), ("cy", 25)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: (-p[1], p[0])))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
b = Bag(3, 1, 2)
print(sorted(b), list(b), len(b), max(b), sum(b), list(enumerate(b)), 2 in b)
def sentinel_source():
    vals = [1, 2, 0, 4]
    return lambda: vals.pop(0)
print(list(iter(sentinel_source(), 0)))
print(list(zip(range(3), reversed(range(3)))), dict(zip("abc", map(ord, "abc"))))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from next on empty")
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
