# Context managers: __exit__ suppressing, raising, and exceptions in __enter__.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError("exit failed in " + self.name)
        return self.suppress


with CM("a") as c:
    print("body", c.name)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("d", fail_exit=True):
        raise ValueError("orig")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

try:
    with CM("outer"), CM("inner", fail_exit=True):
        print("two managers")
except RuntimeError as e:
    print("caught", e)

with CM("o", suppress=True), CM("i"):
    raise IndexError(3)
print("after nested")

def fn():
    with CM("ret"):
        return "value"

print(fn())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("iter", i)

class BadEnter:
    def __enter__(self):
        raise OSError("no enter")

    def __exit__(self, *a):
        print("never")

try:
    with BadEnter():
        pass
except OSError as e:
    print("OSError:", e)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return 1

try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
