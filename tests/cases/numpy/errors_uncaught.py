import numpy as np

a = np.array([1, 2, 3])
b = np.array([1, 2, 3, 4])
print(a + a)
print(b * 2)
print(a.shape, b.shape)
print(a + b[:3])
print(a + b)
print("not reached")
