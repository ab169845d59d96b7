# Temporaries of an expression may be reused for its result (NumPy's elision): named arrays,
# views and arrays shared with containers must never change.
import numpy as np

x = np.arange(6.0)
y = np.ones(6)
z = x * 2.0 + y
print(x, y, z)
v = x[1:4]
w = v * 1.0 + 1.0
print(x, v, w)
t = x.reshape(2, 3)
u = (t + 0.0) * 3 - t
print(t, u, sep="\n")
lst = [x * 1.0]
q = lst[0] + 1.0
print(lst[0], q)
a = np.arange(4)
b = a * 2 + 0.5
print(a, b, b.dtype)
c = (a + 1) * (a + 2) - (a * a)
print(a, c)
m = np.ones((2, 3))
r = np.arange(3.0) + m * 2
print(m, r, sep="\n")
s = 10.0 - x * 2.0
print(x, s)
i32 = np.arange(3, dtype=np.int32)
k = (i32 + 1) * 2.5
print(i32, k, k.dtype)
