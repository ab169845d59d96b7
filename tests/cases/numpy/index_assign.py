import numpy as np

a = np.zeros(6)
a[1:3] = [1, 2]
print(a)
a[3:] = 9
print(a)
a[::2] = np.array([-1.0, -2.0, -3.0])
print(a)
m = np.zeros((3, 4), dtype=int)
m[0] = [1, 2, 3, 4]
m[1, :] = 5
m[:, 0] = [7, 8, 9]
print(m)
m[1:, 1:3] = [[10, 11], [12, 13]]
print(m)
m[2] = m[0]
print(m)
m[:, -1] = np.array([100, 200, 300])
print(m)
m[:] = 0
print(m.sum())
n = np.ones((2, 3))
n[:, :] = np.array([1.5, 2.5, 3.5])
print(n)
n[:, 1:] = np.array([[0.0], [-1.0]])
print(n)
i = np.arange(5)
i[2] = 7.9
print(i)
i[1] = True
print(i)
t = np.zeros((2, 2, 2), dtype=int)
t[1, ..., 0] = 5
t[0, 1] = [3, 4]
print(t)
a[-1] = -9.5
print(a[-1], a[5])
