import numpy as np

a = np.arange(20)
print(a[1:15:4], a[15:1:-4], a[::-5], a[-1:-8:-3], a[10::-3])
print(a[::7], a[:-15:-7], a[100:0:-9], a[-100:5:2])
m = np.arange(30).reshape(5, 6)
print(m[::2, ::3])
print(m[::-2, 1::2])
print(m[4:0:-2, -1:-5:-2])
print(m[:, ::-1][::-1])
print(m[1:4, 2][::-1], m[-1, ::-1], m[::-1, 0])
v = m[::2, ::2]
print(v.shape, v.flags.c_contiguous)
v[:] = 0
print(m)
r = a[::-1]
r[:5] = -1
print(a)
s = a[::3]
s += 100
print(a)
print(m[::-1].sum(), m[:, ::-1].tolist()[0])
