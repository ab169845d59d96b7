import numpy as np

a = np.array([3, -1, 4, -1, 5, -9, 2, 6])
print(a[a > 0])
print(a[a < 0])
print(a[(a > 0) & (a % 2 == 0)])
mask = np.array([True, False, True, False, True, False, True, False])
print(a[mask])
b = a.copy()
b[b < 0] = 0
print(b)
c = a.copy()
c[c > 3] = c[c > 3] * 10
print(c)
d = a.copy()
d[mask] = np.array([1, 2, 3, 4])
print(d)
m = np.arange(12).reshape(3, 4)
print(m[m > 5])
print(m[m % 3 == 0])
m[m > 8] = -1
print(m)
rows = np.array([True, False, True])
print(m[rows])
print(m[:, np.array([True, False, False, True])])
print(m[rows, 1])
f = np.array([1.5, np.nan, 2.5])
f[np.isnan(f)] = 0.0
print(f)
print(a[a > 100], a[a > 100].shape)
e = np.arange(5)
e[e >= 2] += 10
print(e)
print(m[m.sum(axis=1) > 10])
