# Generators as __iter__ methods, restartable iterables vs one-shot iterators, infinite generators with islice.
from itertools import islice
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), max(t), [f"{'  ' * d}{v}" for d, v in t.depth_first()])
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)), list(islice((n * n for n in naturals()), 3, 6)))
g = naturals()
print(next(g), next(g), list(islice(g, 3)), next(g))
def gen_with_state():
    total = 0
    for i in range(5):
        total += i
        yield total
print(list(gen_with_state()), list(zip(gen_with_state(), "abc")))
it = iter(Range2(5))
print(type(it).__name__, next(it), next(it), list(it))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
