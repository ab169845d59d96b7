# print: sep, end, file, flush, multiple args, no args, objects with __str__.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("no newline", end="")
print(" continued")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("x", sep=None, end=None)
print("", end="")
print("multi\nline")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
class Pretty:
    def __str__(self):
        return "<pretty>"
print(Pretty(), [1, "s"], "s")
print("tab", "sep", sep="\t")
print(end="only end\n")
print("€ and 中", "ok")
print(sys.stdout is sys.__stdout__ or True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=3)
except TypeError as e:
    print("TypeError:", e)
