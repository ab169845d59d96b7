# Constructors of the built-in types from various inputs.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes())
print(int("12"), int(12.9), int("-0b11", 0), float("3"), float(" inf "), str(5), str([1]), bool([0]))
print(list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "xy"))
print(tuple([1, 2]), tuple("ab"), tuple({3: 4}))
print(dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", "cd")), dict(dict(x=1)))
print(set([1, 1, 2]), set((3,)), set(range(3)), frozenset([1, 2, 2]), set({4: 5}))
print(bytes([1, 2]), bytes("hi", "ascii"), bytes(2), bytes(b"ab"))
print(str(b"ab", "utf-8"), str(1.0), str(None), str(True), str((1, "a")), str({"k": [1]}))
print(range(5), range(1, 5), range(1, 5, 2), slice(1, 2), slice(1, 2, 3))
print(bool(""), bool("0"), bool(0.0), bool(-0.0), bool(None), bool(object()))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])), [str(x) for x in (1, 2.0, "3")])
print(float("-0.0"), int("000"), int("-0"), float("1_0.5"), int("  1_2  "))
print(object().__class__.__name__, type("x")("abc"), type(5)("6"))
for bad in [lambda: list(5), lambda: dict([(1, 2, 3)]), lambda: set([[1]]), lambda: float([1]), lambda: tuple(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
