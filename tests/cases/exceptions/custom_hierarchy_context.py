# Custom exception hierarchies, raise from, __context__, finally/return.
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"missing {key!r}", code=2) from e


try:
    load({}, "port")
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e.__cause__), e.__suppress_context__)
    print(isinstance(e, KeyError), isinstance(e, (ValueError, ConfigError)))
    print([c.__name__ for c in type(e).__mro__])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        raise ValueError
    finally:
        return "swallowed"

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i

print(f(), g(), h())

def k():
    x = 1
    try:
        return x
    finally:
        x = 2

print(k())
e = AppError("boom", 5)
print(e.args, str(e), repr(e))
print(repr(MissingKey("k")), str(MissingKey("k")), str(KeyError("k")))
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)))
try:
    raise ConfigError("a") from ValueError("b")
except Exception as ex:
    print(repr(ex.__cause__))
err = None
try:
    raise AppError("gone")
except AppError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)
class Weird(Exception):
    def __str__(self):
        return "weird!"
try:
    raise Weird()
except Exception as w:
    print(w, repr(w), w.args)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
print(issubclass(MissingKey, LookupError), issubclass(bool, int), issubclass(int, (str, object)))
