# Recursion: classic teaching examples.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x

def merge_sort(xs):
    if len(xs) < 2:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right

def depth(tree):
    return 0 if not isinstance(tree, dict) else 1 + max((depth(v) for v in tree.values()), default=0)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(fact(25), len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(permutations([1, 2, 3]))
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
print(merge_sort([5, 3, 9, 1, 5, 0, -2]))
print(depth({"a": {"b": {"c": 1}}, "d": 2}), depth({}), depth(5))
print(ackermann(2, 3))
def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(900))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10), mutual_odd(7))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
import sys
print(sys.getrecursionlimit())
