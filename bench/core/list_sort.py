# List build and sort: appends, comprehensions, sort with and without key, slicing.
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out
data = lcg(7, 600000)
a = sorted(data)
b = sorted(data, key=lambda v: v % 1000)
c = [v // 3 for v in data if v & 1]
c.sort(reverse=True)
pairs = list(zip(a[:1000], b[:1000]))
pairs.sort()
print("checksum =", a[0], a[-1], a[len(a) // 2], b[0] % 1000, len(c), c[0], sum(a[::1000]) % 1000003, pairs[0])
