# input() reads lines from stdin (tests/cases/builtins/input_stdin.in); EOFError at the end.
name = input()
print("name:", name)
age = int(input("Age? "))
print("next year:", age + 1)
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if line.strip():
        total += sum(int(x) for x in line.split())
print("total:", total)
