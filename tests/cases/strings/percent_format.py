# printf-style formatting with %.
print("%s %s" % ("a", "b"), "%s" % "single", "%s" % (1,), "%s" % [1, 2], "%r" % "q", "%a" % "é")
print("%d %i %5d %-5d| %05d %+d % d" % (1, 2, 3, 4, 5, 6, 7))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-7, 1e20))
print("%c%c" % (72, "i"), "100%%", "%%d" % (), "%s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % None, "%s" % True, "%d" % True, "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%d" % 3.99, "%d" % -3.99, "%i" % 10 ** 20, "%x" % -255, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s and %s" % ((1, 2), [3]), "%s" % ((1, 2),))
print("%-8s|%8s|" % ("left", "right"), "%08.3f" % -3.14159, "%+.1e" % 1234.5)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print("%-12s %4d %8.2f" % (name, qty, qty * price))
print(b"%s=%d" % (b"x", 5))
