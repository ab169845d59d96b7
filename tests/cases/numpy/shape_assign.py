import numpy as np
a=np.arange(12).reshape(3,4)
b=a.T
try:
    b.shape=(12,)
except Exception as e: print(type(e).__name__, e)
for s in [(5,), (-1,5), (-1,-1), 'x', (2,-1,5), (5,-1)]:
    try:
        a.shape = s
    except Exception as e: print(type(e).__name__, e)
try:
    del a.shape
except Exception as e: print(type(e).__name__, e)
try:
    a.foo = 1
except Exception as e: print(type(e).__name__, e)
try:
    a.ndim = 1
except Exception as e: print(type(e).__name__, e)
b.shape=(2,2,3); print(b.strides, b.flags.c_contiguous, b)
c=a[:, ::2]; c.shape=(6,); print(c, c.strides)
c[0] = 100; print(a)
a.shape=12; print(a.shape)
a.shape=[3,-1]; print(a.shape, a)
s=np.arange(12)[::2]; s.shape=(3,2); print(s, s.strides)
s.shape = (3, 1, 2, 1); print(s.strides, s.shape)
s.shape = (1, 6); print(s.strides)
r = np.arange(24).reshape(2,3,4)[:, :, ::2]
v = r.reshape(12); v[1] = -1; print(r[0, 0], v.strides)
w = r.reshape(2, 6); w[0, 2] = -2; print(r[0, 1])
x = r.transpose(1, 0, 2)
print(x.reshape(3, 4).strides if False else x.reshape(3,4))
z = np.zeros((0, 3)); z.shape = (3, 0); print(z.shape, z.strides)
e = np.array(5.0); e.shape = (1, 1); print(e, e.shape); e.shape = (); print(e.shape)
