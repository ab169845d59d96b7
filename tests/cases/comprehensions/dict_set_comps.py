# Dict and set comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(30)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({i: {j: i + j for j in range(2)} for i in range(2)})
print({n for n in range(10)} - {n for n in range(0, 10, 2)})
print({frozenset({x, x + 1}) for x in range(2)} == {frozenset({0, 1}), frozenset({1, 2})})
inv = {v: k for k, v in enumerate("abcab")}
print(inv)
print(dict(sorted({k: -k for k in range(4)}.items(), key=lambda kv: kv[1])))
print(len({i // 3 for i in range(30)}), sorted({abs(i) for i in range(-3, 4)}))
nested = {k: [v for v in range(k)] for k in range(4)}
print(nested, sum(len(v) for v in nested.values()))
print({k: v for k, v in [("x", 1), ("x", 2), ("y", 3)]})
