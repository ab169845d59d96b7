"""Regenerates np_expected.txt with NumPy's legacy RandomState:
`/tmp/npvenv/bin/python gen_np.py > np_expected.txt`. Same line format as gen_mt.py."""
import numpy as np

SEEDS = [0, 1, 42, 12345, 2**32 - 1]
OPS = {
    "random_sample": lambda r: [float(r.random_sample()) for _ in range(8)],
    "randn": lambda r: [float(r.randn()) for _ in range(7)],
    "randint": lambda r: [int(r.randint(0, 10)) for _ in range(20)],
    "randint_wide": lambda r: [int(r.randint(-2**40, 2**50)) for _ in range(6)],
    "randint_neg": lambda r: [int(r.randint(-7, 3)) for _ in range(10)],
    "permutation": lambda r: [int(v) for v in r.permutation(15)],
    "uniform": lambda r: [float(r.uniform(1.0, 2.0)) for _ in range(4)],
    "normal": lambda r: [float(r.normal(5.0, 2.0)) for _ in range(4)],
}
for seed in SEEDS:
    for name, op in OPS.items():
        r = np.random.RandomState(seed)
        print(f"{seed}|{name}|{' '.join(repr(v) for v in op(r))}")
