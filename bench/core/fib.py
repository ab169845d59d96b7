# Recursive fib(30), computed 4 times: call overhead and small-int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
results = [fib(30) for _ in range(4)]
print("fib(30) =", results[0], "runs =", len(results))
