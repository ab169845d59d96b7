# bool is an int subclass; truthiness of every type; None.
print(True, False, True + 1, False * 5, True / 2, True // 1, -True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, int(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool({0}), bool(None), bool(range(0)), bool(range(1)))
print(str(True), repr(False), True == 1, True is True, False < True, sorted([True, False, True]))
print(True & False, True | False, True ^ True, not True, ~False)
print(hash(True), hash(False), {True: "a", 1: "b"}, {0, False})
print(None, repr(None), type(None).__name__, None == None, None is None, None == 0)
def f():
    pass
print(f(), f() is None)
x = None
print(x or "default", x and "never", "yes" if x is None else "no")
class Truthy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Truthy()), bool(Sized()), bool(Plain()), not Truthy())
print(True + True + True, sum([True, True, False]), max(True, 2))
print(1 == True == 1.0, "True" == True, bool("False"))
print(all([]), any([]), all([1, True, "x"]), any([0, "", None]))
print([i for i in range(5) if i % 2 == False])
print(f"{True:d} {False!r} {True:>6}")
