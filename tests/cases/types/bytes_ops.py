# bytes: literals, indexing, methods, conversions.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"x" in b, b"wor" in b, 104 in b)
print(bytes([65, 66, 67]), bytes(3), bytes("héllo", "utf-8"), "héllo".encode(), b"h\xc3\xa9".decode("utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"abc" == b"abc", b"abc" < b"abd", list(b"AB"))
print(b"  pad  ".strip(), b",".join([b"a", b"b"]), b"a-b-c".split(b"-"), b"Hi".lower())
print(b"\x00\x01\xff", repr(b"'"), repr(b'"'), b"\t\n")
print(b"deadbeef".hex() if False else bytes.fromhex("deadbeef"), b"\xde\xad".hex())
print(bytes(range(65, 70)), bytes(b"copy"), b"abc".decode(), str(b"abc"))
print(b"abc".isalpha(), b"123".isdigit(), b"hello"[1:3] == b"el", hash(b"x") == hash(b"x"))
print(sorted([b"b", b"a"]), {b"k": 1}[b"k"], b"%d-%s" % (5, b"x"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
for byte in b"hi":
    print(byte, chr(byte))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"))
