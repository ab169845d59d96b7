# Tuples without parentheses, parenthesized expressions, subscripts and attribute chains.
t = 1, 2, 3
print(t, type(t).__name__)
single = 4,
print(single, len(single))
empty = ()
print(empty, len(empty))
a, b = b, a = 1, 2
print(a, b)
x = y = z = [0]
x.append(1)
print(y, z, x is z)
print(((1 + 2) * (3 + 4)), (((5))))
nested = {"a": [{"b": (10, 20)}]}
print(nested["a"][0]["b"][1])
s = "  Hello  "
print(s.strip().lower().replace("l", "L").center(9, "*"))
print([1, 2, 3][1:][0], "xyz"[-1].upper(), (1, 2)[::-1])
print(len([]) == 0, not [], [] == [], [] is not [])
print(1,)
print((yield_ := 3), yield_)
print({1: "a", 2: "b"}[2], {"k": [1, 2]}["k"][-1])
print(type(...).__name__, ... is Ellipsis)
print(0 or [] or {} or (), [] and 1, 5 and 0)
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
print(str(1) + "1", int("1") + 1, float("1.5") * 2)
def fn():
    return 1, 2
r1, r2 = fn()
print(r1, r2, fn())
print(*(i * i for i in range(4)))
