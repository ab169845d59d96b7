# Chained comparisons evaluate each operand once; membership and identity operators.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None)
print(calls)
xs = [1, 2, 3]
print(2 in xs, 5 in xs, 5 not in xs, not 5 in xs)
print("ab" in "xabx", "ba" not in "xabx", "" in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 3 in (1, 2, 3), 4 in range(0, 10, 2))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, 1 < 2 > 0 < 5 >= 5 <= 5)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", "Z" < "a")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2})
print(1 == 1.0, True == 1, False == 0)
x = 5
if 0 < x <= 5 and x not in (1, 2):
    print("in range")
print(0 < x > 3 > 2, x < 10 < 100 < 1000 > 0)
