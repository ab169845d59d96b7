# Import statement forms with standard modules: alias, from-import, star import, import inside a function.
import math as m, sys
from os import path as osp
from math import *
from collections import deque as Q, Counter
print(m.sqrt(16), floor(2.5), ceil(2.5), pi == m.pi, factorial(5))
print(osp.join("a", "b"), Q([1, 2]), Counter("aab")["a"])
def lazy():
    import itertools
    return list(itertools.islice(itertools.count(3), 3))
print(lazy())
import math
print(math is m, sys.modules["math"] is math)
import functools, itertools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.repeat(1, 2)))
print(__name__, type(math).__name__, math.__name__)
