# With stdin null, input() raises EOFError at once.
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", repr(str(e)))
print("after")
input()
