# Iteration, indexing errors, str() and repr() of containers with strings, comparisons.
s = "Python"
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
print(list(s), tuple(s), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s * 2, s.lower() in "i like python", s.index("h"), s[-2:])
print(repr(["a", 'b"c', "d'e", "f\ng"]), str(("x",)), repr({"k": "v"}))
print(str("already"), repr(repr("x")), len(repr("x")))
print("a" < "b" < "c", "apple" < "banana", "Apple" < "apple", "10" < "9")
print(max(["pear", "apple", "fig"]), min(["pear", "apple", "fig"], key=len))
print(sorted(["b10", "a2", "b2", "a10"]), sorted("hello world".split(), key=lambda w: w[::-1]))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("cd"))
print(str.upper("x"), str.join("-", "ab"), type("").__name__, isinstance("s", str))
print(" ".join(["%s=%r" % (k, v) for k, v in [("a", 1), ("b", "two")]]))
n = 0
for ch in "hello world":
    if ch in "aeiou":
        n += 1
print("vowels:", n)
rev = ""
i = len(s) - 1
while i >= 0:
    rev += s[i]
    i -= 1
print(rev, rev == s[::-1])
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("%s" % "x" * 3, ("%s" % "x") * 3)
