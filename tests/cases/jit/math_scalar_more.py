# pyrs: modes=jit-both
# math.* in compiled code: sqrt exp log sin cos tan atan2 hypot floor ceil fabs isnan isinf copysign
import math
from numba import njit


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x), math.atan2(x, 1.0 - x)


@njit
def misc(x, y):
    return math.hypot(x, y), math.floor(x), math.ceil(x), math.fabs(x), math.copysign(y, x)


@njit
def logs(x):
    return math.sqrt(x), math.exp(x), math.log(x), math.log(x) / math.log(10.0)


@njit
def checks(x):
    return math.isnan(x), math.isinf(x)


for x in [0.0, 0.5, 1.25, -2.0, 3.0]:
    print(x, *[round(v, 9) for v in trig(x)])
for x, y in [(3.0, 4.0), (-2.5, 1.0), (0.0, -7.0), (7.9, 2.0), (-0.1, 5.0)]:
    h, fl, ce, fa, cs = misc(x, y)
    print(x, y, round(h, 9), fl, ce, fa, cs)
for x in [1.0, 2.0, 10.0, 0.25]:
    print(x, *[round(v, 9) for v in logs(x)])
for x in [1.0, math.nan, math.inf, -math.inf, 0.0]:
    print(*checks(x))
print(math.floor(-3.5) + 0, math.ceil(-3.5) + 0)
