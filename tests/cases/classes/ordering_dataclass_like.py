# Dataclass-like classes with rich comparisons, hashing and sorting.
import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor=0, patch=0):
        self.major, self.minor, self.patch = major, minor, patch

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 0), Version(2), Version(1, 10)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print([str(v) for v in sorted(vs, key=lambda v: -v.minor)])
print(max(vs), min(vs))
print(Version(1) <= Version(1, 0), Version(2) >= Version(1, 99), Version(1) > Version(0, 1))
print(len(set(vs)), Version(1, 2) in {Version(1, 2, 0)})
print(Version(1) == 1, Version(1) != "1.0.0")
d = {Version(1): "one", Version(2): "two"}
print(d[Version(1, 0, 0)], d)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


class Point:
    __slots__ = ()


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
