# UnicodeEncodeError messages show the offending character escaped, as CPython does.
for s, enc in [("é", "ascii"), ("aé", "latin-1"), ("x€", "latin-1"), ("ab😀", "ascii"), ("'é", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, "é€😀x".encode("ascii", errors))

# Non-int arguments where an integer is required.
for f in [lambda: "ab".center("3"), lambda: "ab".ljust(2.0), lambda: "a".expandtabs("x")]:
    try:
        f()
    except TypeError as e:
        print(e)
