# Case and classification methods.
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123", "abc123", "   ", "", "straße", "Title Case Text", "a1 b2"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
    print("  ", w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isnumeric(), w.isdecimal())
print("x".isidentifier(), "_a1".isidentifier(), "1a".isidentifier(), "".isidentifier())
print("abc".isascii(), "é".isascii(), "\t".isprintable(), "abc".isprintable())
print("they're bill's friends".title())
