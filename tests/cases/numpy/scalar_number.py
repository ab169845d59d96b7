import math
import numpy as np

a = np.array([2.25, 4.0, 3.0])
i = np.array([3, 1, 4])
print(float(a[0]), int(a[1]), int(i[2]), float(i[0]), bool(i[1]), bool(a[0] - 2.25))
print(a[0] + 1, 1 + a[0], a[0] * 2, a[1] / 3, a[1] // 3, a[1] % 3, -a[0], abs(-a[0]))
print(i[0] + 1, i[0] * i[2], i[0] / 2, i[0] // 2, i[0] % 2, i[0] ** 2, -i[1])
print(math.sqrt(a[0]), math.floor(a[0]), math.exp(i[1]), math.isclose(a[1], 4.0))
print(a[0] < a[1], a[0] == 2.25, i[0] == 3, i[0] > 2.5, a[1] >= i[1])
lst = ['a', 'b', 'c', 'd', 'e']
print(lst[i[0]], lst[i[2]], lst[i[1]:i[2]])
print(list(range(i[2])), list(range(i[1], i[0])))
print(sum(a), sum(i), max(i), min(a), sorted(i), sorted(a, reverse=True))
print(round(a[0], 1), round(a[0]), int(round(a[1])))
print(hash(np.float64(2.0)) == hash(2.0), hash(np.int64(3)) == hash(3))
d = {i[0]: 'three'}
print(d[3], 3 in d)
print(a[0] + i[0], type(a[0] + i[0]).__name__)
print(type(i[0] + 1).__name__, type(i[0] + 1.5).__name__, type(a[0] + 1).__name__)
print(type(i[0] / 1).__name__, type(float(i[0])).__name__, type(int(a[0])).__name__)
print(isinstance(a[0], float), isinstance(i[0], int), isinstance(a[0], np.floating), isinstance(i[0], np.integer))
print(np.float64(0.1) + np.float64(0.2), np.float64(1) / np.float64(3))
print(divmod(i[2], 3), divmod(a[1], 3))
print(str(i[0]).zfill(3), "x" * i[1], [0] * i[0])
print(math.pi * a[1], a[0] ** 0.5, 2 ** i[0])
print(i.sum() * 1.5, a.sum() + i.sum(), a.mean() > 3)
print(int(np.int64(7)).bit_length(), np.int64(7).item().bit_length())
print(int(np.float64(-2.7)), math.trunc(np.float64(-2.7)), math.ceil(np.float64(2.1)))
