# Generator pipelines: lazily composed stages, infinite sources, early termination.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def scaled(src, k):
    for x in src:
        yield x * k
def take(src, n):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(scaled(evens(numbers()), 3), 6)))
def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(windows(range(6), 3)))
def running_total(src):
    t = 0
    for x in src:
        t += x
        yield t
print(list(running_total(take(numbers(), 10))))
def lines():
    text = "alpha 3\nbeta 5\n# comment\ngamma 7\n\ndelta 1"
    for line in text.split("\n"):
        yield line
def parse(src):
    for line in src:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, value = line.split()
        yield name, int(value)
records = list(parse(lines()))
print(records, sum(v for _, v in records))
def primes():
    found = []
    for n in numbers():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(primes(), 15)))
def batched(src, n):
    batch = []
    for x in src:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(max(range(1, 30), key=lambda s: sum(1 for _ in collatz(s))), list(collatz(6)))
