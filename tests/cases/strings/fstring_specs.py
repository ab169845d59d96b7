# f-strings with format specs across types, alignment tables, nested specs and conversions.
data = [("alpha", 1, 1.5), ("beta", 22, 22.25), ("gamma", 333, 333.125)]
print(f"{'name':<8}|{'n':>5}|{'value':>10}")
print(f"{'-' * 8}+{'-' * 5}+{'-' * 10}")
for name, n, v in data:
    print(f"{name:<8}|{n:>5}|{v:>10.3f}")
for v in (0, 1, -1, 3.5, -2.25, 1e10, 1.23456789e-5, 123456789):
    print(f"{v!r:>14} {v:>12} {v:>12.3g} {v:>+12.2f} {v:^12.1e}")
for n in (0, 5, 255, -255, 65535, 10 ** 10):
    print(f"{n:#06x} {n:>10b} {n:,d} {n:_o} {n:<8}|")
print(f"{'abc':.2} {'abc':>5.1} {'x':=^5} {'y':_<3}")
x, y = 3, 4
print(f"{x}+{y}={x + y}", f"{x * y = }", f"{x!r}{y!s}")
print(f"{3.0:g} {3.10:g} {1e100:g} {0.0001:g} {0.00001:g} {123456.0:g} {1234567.0:g}")
print(f"{2/3:.0%} {1:%} {0.5:.2%}")
print(f"{float('inf'):>6} {float('-inf'):<6}| {float('nan'):^7}|")
print(f"{-0.0:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {0.35:.1f} {2.5:.0f} {1.005:.2f}")
val = 12.3456
for spec in (".1f", ".2f", "08.2f", "+.3e", ">10", "<10", "^10"):
    print(f"[{val:{spec}}]")
print(f"{'π':>3}{'中':^5}{'é':<2}|")
