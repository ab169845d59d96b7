# The built-in exception hierarchy and custom exception classes.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (ValueError, Exception), (UnicodeDecodeError, ValueError),
    (TypeError, Exception), (AttributeError, Exception), (NameError, Exception), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (FileNotFoundError, OSError), (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (SystemExit, Exception), (Exception, BaseException), (AssertionError, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError), (GeneratorExit, Exception), (IOError, OSError),
    (EOFError, Exception), (StopIteration, StopIteration), (bool, int),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(IOError is OSError, EnvironmentError is OSError)
class AppError(Exception):
    """Base for the app."""
class DbError(AppError):
    pass
class NetError(AppError):
    def __str__(self):
        return "network: " + super().__str__()
for exc in (DbError("db down"), NetError("timeout"), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", isinstance(e, Exception), [c.__name__ for c in type(e).__mro__])
def classify(e):
    try:
        raise e
    except (KeyError, IndexError):
        return "lookup"
    except ArithmeticError:
        return "math"
    except Exception as other:
        return "other:" + type(other).__name__
print([classify(e) for e in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), DbError())])
try:
    raise SystemExit(0) if False else KeyboardInterrupt
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(Exception("a", "b").args, BaseException().args, str(Exception(42)))
