# pyrs: modes=gil-both
# heapq (used by queue.PriorityQueue): exact heap layouts, pop order, pushpop/replace, merge
# (lazy, with key and reverse), nsmallest/nlargest.
import heapq
import itertools
import random

rng = random.Random(3)
data = [rng.randrange(100) for _ in range(20)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(data))] == sorted(data), h)
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 50), h[:5])
print(heapq.heapreplace(h, 1000), h[:5], len(h))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.heappushpop([], 5))

# Tuples and stability of (priority, counter, item) entries.
tasks = []
counter = itertools.count()
for prio, name in [(2, "write"), (1, "read"), (2, "sleep"), (0, "wake"), (1, "eat")]:
    heapq.heappush(tasks, (prio, next(counter), name))
print([heapq.heappop(tasks)[2] for _ in range(5)])

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [], [0, 2])))
print(list(heapq.merge(["b", "dd", "fff"], ["a", "cc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
# merge is lazy: it works on infinite sorted iterators.
evens = itertools.count(0, 2)
odds = itertools.count(1, 2)
print(list(itertools.islice(heapq.merge(evens, odds), 10)))
m = heapq.merge([1, 3], [2])
print(next(m), list(m))

print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(2, ["ccc", "a", "bb"], key=len), heapq.nlargest(2, ["ccc", "a", "bb"], key=len))
print(heapq.nsmallest(0, data), heapq.nlargest(10, [3, 1]), heapq.nsmallest(5, iter([5, 4, 3])))
print(heapq.nlargest(1, [(1, 'x'), (1, 'y')], key=lambda t: t[0]))
