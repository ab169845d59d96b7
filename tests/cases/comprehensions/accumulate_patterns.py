# Common data-processing idioms with comprehensions: transpose, flatten, group, invert, filter-map.
rows = [("ann", "math", 90), ("bob", "math", 72), ("ann", "art", 85), ("cy", "art", 60), ("bob", "art", 95)]
students = sorted({r[0] for r in rows})
subjects = sorted({r[1] for r in rows})
print(students, subjects)
table = {s: {sub: next((g for n, su, g in rows if n == s and su == sub), None) for sub in subjects} for s in students}
print(table)
avg = {s: sum(g for n, _, g in rows if n == s) / len([1 for n, _, _ in rows if n == s]) for s in students}
print(avg)
best = {sub: max((g, n) for n, su, g in rows if su == sub)[1] for sub in subjects}
print(best)
matrix = [[1, 2, 3, 4], [5, 6, 7, 8]]
print([list(col) for col in zip(*matrix)], [x for row in matrix for x in row][::3])
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
passed = [n for n, _, g in rows if g >= 75]
print(passed, len(set(passed)))
squares = {n: n * n for n in range(1, 6)}
print([k for k, v in squares.items() if v % 2], sum(squares.values()))
text = "the rain in spain falls mainly on the plain"
print(sorted({w: text.split().count(w) for w in text.split()}.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print([len(w) for w in text.split() if "ain" in w], {len(w) for w in text.split()} == {2, 3, 4, 5, 6})
