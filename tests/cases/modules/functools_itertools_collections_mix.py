# functools / itertools / collections in everyday code.
import functools
import itertools
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

text = "the cat and the hat and the bat sat"
cnt = Counter(text.split())
print(cnt.most_common(2), cnt["the"], cnt["dog"], sum(cnt.values()))
print(Counter("abracadabra").most_common(3), sorted(Counter("aab").elements()))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p._asdict(), p._replace(x=0), Point._fields, tuple(p), p == (3, 4))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, list(dq), dq.maxlen, dq.popleft(), dq.pop(), len(dq))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3(b=10))

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(ways(50), ways.cache_info())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
for key, grp in itertools.groupby(sorted(text.split(), key=len), key=len):
    print(key, list(grp))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, None, 2)))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.repeat("x", 3)))
print(list(itertools.product("ab", range(2))), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.pairwise("abcd")))
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)])
it1, it2 = itertools.tee([1, 2, 3])
print(list(it1), list(it2))
