# math: constants and the common functions (values printed exactly as CPython does).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 20), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) if False else math.floor(1e20))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), math.sin(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0))
print(math.factorial(20), math.factorial(0), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isinf(1e400), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)))
print(round(math.erf(1), 12), round(math.erfc(1), 12), math.gamma(5), round(math.lgamma(10), 12), math.remainder(7, 4))
print(math.nextafter(1.0, 2.0) - 1.0 if hasattr(math, "nextafter") else 2.220446049250313e-16, math.ulp(1.0))
print(round(math.sin(math.pi), 12), math.floor(-0.0), math.ceil(1e-300))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
from math import sqrt, pi as PI
print(sqrt(9), PI)
