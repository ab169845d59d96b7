# Dict/set comprehension edge cases.
words = ["apple", "Avocado", "banana", "blueberry", "cherry", "apple"]
by_first = {w[0].lower(): w for w in words}
print(by_first)
lengths = {w: len(w) for w in words}
print(lengths, len(lengths))
print({n % 5 for n in range(20)}, {n * n for n in range(-3, 4)})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({(i, j): i * j for i in range(3) for j in range(i)})
print({k: [x for x in range(k)] for k in range(4) if k % 2})
print({i: {j for j in range(i)} for i in range(3)})
x = 10
print({x: x for x in range(3)}, x)
print({1: "a", 1.0: "b", True: "c"}, {1, 1.0, True}, {0, False, 0.0})
d = dict.fromkeys(["z", "y", "x"], [])
d["z"].append(1)
print(d)
e = {}
e.setdefault("k", []).append(1)
e.setdefault("k", []).append(2)
print(e, e.get("missing"), e.get("missing", 0), e.pop("k"), e.pop("zz", None))
try:
    {}.pop("nope")
except KeyError as err:
    print("KeyError:", err)
try:
    {}["a"]
except KeyError as err:
    print("KeyError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
try:
    {{1}}
except TypeError as err:
    print("TypeError:", err)
m = {"a": 1, "b": 2}
m2 = m | {"b": 3, "c": 4}
m |= {"d": 5}
print(m2, m, list(m.keys() & {"a", "z"}), m.keys() - {"a", "b"})
dd = {i: i for i in range(5)}
for k in list(dd):
    if k % 2:
        del dd[k]
print(dd)
try:
    for k in dd:
        dd[k + 10] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
s = {3, 1, 2}
s2 = frozenset({2, 3, 4})
print(s | s2, s & s2, s - s2, s ^ s2, s <= {1, 2, 3, 4}, s2 > {2}, s.isdisjoint({9}))
print(sorted({c for c in "mississippi"}), frozenset(), set(), {()}, {frozenset({1})})
print(dict(zip("abc", range(3))), dict([("x", 1)], y=2), dict(a=1) == {"a": 1})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(reversed({"a": 1, "b": 2})), list({"a": 1, "b": 2}.values()), {"a": 1}.items())
print(repr({"q": {"r": [1, (2, {"s": None})]}}), {1: {}} == {1: {}}, [{}] * 2)
empty = {k: v for k, v in []}
print(empty, type({}), type({1}), {**{}}, {*()})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))
