# Every binary operator and its augmented form, across int, float, str, list.
x = 17
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    pass
print(x + 3, x - 3, x * 3, x / 3, x // 3, x % 3, x ** 3, x << 3, x >> 3, x & 3, x | 3, x ^ 3)
y = 17
y += 1; print(y)
y -= 2; print(y)
y *= 3; print(y)
y //= 4; print(y)
y %= 7; print(y)
y **= 5; print(y)
y <<= 2; print(y)
y >>= 1; print(y)
y &= 0xFF; print(y)
y |= 0x100; print(y)
y ^= 0x1; print(y)
y /= 2; print(y)
f = 2.5
f += 1; f *= 2; f -= 0.5; f /= 3; f **= 2; f //= 1; f %= 5
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 0}
d["n"] += 5
d["n"] *= 2
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
m = [[0, 0], [0, 0]]
m[1][0] -= 3
print(m)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2)
print(divmod(-7, 2), divmod(7.5, -2))
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2, 10 ** -2)
print(True + True, True * 10, -True, ~True)
