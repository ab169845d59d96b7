# Generator pipelines with send/close/throw and try/finally.
def averager():
    total = 0.0
    n = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            n += 1
            avg = total / n
    finally:
        print("averager finally", n)
    return avg


g = averager()
print(next(g))
for v in (10, 20, 5):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    except GeneratorExit:
        print("closing", name)
        raise
    finally:
        print("release", name)


r = resource("db")
print(next(r))
r.close()
r.close()
print(list(resource("f")))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.send(1)
c.throw(ValueError("bad"))
c.send(2)
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)

def numbers():
    yield from range(1, 8)

evens = (n for n in numbers() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares), list(squares))

def gen_ret():
    x = yield from averager()
    print("delegate got", x)
    yield "done"

d = gen_ret()
next(d)
d.send(4)
d.send(6)
print(d.send(None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
