# contextlib.contextmanager: setup/teardown, values, exceptions inside, suppression, nesting.
from contextlib import contextmanager
import contextlib
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)
with tag("div") as t:
    print("inside", t)
with tag("a"), tag("b"):
    print("nested")
@contextmanager
def safe():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled:", e)
with safe():
    1 / 0
print("after safe")
@contextmanager
def cleanup(log):
    log.append("setup")
    try:
        yield log
    finally:
        log.append("teardown")
log = []
try:
    with cleanup(log) as l:
        l.append("work")
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e))
print(log)
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as st:
    for _ in range(5):
        st["n"] += 1
with contextlib.suppress(ValueError, TypeError):
    int("not a number")
print("suppressed")
def gen_fn():
    with tag("fn"):
        return "returned inside with"
print(gen_fn())
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
