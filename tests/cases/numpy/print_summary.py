import numpy as np

print(np.arange(2000))
print(repr(np.arange(2000)))
print(np.arange(1000))
print(np.arange(1001))
print(np.arange(10000).reshape(100, 100))
print(repr(np.arange(10000.0).reshape(100, 100)))
print(np.arange(2000).reshape(10, 10, 20))
print(repr(np.zeros((20, 30, 4))))
print(np.arange(1500.0) / 3)
print(np.ones(1200, dtype=bool))
print(np.arange(3000).reshape(3, 1000))
