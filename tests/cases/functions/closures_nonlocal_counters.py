# Nested closures, nonlocal counters and late binding.
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return inc, reset, peek


inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc())

def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x *= 3
            return x

        return inner

    f = middle()
    f()
    f()
    return x


print(outer())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def acc():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


a = acc()
print([a(v) for v in (1, 2, 3, 4)])
print(a.__closure__[0].cell_contents)

def unbound():
    def g():
        return y

    try:
        g()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return g()


print(unbound())

def bad():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1


bad()

def memo(fn):
    cache = {}
    calls = 0

    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.stats = lambda: (calls, len(cache))
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.stats())
