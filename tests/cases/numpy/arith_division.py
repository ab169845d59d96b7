import numpy as np

i = np.array([7, -7, 8, 0])
print(i / 2, (i / 2).dtype)
print(i / np.array([2, 2, 4, 1]))
print(i // 2, i % 3, i // -3, i % -3)
f = np.array([7.5, -7.5, 0.5])
print(f // 2, f % 2, f // -2, f % -2)
print(np.floor_divide(f, 0.25), np.remainder(i, 4))
print(np.true_divide(i, 4))
print(i ** 2, i ** 0, np.array([2.0]) ** -1, np.array([2]) ** 3.0)
print(np.power(np.array([2, 3]), np.array([0, 1])))
try:
    print(np.array([2, 3]) ** -1)
except ValueError as e:
    print("ValueError:", e)
print(np.array([2, 3]) ** np.array([-1.0, 2.0]))
print(10 / np.array([4, 5]), 10 // np.array([4, 5]), 10 % np.array([4, 5]))
print(np.array([1, 2]) / np.array([3, 3]))
print(2.0 ** np.array([0.5, 10]))
print(np.array([1.0, 2.0]) / 8, np.array([-3]) // 2, np.array([-3.0]) % 2)
