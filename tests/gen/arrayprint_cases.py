"""Regenerates src/numeric/arrayprint/cases.txt, the NumPy answers that
src/numeric/arrayprint/tests.rs replays:

    .oracle/bin/python tests/gen/arrayprint_cases.py > src/numeric/arrayprint/cases.txt

One record per line, fields separated by tabs; `\\` and newlines in the expected text are
escaped as `\\\\` and `\\n`.

    array  DTYPE  SHAPE  OPTIONS  DATA  STR  REPR
    a2s    DTYPE  SHAPE  OPTIONS  DATA  SEPARATOR  PREFIX  ARRAY2STRING
    scalar DTYPE  VALUE  STR  REPR

SHAPE is comma-separated ("" for 0-d). OPTIONS is `key=value` pairs joined by `;` (only those
that differ from NumPy's defaults; `-` for none). DATA is either `list:` and the elements
(Python reprs; bools as 0/1) joined by spaces, or a formula over the flat C-order index i,
evaluated in float64 (int64 for integer dtypes) and then cast to the dtype:

    arange:A:B            i*A + B
    mod:A:B:P:S:O         ((i*A + B) % P) / P * S + O    (integer dtypes: ... % P * S + O)

Bool arrays built by a formula hold `value != 0`.
"""
import sys

import numpy as np

DTYPES = {
    "bool": np.bool_,
    "int32": np.int32,
    "int64": np.int64,
    "float32": np.float32,
    "float64": np.float64,
}
DEFAULTS = np.get_printoptions()
OUT = []


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def opt_text(opts):
    if not opts:
        return "-"
    return ";".join(f"{k}={v}" for k, v in opts.items())


def formula_values(dtype, n, formula):
    parts = formula.split(":")
    kind = parts[0]
    integral = dtype in ("int32", "int64", "bool")
    if kind == "arange":
        a, b = parts[1:]
        if integral:
            v = np.arange(n, dtype=np.int64) * int(a) + int(b)
        else:
            v = np.arange(n, dtype=np.float64) * float(a) + float(b)
    elif kind == "mod":
        a, b, p, s, o = parts[1:]
        k = (np.arange(n, dtype=np.int64) * int(a) + int(b)) % int(p)
        if integral:
            v = k * int(s) + int(o)
        else:
            v = k.astype(np.float64) / float(int(p)) * float(s) + float(o)
    else:
        raise ValueError(formula)
    if dtype == "bool":
        return v != 0
    return v.astype(DTYPES[dtype])


def elem_text(dtype, x):
    if dtype == "bool":
        return "1" if x else "0"
    if dtype in ("int32", "int64"):
        return str(int(x))
    return repr(float(x))


def array(dtype, values=None, shape=None, formula=None, a2s=None, **opts):
    """Records one array case; `values` is anything np.array accepts. With `a2s`, a
    (separator, prefix) pair, records np.array2string instead of str and repr."""
    if formula is not None:
        n = int(np.prod(shape, dtype=np.int64))
        a = formula_values(dtype, n, formula).reshape(shape)
        data = "f:" + formula
    else:
        a = np.array(values, dtype=DTYPES[dtype])
        if shape is not None:
            a = a.reshape(shape)
        data = "list:" + " ".join(elem_text(dtype, x) for x in a.ravel())
    shape_text = ",".join(str(d) for d in a.shape)
    if a2s is not None:
        sep, prefix = a2s
        with np.printoptions(**opts):
            t = np.array2string(a, separator=sep, prefix=prefix)
        OUT.append("\t".join(["a2s", dtype, shape_text, opt_text(opts), data, esc(sep), esc(prefix),
                              esc(t)]))
        return
    with np.printoptions(**opts):
        s = str(a)
        r = repr(a)
    OUT.append("\t".join(["array", dtype, shape_text, opt_text(opts), data, esc(s), esc(r)]))


def scalar(dtype, x):
    v = DTYPES[dtype](x)
    OUT.append("\t".join(["scalar", dtype, elem_text(dtype, v), esc(str(v)), esc(repr(v))]))


rng = np.random.default_rng(20240611)

# --- float64, 1-D, hand-picked ----------------------------------------------------------------
HAND = [
    [], [0.0], [1.0], [-1.0], [0.5], [1.0, 2.0, 3.0], [0.1, 0.2, 0.3], [1.5, -2.25],
    [1e-5, 1.0], [1e8], [1e7, 1.0], [99999999.0], [123456789.0], [1e-4, 1e-3], [0.0001, 1000.0],
    [1.0, 1000.0], [1.0, 1000.1], [0.001, 1.0], [0.001, 1.0001], [-0.0], [-0.0, 0.0], [0.0, -0.0, 1.5],
    [float("nan")], [float("inf")], [float("-inf")], [float("inf"), float("-inf")],
    [float("nan"), 1.5], [float("nan"), float("inf"), -2.0], [float("nan"), 0.0],
    [float("-inf"), 1e-10], [1e300, 1e-300], [5e-324], [5e-324, 1.0], [2.2250738585072014e-308],
    [1.7976931348623157e308], [-1.7976931348623157e308, 1.0], [1 / 3, 2 / 3], [2 / 3],
    [3.141592653589793 * 10**k for k in range(-6, 10)], [0.1 + 0.2], [1e16], [1e15, 1.5],
    [9007199254740993.0], [2.0**53, 1.0], [123.456, -0.001], [1e-8, 1e-9], [5e-9], [4.9999e-9],
    [0.5, 0.25, 0.125, 0.0625], [1.0 / 7 * 10**k for k in range(0, 8)], [100.0, 200.0, 300.0],
    [1e-3, 2e-3, 3e-3], [0.00012345, 0.5], [1.23456789012345e-5], [-1e-5, 1e5],
    [1.0000000001, 2.0], [0.999999999, 1.0], [0.9999999999], [999999999.9999], [1e8 - 0.5],
    [12345678.9, 0.5], [1.25e-4, 3.5], [1e-4], [9.999e-5], [99999.99999999],
    [1e100, 1e101, 1e102], [1e-100, 1e-101], [1e-310, 1e-320], [2.5, 3.5, 4.5], [0.05, 0.15, 0.25],
    [1.005, 2.675], [0.123456785, 0.123456775], [0.000123456785], [1234.56785, 0.5],
    [float("nan"), float("nan")], [float("inf"), 1e20], [float("-inf"), 1e-20, 3.0],
]
for vals in HAND:
    array("float64", vals)
    array("float32", vals)

# rounding at the precision: values just around a half in the 8th fractional digit
for k in range(40):
    x = 0.5 + k * 1.25e-9 + (k % 3) * 1e-10
    array("float64", [x, 1.0 + x / 7])

# random magnitudes
for scale_exp in range(-12, 20, 2):
    for n in (1, 2, 3, 5, 8):
        vals = rng.standard_normal(n) * 10.0**scale_exp
        array("float64", vals)
        array("float32", vals)

# mixed magnitudes and signs, with some nan/inf sprinkled in
for t in range(40):
    n = int(rng.integers(1, 12))
    vals = rng.standard_normal(n) * 10.0 ** rng.integers(-6, 9, n)
    if t % 4 == 1:
        vals[int(rng.integers(0, n))] = np.nan
    if t % 4 == 2:
        vals[int(rng.integers(0, n))] = -np.inf
    if t % 5 == 3:
        vals = np.round(vals)
    array("float64", vals)
    array("float32", vals)

# integer-valued floats and wrapping lines
array("float64", np.arange(30.0))
array("float64", np.arange(30.0) * 1.5 - 7)
array("float64", np.arange(100.0) / 3)
array("float64", np.linspace(0, 1, 11))
array("float64", np.linspace(-1, 1, 37))
array("float32", np.linspace(-1, 1, 37))
array("float64", np.arange(40.0) * 1e5)
array("float64", np.arange(40.0) * 1e-5)
array("float64", np.logspace(-10, 10, 21))
array("float32", np.logspace(-10, 10, 21))
for n in (7, 13, 24, 25, 26, 27, 50, 75, 76):
    array("float64", np.arange(n, dtype=np.float64) * 1.1)
    array("int64", np.arange(n) * 7 - 30)

# --- multi-dimensional float ------------------------------------------------------------------
for shape in [(1, 1), (2, 3), (3, 2), (1, 5), (5, 1), (2, 2, 2), (2, 3, 4), (3, 1, 2), (1, 1, 1),
              (2, 1, 3, 2), (2, 2, 2, 2), (4, 6), (6, 4), (3, 12), (2, 30)]:
    n = int(np.prod(shape))
    vals = rng.standard_normal(n).reshape(shape)
    array("float64", vals)
    array("float32", vals)
    array("float64", np.round(vals * 100))
    array("int64", (vals * 1000).astype(np.int64))
    array("int32", (vals * 10).astype(np.int32))
    array("bool", vals > 0)
    array("float64", vals * 1e-6)
vals = rng.standard_normal(24).reshape(2, 3, 4)
vals[0, 1, 2] = np.nan
vals[1, 2, 3] = np.inf
array("float64", vals)
array("float64", vals, precision=3)
array("float64", np.arange(60.0).reshape(3, 4, 5) * 1e6)
array("float64", np.arange(60.0).reshape(3, 4, 5) ** 3)
array("float64", (np.arange(48.0) * 0.37).reshape(4, 12), linewidth=40)
array("float64", (np.arange(48.0) * 0.37).reshape(2, 2, 12), linewidth=50)

# --- integers ---------------------------------------------------------------------------------
INTS = [
    [], [0], [1], [-1], [1, 2, 3], [-5, 10, 200], [10**9, -(10**9)], [2**62, -(2**62)],
    [2**63 - 1], [-(2**63)], [-(2**63), 2**63 - 1], [0, 0, 0], [-1, -22, -333], [7, 77, 777, 7777],
]
for vals in INTS:
    array("int64", vals)
for vals in [[], [0], [1, 2, 3], [-5, 10, 200], [2**31 - 1, -(2**31)], [-1, -22, -333]]:
    array("int32", vals)
for t in range(20):
    n = int(rng.integers(1, 40))
    vals = rng.integers(-(10 ** int(rng.integers(1, 12))), 10 ** int(rng.integers(1, 12)), n)
    array("int64", vals)
    array("int32", np.clip(vals, -(2**31), 2**31 - 1))

# --- bools ------------------------------------------------------------------------------------
for vals in [[], [True], [False], [True, False], [False, False], [True] * 30, [False, True] * 20]:
    array("bool", vals)

# --- 0-d --------------------------------------------------------------------------------------
for dtype, vals in [
    ("float64", [0.0, -0.0, 1.0, 0.1, 1.5, 1e16, 1e-5, 123456789.123, np.nan, np.inf, -np.inf,
                 1 / 3, 1e300, 5e-324, 1e15, 0.0001]),
    ("float32", [0.0, 1.0, 0.1, 1e6, 999999.0, 1e-5, 1 / 3, np.inf, 3.4e38, 1e-4]),
    ("int64", [0, 5, -7, 2**63 - 1, -(2**63)]),
    ("int32", [0, 5, -7, 2**31 - 1]),
    ("bool", [True, False]),
]:
    for v in vals:
        array(dtype, v)
array("float64", 1 / 3, precision=3)
array("float64", 1e-5, suppress=True)

# --- empty ------------------------------------------------------------------------------------
for dtype in DTYPES:
    for shape in [(0,), (2, 0), (0, 3), (3, 0, 2), (0, 0), (1, 0)]:
        array(dtype, np.zeros(shape, dtype=DTYPES[dtype]))

# --- summarised -------------------------------------------------------------------------------
SUMMARISED = [
    ("float64", (2000,), "arange:1:0"),
    ("float64", (1001,), "arange:0.5:-3"),
    ("float64", (2000,), "mod:7919:13:10007:1:0"),
    ("float64", (2000,), "mod:7919:13:10007:1e9:0"),
    ("float64", (5000,), "mod:7919:13:10007:1e-3:0"),
    ("float32", (2000,), "mod:7919:13:10007:1:0"),
    ("float32", (3000,), "arange:0.1:0"),
    ("int64", (2000,), "arange:1:0"),
    ("int64", (1001,), "arange:-3:1000"),
    ("int32", (2000,), "mod:7919:13:10007:1:-5000"),
    ("bool", (2000,), "mod:1:0:2:1:0"),
    ("float64", (50, 50), "arange:1:0"),
    ("float64", (50, 50), "mod:7919:13:10007:100:-50"),
    ("float64", (32, 32), "arange:1e-5:0"),
    ("int64", (50, 50), "arange:1:0"),
    ("bool", (40, 40), "mod:3:0:5:1:0"),
    ("float64", (10, 101), "arange:1:0"),
    ("float64", (101, 10), "arange:0.25:0"),
    ("float64", (1000, 2), "arange:1:0"),
    ("float64", (2, 1000), "arange:1:0"),
    ("float64", (20, 30, 40), "mod:7919:13:10007:1:0"),
    ("int64", (20, 30, 40), "arange:1:0"),
    ("float64", (11, 11, 11), "arange:1:0"),
    ("float32", (5, 5, 5, 10), "arange:1.5:0"),
    ("float64", (5000, 5000), "mod:7919:13:10007:1:0"),
    ("int64", (5000, 5000), "arange:1:0"),
]
for dtype, shape, formula in SUMMARISED:
    array(dtype, shape=shape, formula=formula)
array("float64", shape=(2000,), formula="mod:7919:13:10007:1:0", precision=3)
array("float64", shape=(2000,), formula="mod:7919:13:10007:1e-6:0", suppress=True)
array("float64", shape=(50, 50), formula="arange:1:0", edgeitems=1)
array("float64", shape=(50, 50), formula="arange:1:0", edgeitems=5)
array("float64", shape=(20, 30, 40), formula="arange:1:0", edgeitems=2)
array("int64", shape=(30,), formula="arange:1:0", threshold=10)
array("int64", shape=(30,), formula="arange:1:0", threshold=10, edgeitems=14)
array("int64", shape=(30,), formula="arange:1:0", threshold=10, edgeitems=15)
array("float64", shape=(6, 7), formula="arange:1:0", threshold=5, edgeitems=2)
array("float64", shape=(200,), formula="arange:1:0", threshold=100, linewidth=30)

# --- print options ----------------------------------------------------------------------------
OPT_VALUES = [
    [0.1, 0.2, 0.3], [1 / 3, 2 / 3, 1.0], [3.14159265358979, -2.718281828459045],
    [1e-5, 1.0, 1234.5678], [1e-10, 1.0], [123456.789, 0.001], [0.5, 1.0], [1e8, 1.5],
    [1.23456789e-7, 4.2e-9], [0.0, 1e-12, 0.00049999], [np.nan, 1.23456, -np.inf],
    [1.5e300, -2.5e-300], [0.0005, 0.0015, 0.0025], [99.99999, 0.00001],
]
for vals in OPT_VALUES:
    for opts in [dict(precision=3), dict(precision=4), dict(precision=0), dict(precision=1),
                 dict(precision=12), dict(precision=17), dict(suppress=True),
                 dict(precision=3, suppress=True), dict(precision=2, suppress=True)]:
        array("float64", vals, **opts)
        array("float32", vals, **opts)
for vals in OPT_VALUES[:8]:
    for opts in [dict(floatmode="fixed"), dict(floatmode="unique"),
                 dict(floatmode="maxprec_equal"), dict(floatmode="fixed", precision=3),
                 dict(floatmode="maxprec_equal", precision=4), dict(sign="+"), dict(sign=" "),
                 dict(sign="+", precision=3), dict(floatmode="unique", suppress=True)]:
        array("float64", vals, **opts)
        array("float32", vals, **opts)
for vals in [[1, -2, 3], [5, 6], [-7, -8]]:
    for opts in [dict(sign="+"), dict(sign=" ")]:
        array("int64", vals, **opts)
array("float64", [np.nan, np.inf, -np.inf, 1.5], nanstr="NaN", infstr="Infinity")
array("float64", [np.nan, np.inf], nanstr="not-a-number", infstr="∞")
array("float64", [np.nan, -np.inf, 1.5], sign="+")
array("float64", [np.nan, np.inf, 1.5], sign=" ")
array("float64", [-0.0, 1.5], sign=" ")
array("float64", [np.nan], sign=" ")
for lw in (10, 20, 30, 40, 50, 60, 100, 200):
    array("float64", np.arange(25.0) * 1.37, linewidth=lw)
    array("int64", np.arange(25) * 13, linewidth=lw)
    array("float64", (np.arange(24.0) * 3.3).reshape(2, 12), linewidth=lw)
    array("int32", np.arange(25) * 13, linewidth=lw)
array("float64", [123456789012.0], linewidth=5)
array("int32", [1, 2, 3], linewidth=10)
array("int32", np.arange(12).reshape(3, 4), linewidth=10)
array("float64", np.arange(3.0), linewidth=1)

# --- np.array2string ---------------------------------------------------------------------------
for sep, prefix in [(",", ""), (", ", "x = "), (" ", "np.array("), ("; ", "")]:
    array("float64", 1 / 3, a2s=(sep, prefix))
    array("int32", 7, a2s=(sep, prefix))
    array("float64", np.arange(30.0) * 1.37, a2s=(sep, prefix))
    array("int64", np.arange(24).reshape(2, 3, 4) * 1000, a2s=(sep, prefix))
    array("bool", [True, False, True], a2s=(sep, prefix))
    array("float32", np.zeros((0, 2)), a2s=(sep, prefix))
    array("float64", shape=(50, 50), formula="arange:1:0", a2s=(sep, prefix))

# --- random arrays, all options -----------------------------------------------------------------
def random_floats(n):
    kind = rng.integers(0, 6)
    if kind == 0:
        return rng.integers(0, 2**63, n, dtype=np.int64).view(np.float64) * rng.choice([-1, 1], n)
    if kind == 1:
        return rng.standard_normal(n) * 10.0 ** rng.integers(-12, 12)
    if kind == 2:
        return np.round(rng.standard_normal(n) * 10.0 ** rng.integers(0, 6), rng.integers(0, 10))
    if kind == 3:
        return rng.standard_normal(n) * 10.0 ** rng.integers(-30, 30, n)
    if kind == 4:
        return rng.integers(-1000, 1000, n) / 2.0 ** rng.integers(0, 12)
    v = rng.standard_normal(n)
    m = rng.random(n)
    v[m < 0.1] = np.nan
    v[(m > 0.1) & (m < 0.2)] = np.inf
    v[(m > 0.2) & (m < 0.25)] = -np.inf
    v[(m > 0.25) & (m < 0.3)] = -0.0
    return v


with np.errstate(all="ignore"):
    for t in range(500):
        nd = int(rng.integers(1, 4))
        shape = tuple(int(x) for x in rng.integers(1, [5, 7][t % 2], nd))
        n = int(np.prod(shape))
        dtype = ["float64", "float32", "float64", "float32", "int64", "int32", "bool"][t % 7]
        opts = {}
        if rng.random() < 0.4:
            opts["precision"] = int(rng.integers(0, 18))
        if rng.random() < 0.2:
            opts["suppress"] = True
        if rng.random() < 0.2:
            opts["floatmode"] = ["fixed", "unique", "maxprec_equal", "maxprec"][rng.integers(0, 4)]
        if rng.random() < 0.1:
            opts["sign"] = ["+", " ", "-"][rng.integers(0, 3)]
        if rng.random() < 0.2:
            opts["threshold"] = int(rng.integers(1, 100))
            opts["edgeitems"] = int(rng.integers(1, 5))
        if rng.random() < 0.15:
            opts["linewidth"] = int(rng.integers(5, 120))
        if dtype.startswith("float"):
            vals = random_floats(n)
        elif dtype == "bool":
            vals = rng.random(n) < 0.5
        else:
            vals = rng.integers(-(2**62), 2**62, n) // 10 ** rng.integers(0, 18)
            if dtype == "int32":
                vals = vals % 2**31 - 2**30
        array(dtype, np.array(vals).reshape(shape), **opts)
    for t in range(300):
        scalar("float64", rng.integers(0, 2**63, dtype=np.int64).view(np.float64))
        scalar("float32", np.uint32(rng.integers(0, 2**32)).view(np.float32))

# --- scalars ----------------------------------------------------------------------------------
SCALAR_F = [0.0, -0.0, 0.1, 0.2, 0.3, 1.0, -1.0, 1.5, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
            1e-4, 9.99e-5, 1e-5, 1.5e-7, 123456789.0, 1e10, 1e300, 5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, np.nan, np.inf, -np.inf, 2.0**60, 1e22, 1e23, 0.1 + 0.2,
            3.141592653589793, 100.0, 1e6, 999999.0, 999999.94, 1e7, 16777217.0, 0.00010001,
            123.456, -98765.4321, 5e-5, 1.1754943508222875e-38, 1e-45, 3.4028234663852886e38]
for x in SCALAR_F:
    scalar("float64", x)
    if not (np.isfinite(x) and abs(x) > 3.4028234663852886e38):
        scalar("float32", x)
for x in rng.standard_normal(40) * 10.0 ** rng.integers(-20, 20, 40):
    scalar("float64", x)
    scalar("float32", x)
for x in [0, 1, -1, 3, 42, -1000, 2**31 - 1, -(2**31)]:
    scalar("int32", x)
for x in [0, 1, -1, 3, 2**63 - 1, -(2**63), 10**15]:
    scalar("int64", x)
scalar("bool", True)
scalar("bool", False)

sys.stdout.write("\n".join(OUT) + "\n")
