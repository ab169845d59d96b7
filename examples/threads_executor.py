# concurrent.futures.ThreadPoolExecutor: a ready-made thread pool.
#
# submit(f, *args) returns a Future at once; future.result() waits for the value (or raises
# the exception the call raised). map(f, items) runs f over items in the pool and yields the
# results in input order. as_completed(futures) yields futures as they finish. The with-block
# shuts the pool down and waits for every worker.
#
#     pyrs examples/threads_executor.py
#     pyrs -X gil=0 examples/threads_executor.py
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def slow_square(x):
    time.sleep(0.05 * (3 - x))      # the later items finish first
    return x * x

candidates = [1_000_000_007, 998_244_353, 1_000_000_009, 999_999_999, 17, 18]

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="prime") as pool:
    # map: results come back in the order of the inputs
    for n, prime in zip(candidates, pool.map(is_prime, candidates)):
        print(f"{n:>13} prime: {prime}")

    # submit + as_completed: results in the order they finish
    futures = {pool.submit(slow_square, x): x for x in range(3)}
    for f in as_completed(futures):
        print(f"square of {futures[f]} = {f.result()}")

    # an exception inside the call comes back out of result()
    bad = pool.submit(int, "not a number")
    try:
        bad.result()
    except ValueError as e:
        print("the call raised:", e)
