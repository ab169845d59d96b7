# Small-int arithmetic, floor division and modulo signs, bit ops, conversions.
for a in (7, -7, 0, 13):
    for b in (3, -3, 1):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-2) ** -1)
print(1 << 40, -1 >> 3, -16 >> 2, 5 & -2, -5 | 2, -5 ^ 3, ~0, ~100)
print(abs(-5), abs(0), -(-3), +4)
print(int("42"), int("-17"), int("  8  "), int("0x1f", 16), int("ff", 16), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("0x10", 0), int("1_000"), int("101", 2))
print(int(3.99), int(-3.99), int(True), int(1e10))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(7 == 7.0, 7 < 7.5, hash(7) == hash(7.0), 10 ** 2 == 100)
print(round(7), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 97), pow(3, -1, 7))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
print((17).__add__(1), (17).__mod__(5), (3).__neg__())
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
