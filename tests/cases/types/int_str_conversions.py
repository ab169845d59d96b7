# Conversions between numbers and strings: str, repr, int(base), hex/oct/bin, format.
for n in (0, 1, -1, 255, -255, 10 ** 20, -(2 ** 65)):
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(int("  -0x1F  ".strip(), 16), int("777", 8), int("-1010", 2), int("Zz", 36), int("+5"))
print(float("1_000.5"), float(".5"), float("5."), float("-1E-2"), float("nan") != float("nan"))
print(str(1.0), str(-0.5), str(1e100), str(12345.678), repr(1e-5))
print(format(255, "x"), format(255, "08b"), format(3.14159, ".2f"), format(42), format(1e6, ",.1f"))
print("%d %i %x %X %o %e %f %g" % (42, -3, 255, 255, 8, 12345.678, 1.5, 0.00001234))
print(int(float("1e5")), int("0"), int("-0"), str(-0), str(0.0), str(-0.0))
print(ascii("héllo"), repr("héllo"), ascii(1), chr(0x4e2d), ord("中"))
print(int(" 42\n"), float("\t3.5 "), int("٣"), str(True), int(False))
print(len(str(2 ** 1000)), str(2 ** 64)[::-1][:5], int(str(10 ** 30)) == 10 ** 30)
import sys
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
for bad in ("1.5", "", "0x", "1e3", "--1", "1 2"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9" * 6000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
