# Keyword arguments, defaults, * and ** unpacking at call sites, trailing commas.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5))
print(f(a=1, c=2, e=5, b=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
print(f(1, *(2, 3), 4, *[5], c=6, **{"d": 7}, x=8))
print(f(
    1,
    2,
    c=3,
))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
def h(*, key="default"):
    return key
print(h(), h(key="given"))
print(max(3, 1, 2), max([3, 1, 2]), max(1, 2, key=lambda v: -v))
print(sorted([3, 1, 2], reverse=True), "%s" % (dict(a=1, b=2),))
kw = {"sep": "|", "end": "!\n"}
print("a", "b", "c", **kw)
def count(*args, **kwargs):
    return len(args), len(kwargs)
print(count(), count(1, 2), count(a=1), count(*range(5), **dict.fromkeys("xyz", 0)))
for bad in ["f(1)", "f(1, c=1, a=2)", "g(1, y=2, z=3)", "h(1)"]:
    try:
        if bad == "f(1)":
            f(1)
        elif bad == "f(1, c=1, a=2)":
            f(1, c=1, a=2)
        elif bad == "g(1, y=2, z=3)":
            g(1, y=2, z=3)
        else:
            h(1)
    except TypeError as e:
        print("TypeError:", e)
