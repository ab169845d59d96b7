import numpy as np

a = np.arange(6)
b = a.reshape(2, 3)
b[0, 0] = 100
print(a)
t = b.T
print(t.flags.c_contiguous, t.ravel())
r = t.reshape(6)
r[0] = -1
print(a[0], b[0, 0])
f = b.flatten()
f[1] = 55
print(a[1])
e = b[np.newaxis]
e[0, 1, 2] = 77
print(a)
sq = e.squeeze()
sq[1, 1] = 66
print(a)
s = a[1:5].reshape(2, 2)
s *= 10
print(a)
c = np.concatenate([a, a])
c[0] = 0
print(a[0], c[:3])
st = np.stack([a, a])
st[0, 0] = 1
print(a[0])
x = np.arange(12).reshape(3, 4)
x.T[0] = 0
print(x)
print(x.T.copy().flags.c_contiguous, x[:, 1].flags.c_contiguous, x[1].flags.c_contiguous)
