"""Regenerates hash_expected.txt: `python3 gen_hash.py > hash_expected.txt` (CPython 3.11, 64-bit).
Lines: `int|n|hash`, `float|repr|hash`, `tuple|a,b,...|hash` (ints), `tuple2|((a,b),c)|hash`,
`frozenset|a,b,...|hash` (ints)."""
import random

r = random.Random(2024)
ints = [0, 1, -1, -2, 2, 7, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), 2**63 - 1,
        -(2**63), 2**64, 10**30, -10**30, 3**200, -(7**150), 2**1000 - 1, 2**122 - 2]
ints += [r.randrange(-2**200, 2**200) for _ in range(40)]
ints += [r.randrange(-2**64, 2**64) for _ in range(40)]
for n in ints:
    print(f"int|{n}|{hash(n)}")
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e100, -1e-100, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), 3.141592653589793, 1e16, 2.0**61, 2.0**62, -2.0**61,
          123456789.123, 0.1, 1/3, 2.0**-1074, 2.0**60 - 256]
floats += [r.uniform(-1e6, 1e6) for _ in range(30)] + [r.random() * 10.0**r.randrange(-300, 300) for _ in range(30)]
for x in floats:
    print(f"float|{x!r}|{hash(x)}")
for n in range(0, 8):
    t = tuple(r.randrange(-2**70, 2**70) for _ in range(n))
    print(f"tuple|{','.join(map(str, t))}|{hash(t)}")
for t in [(1, 2, 3), (-1,), (-1, -2), (0,), (2**61 - 1,), tuple(range(100))]:
    print(f"tuple|{','.join(map(str, t))}|{hash(t)}")
print(f"tuple2|((1,2),3)|{hash(((1, 2), 3))}")
print(f"tuple2|(1.5,(True,None is None))|{hash((1.5, (True, True)))}")
for s in [[], [0], [1, 2, 3], [-1], list(range(50)), [r.randrange(-2**70, 2**70) for _ in range(9)]]:
    print(f"frozenset|{','.join(map(str, s))}|{hash(frozenset(s))}")
