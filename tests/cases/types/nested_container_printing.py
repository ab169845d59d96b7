# Printing nested containers, reprs, self-referential structures.
data = {"name": "x", "tags": ["a", "b"], "meta": {"n": 1, "f": 1.5, "none": None, "t": (1,)}}
print(data)
print(str(data) == repr(data), [data["tags"], ()], [(), (1,), (1, 2)])
lst = [1, 2]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
print([[]], [[[]]], [{}], [set()], [frozenset()], [frozenset([1])], {1: set()})
print(["a'b", 'a"b', "a\\b", "\n"], ("é",), {"é": "ü"})
print([1.0, 1e20, 1e-10, -0.0, float("inf"), float("-inf"), float("nan")])
print([True, False, None, ..., NotImplemented])
print([int, str, list], [len, print], type(None), type(...))
print(range(3), [range(0, 5, 2)], slice(1, 2), [slice(None, 3)])
print(b"bytes", [b"\x00\xff", b"z"], [b"'"], [b'"\''])
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v!r})"
print([R(1), R("s"), R([R(None)])], {R(1): R(2)} if False else {"k": R(2)})
import collections
print(collections.OrderedDict(a=1), collections.defaultdict(int, {"x": 1}), collections.deque([1, [2]]))
print(collections.Counter("aab"), collections.namedtuple("P", "x y")(1, [2]))
t = (1, [2, 3])
t[1].append(4)
print(t, len(t), t.count(1), t.index([2, 3, 4]))
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(m, bad)
print(list(map(str, [1, "a", None])), list(map(repr, [1, "a", None])))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), max([[1], [1, 0]]))
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] == (), [1] != [1.0])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(str([1, 2]), str((1,)), str(()), str({}), str(set()), repr(""), str(""))
