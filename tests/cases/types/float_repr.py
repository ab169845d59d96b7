# Float repr/str: shortest round-trip, exponents, specials, rounding.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.0, -0.0, 100.0, 1e16, 1e15, 1.5e-5, 0.0001, 0.00001,
        123456789012345.6, 1234567890123456789.0, 2.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 0.3, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("-0"), float(7), float("Infinity"))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(3.14159, 3), round(1e300, 2))
print(round(123.456, -1), round(5.5), round(6.5), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(1.0.is_integer(), 1.5.is_integer(), (0.5).as_integer_ratio(), (0.1).hex())
print(float.fromhex("0x1.8p1"), 3.0 == 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(int(2.9), int(-2.9), 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 2.0 ** 0.5, 10.0 ** -3)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, float("inf") > 1e308)
print(divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 10, (-8.0) ** 2)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 100 * 1.1)
print(f"{0.1:.20f}", f"{1/3:.15g}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1e-10:f}")
print(max(1.5, 2), min(-0.0, 0.0), abs(-3.5), float(True))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
