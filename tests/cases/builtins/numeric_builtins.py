# abs, min, max, sum, round, divmod, pow, hex/oct/bin, int/float/complex-free numeric builtins.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "a"), (1, "b")))
print(max([], default="empty"), min([], default=None), max([1, 3, 2], key=lambda v: -v), min("Bca", key=str.lower))
print(max(1, 2.5), min(-1, -1.0), max([True, 2]), max(["apple", "fig"], key=len))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(100), start=-4950), sum([[1], [2]], []))
print(sum([0.1] * 10), sum((1, 2), 0.5))
print(round(3.14159, 2), round(2.5), round(-1.5), round(17, -1), round(15, -1), round(0.125, 2), round(1e-3, 5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(5, 3, 13), pow(-2, 3), pow(4, 0.5))
print(hex(255), hex(-1), oct(64), bin(10), bin(-10), hex(2 ** 64))
print(int(7.9), int("-42"), float(3), float("1e2"), bool(2), str(12.0))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int))
nums = [5, 3, 8, 1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=lambda n: n % 3), nums)
print(list(reversed(nums)), list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), type(round(1.5)).__name__)
print(max(range(10), key=lambda x: (x % 3, x)), min(enumerate("zay"), key=lambda p: p[1]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
