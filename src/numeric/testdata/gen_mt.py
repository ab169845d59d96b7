"""Regenerates mt_expected.txt: `python3 gen_mt.py > mt_expected.txt` (CPython 3.11).

Each line is `seed|op|values`; the Rust test replays the same operations on a fresh
generator per (seed, op) pair and compares. Floats are written with repr (round-trips exactly).
"""
import random

SEEDS = [0, 1, 42, 12345, 2**40 + 7, -5, 2**64 - 1, 3**100, 10**50 + 123, 2**32, 2**31 - 1]

OPS = {
    "random": lambda r: [r.random() for _ in range(10)],
    "randint": lambda r: [r.randint(1, 100) for _ in range(20)],
    "randrange_big": lambda r: [r.randrange(0, 10**30, 7) for _ in range(5)],
    "randrange_neg": lambda r: [r.randrange(100, -100, -3) for _ in range(10)],
    "randrange1": lambda r: [r.randrange(1000) for _ in range(10)],
    "choice": lambda r: [r.choice(range(37)) for _ in range(10)],
    "shuffle": lambda r: (lambda x: (r.shuffle(x), x)[1])(list(range(20))),
    "sample100": lambda r: r.sample(range(100), 10),
    "sample_big": lambda r: r.sample(range(10**6), 5),
    "sample_30_of_40": lambda r: r.sample(range(40), 30),
    "gauss": lambda r: [r.gauss(0, 1) for _ in range(6)],
    "uniform": lambda r: [r.uniform(-3.5, 7.25) for _ in range(5)],
    "normalvariate": lambda r: [r.normalvariate(2.0, 0.5) for _ in range(5)],
    "expovariate": lambda r: [r.expovariate(1.5) for _ in range(5)],
    "getrandbits": lambda r: [r.getrandbits(k) for k in (1, 7, 32, 33, 64, 100, 200)],
}

for seed in SEEDS:
    for name, op in OPS.items():
        r = random.Random(seed)
        print(f"{seed}|{name}|{' '.join(repr(v) for v in op(r))}")
