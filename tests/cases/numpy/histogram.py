import numpy as np

np.random.seed(0)
x = np.random.randn(1000)
h, e = np.histogram(x)
print(h, h.dtype, h.sum())
print(e)
h, e = np.histogram(x, bins=7, range=(-2, 2))
print(h, e)
h, e = np.histogram(x, bins=[-3, -1, 0, 0.5, 3])
print(h, e)
h, e = np.histogram(x, bins=5, density=True)
print(h, e)
print(np.histogram(x, bins=[-3, 0, 3], density=True))
print(np.histogram([1, 2, 1], bins=[0, 1, 2, 3]))
print(np.histogram(np.arange(4), bins=np.arange(5)))
print(np.histogram([0.5, 0.5, 0.5]))
print(np.histogram([3, 3, 3], bins=3))
print(np.histogram(np.arange(10), bins=3))
print(np.histogram(np.arange(10), bins=4, range=(0, 10)))
print(np.histogram([], bins=4))
print(np.histogram(np.array([1.0, 2.0, np.nan]), bins=2, range=(0, 3)))
print(np.histogram(np.linspace(0, 1, 11), bins=10))
print(np.histogram(np.linspace(0, 1, 101), bins=3))
print(np.histogram(np.array([0.1, 0.2, 0.7, 0.3], dtype=np.float32), bins=4))
print(np.histogram(np.array([0.1, 0.2, 0.7, 0.3], dtype=np.float32), bins=3, range=(0, 1)))
print(np.histogram(np.random.rand(5000).astype(np.float32), bins=13)[0])
print(np.histogram(np.random.rand(300) * 1e-3 + 1.0, bins=17))
print(np.histogram(np.arange(100).reshape(10, 10), bins=[0, 10, 50, 99]))
print(np.histogram(np.random.randint(0, 20, size=500), bins=20, range=(0, 20), density=True))
for bad in [dict(bins=0), dict(bins=2.5), dict(bins=[3, 1, 2]), dict(bins=[[1, 2]]),
            dict(range=(2, 1)), dict(range=(0, np.inf))]:
    try:
        np.histogram([1.0, 2.0], **bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    np.histogram([1.0, np.nan])
except ValueError as err:
    print(err)
