# Uncaught RecursionError: traceback and exit code 1, never a crash.
def down(n):
    return down(n + 1) + 1
print("start")
down(0)
