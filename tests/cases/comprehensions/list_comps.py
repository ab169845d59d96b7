# List comprehensions: filters, nesting, multiple for clauses, conditional expressions, scoping.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([row[i] for i in range(3) for row in [[1, 2, 3], [4, 5, 6]]])
print([c for word in ["hi", "yo"] for c in word if c != "o"])
print([len(w) for w in "the quick brown fox".split()])
x = "outer"
print([x for x in range(3)], x)
print([i for i in range(10) if i > 2 if i < 7])
print([(lambda v: v + 1)(i) for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v % 2])
print([sum(row) for row in matrix], sum([sum(r) for r in matrix]))
print([s.upper() for s in ["a", "b"]] + [str(n) for n in (1, 2)])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([[y for y in range(x)] for x in range(4)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k, v in sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])])
class Scope:
    base = 10
    vals = [base + i for i in range(2)] if False else [1, 2]
    doubled = [v * 2 for v in vals]
print(Scope.doubled)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
