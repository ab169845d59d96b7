# pyrs: modes=gil-both
# getswitchinterval() returns 1e-6 * microseconds exactly as CPython computes it (so 0.05 comes
# back as 0.049999999999999996), and an interval under one microsecond reads back as 0.0.
import sys

for v in (0.05, 0.0001, 0.003, 0.007, 0.1, 1e-9):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
