# str.format: positional, keyword, index/attribute fields, conversions, full format specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {d[k]} {p.real}".format([10, 20], d={"k": "v"}, p=3))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08}|{:+}".format("r", "l", "c", "s", 42, 7))
print("{:.3}|{:.3f}|{:10.2e}|{:g}|{:G}|{:%}|{:.1%}".format(3.14159, 2.71828, 12345.6789, 1e-5, 1e20, 0.25, 0.12345))
print("{:d}|{:5d}|{:<5d}|{:^5d}|{:x}|{:#X}|{:o}|{:#b}|{:c}".format(42, 42, 42, 42, 255, 255, 8, 5, 65))
print("{:,}|{:_}|{:,.3f}|{:_x}|{:>+10,.2f}".format(1234567, 1234567, 9876543.21, 0xFFFFFF, 1234.5))
print("{:=10}|{:=+10}|{:0=10}".format(-42, 42, -42))
print("{{}} {{{}}}".format("in braces"))
w = 12
print("{:{}}|{:>{w}}|{:.{p}f}".format("x", 5, "y", 1.23456, w=w, p=2))
print("{:s}|{:10s}|{:.2s}".format("abc", "abc", "abc"))
print(format(1.5, "08.2f"), format(-1.5, "^9.1f"), format(True, "d"), format(12, "n"))
print("{:e}|{:.0e}|{:E}".format(0.0, 123456, 1.5e-300))
print("{:f}|{:.2f}|{:f}".format(float("inf"), float("nan"), -0.0))
print("{:5}|{:5}|{:<5}|{:>5}".format(1, "s", 2.5, True))
print("{0:{1}{2}}".format(7, "0>", 4))
print("{}".format([1, 2]), "{}".format({"a": 1}), "{}".format(None), "{:>6}".format(str((1, 2))))
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc}".format(P()), format(P(), "x"), f"{P():yz}")
for bad in ("{", "{0} {2}", "{:d}"):
    try:
        print(bad.format(1, 2) if bad != "{:d}" else bad.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
