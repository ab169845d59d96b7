# Lists: every common method, mutation, comparison, repr, errors.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.count(5), a.index(5), a.index(5, 5))
b = sorted(a)
a.sort()
print(a == b, a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
c = a.copy()
c.clear()
print(c, a[:2])
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 * [1, 2])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}))
print(repr([1, "a", 2.5, None, True, [1], (2,), {"k": 1}]))
r = [1]
r.append(r)
print(r)
m = [5, 3, 8]
m[1] = 30
m[-1] += 1
del m[0]
print(m, 30 in m, m * 0)
for bad in (lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(3), lambda: [1][5]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([[1], [2, 3]], []), max([1, 5, 3]), min([[2], [1, 9]]))
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x, x.index(9))
