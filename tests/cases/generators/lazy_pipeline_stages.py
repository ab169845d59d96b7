# Lazy generator pipelines: chained stages, early exit, cleanup order.
log = []

def source(n):
    try:
        for i in range(n):
            log.append(f"src {i}")
            yield i
    finally:
        log.append("src done")

def mapper(it, fn):
    try:
        for x in it:
            yield fn(x)
    finally:
        log.append("map done")

def take(it, k):
    for i, x in enumerate(it):
        if i >= k:
            return
        yield x

pipe = take(mapper(source(10), lambda x: x * x), 3)
print(list(pipe))
print(log)
log.clear()

def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(batched(range(7), 3)), list(batched([], 2)))

def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
g = (x for x in range(3))
print(next(g), list(g), next(g, "exhausted"))
def gen():
    yield 1
    return 5
it = gen()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), sum(itertools.takewhile(lambda v: v < 100, fib())))
print(any(x > 3 for x in fib()), all(x < 10 for x in range(5)), min(x % 7 for x in range(3, 20)))
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
nums = iter(range(10))
pairs = list(zip(nums, nums))
print(pairs)
print(list(enumerate("abc", 10)), list(reversed(range(3))), list(filter(None, [0, 1, 2])))
gen_exp = (i * 2 for i in range(3))
print(type(gen_exp).__name__, gen_exp.__next__(), sum(gen_exp))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c), c.send(None)])
