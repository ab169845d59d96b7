# with: user context managers, __enter__ value, exceptions passed to __exit__, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as w:
    print("nested body", w)
with CM("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("loud"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Resource:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return self
    def __exit__(self, *args):
        self.log.append("close")
r = Resource()
with r as same:
    same.log.append("use")
print(r.log, same is r)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print(p1, p2)
try:
    with CM("x") as (a, b):
        pass
except ValueError as e:
    print("ValueError:", e)
