print(10**400 // 3 / 10**399, (2**53 + 1) / 1, 10**30 / 7, -(10**25) / 3)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(float("inf")), hash((1, 2.5)), hash(-1), hash(2**61))
