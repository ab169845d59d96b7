# float.hex prints the full 13-digit mantissa, and fromhex round-trips it
for v in [1.5, 1.0, 5e-324, 2.2250738585072014e-308, 0.0, -0.0, 1e300, 0.1, -2.5, float("inf"), float("nan")]:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
