# collections.defaultdict and collections.namedtuple.
from collections import defaultdict, namedtuple
groups = defaultdict(list)
for w in ["apple", "bean", "avocado", "beet", "corn"]:
    groups[w[0]].append(w)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(groups, dict), groups.get("q", "no default via get"))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, p.x + q.y, p[0], p[1], len(p), tuple(p), list(q))
x, y = q
print(x, y, p == (1, 2), p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([7, 8]), isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
ann = Person("Ann", 30)
print(ann, ann.city, sorted([Person("B", 2, "x"), Person("A", 9, "y")]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(max([Point(1, 5), Point(3, 0)], key=lambda pt: pt.y), [pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])
