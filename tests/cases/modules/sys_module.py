# sys: argv, version_info, path, stdout/stderr, getrecursionlimit/setrecursionlimit, maxsize, exit inside try.
import sys
print(sys.argv[0].endswith("sys_module.py"), len(sys.argv))
print(sys.version_info[0], sys.version_info >= (3, 8), sys.version_info.major == sys.version_info[0])
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
import os
print(os.path.basename(sys.path[0]))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
sys.stdout.write("via sys.stdout.write\n")
print("stderr is separate", file=sys.stdout)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(__name__, sys.modules["__main__"].__name__ if hasattr(sys.modules["__main__"], "__name__") else "?")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit caught with code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught with", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught with", e.code)
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 2000)
except ValueError as e:
    print("ValueError:", str(e)[:48])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(sys.platform in ("linux", "darwin", "win32"), type(sys.float_info.max).__name__, sys.float_info.epsilon)
