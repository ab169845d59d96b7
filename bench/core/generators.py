# Generator pipelines: chained generators, generator expressions, yield from.
def source(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chunks(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield buf
            buf = []
    if buf:
        yield buf
def flatten(chs):
    for c in chs:
        yield from c
total = sum(squares(evens(source(1800000))))
n = sum(1 for _ in flatten(chunks(source(900000), 7)))
g = sum(x % 7 for x in (y * 3 for y in range(1200000)) if x & 1)
print("checksum =", total % 1000003, n, g)
