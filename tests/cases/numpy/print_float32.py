import numpy as np

a = np.array([0.1, 1.0 / 3, 2.5, 100.0], dtype=np.float32)
print(a)
print(repr(a))
print(a.reshape(2, 2))
print(np.array([1e-5, 1.0], dtype=np.float32))
print(np.array([1e8, 1.0], dtype=np.float32))
print(np.array([16777217.0], dtype=np.float32))
print(np.linspace(0, 1, 7, dtype=np.float32))
print(np.arange(30, dtype=np.float32) / 3)
for v in [1e6, 9999999.0, 1e7, 123456.7, 1e-4, 9e-5, 0.1, 3.0, 1e16, -2.5e-3]:
    print(repr(np.float32(v)), np.float32(v), repr(np.float64(v)), np.float64(v))
print([np.float32(0.5), np.float32(1 / 3)])
print(np.float32(0.1) + np.float32(0.2), np.float32(0.1) * 3)
print(np.array([np.nan, np.inf], dtype=np.float32), repr(np.float32(np.nan)))
print(repr(np.zeros(3, dtype=np.float32)), repr(np.array(1.5, dtype=np.float32)))
