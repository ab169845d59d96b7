# for-loops over generators resume the generator's frame inside the caller's dispatch loop:
# yields, returns, exceptions (PEP 479), finally on close, nesting, yield from, recursion.
def gen(n):
    for i in range(n):
        yield i
    return "done"
def bad():
    yield 1
    raise StopIteration
def raiser():
    yield 1
    raise KeyError("k")
def withtry():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
s = 0
for x in gen(5):
    s += x
print(s)
g = gen(3)
print(next(g))
for x in g:
    print("rest", x)
try:
    for x in bad():
        print("b", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
try:
    for x in raiser():
        print("r", x)
except KeyError as e:
    print("KeyError", e)
for x in withtry():
    print("w", x)
for x in withtry():
    print("w", x)
    break
def nested():
    for a in gen(3):
        for b in gen(2):
            yield a * 10 + b
print(list(nested()))
print(sum(x for x in gen(10)))
def exc_in_gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        import sys
        print("in handler", sys.exc_info()[0].__name__)
for v in exc_in_gen():
    print("got", v)
g = gen(2)
for x in g:
    try:
        next(g)
    except ValueError as e:
        print("VE", e)
print(g.gi_running if hasattr(g, "gi_running") else None)
def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1
print(list(deep(50)))
try:
    for x in deep(3000):
        pass
except RecursionError:
    print("RecursionError")
