# Higher-order functions: map/filter/sorted with keys, function factories, currying, memoization by dict.
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
add = curry(lambda x, y: x + y)
print(add(2)(3), list(map(add(10), [1, 2, 3])))
def pipeline(*fs):
    def run(v):
        for f in fs:
            v = f(v)
        return v
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "), list(map(clean, [" A B ", "c"])))
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_age = {}
for name, age, _ in people:
    by_age.setdefault(age, []).append(name)
print(by_age)
print(list(filter(lambda p: p[2] == "nyc", people)), list(map(lambda p: p[0].title(), people)))
def counter_factory(start=0, step=1):
    state = [start]
    def nxt():
        v = state[0]
        state[0] += step
        return v
    return nxt
c = counter_factory(10, 5)
print([c() for _ in range(4)])
def once(f):
    done = []
    def wrapper(*a):
        if not done:
            done.append(f(*a))
        return done[0]
    return wrapper
@once
def expensive(x):
    print("  computing", x)
    return x * 100
print(expensive(1), expensive(2))
print(max(people, key=lambda p: p[1])[0], min(map(len, ["abc", "de", "fghi"])))
funcs = {"double": lambda v: v * 2, "square": lambda v: v ** 2, "negate": lambda v: -v}
print({name: f(7) for name, f in sorted(funcs.items())})
