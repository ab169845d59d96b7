# Class-heavy simulation: many small objects, method calls, attribute access, inheritance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
class Particle:
    def __init__(self, i):
        self.pos = Vec(float(i % 17), float(i % 23))
        self.vel = Vec((i % 5) - 2.0, (i % 7) - 3.0)
        self.mass = 1.0 + i % 3
    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
    def energy(self):
        return 0.5 * self.mass * (self.vel.x ** 2 + self.vel.y ** 2)
class Heavy(Particle):
    def __init__(self, i):
        super().__init__(i)
        self.mass *= 10
    def step(self, dt):
        super().step(dt * 0.5)
ps = [Heavy(i) if i % 4 == 0 else Particle(i) for i in range(500)]
for _ in range(600):
    for p in ps:
        p.step(0.1)
cx = sum(p.pos.x for p in ps) / len(ps)
cy = sum(p.pos.y for p in ps) / len(ps)
print("checksum = %.6f %.6f %.3f" % (cx, cy, sum(p.energy() for p in ps)))
