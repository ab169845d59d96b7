# stderr-tail: 12
# An uncaught exception through nested calls: full CPython-style traceback, exit code 1.
def level3(x):
    raise ValueError("bad value: %d" % x)

def level2(x):
    level3(x + 1)

def level1():
    level2(41)

print("before the error")
level1()
print("never printed")
