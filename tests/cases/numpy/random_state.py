import numpy as np

# RandomState objects give the same streams as the global legacy state for the same seed.
r = np.random.RandomState(42)
np.random.seed(42)
print(r.rand(3))
print(np.random.rand(3))
print(r.randn(2, 2))
print(r.randint(10, size=5), r.randint(3, 9, size=(2, 3)), r.randint(5))
print(r.randint(0, 2**40, size=3), r.randint(-5, 5, size=4, dtype=np.int32))
print(r.random_sample(), r.random_sample((2,)), r.random(3))
print(r.uniform(), r.uniform(2.0, 3.0, size=3), r.uniform(low=-1, high=1, size=(2, 2)))
print(r.normal(), r.normal(10.0, 0.5, size=3), r.normal(loc=1.0, size=2))
print(r.standard_normal(3), r.exponential(2.0, size=2))
print(r.choice(10), r.choice(5, size=3), r.choice([1.5, 2.5, 3.5], size=4))
print(r.choice(10, size=4, replace=False), r.choice(4, size=6, p=[0.1, 0.2, 0.3, 0.4]))
x = np.arange(10)
r.shuffle(x)
print(x)
l = [1, 2, 3, 4, 5]
r.shuffle(l)
print(l)
m = np.arange(12).reshape(4, 3)
r.shuffle(m)
print(m)
print(r.permutation(8), r.permutation(np.array([1.0, 2.0, 3.0])))
r.seed(7)
a = r.rand(4)
r.seed(7)
print(a, r.rand(4), (a == r.rand(4)).any())
s1 = np.random.RandomState(123)
s2 = np.random.RandomState(123)
print(s1.randint(100, size=5), s2.randint(100, size=5))
print(np.random.RandomState([1, 2, 3]).rand(2), np.random.RandomState(seed=0).rand())
print(type(r).__name__, isinstance(r, np.random.RandomState))
# The global state is untouched by RandomState objects.
np.random.seed(5)
u = np.random.rand()
np.random.seed(5)
np.random.RandomState(5).rand(100)
print(u == np.random.rand())
for bad in [-1, 2**32, 1.5]:
    try:
        np.random.RandomState(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.uniform(0, 1, size=-1)
except ValueError as e:
    print(e)
