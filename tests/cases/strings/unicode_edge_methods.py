# String methods on empty strings, unicode and edge inputs.
print("".split(), "".split(","), "   ".split(), " a  b ".split(" "), "a,b,,c".split(",", 1))
print("a b c".rsplit(None, 1), "x".partition("x"), "abc".rpartition("z"), "".partition("a"))
print("line1\nline2\r\nline3\r".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ﬁ".upper(), "İ".lower().encode("utf-8"))
print("hello world".title(), "they're bill's".title(), "ÉCOLE".casefold(), "Straße".casefold())
print("abc".center(8, "*"), "abc".ljust(2), "42".zfill(5), "-42".zfill(5), "+x".zfill(4), "".zfill(3))
print("ab".count(""), "".count(""), "aaaa".count("aa"), "abc".find(""), "abc".rfind(""))
print("  x  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "\t\n x\x0b".strip())
print("café".isalpha(), "١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "".isalpha(), " ".isspace())
print("Hello".swapcase(), "aBc".capitalize(), "éa".capitalize(), "ABC".isupper(), "a1".islower())
print("a-b-c".replace("-", ""), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("tab\tsep".expandtabs(4), "x".join([]), "-".join("abc"), ", ".join(map(str, [1, 2])))
print("abc"[::-1], "héllo"[1:4], "日本語テキスト"[::2], len("日本語"), "😀".encode("utf-8"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("", 3), "abc".startswith("", 4))
print("Hello World".index("o"), "Hello World".rindex("o"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("%s|%s" % ("x".removeprefix("x"), "abc".removesuffix("bc")))
print(ord("€"), chr(8364), hex(ord("😀")), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\u200b\n"))
print(str(b"abc"), "abc".encode(), "é".encode("latin-1"), b"\xc3\xa9".decode())
print("Mississippi".split("ss"), "a.b.c".rsplit(".", 1), "1 2 3".split(maxsplit=1))
print(sorted("hello"), "".join(sorted("dcba")), list("ab"), "x" * 3, 3 * "ab", "ab" * 0)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" in "xabcx", "" in "abc")
print(max("apple", "pear", key=len), min("b", "a", "c"), "a,b".split(",")[-1])
print("{:>6}|{:<6}|{:^6}".format("日本", "é", "ab"))
print("x".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "é".isidentifier())
print("AbC".translate(str.maketrans("ABC", "xyz")), "hello".translate({ord("l"): None}))
