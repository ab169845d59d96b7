# Messages of exceptions raised by common operations (exact CPython 3.11 wording).
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1.0 % 0, lambda: [][0], lambda: (1,)[3], lambda: "ab"[5],
    lambda: {}["k"], lambda: {1: 2}[3], lambda: None.attr, lambda: (1).nope, lambda: "x".nope,
    lambda: undefined_name, lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 < "a",
    lambda: len(1), lambda: int("x"), lambda: float("y"), lambda: [1].index(2), lambda: "abc".index("z"),
    lambda: None(), lambda: 5(), lambda: next(iter([])), lambda: [].pop(), lambda: {}.popitem(),
    lambda: set().pop(), lambda: hash([]), lambda: -"a", lambda: ~1.5, lambda: [1, 2][1.5],
    lambda: "a" * 1.5, lambda: abs("x"), lambda: chr(-1), lambda: ord("ab"), lambda: int(1, 2),
    lambda: divmod(1, 0), lambda: pow(0, -1), lambda: 2 ** 10000.0, lambda: (1, 2) < (1, "a"),
    lambda: sorted([3, "a"]), lambda: max([]), lambda: min(), lambda: range(1.5), lambda: object() + 1,
    lambda: dict([1]), lambda: tuple(5), lambda: "%d" % "s", lambda: "{0}".format(), lambda: int.nope,
    lambda: list.append(), lambda: isinstance(1, 2), lambda: getattr(1, "x"), lambda: iter(None),
    lambda: "".join([1]), lambda: [].remove(1), lambda: frozenset().add, lambda: {}.fromkeys(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
