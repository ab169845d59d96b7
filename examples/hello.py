# A first pyrs program: runs the same under CPython.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


squares = {n: n * n for n in range(6)}
print("hello from pyrs")
print("fib(20) =", fib(20))
print("squares:", squares)
print(f"{sum(squares.values())=}, {2 ** 100 = }")
