# pyrs: modes=jit-both
# Whole-array reductions inside @njit, as methods and as np.* functions: sum, prod, min, max,
# mean, argmin, argmax, any, all over float, int, int32 and bool arrays of 1-3 dimensions,
# strided and transposed views, NaN handling, ties, and the errors for empty arrays.
import numpy as np
from numba import njit, prange


@njit
def stats(a):
    return a.sum(), a.prod(), a.min(), a.max(), a.mean()


@njit
def np_stats(a):
    return np.sum(a), np.prod(a), np.min(a), np.max(a), np.mean(a)


@njit
def args(a):
    return a.argmin(), a.argmax(), np.argmin(a), np.argmax(a)


@njit
def truth(a):
    return a.any(), a.all(), np.any(a), np.all(a)


@njit
def row_means(a):
    out = np.empty(a.shape[0])
    for i in range(a.shape[0]):
        out[i] = a[i].mean()
    return out


@njit(parallel=True)
def col_max(a):
    out = np.empty(a.shape[1])
    for j in prange(a.shape[1]):
        out[j] = a[:, j].max()
    return out


@njit
def normalize(a):
    lo = a.min()
    hi = a.max()
    b = a.copy()
    for i in range(b.shape[0]):
        b[i] = (b[i] - lo) / (hi - lo)
    return b


@njit
def empty_min(a):
    return a.min()


@njit
def empty_argmax(a):
    return a.argmax()


def show(*ts):
    # Print each tuple's items with str(): the same for Python and NumPy scalars.
    print(" | ".join(" ".join(str(x) for x in t) for t in ts))


f = np.array([3.0, -1.5, 4.0, -1.5, 9.25, 2.0])
show(stats(f))
show(np_stats(f))
show(args(f))
i = np.array([7, -3, 12, 12, -3, 0])
show(stats(i))
show(args(i))
i32 = np.arange(1, 9, dtype=np.int32)
s, p, mn, mx, me = stats(i32)
print(s, p, mn, mx, me)
show(args(i32[::-1]))
b = np.array([True, False, True])
s, p, mn, mx, me = stats(b)
print(s, p, bool(mn), bool(mx), me)
show(truth(b), truth(np.zeros(3)), truth(np.ones(2)), truth(np.array([0, 0, 5])))
m = np.arange(24.0).reshape(2, 3, 4)
show(stats(m))
show(args(m))
show(stats(m[:, ::2, 1:3]))
t = np.arange(12.0).reshape(3, 4).T
show(args(t), (t.argmax(),))
print(row_means(np.arange(12.0).reshape(3, 4)))
print(col_max(np.array([[1.0, 8.0, 3.0], [4.0, 2.0, 6.0], [7.0, 5.0, 0.0]])))
print(normalize(np.array([2.0, 4.0, 6.0, 10.0])))
nan = np.array([1.0, np.nan, 3.0, np.nan])
mn = empty_min(nan)
show((mn != mn,), args(nan))
show(stats(np.array([-np.inf, 2.0, np.inf]))[2:4])
show(stats(np.arange(6, dtype=np.float32).reshape(2, 3)))
for fn in (empty_min, empty_argmax):
    try:
        fn(np.zeros(0))
    except ValueError as e:
        print("ValueError:", e)


@njit
def sum_prod(a):
    return a.sum(), a.prod(), a.mean() != a.mean()


show((np.zeros(0).sum(),), sum_prod(np.ones((2, 0))))
