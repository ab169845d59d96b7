# Unicode strings: lengths, indexing, ord/chr, encode/decode, repr of non-ASCII and control chars.
s = "héllo wörld — 中文 🙂"
print(s, len(s), s[1], s[-1], s[-3:], s.upper(), s[::-1])
print([ord(c) for c in "aé中🙂"], "".join(chr(c) for c in (72, 233, 20013, 128578)))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(repr("\x00\x1f\x7f\x80\xa0\xff"), repr("\u2028 \u200b"), repr("é中🙂"))
print(ascii("é中🙂"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("ß".upper(), "İ".lower() == "i̇", "ﬁ".upper(), "Σ".lower())
print("中".isalpha(), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
print(sorted(["b", "a", "é", "Z", "z", "中"]), "é" < "中")
print("a\tb\\n", "a\\tb", "quote\"s", 'apos\'s', "\101\x42\u0043\U00000044")
print(len("\r\n"), "\r\n".encode(), "line1\nline2".count("\n"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("café".center(10, "·"), "naïve".find("ï"), "Ωmega".startswith("Ω"))
print(str("x"), str(b"x"), str(1.5), str([1, "é"]), repr(["é"]))
