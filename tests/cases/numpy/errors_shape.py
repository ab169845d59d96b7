import numpy as np


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("add", lambda: np.array([1, 2, 3]) + np.array([1, 2, 3, 4]))
attempt("mul2d", lambda: np.ones((2, 3)) * np.ones((3, 2)))
attempt("bcast3", lambda: np.ones((2, 3)) + np.ones(2))
attempt("reshape", lambda: np.arange(6).reshape(4, 2))
attempt("reshape2", lambda: np.arange(6).reshape(-1, 4))
attempt("reshape3", lambda: np.arange(6).reshape(-1, -1))
attempt("matmul", lambda: np.ones((2, 3)) @ np.ones((2, 3)))
attempt("dot", lambda: np.dot(np.ones(3), np.ones(4)))
attempt("concat", lambda: np.concatenate([np.ones((2, 2)), np.ones((2, 3))]))
attempt("concat_ndim", lambda: np.concatenate([np.ones(2), np.ones((2, 2))]))
attempt("stack", lambda: np.stack([np.ones(2), np.ones(3)]))
attempt("setitem", lambda: np.zeros(3).__setitem__(slice(None), [1, 2]))
attempt("inplace", lambda: np.zeros(3).__iadd__(np.ones(4)))
attempt("ragged", lambda: np.array([[1, 2], [3]]))
attempt("sum_axis", lambda: np.ones((2, 2)).sum(axis=2))
attempt("transpose", lambda: np.ones((2, 3)).transpose(0, 0))
attempt("squeeze", lambda: np.ones((2, 3)).squeeze(axis=0))
attempt("split", lambda: np.split(np.arange(7), 2))
attempt("inv", lambda: np.linalg.inv(np.ones((2, 3))))
attempt("bool", lambda: bool(np.array([1, 2])))
attempt("if", lambda: 1 if np.array([True, False]) else 0)
attempt("float", lambda: float(np.array([1.0, 2.0])))
attempt("len0d", lambda: len(np.array(5)))
