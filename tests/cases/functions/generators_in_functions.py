# Functions returning functions and generators; recursion with accumulators; early return.
def find_first(pred, xs):
    for i, x in enumerate(xs):
        if pred(x):
            return i, x
    return None
print(find_first(lambda v: v > 3, [1, 5, 2, 7]), find_first(str.isdigit, "abc"))
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "loop finished"
print(early(-1), early(50), early(0))
def multi_return(flag):
    try:
        if flag:
            return "from try"
    finally:
        print("finally runs for", flag)
    return "after try"
print(multi_return(True), multi_return(False))
def returns_tuple():
    return 1, [2], {"three": 3}
a, b, c = returns_tuple()
print(a, b, c)
def count_calls():
    count_calls.n = getattr(count_calls, "n", 0) + 1
    return count_calls.n
count_calls(); count_calls()
print(count_calls())
def gen_squares(n):
    for i in range(n):
        yield i * i
def consumer():
    return sum(gen_squares(10))
print(consumer(), list(gen_squares(4)))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))
