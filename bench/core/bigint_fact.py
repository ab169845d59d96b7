# Bigint: factorial(20000) by repeated multiplication (6 times), then a digest incl. str().
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
import sys
sys.set_int_max_str_digits(0)
for _ in range(6):
    n = factorial(20000)
print("digits =", len(str(n)), "mod =", n % 1000003, "bits =", n.bit_length())
