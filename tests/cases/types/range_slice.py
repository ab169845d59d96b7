# range objects and slice objects.
r = range(10)
print(r, list(r), len(r), r[3], r[-1], 5 in r, 10 in r)
print(range(2, 10, 3), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], range(0, 10, 3).index(6), range(0, 10, 2).count(4))
print(range(1, 5) == range(1, 5), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1))
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), sum(range(101)))
print(range(10)[2:8:2], range(10)[::-1], list(range(10)[::-3]))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(list(range(10))[s], "abcdefghij"[s], s.indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), [i for i in reversed(range(4))])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(type(r).__name__, type(s).__name__, repr(range(0, 5)), str(range(1, 2, 3)))
print(max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(tuple(range(3)), set(range(3)), dict(zip(range(3), range(3, 6))))
