"""Regenerates math_expected.txt: `python3 gen_math.py > math_expected.txt` (CPython 3.11).
Lines: `fn|arg;arg;...|result` where floats are repr()s, ints decimal, lists `[a,b,...]`,
and a raised error is `ERR:message`. Huge int results (not arguments) are given as `H:<n mod 2**61-1>:<bits>`.
"""
import math, random

r = random.Random(311)
out = []

def fmt(v, short=True):
    if isinstance(v, bool): return str(v)
    if isinstance(v, int):
        if short and v.bit_length() > 2000: return f"H:{v % (2**61 - 1)}:{v.bit_length()}"
        return str(v)
    if isinstance(v, float): return repr(v)
    if isinstance(v, tuple): return "(" + ",".join(fmt(x) for x in v) + ")"
    if isinstance(v, list): return "[" + ",".join(fmt(x) for x in v) + "]"
    raise TypeError(v)

def case(name, fn, *args):
    try:
        res = fmt(fn(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        res = f"ERR:{e}"
    out.append(f"{name}|{';'.join(fmt(a, False) for a in args)}|{res}")

specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300,
            float("inf"), float("-inf")]
gam = specials + [x / 4 for x in range(-100, 101)] + [r.uniform(-180, 180) for _ in range(300)]
gam += [r.uniform(0, 1) for _ in range(100)] + [171.5, 171.7, 200.5, -200.5, -170.3, 1e-21, 140.2, -140.7]
for x in gam:
    case("gamma", math.gamma, x)
    case("lgamma", math.lgamma, x)
erfs = specials + [x / 16 for x in range(-120, 121)] + [r.uniform(-7, 7) for _ in range(400)]
erfs += [r.uniform(-1, 1) * 10.0 ** -r.randrange(1, 300) for _ in range(50)] + [27.9, 28.0, -6.0, 5.99, 2.857142857, 0.84375, 1.25]
for x in erfs:
    case("erf", math.erf, x)
    case("erfc", math.erfc, x)
fs = [[1e100, 1.0, -1e100, 1e-100] * k for k in range(1, 6)] + [[0.1] * 10, [1e-16, 1.0, 1e16],
      [1.7976931348623157e308, 1.7976931348623157e308], [float("inf"), -float("inf")],
      [float("inf"), 1.0, float("inf")], [], [-0.0], [2.0**53, 1.0, 1e-10], [1.0, -2.0**-1074]]
fs += [[r.uniform(-1, 1) * 10.0 ** r.randrange(-20, 20) for _ in range(r.randrange(1, 60))] for _ in range(100)]
for l in fs:
    case("fsum", math.fsum, l)
for n in list(range(0, 40)) + [100, 170, 171, 1000, 1234, 20000]:
    case("factorial", math.factorial, n)
for _ in range(60):
    n = r.choice([r.randrange(0, 60), r.randrange(0, 10**6), r.randrange(0, 10**30)])
    k = r.choice([r.randrange(0, 40), r.randrange(0, n + 2)])
    case("comb", math.comb, n, k)
    case("perm", math.perm, n, k)
case("comb", math.comb, -1, 2); case("comb", math.comb, 5, -2); case("perm", math.perm, 3, 5)
for _ in range(60):
    n = r.choice([r.randrange(0, 10**6), r.randrange(0, 2**200), r.randrange(0, 2**2000)])
    case("isqrt", math.isqrt, n)
case("isqrt", math.isqrt, -4)
bigs = [1, 2, 3, 10**400, 2**5000 + 1, 3**2000, 7**999, 2**1023, 2**1024, 10**308, r.randrange(2**3000)]
for n in bigs:
    case("log", math.log, n); case("log2", math.log2, n); case("log10", math.log10, n)
case("log", math.log, 0); case("log", math.log, -5)
ints = [0, 1, -1, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**1024 - 2**970, 2**1024 - 2**971,
        2**1024 - 2**971 - 1, 10**308, -10**309, 2**64 - 1, 2**63 + 2**10 + 1]
ints += [r.randrange(-2**r.randrange(1, 1100), 2**r.randrange(1, 1100)) for _ in range(100)]
for n in ints:
    case("tofloat", float, n)
for x in [0.0, -0.0, 1.5, -2.7, 1e300, -1e22, 2.0**63, 123456789.987, float("inf"), float("nan")] + [r.uniform(-1e20, 1e20) for _ in range(30)]:
    case("toint", int, x)
pairs = [(10**400 // 3, 10**399), (1, 3), (2, 3), (-7, 2), (1, 10**310), (1, 10**330), (10**310, 1),
         (2**1100, 2**77), (1, 0), (0, -5), (2**53 + 1, 1), (2**54 + 2, 2), (3, 2**1075), (3, 2**1076)]
for _ in range(150):
    a = r.randrange(-2**r.randrange(1, 1200), 2**r.randrange(1, 1200))
    b = r.randrange(-2**r.randrange(1, 1200), 2**r.randrange(1, 1200)) or 1
    pairs.append((a, b))
for a, b in pairs:
    case("truediv", lambda a, b: a / b, a, b)
fl = specials + [r.uniform(-1e10, 1e10) for _ in range(20)] + [3.0, 6.5, 7.0, 1e308, 2.0**-1070]
for x in fl:
    case("frexp", math.frexp, x); case("modf", math.modf, x); case("ulp", math.ulp, x)
for x, e in [(1.0, 1024), (1.0, 1023), (0.75, -1074), (0.75, -1075), (1.5, -1075), (3.0, -1076), (1.0, 10**20), (1.0, -10**20), (5.0, -1070), (r.random(), -1060)]:
    case("ldexp", math.ldexp, x, e)
for _ in range(60):
    x, y = r.choice(fl), r.choice(fl)
    case("fmod", math.fmod, x, y); case("remainder", math.remainder, x, y)
    case("nextafter", math.nextafter, x, y); case("copysign", math.copysign, x, y)
for x, y in [(5.0, 2.0), (7.0, 2.0), (-5.0, 2.0), (1e300, 3.0), (6.0, 4.0), (10.0, 4.0)]:
    case("remainder", math.remainder, x, y)
for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-10), (1e308, float("inf")), (float("inf"), float("inf"))]:
    case("isclose", math.isclose, a, b)
print("\n".join(out))
