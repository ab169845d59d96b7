# try/except/else/finally flow in every combination, including return/break/continue in finally paths.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for a in ("ok", "raise", "return"):
    print(a, run(a))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
print(swallow())
for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
def multi(x):
    try:
        return [1, 2][x] / x
    except IndexError:
        return "index"
    except (ZeroDivisionError, TypeError) as e:
        return type(e).__name__
print(multi(0), multi(1), multi(5), multi("a"))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise KeyError("x")
except LookupError as e:
    print("caught via base class:", type(e).__name__, repr(e))
e = "still bound?"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
