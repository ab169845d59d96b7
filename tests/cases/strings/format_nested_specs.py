# f-strings with nested specs, str.format, %-format.
width, prec = 10, 3
x = 3.14159265
print(f"[{x:{width}.{prec}f}]", f"[{x:<{width}}]", f"[{x:^{width}.2e}]")
print(f"[{'hi':*^{width}}]", f"[{42:+0{width}d}]", f"[{-42:={width}}]")
print(f"{1234567.891:,.2f}", f"{1234567:_}", f"{0xdeadbeef:_x}", f"{255:#010b}")
print(f"{0.000012345:g}", f"{123456789.0:g}", f"{1e16:g}", f"{12.0:g}", f"{0.5:%}", f"{0.25:.1%}")
name = "Ada"
print(f"{name!r:>8}", f"{name!s:<6}|", f"{name=}", f"{x=:.2f}", f"{width*2=}")
print(f"{{literal}} {name.upper()} {len(name)}")
print("{0}-{1}-{0}".format("a", "b"), "{x}/{y}".format(x=1, y=2), "{:>{w}}".format("r", w=4))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3.5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("%s %r %d %5.2f %-5s| %x %o %e" % ("s", "s", 42, 2.5, "ab", 255, 8, 12345.678))
print("%(a)s and %(b)05d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%%", "%.3s" % "abcdef")
print("%+d % d %i" % (5, 5, -5), "%*d|%-*d|" % (4, 1, 4, 2))
print(format(3.0, ""), format(3, "x"), format(-0.0, ".1f"), format(1e-7), format(True, "d"))
print(f"{'c':~>5}")
for v in (0.1, 0.5, 1.5, 2.5, -0.5, 1e22, 1.23456789e-5, float("inf"), float("nan")):
    print(f"{v!r:>24} {v:12.4g} {v:e}")
try:
    f"{x:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{:s}".format(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{}".format()
except IndexError as e:
    print("IndexError:", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError:", e)
print(f"{'nested ' + f'{1 + 1}'}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }")
