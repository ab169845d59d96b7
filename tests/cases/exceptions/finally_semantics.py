# finally: runs on return/break/continue/exception; return in finally swallows exceptions; nested order.
order = []
def f():
    try:
        order.append("try")
        return "value"
    finally:
        order.append("finally")
print(f(), order)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def nested():
    log = []
    try:
        try:
            log.append(1)
            raise KeyError("k")
        finally:
            log.append(2)
    except KeyError:
        log.append(3)
    finally:
        log.append(4)
    return log
print(nested())
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def exc_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(exc_in_finally())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")
for v in generator_finally():
    print("got", v)
    break
print("after break")
