# itertools: count, cycle, repeat, chain, islice, accumulate, takewhile, dropwhile, filterfalse, starmap.
import itertools as it
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 7)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", 3)), list(islice("abcdef", 1, None)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.zip_longest("ab", "wxyz", fillvalue="-")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.pairwise("abcd")) if hasattr(it, "pairwise") else None)
print([(k, list(g)) for k, g in it.groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 3, 1]), key=lambda v: v)])
print([(k, [w for w in g]) for k, g in it.groupby(["apple", "avocado", "bean", "beet", "cherry"], key=lambda w: w[0])])
total = 0
for n in count(1):
    total += n
    if n == 100:
        break
print(total)
