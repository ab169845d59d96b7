# stderr-tail: 4
# A plain "invalid syntax" error in the middle of a file: nothing runs.
print("this never prints")
def f():
    return 1
x = 1 +* 2
print(x)
