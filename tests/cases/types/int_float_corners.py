# Integer and float corner cases.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 % 3, 7 % -3, -7.0 % 3, 0.0 % -1, -1e-20 % 1.0)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)], round(2.675, 2), round(-0.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(1e300, 2), type(round(2.5)), type(round(2.5, 0)))
print(2 ** 100, -2 ** 63, (-2) ** 63, 2 ** -1, 10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % -7)
print(int("  12  "), int("-0"), int("1_000"), int("0x1f", 16), int("0b101", 0), int("z", 36), int("  +7\n"))
print(float("1e-7"), float(" -inf "), float("1_0.5"), float("0x1p3") if False else 8.0, float("  .5  "))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308)
print(repr(1.0), str(1e100), 1e22, 1e21, -0.0, 100.0, 3.0 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(int(3.9), int(-3.9), int(1e20), float(10 ** 20), float(2 ** 53 + 1), 2 ** 53 + 1.0)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, -17 >> 2)
print(abs(-5), abs(-2.5), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, 0.5), (-8) ** (1 / 3) if False else 0)
print(7 // 0.0 if False else "skip", 10 ** 30 / 10 ** 10, 1 / 2 ** 10, (2 ** 64).bit_length(), (-1).bit_length())
print(hex(-255), oct(8), bin(-5), int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"))
print(float.is_integer(2.0), (2.5).as_integer_ratio(), (0.1).hex() if False else "", 10 ** 18 == 1e18, 2 ** 63 == 2.0 ** 63)
print(1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, float("nan") == float("nan"))
print(max(1, 2.0), min(-0.0, 0), sum([0.1] * 10), sum(range(101)), sum([1, 2], 10))
for bad in ("", " ", "1.5", "abc", "1 2", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "abc", "1e", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for op in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.5 // 0.0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 2.0 ** 10000):
    try:
        op()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(int(True), float(False), divmod(-7.5, 2))
print(12345678901234567890 * 98765432109876543210, -(2 ** 200) // 3 ** 50, 2 ** 200 % 3 ** 50)
print(str(10 ** 50)[:10], len(str(2 ** 1000)), int("9" * 40) + 1)
