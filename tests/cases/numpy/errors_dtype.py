import numpy as np


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("zeros", lambda: np.zeros(3, dtype='foo'))
attempt("array", lambda: np.array([1, 2], dtype='notatype'))
attempt("dtype", lambda: np.dtype('int99'))
attempt("astype", lambda: np.arange(3).astype('bogus'))
attempt("negshape", lambda: np.zeros(-1))
attempt("floatshape", lambda: np.zeros(2.5))
attempt("arange0", lambda: np.arange(0, 10, 0))
attempt("linspace", lambda: np.linspace(0, 1, -1))
attempt("iadd", lambda: np.ones(2, dtype=int).__iadd__(1.5))
attempt("bitand", lambda: np.array([1.5]) & np.array([2.5]))
attempt("invert", lambda: ~np.array([1.5]))
attempt("percentile", lambda: np.percentile(np.arange(5), 150))
attempt("normal", lambda: np.random.normal(0, -1))
try:
    np.ones(2, dtype=int).__iadd__(1.5)
except TypeError as e:
    print("UFuncTypeError is a TypeError:", type(e).__name__)
try:
    np.ones((2, 2)).sum(axis=5)
except ValueError as e:
    print("AxisError is a ValueError:", type(e).__name__, isinstance(e, IndexError))
print(issubclass(np.exceptions.AxisError, ValueError), issubclass(np.exceptions.AxisError, IndexError))
