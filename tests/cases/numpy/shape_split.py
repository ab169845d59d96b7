import numpy as np

a = np.arange(9)
parts = np.split(a, 3)
print(type(parts).__name__, len(parts))
for p in parts:
    print(p)
print(np.split(a, [2, 5]))
m = np.arange(12).reshape(3, 4)
l, r = np.split(m, 2, axis=1)
print(l)
print(r)
print(np.split(m, [1], axis=0))
print(np.array_split(np.arange(10), 3))
print(np.array_split(np.arange(5), 4))
print(np.array_split(m, 2))
try:
    np.split(np.arange(10), 3)
except ValueError as e:
    print("ValueError:", e)
s = np.split(a, 3)[1]
s[0] = -1
print(a)
print([x.sum() for x in np.array_split(np.arange(100), 7)])
print([len(x) for x in np.array_split(np.arange(100), 7)])
