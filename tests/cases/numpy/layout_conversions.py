# np.ascontiguousarray and np.asfortranarray: the same array when the layout already holds,
# else a copy with that layout; the values never change.
import numpy as np

a = np.arange(12.0).reshape(3, 4)
f = np.asfortranarray(a)
print(f.flags['F_CONTIGUOUS'], f.flags['C_CONTIGUOUS'], np.array_equal(f, a))
print(np.asfortranarray(f) is f, np.ascontiguousarray(a) is a)
c = np.ascontiguousarray(f)
print(c.flags['C_CONTIGUOUS'], np.array_equal(c, a), c is f)
s = a[:, ::2]
print(s.flags['C_CONTIGUOUS'], np.ascontiguousarray(s).flags['C_CONTIGUOUS'])
print(np.ascontiguousarray(s))
t = np.asfortranarray(a.T)
print(t.flags['F_CONTIGUOUS'], t.shape, t[1, 2], t.T.flags['C_CONTIGUOUS'])
i = np.asfortranarray([[1, 2], [3, 4]], dtype=np.float32)
print(i, i.dtype, i.flags['F_CONTIGUOUS'])
print(np.ascontiguousarray(np.arange(5)[::-1]))
x = np.asfortranarray(np.arange(24).reshape(2, 3, 4))
print(x.flags['F_CONTIGUOUS'], x[1, 2, 3], x.sum(axis=2))
f[0, 0] = 100.0
print(a[0, 0], f[0, 0])
