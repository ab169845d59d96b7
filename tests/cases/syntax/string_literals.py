# String literal forms: quotes, triple quotes, raw strings, escapes, adjacent concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\tend", "newline:\nnext", "backslash: \\", "bell-free")
print("\x41\x42\x43", "\101\102", "\u00e9\u4e2d", "\U0001F600" == "\U0001f600")
print(r"raw \n stays", R"C:\path\to\file", r'\d+\.\d*')
print(len("\n"), len(r"\n"), len("""a
b"""))
s = """line one
  line two
line three"""
print(s)
print(s.splitlines())
t = ('adjacent ' 'strings '
     "are joined")
print(t)
print('''It's "quoted" inside''')
print("unicode: é ü ß 中文 🙂", len("🙂"), len("中文"))
print("\N{GREEK SMALL LETTER ALPHA}" if False else "alpha")
print(b"bytes literal", B'\x00\xff', rb"\n", len(b"\x00\xff"))
print("a" "b" 'c' """d""")
print(repr('\t\n\r\x00\x7f'), repr("'"), repr('"'), repr("'\""))
empty = ""
print(repr(empty), repr(''), len(""" """))
print("line continued \
here")
