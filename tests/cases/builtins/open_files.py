# open() for text files: write, read, readline(s), iteration, append, with, encoding, errors.
import os
path = "tests_tmp_open_files.txt"
with open(path, "w") as f:
    n = f.write("line one\n")
    f.write("line two\nline three\n")
    print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    print("appended", file=f)
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "w", encoding="utf-8") as f:
    f.write("ünïcode ✓\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text.strip(), len(text))
f = open(path)
print(f.closed)
f.close()
print(f.closed)
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
except OSError as e:
    print("OSError", e)
try:
    with open(path, "w") as g:
        g.write("x")
        raise ValueError("inside with")
except ValueError as e:
    print("ValueError:", e)
with open(path) as g:
    print(repr(g.read()))
os.remove(path)
