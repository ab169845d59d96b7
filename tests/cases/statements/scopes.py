# Name resolution: LEGB, class scope, comprehension scope, shadowing builtins.
x = "global"
def f():
    x = "enclosing"
    def g():
        x = "local"
        return x
    def h():
        return x
    return g(), h()
print(f(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abc"))
class K:
    attr = 5
    doubled = attr * 2
    items = [attr + i for i in range(2)] if False else None
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(K.doubled, K().method())
y = 10
print([y for y in range(3)], y)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def outer():
    a = 1
    def mid():
        def inner():
            return a + 1
        return inner()
    a = 5
    return mid()
print(outer())
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def no_leak():
    for j in range(3):
        pass
    return j
print(no_leak())
lambdas = []
for i in range(3):
    lambdas.append(lambda: i)
print([l() for l in lambdas])
print(sorted(k for k in ("b", "a")))
def read_global_then_local():
    print(x)
read_global_then_local()
