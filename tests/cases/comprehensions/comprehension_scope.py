# Comprehension scoping rules: own scope, closures over the loop variable, first iterable evaluated outside.
x = 10
result = [x for x in range(3)]
print(result, x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [[i * j for j in items] for i in items]
print(g())
class C:
    data = [1, 2, 3]
    total = sum([d for d in data])
print(C.total)
def make():
    return [lambda: n for n in range(3)], [lambda n=n: n for n in range(3)]
late, bound = make()
print([h() for h in late], [h() for h in bound])
def counter():
    calls = []
    def src():
        calls.append("src")
        return range(3)
    out = [i for i in src()]
    return out, calls
print(counter())
n = 3
print([n * k for k in range(n)])
def nested_use():
    outer_val = "o"
    return [[outer_val + str(i) + str(j) for j in range(2)] for i in range(2)]
print(nested_use())
gen = (i for i in range(3))
print([v + 1 for v in gen], [v for v in gen])
print([i for i in [i * 2 for i in range(3)]])
z = [w for w in "ab"]
try:
    print(w)
except NameError as e:
    print("NameError:", e)
def walrus_in_comp():
    found = [last := v for v in range(5) if v % 2]
    return found, last
print(walrus_in_comp())
