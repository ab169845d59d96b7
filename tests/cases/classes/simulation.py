# A small object-heavy simulation: particles, a world, polymorphic update rules, deterministic output.
class Body:
    def __init__(self, name, x, v):
        self.name, self.x, self.v = name, x, v
    def step(self, dt):
        self.x += self.v * dt
    def energy(self):
        return 0.5 * self.v * self.v
    def __repr__(self):
        return "%s(x=%.3f, v=%.3f)" % (type(self).__name__, self.x, self.v)
class Damped(Body):
    def __init__(self, name, x, v, k):
        super().__init__(name, x, v)
        self.k = k
    def step(self, dt):
        self.v *= (1 - self.k * dt)
        super().step(dt)
class Bouncer(Body):
    def step(self, dt):
        super().step(dt)
        if self.x > 10 or self.x < 0:
            self.v = -self.v
            self.x = max(0, min(10, self.x))
class World:
    def __init__(self):
        self.bodies = []
        self.t = 0.0
    def add(self, b):
        self.bodies.append(b)
        return self
    def run(self, steps, dt):
        for _ in range(steps):
            for b in self.bodies:
                b.step(dt)
            self.t += dt
    def total_energy(self):
        return sum(b.energy() for b in self.bodies)
    def __len__(self):
        return len(self.bodies)
    def __iter__(self):
        return iter(self.bodies)
w = World().add(Body("free", 0.0, 1.5)).add(Damped("damped", 0.0, 4.0, 0.1)).add(Bouncer("bouncy", 9.0, 3.0))
print(len(w), w.total_energy())
for i in range(4):
    w.run(25, 0.1)
    print("t=%.1f" % w.t, [repr(b) for b in w], round(w.total_energy(), 6))
by_x = sorted(w, key=lambda b: b.x)
print([b.name for b in by_x])
kinds = {}
for b in w:
    kinds.setdefault(type(b).__name__, []).append(b.name)
print(kinds)
print(all(isinstance(b, Body) for b in w), [type(b).__mro__[1].__name__ for b in w])
