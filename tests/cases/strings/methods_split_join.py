# split/rsplit/splitlines/join/strip/pad.
s = "  a b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.strip().split(" ", 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 1), "".split(), "".split(","))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)), " ".join("abc"))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."))
print("7".zfill(3), "-7".zfill(4), "+12".zfill(5), "abc".zfill(2))
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".ljust(5, "-") + "]", "[" + "hi".rjust(5) + "]")
print("a b c".split(" ", maxsplit=1), "k=v=w".split("=", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print({r[0]: int(r[1]) for r in rows[1:]})
print("ab" * 3, 3 * "-", "x" * 0, "x" * -1 == "")
print("Hello"[::-1], "Hello"[1:-1], len("Hello" * 100))
text = "word1 word2\tword3\nword4"
print(len(text.split()), text.split("\t"))
