# np.sort keeps the dtype and sorts along every axis of a 3-D array; NaNs go last.
import numpy as np

np.random.seed(3)
t = np.random.randint(-50, 50, size=(3, 4, 5))
for ax in (0, 1, 2, -1, None):
    s = np.sort(t, axis=ax)
    print(ax, s.shape, s.dtype, s.sum(), s.ravel()[:7])
print(np.sort(t, axis=1))
f32 = np.array([3.5, -1.25, np.nan, 0.0, 2.0, -7.0], dtype=np.float32)
print(np.sort(f32), np.sort(f32).dtype)
i32 = np.array([[9, -3, 4], [0, 8, -8]], dtype=np.int32)
print(np.sort(i32), np.sort(i32).dtype, np.sort(i32, axis=0))
print(np.sort(np.array([True, False, True, False])))
f = np.array([[np.nan, 1.0, -np.inf], [np.inf, np.nan, -2.0]])
print(np.sort(f), np.sort(f, axis=0))
v = np.arange(10.0)[::-2]
print(np.sort(v), v)
x = np.random.rand(2001)
y = np.sort(x)
print(bool((y[1:] >= y[:-1]).all()), y[0] == x.min(), y[-1] == x.max(), y[1000] == np.median(x))
