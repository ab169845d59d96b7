# Closures: captured cells, late binding, nonlocal counters, closures over loop variables.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return counter, reset
c, r = make_counter()
print(c(), c(), c())
r()
print(c())
def accumulators():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(accumulators())
def bound_now():
    return [(lambda i=i: i)() for i in range(3)]
print(bound_now())
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def shared():
    items = []
    return items.append, lambda: list(items)
push, snapshot = shared()
push(1); push(2)
print(snapshot())
def nonlocal_chain():
    v = 0
    def a():
        nonlocal v
        def b():
            nonlocal v
            v += 5
        b()
        v *= 2
    a()
    return v
print(nonlocal_chain())
