# Arbitrary-precision integers: promotion on overflow, mixed ops, conversions.
big = 2 ** 100
print(big, -big, big + 1, big - 2 ** 99, big * big)
print(big // 3, big % 7, -big // 7, -big % 7, divmod(big, 12345))
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 64) // (2 ** 32))
x = 1
for i in range(1, 31):
    x *= i
print(x, len(str(x)))
print(x == 265252859812191058636308480000000, x > 2 ** 64, x < 2 ** 200)
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70)[:12])
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
print(abs(-big), big.bit_length(), (big - 1).bit_length())
print(big >> 90, big << 3, (big - 1) & 0xFFFF, big | 1, big ^ (big + 5))
print(~big, -big >> 1, (-big) & 0xFF)
print(float(big), big / 2 ** 98, 10 ** 30 / 10 ** 28)
print(pow(7, 500, 10 ** 9 + 7), pow(2, 1000) % 1000)
print(10 ** 50 // 10 ** 49, 10 ** 50 % (10 ** 25 + 1))
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 20)
print(max(2 ** 80, 3 ** 50), min(-(2 ** 80), -(3 ** 50)))
print(hash(2 ** 70) == hash(2 ** 70), 2 ** 70 == 2.0 ** 70, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(round(12345678901234567890, -5), int(1e20), int(-1.5e19))
f = 1
for i in range(1, 101):
    f *= i
print(f % (10 ** 9 + 7), str(f)[:20], len(str(f)))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print((3 ** 100).to_bytes(20, "big").hex())
print(isinstance(big, int), type(big).__name__, big != big + 0, bool(big - big))
