"""Regenerates npf32_expected.txt with NumPy's float32 exp, log, sin and cos (x86-64 with FMA):
`.oracle/bin/python src/numeric/testdata/gen_npf32.py > src/numeric/testdata/npf32_expected.txt`.
Each line is `op|input bits|output bits`, bits as 8 hex digits."""
import numpy as np

rng = np.random.default_rng(20261204)
special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, 2.0, 1e-45, -1e-45,
                    1.1754942e-38, 1.17549435e-38, 3.4028235e38, 88.72283935546875,
                    88.7228317, 88.72284, -103.97208404541015625, -103.972076, -87.33655,
                    -87.3365479, -100.0, 0.70710677, 0.7071068, 1.4142135, 1e-10],
                   dtype=np.float32)
exp_in = np.concatenate([
    special,
    rng.uniform(-105, 90, 2500).astype(np.float32),
    rng.uniform(-1, 1, 500).astype(np.float32),
    (rng.standard_normal(300) * 1e-4).astype(np.float32),
])
log_bits = rng.integers(0, 0x7F800000, 2500, dtype=np.uint32)
log_in = np.concatenate([
    special,
    log_bits.view(np.float32),
    rng.uniform(0.5, 2.0, 500).astype(np.float32),
    rng.integers(1, 0x00800000, 200, dtype=np.uint32).view(np.float32),
    -rng.uniform(0, 10, 20).astype(np.float32),
])
trig_in = np.concatenate([
    special,
    rng.uniform(-10, 10, 1500).astype(np.float32),
    rng.uniform(-2e5, 2e5, 1000).astype(np.float32),
    np.array([71476.0625, 71476.07, -71476.0625, 117435.992, 117436.0, -117435.992, 1e30],
             dtype=np.float32),
    (rng.standard_normal(200) * 1e-3).astype(np.float32),
])
with np.errstate(all="ignore"):
    for name, fn, xs in (("exp", np.exp, exp_in), ("log", np.log, log_in),
                         ("sin", np.sin, trig_in), ("cos", np.cos, trig_in)):
        ys = fn(xs)
        for x, y in zip(xs.view(np.uint32), ys.view(np.uint32)):
            print(f"{name}|{x:08x}|{y:08x}")
