import numpy as np


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


a = np.arange(5)
m = np.arange(6).reshape(2, 3)
attempt("idx", lambda: a[5])
attempt("neg", lambda: a[-6])
attempt("2d", lambda: m[2, 0])
attempt("2d_col", lambda: m[0, 3])
attempt("toomany", lambda: a[0, 0])
attempt("fancy", lambda: a[[0, 10]])
attempt("float", lambda: a[1.5])
attempt("str", lambda: a["x"])
attempt("mask", lambda: a[np.array([True, False])])
attempt("set", lambda: a.__setitem__(7, 1))
attempt("slice_ok", lambda: a[3:100])
attempt("0d", lambda: np.array(5)[0])
attempt("axis", lambda: np.sum(m, axis=3))
attempt("argmax", lambda: m.argmax(axis=-3))
attempt("setint", lambda: a.__setitem__(0, "abc"))
attempt("empty_max", lambda: np.array([]).max())
attempt("empty_argmin", lambda: np.array([]).argmin())
attempt("choice", lambda: np.random.choice(3, 5, replace=False))
attempt("randint", lambda: np.random.randint(5, 2))
