# *args and **kwargs: collection, forwarding, unpacking, ordering of kwargs.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3, y=4))
print(collect(*"ab", **{"k": 1}))
def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(forward(1, z=2))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(10)), total(1, *[2, 3], 4))
def describe(first, *rest, sep=", ", **opts):
    out = first + ": " + sep.join(str(r) for r in rest)
    for k in opts:
        out += " [" + k + "=" + str(opts[k]) + "]"
    return out
print(describe("nums", 1, 2, 3))
print(describe("opts", sep="|", b=2, a=1))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
print(type(collect()[0]).__name__, type(collect()[1]).__name__)
def apply(f, *a, **k):
    return f(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1))
try:
    collect(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def defaults_and_star(a, b=5, *args):
    return a, b, args
print(defaults_and_star(1), defaults_and_star(1, 2, 3))
args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a * 100 + b * 10 + c
print(abc(*args, **kwargs), abc(*args, c=9), abc(c=1, *args))
