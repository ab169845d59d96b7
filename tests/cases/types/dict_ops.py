# Dicts: insertion order, every common method, views, comparison, errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 99), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "missing"), d)
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d)
print(d.popitem(), d)
del d["a"]
print(d)
k = d.keys()
d["new"] = 1
print(list(k), len(k))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {1: 2} != {1: 3})
c = d.copy()
c.clear()
print(c, len(d) > 0)
print({i: i * i for i in range(5)})
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
print({(1, 2): "tuple key", None: "none key", "s": "str"}[(1, 2)])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for key in d:
        d["another"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
x = {"a": 1, "b": 2}
x.pop("a")
x["a"] = 3
print(x, list(reversed(x)), sorted(x, reverse=True))
print({**x, "b": 0} | {"z": 9}, dict(sorted({3: 1, 1: 2}.items())))
print(repr({"q": [1, {"r": (2,)}]}), str({}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
for k, v in x.items():
    print(k, "->", v)
