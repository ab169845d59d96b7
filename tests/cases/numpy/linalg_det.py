import numpy as np

# NumPy's det is sign * exp(sum(log|u_ii|)) over LAPACK's LU (multipliers scaled by the
# pivot's reciprocal), not the product of the diagonal: the last digits show it.
a = np.arange(12.0).reshape(3, 4) - 4.5
print(np.linalg.det(a[:, :3] + np.eye(3)))
print(np.linalg.det(np.array([[4.0, 3.0], [6.0, 3.0]])))
print(np.linalg.det(np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])))
print(np.linalg.det(np.eye(4) * 3), np.linalg.det(np.zeros((2, 2))))
print(np.linalg.det(np.array([[1, 2], [3, 4]])))
