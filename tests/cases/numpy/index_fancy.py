import numpy as np

a = np.arange(10, 20)
print(a[[0, 2, 4]])
print(a[np.array([1, 1, 3])])
print(a[[-1, -2]])
idx = np.array([[0, 1], [2, 3]])
print(a[idx])
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[:, [1, 3]])
print(m[[0, 1, 2], [3, 2, 1]])
print(m[[2, 0], 1:3])
print(m[np.array([0, 2])][:, np.array([0, 3])])
b = np.zeros(6, dtype=int)
b[[1, 3, 5]] = 7
print(b)
b[[0, 2]] = [8, 9]
print(b)
b[np.array([0, 0, 0])] += 1
print(b)
c = a[[0, 1]]
c[0] = -100
print(a[0])
m2 = m.copy()
m2[[0, 2], [0, 3]] = 100
print(m2)
m2[:, [0]] = -1
print(m2)
p = np.array([2, 0, 1])
print(np.array([10.0, 20.0, 30.0])[p])
print(m[[True, False, True]].shape)
print(np.arange(5)[np.argsort(np.array([4, 0, 3, 1, 2]))])
