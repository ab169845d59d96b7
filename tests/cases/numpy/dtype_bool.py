import numpy as np

b = np.array([True, False, True, True])
print(b, b.dtype, repr(b))
print(b.sum(), b.mean(), b.any(), b.all(), b.argmax(), b.argmin())
print(b & ~b, b | ~b, b ^ True)
print(b + b, b * b, (b + 1).dtype)
print(b * 1.5, np.where(b, 'yes' == 'yes', False))
print(b.astype(int), b.astype(np.float32), np.array([0, 2, -1]).astype(bool))
print(np.zeros(3, dtype=bool), np.ones(2, dtype=bool))
print(b.tolist(), type(b.tolist()[0]).__name__)
print(np.array([1, 0, 3]) > 0, (np.array([1, 0, 3]) > 0).sum())
print(~np.array(True), repr(np.True_ & np.False_), repr(np.bool_(1)))
print(np.sum(np.array([True] * 300)), np.sum(np.array([True] * 300)).dtype)
print(b.cumsum(), b.cumsum().dtype)
try:
    print(b - b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-b)
except TypeError as e:
    print("TypeError:", e)
print(b.max(), repr(b.max()), repr(b.sum()))
