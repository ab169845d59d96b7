# Generator functions: laziness, state, StopIteration, exhaustion, generators as iterators.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, "abcdef"))
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return "result"
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("return value in StopIteration:", e.value)
g2 = count_up(2)
print(iter(g2) is g2, sum(x for x in count_up(2)))
def gen_try():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator finally")
for v in gen_try():
    print(v)
gt = gen_try()
print(next(gt))
gt.close()
print("closed")
def nested():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested()))
