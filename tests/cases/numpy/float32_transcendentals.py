# np.exp/log/sin/cos on float32 arrays give NumPy's own SIMD-kernel bits, which are not the
# correctly rounded values (e.g. exp(1) prints 2.718282 where libm gives 2.7182817).
import numpy as np

x = np.array([1, 4, 9, 0.5, -2.5, 10.0, 88.5, -100.0, -104.0, 89.0], dtype=np.float32)
print(np.exp(x))
print(np.exp(np.array([0.0, -0.0, np.inf, -np.inf, np.nan], dtype=np.float32)))
p = np.array([1, 2, 3, 0.1, 0.7071067, 1e-40, 1e-45, 3e38, 7.0, 1e6], dtype=np.float32)
print(np.log(p))
print(np.log(np.array([0.0, -0.0, np.inf, np.nan], dtype=np.float32)))
t = np.array([0.1, 1.0, 2.0, 3.14159, -4.0, 100.0, 1e4, 71476.0, 1e5, 1e7, 1e30],
             dtype=np.float32)
print(np.sin(t))
print(np.cos(t))
print(np.sin(np.array([0.0, -0.0, np.nan], dtype=np.float32)),
      np.cos(np.array([0.0, -0.0, np.nan], dtype=np.float32)))
m = np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(3)
print(np.exp(m))
print(np.log(m[:, 1:]))
print(np.sin(m.T))
print(np.cos(m[::2, ::-1]))
print(np.exp(np.float32(1.0)), np.log(np.float32(10.0)))
np.random.seed(3)
r = np.random.uniform(-20, 20, 100_000).astype(np.float32)
print(np.exp(r).dtype, np.log(np.abs(r)).dtype)
for f in (np.exp, np.sin, np.cos):
    print(f.__name__, repr(float(f(r).astype(np.float64).sum())))
print("log", repr(float(np.log(np.abs(r) + np.float32(0.01)).astype(np.float64).sum())))
