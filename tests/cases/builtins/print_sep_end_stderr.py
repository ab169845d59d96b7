# print with sep/end/file/flush, sys.argv, sys.stdout.write.
# pyrs: args=one two --flag=3
import sys

print("a", "b", "c", sep="-")
print("x", end="")
print("y", end="!\n")
print(*[1, 2, 3], sep=", ", end=".\n")
print()
print("", "")
print(sep="|")
print(None, True, 1.0, [None], sep="/")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("multi", "args", sep="")
print("a", "b", sep=None, end=None)
sys.stdout.write("written\n")
n = sys.stdout.write("abc")
print("", n)
print(len(sys.argv), sys.argv[1:])
print([a for a in sys.argv[1:] if a.startswith("--")])
print(sys.argv[0].endswith("print_sep_end_stderr.py"))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "custom-repr"
print(Custom(), [Custom()], (Custom(),), {"k": Custom()}, {Custom()} if False else "")
print(str(Custom()), repr(Custom()), f"{Custom()}", "{}".format(Custom()), "%s" % Custom())
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("hello", 42, sep="+", file=w)
print(w.parts)
print(1, 2, file=None)
print("é", "日本", "\t|")
print(repr("\t"), ascii("é日"), ascii([1, "ü"]))
