# Mixed int/float/bool arithmetic and comparisons, including huge ints vs floats, exactness, hashing.
print(1 + 2.0, 3 * True, 2 ** 0.5 * 2 ** 0.5, 7 / 7, type(7 / 7).__name__, 6 // 4.0, 6 % 4.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 < float("inf"), 1 == 1.0000000000000001, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(hash(2) == hash(2.0), hash(2 ** 64) == hash(2.0 ** 64), {1: "a", 1.0: "b"}, {0, 0.0, False})
print(int(2.5) + 0.5, float(10 ** 20), int(1e20) == 10 ** 20, 10 ** 20 / 3, 10 ** 30 // 7.0)
print(3 < 3.5 < 4, max(1, 2.0), min(2, 1.0), sorted([2, 1.5, True, 0]), sum([1, 2.5, True]))
print(abs(-2 ** 63), -2 ** 63 // -1, (-2 ** 63) * -1, 2 ** 62 + 2 ** 62, 2 ** 63 - 1 + 1)
print(9223372036854775807 * 2, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(divmod(2 ** 64, 7.5), 2 ** 64 % 1000, (2 ** 64) ** 0.5, pow(2, 64, 10 ** 9))
print(5 / 2, -5 / 2, 5 // 2, -5 // 2, 5 % -2, 5.5 // -2, 1e300 * 1e10, -1e300 * 1e10)
print(float(2 ** 1023) * 2 if False else 2.0 ** 1023, 0.5 == 1 / 2, 1 / 3 * 3 == 1)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1.5
except OverflowError as e:
    print("OverflowError:", e)
print(round(2 ** 70 / 3), int(-0.9), int(0.9), -7 // 2.0, True / 4)
