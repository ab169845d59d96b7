# Generator expressions: laziness, single use, scoping, as call arguments, nested.
gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), min(x % 7 for x in range(10, 20)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), sorted((c for c in "banana"), reverse=True))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print("".join(str(d) for d in range(10)), tuple(c.upper() for c in "hey"))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 3 for x in range(10)))
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) for x in range(5))
print(log)
print(next(g), next(g), log)
print(list(g), log)
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
n = 10
late = (n * i for i in range(3))
n = 100
print(list(late))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix), list(v for row in matrix for v in row))
print(next((w for w in ["x", "yy", "zzz"] if len(w) > 1), None), next((w for w in [] if w), "none"))
def first_n(it, n):
    return [v for _, v in zip(range(n), it)]
print(first_n((i ** 3 for i in range(100)), 4))
print(list(enumerate(c for c in "ab")), list(zip((i for i in range(3)), "xyz")))
