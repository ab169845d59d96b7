import numpy as np

a = np.array([1.0, 2.0, 3.0])
a += 1
print(a)
a *= 2
print(a)
a -= np.array([1.0, 1.0, 1.0])
print(a)
a /= 4
print(a)
a **= 2
print(a)
b = np.arange(6).reshape(2, 3)
b += np.array([10, 20, 30])
print(b)
b *= 2
print(b)
b //= 3
print(b)
b %= 5
print(b)
c = np.zeros((2, 2))
c += np.array([[1.0], [2.0]])
print(c)
v = np.arange(5.0)
w = v[1:4]
w += 100
print(v)
i = np.array([1, 2, 3])
i += 2; print(i, i.dtype)
f = np.array([1, 2, 3], dtype=np.float32)
f *= 1.5; print(f, f.dtype)
k = np.ones(3)
ref = k
k += 1
print(ref is k, ref)
k = k + 1
print(ref is k, ref, k)
