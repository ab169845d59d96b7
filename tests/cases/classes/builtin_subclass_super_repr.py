# Subclasses of built-in types that extend the built-in repr through super().
class Tagged(list):
    def __repr__(self):
        return "Tagged" + super().__repr__()


class Config(dict):
    def __repr__(self):
        return f"Config({super().__repr__()})"


class Meters(float):
    def __repr__(self):
        return super().__repr__() + "m"


class Count(int):
    def __repr__(self):
        return "Count(" + super().__repr__() + ")"

    def __str__(self):
        return "#" + int.__repr__(self)


class Name(str):
    def __repr__(self):
        return "Name:" + super().__repr__()


class Pair(tuple):
    def __repr__(self):
        return "Pair" + super().__repr__()


class Bag(frozenset):
    pass


class Tags(set):
    pass


t = Tagged([3, 1, 2])
t.sort()
print(t, [t], repr(t), str(t), f"{t}", f"{t!r}")
c = Config(debug=True, level=2)
print(c, {"nested": c}, len(c), c["level"])
print(Meters(2.5), [Meters(1e-7)], Meters(3) + 1)
n = Count(7)
print(n, repr(n), [n], n + 1, f"{n}", "%s %r" % (n, n))
print(Name("bob"), [Name("x'y")], Name("al").upper())
print(Pair((1, "a")), [Pair(())], Pair([2]) + (3,))
print(Bag([1]), Tags(), Tags([4]), [Bag()], list.__repr__([1, [2]]), dict.__repr__({"k": None}), int.__repr__(True), str.__repr__("q"))
print(tuple.__repr__((1,)), float.__repr__(0.1), set.__repr__({5}), list.__repr__(Tagged([0])))
