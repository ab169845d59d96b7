# Slicing with negative steps, slice assignment and deletion.
a = list(range(10))
print(a[::-1], a[::-2], a[8:2:-2], a[-3:], a[:-3], a[-100:100], a[5:2], a[2:5:-1])
print(a[-1:-4:-1], a[1::3], a[:0:-3], a[slice(None, None, -3)], a[slice(2, 8)])
s = "abcdefgh"
print(s[::-1], s[-2::-2], s[10:], s[3:3], s[::3], s[6:1:-2])
t = tuple(range(6))
print(t[::-1], t[1:-1], t[::2], type(t[1:2]))
b = list(range(8))
b[2:5] = ["x"]
print(b)
b[:0] = [-2, -1]
print(b)
b[len(b):] = [99]
print(b)
b[::2] = "ABCDE"
print(b)
b[1:3] = []
print(b)
del b[::3]
print(b)
del b[-1]
print(b)
c = list(range(6))
c[::-2] = [10, 20, 30]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    c[10] = 1
except IndexError as e:
    print("IndexError:", e)
d = [1, 2, 3]
d[1:2] = range(3)
print(d, d[-1], d[-len(d)])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
m = [[1, 2], [3, 4]]
m2 = m[:]
m2[0][0] = 9
m2[1] = [0]
print(m, m2)
r = range(10)[::-3]
print(r, list(r), range(0, 20, 3)[2:5], range(5)[-1])
e = list("hello")
e[1:4] = reversed(e[1:4])
print("".join(e))
words = "the quick brown fox".split()
print([w[::-1] for w in words][::-1], words[-2:][::-1])
x = b"abcdef"
print(x[::-1], x[1:5:2], b"hello"[1:3], b"hello"[1])
