# pyrs: modes=jit-both
# n-body leapfrog steps on (n, 3) position/velocity arrays; energy with math.sqrt
import math
import numpy as np
from numba import njit


@njit
def step(pos, vel, mass, dt):
    n = pos.shape[0]
    acc = np.zeros_like(pos)
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            dx = pos[j, 0] - pos[i, 0]
            dy = pos[j, 1] - pos[i, 1]
            dz = pos[j, 2] - pos[i, 2]
            r2 = dx * dx + dy * dy + dz * dz + 0.01
            inv = mass[j] / (r2 * math.sqrt(r2))
            acc[i, 0] += dx * inv
            acc[i, 1] += dy * inv
            acc[i, 2] += dz * inv
    for i in range(n):
        for k in range(3):
            vel[i, k] += acc[i, k] * dt
            pos[i, k] += vel[i, k] * dt


@njit
def energy(pos, vel, mass):
    e = 0.0
    n = pos.shape[0]
    for i in range(n):
        e += 0.5 * mass[i] * (vel[i, 0] ** 2 + vel[i, 1] ** 2 + vel[i, 2] ** 2)
        for j in range(i + 1, n):
            d = pos[i] - pos[j]
            e -= mass[i] * mass[j] / math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + 0.01)
    return e


pos = np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, -1.5]])
vel = np.array([[0.0, 0.0, 0.0], [0.0, 0.5, 0.0], [-0.3, 0.0, 0.1], [0.0, 0.2, 0.0]])
mass = np.array([10.0, 1.0, 0.5, 2.0])
print(round(energy(pos, vel, mass), 6))
for s in range(5):
    step(pos, vel, mass, 0.01)
    print(s, [round(float(v), 6) for v in pos[1]], round(energy(pos, vel, mass), 6))
print(pos.shape, vel.ndim, mass.size)
