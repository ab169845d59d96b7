# stderr-tail: 2
import numpy as np

m = np.zeros((2, 3))
print(m.shape)
m[1, 2] = 5.0
print(m.sum())
print(m[1, -1], m[-2, 0])
print(m[:, 2])
print(m[2, 0])
print("not reached")
