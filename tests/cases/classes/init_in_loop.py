# C(args) runs a Python __init__ inside the dispatch loop: results, errors, recursion.
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    pass
class C:
    def __init__(self):
        return 5
class D:
    def __init__(self, a, b=2):
        if a < 0:
            raise ValueError("neg")
        self.s = a + b
print(A(3).x, B(4).x, D(1).s, D(1, 5).s)
try:
    C()
except TypeError as e:
    print("TypeError", e)
try:
    D(-1)
except ValueError as e:
    print("ValueError", e)
try:
    A()
except TypeError as e:
    print("TypeError", e)
def rec(n):
    return A(rec(n - 1)) if n else 0
try:
    rec(5000)
except RecursionError as e:
    print("RecursionError")
try:
    C()
except TypeError as e:
    print("again", e)
