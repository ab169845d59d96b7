import numpy as np

print(np.eye(3))
print(np.eye(2, 3))
print(np.eye(3, dtype=int))
print(np.eye(4, k=1))
print(np.eye(3, k=-1, dtype=np.int32))
print(np.identity(3))
print(np.identity(2, dtype=bool))
print(np.identity(4).dtype)
a = np.array([[1, 2], [3, 4]])
b = a.copy()
b[0, 0] = 99
print(a)
print(b)
c = np.copy(a)
c[1, 1] = -1
print(a[1, 1], c[1, 1])
d = a
d[0, 1] = 20
print(a)
x = np.array([1.0, 2.0])
y = x.copy()
y += 1
print(x, y)
