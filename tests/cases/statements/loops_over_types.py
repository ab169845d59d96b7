# Iterating over every iterable type; modifying while iterating; enumerate/zip in loops.
for ch in "hi":
    print("str", ch)
for item in (1, 2):
    print("tuple", item)
for k in {"a": 1, "b": 2}:
    print("dict key", k)
for v in {"a": 1, "b": 2}.values():
    print("dict value", v)
for n in {3, 1, 2}:
    print("set", n)
for b in b"AB":
    print("bytes", b)
for r in range(3, 0, -1):
    print("range", r)
for i, (a, b) in enumerate(zip("xyz", [10, 20, 30]), start=1):
    print(i, a, b)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for c in Countdown(3):
    print("countdown", c)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
grow = [1]
for g in grow:
    if g < 5:
        grow.append(g + 1)
print(grow)
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skipping", next(it))
    print("got", x)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for val in row:
        print(val, end=" ")
    print()
print(sum(val for row in matrix for val in row))
for _ in range(2):
    for _ in range(2):
        pass
print("end", _)
