# Comprehensions with nesting, several conditions, unpacking targets, and mixed container kinds.
pts = [(x, y) for x in range(-2, 3) for y in range(-2, 3) if x != y if x * y >= 0]
print(len(pts), pts[:6])
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print(grid, [v for row in grid for v in row if v % 4 == 0])
print([[v * 10 for v in row if v % 2] for row in grid])
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs))
lookup = {name: [i for i, ch in enumerate(name) if ch in "aeiou"] for name in ("banana", "kiwi", "fig")}
print(lookup)
print([(i, j, k) for i, (j, k) in enumerate([(1, 2), (3, 4)])])
print([a * b for a, b in [(1, 2), (3, 4)] if a + b > 3])
print({k: v for k, v in zip("abcd", range(4)) if v % 2 == 0})
print([x for x in [y * 2 for y in [z + 1 for z in range(4)]] if x > 4])
print(sum(1 for row in grid for v in row if v > 4), max(v for row in grid for v in row))
words = ["Hello", "World", "Python", "is", "Fun"]
print({w[0].lower(): w for w in words}, [w for w in words if len(w) > 2 and w.istitle()])
print([c * n for c, n in zip("abc", range(1, 4))], ["".join(sorted(w.lower())) for w in words])
print([i if i % 3 else "fizz" for i in range(1, 10)])
print(dict((k, [j for j in range(k)]) for k in range(3)))
print([[y for y in range(x, x + 2)] for x in range(0, 6, 2)], list({x % 3: x for x in range(10)}.items()))
