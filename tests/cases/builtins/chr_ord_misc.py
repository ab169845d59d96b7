# chr, ord, hex, bin, oct, ascii, repr, format, divmod, round, input-free string builtins.
print([ord(c) for c in "Az09 ~"], ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)))
print("".join(chr(ord("a") + i) for i in range(26)))
print(format(3.14159, ".3f"), format(10, "b"), format(10, "#o"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(ascii("plain"), ascii("ünï"), ascii(["é"]), repr("ünï"))
print(hex(0), oct(0), bin(0), hex(4096), oct(-8), bin(255))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), round(100 / 7, 3))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(sorted("hello", key=ord), max("abc", key=ord), sum(map(ord, "abc")))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2))
print(str(0x7f), repr(0o17), 0b1010 == 10, hex(ord("A")), chr(int("41", 16)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
