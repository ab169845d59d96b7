import numpy as np

t = np.arange(24, dtype=float).reshape(2, 3, 4)
for ax in [None, 0, 1, 2, -1, -2]:
    print(ax, t.sum(axis=ax), t.mean(axis=ax).shape)
print(t.max(axis=0))
print(t.min(axis=(0, 1)))
print(t.sum(axis=1, keepdims=True).shape, t.mean(axis=(0, 2), keepdims=True).shape)
print(np.std(t, axis=2))
print(np.var(t, axis=0))
print(t.argmax(axis=2), t.argmin(axis=0).shape)
print(t.cumsum(axis=2)[1])
print(t.prod(axis=0)[0])
print(np.median(t, axis=1))
print(np.percentile(t, 75, axis=2))
print((t > 10).any(axis=2), (t > 10).all(axis=(1, 2)))
print(np.sum(t, axis=(0, 1, 2)), t.sum(axis=(-1, 0)))
