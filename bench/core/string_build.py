# String building: concatenation, join, formatting, slicing, methods.
parts = []
for i in range(500000):
    parts.append("%d:%s" % (i, hex(i)))
s = ",".join(parts)
acc = ""
for i in range(200000):
    acc += str(i % 10)
lines = []
for i in range(100000):
    t = f"{i:06d}|{i * 3.5:.2f}|{'x' * (i % 7)}"
    lines.append(t.upper().replace("X", "y"))
text = "\n".join(lines)
words = text.split("|")
print("checksum =", len(s), s[1000:1012], len(acc), acc.count("7"), len(text), len(words), hash(text[:8]) == hash(text[:8]))
