# Searching, counting, prefix/suffix, replace.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "og")))
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace("", "-")[:12])
print("aaa".replace("a", "b", 0), "abcabc".replace("bc", ""))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("abc" in s, "fox" in s, s[4:9] == "quick", s.find(""), "".find("a"))
print("banana".find("na", 3), "banana".rfind("na", 0, 4), "banana".count("ana"))
print("mississippi".split("ss"), "mississippi".rsplit("i", 2), "mississippi".replace("ss", "SS", 1))
print(ord("a"), chr(97), "a" < "b", "B" < "a", "abc" < "abcd", "é" > "z")
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print("%s has %d chars" % (s[:9], len(s)))
print(s.translate(str.maketrans("aeiou", "AEIOU")))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("tab\there".expandtabs(), "a\tbc\td".expandtabs(4))
