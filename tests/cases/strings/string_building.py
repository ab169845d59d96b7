# Building strings: concatenation in loops, join, repetition, immutability, comparisons.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc)
acc2 = ""
for i in range(5):
    acc2 += f"[{i}]"
print(acc2, len(acc2))
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "!"
print(s, t, s is t)
lines = ["%3d: %s" % (i, w) for i, w in enumerate("the quick brown fox".split())]
print("\n".join(lines))
print("=" * 20)
table = [[1, 22, 333], [4444, 5, 66]]
for row in table:
    print(" | ".join(str(c).rjust(5) for c in row))
print(str(123) + str(4.5) + str(None) + str(True))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa", "abc"[0] == "a")
words = "to be or not to be".split()
print(" ".join(reversed(words)), " ".join(w.capitalize() for w in words))
print(hash("abc") == hash("ab" + "c"), "".join(["x"] * 3))
print("{}-{}".format(*"ab"), "-".join(map(str, range(5))), "".join(c for c in "h1e2l3l4o" if c.isalpha()))
