# complex arithmetic and bytearray basics (not implemented in pyrs yet).
print(complex(1, 2) * 2, 3 + 0j == 3, 3 + 4j, (1 + 2j) * (3 - 1j), abs(3 + 4j))
print([complex(1, -1), 1j, -1j, complex(0, 0), complex(-0.0, 1)])
print("{0.real} {0.imag}".format(3 + 4j), (2j).conjugate(), (1 + 1j) ** 2)
x = bytearray(b"abcdef")
x[1:3] = b"XYZ"
print(x, bytes(x[::-1]), [bytearray(b"z")])
x.append(33)
x.extend(b"??")
print(x, len(x), x.decode())
