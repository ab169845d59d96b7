# Small-int fast paths of % // & | ^ and compare-and-jump: Python floor semantics, overflow edges.
vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 9223372036854775807, -9223372036854775808, 3, -3]
out = []
for a in vals:
    for b in vals:
        r = [a & b, a | b, a ^ b]
        if b != 0:
            r += [a % b, a // b]
        out.append(r)
for a in vals:
    for b in vals:
        if a < b:
            out.append(1)
        while a > b:
            out.append(2)
            break
print(str(out))
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("zde", e)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
