import numpy as np

a = np.arange(10)
s = a[2:6]
s[0] = 100
print(a)
s[:] = -1
print(a)
m = np.zeros((3, 4), dtype=int)
row = m[1]
row += 5
print(m)
col = m[:, 2]
col[:] = 7
print(m)
r = m.reshape(4, 3)
r[0, 0] = 42
print(m[0, 0])
t = m.T
t[3, 2] = 9
print(m)
c = m[1:, 1:].copy()
c[:] = 0
print(m.sum(), c.sum())
f = np.arange(6.0)
v = f[::2]
v *= 10
print(f)
rv = f[::-1]
rv[0] = -5
print(f)
rl = f.ravel()
rl[1] = 123
print(f[1])
w = a[:]
w[9] = 999
print(a[9], w is a)
