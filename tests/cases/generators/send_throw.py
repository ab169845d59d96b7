# send(), throw(), close(), GeneratorExit, and the value of a yield expression.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g))
print(g.send("a"), g.send("b"), g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught inside:", e)
c = catcher()
next(c)
print(c.throw(ValueError("oops")))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
cl = cleanup()
next(cl)
cl.close()
cl.close()
print("double close ok")
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
def bad_close():
    try:
        yield
    except GeneratorExit:
        yield "refuse"
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
