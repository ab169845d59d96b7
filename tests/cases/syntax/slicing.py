# Slices with start/stop/step, negative indices, assignment and deletion.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:-8:-2])
print(s[100:], s[-100:3], s[5:2], s[::-3], repr(s[3:3]))
a = list(range(10))
print(a[2:8:2], a[8:2:-2], a[-1:-4:-1], a[::-1][:3])
print(a[slice(1, 4)], a[slice(None, None, -3)])
t = tuple(a)
print(t[1:3], t[::4], type(t[1:2]).__name__)
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
c = list(range(6))
c[-2:] = []
print(c)
c[:] = "xyz"
print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::-2]))
print(b"hello"[1:3], b"hello"[::-1], b"hello"[0])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], [row[1:] for row in m])
sl = slice(2, None, 2)
print(sl.start, sl.stop, sl.step, "abcdefg"[sl])
print(slice(1, 10, 3).indices(5))
