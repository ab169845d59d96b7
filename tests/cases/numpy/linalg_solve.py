import numpy as np

a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.round(np.linalg.det(a), 6))
print(np.round(np.linalg.inv(a), 6) + 0.0)
print(np.allclose(a @ np.linalg.inv(a), np.eye(2)))
b = np.array([1.0, 2.0])
x = np.linalg.solve(a, b)
print(np.round(x, 6) + 0.0)
print(np.allclose(a @ x, b))
m = np.array([[2.0, 1.0, 1.0], [1.0, 3.0, 2.0], [1.0, 0.0, 0.0]])
print(np.round(np.linalg.det(m), 6))
print(np.round(np.linalg.inv(m), 6) + 0.0)
rhs = np.array([[4.0, 1.0], [5.0, 0.0], [6.0, 1.0]])
print(np.round(np.linalg.solve(m, rhs), 6) + 0.0)
print(np.round(np.linalg.det(np.eye(3) * 2), 6))
print(np.round(np.linalg.det(np.array([[1, 2], [3, 4]])), 6))
print(np.round(np.linalg.inv(np.array([[1, 2], [3, 4]])), 6) + 0.0)
print(np.linalg.norm(np.array([3.0, 4.0])))
print(np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]])))
print(np.round(np.linalg.norm(np.arange(10.0)), 10))
print(np.linalg.norm(np.array([1.0, -2.0, 2.0]), ord=1), np.linalg.norm(np.array([1.0, -5.0, 2.0]), ord=np.inf))
print(np.linalg.norm(np.array([[3.0, 4.0], [6.0, 8.0]]), axis=1))
print(np.linalg.norm(np.array([[3.0, 4.0], [0.0, 0.0]]), axis=0))
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
try:
    np.linalg.solve(np.zeros((2, 2)), np.ones(2))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
print(issubclass(np.linalg.LinAlgError, ValueError))
