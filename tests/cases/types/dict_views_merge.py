# dict views (dynamic, set-like), |, |=, reversed, equality of views, dict from views.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(ks), list(vs), list(its), len(ks))
print(ks & {"a", "z"}, sorted(ks | {"z"}), sorted(ks - {"a"}), ks ^ {"a", "q"} == {"b", "c", "d", "q"})
print(("a", 1) in its, ("a", 2) in its, "a" in ks, 4 in vs)
print(d.keys() == {"a", "b", "c", "d"}, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
e = {"x": 0} | d
print(e)
e |= {"x": 9, "y": 10}
print(e)
e |= [("z", 26)]
print(e)
print(dict(its) == d, sorted(d.items(), key=lambda kv: -kv[1]))
m = dict.fromkeys(range(5), "v")
for k in list(m):
    if k % 2:
        del m[k]
print(m)
try:
    {} | [("a", 1)]
except TypeError as e2:
    print("TypeError:", e2)
nested = {"outer": {"inner": [1, 2]}}
copy = dict(nested)
copy["outer"]["inner"].append(3)
print(nested, copy is nested, copy == nested)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print({1: "a", 2: "b"}.items() == {2: "b", 1: "a"}.items(), list({}.items()))
