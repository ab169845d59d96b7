# raise, re-raise, raise from, exception chaining attributes (__cause__, __context__), args.
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("bad number: " + s) from e
try:
    parse("x1")
except ParseError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
e1 = ValueError("a", 2, [3])
print(e1.args, str(e1), repr(e1), str(ValueError()), repr(ValueError()), str(ValueError("only")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
def reraise_other():
    try:
        {}["missing"]
    except KeyError as err:
        return err
err = reraise_other()
print(type(err).__name__, err.args)
try:
    raise err
except KeyError as again:
    print("raised stored exception:", again is err)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class WithData(Exception):
    def __init__(self, value):
        super().__init__("value was %r" % (value,))
        self.value = value
try:
    raise WithData([1, 2])
except WithData as e:
    print(e, e.value, e.args)
def nested_handlers():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            return type(inner.__context__).__name__
print(nested_handlers())
