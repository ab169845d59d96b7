# os and os.path: environ, getpid, cpu_count, path manipulation, listdir of a known folder.
import os
os.environ["PYRS_TEST_VAR"] = "hello"
print(os.environ["PYRS_TEST_VAR"], os.environ.get("PYRS_TEST_VAR"), os.environ.get("PYRS_SURELY_UNSET_VAR", "fallback"))
print("PYRS_TEST_VAR" in os.environ, os.getenv("PYRS_TEST_VAR"), os.getenv("PYRS_SURELY_UNSET_VAR"))
del os.environ["PYRS_TEST_VAR"]
print("PYRS_TEST_VAR" in os.environ)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1)
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("/x/y/z.py"), os.path.splitext("arch.tar.gz"))
print(os.path.exists("tests/cases/modules/os_module.py"), os.path.isfile("tests/cases/modules/os_module.py"), os.path.isdir("tests/cases"), os.path.exists("no/such/path"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.normpath("a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.sep, os.path.sep, os.linesep == "\n", os.name)
print("imports" in os.listdir("tests/cases"), sorted(n for n in os.listdir("tests/cases/cli") if n.endswith(".py"))[:2])
print(os.path.basename(os.getcwd()) != "", os.path.getsize("tests/cases/modules/os_module.py") > 100)
d = "tests_tmp_os_dir"
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
with open(os.path.join(d, "sub", "f.txt"), "w") as f:
    f.write("data")
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
os.remove(os.path.join(d, "sub", "f.txt"))
os.rmdir(os.path.join(d, "sub"))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.environ["PYRS_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError:", e)
