# f-strings: nested expressions, conversions, format specs, nested fields.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2:5d}|{n:<5}|{n:^7}|{n:>6}|")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:.3e} {pi:g} {pi:%}")
print(f"{name!r} {name!s} {items!r} {'x'!r}")
print(f"{items[0]} {items[-1]} {d['k']} {d['n'] ** 2}")
print(f"{len(items)} items, sum={sum(items)}")
print(f"{'nested ' + name.upper()}")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}] [{name:*^{width}}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{-5:+d} {5:+d} {5: d} {-3.5:+.1f}")
print(f"{n:08.3f} {-n:06d} {n:=+8d}")
print(f"{'a' if n > 10 else 'b'}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(n)}")
print(f"{n!r:>6}|{name!r:^11}|")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""triple {name}
second line {n}""")
print(rf"raw \n {name}", fr"\t{n}")
print(f"{3.0} {1e20} {1e-7} {0.1 + 0.2}")
print(f"{True} {None} {3 > 2}")
x = 7
print(f"{x=}", f"{x + 1 = }", f"{name=!r}")
print(f"{'%'} {n}%")
print(f"{n:c}" if False else f"{chr(n)}")
