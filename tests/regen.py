#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential test corpus.

Usage (from anywhere; paths are resolved against the repository root):

    python3 tests/regen.py                 # every case
    python3 tests/regen.py strings/        # only cases whose path contains "strings/"
    python3 tests/regen.py --python /usr/bin/python3.11 syntax
    python3 tests/regen.py --check         # compare instead of writing; exit 1 on a difference

Interpreters: a case whose source contains `import numpy`, `from numpy`, `import numba` or
`from numba` is run with the oracle venv `<root>/.oracle/bin/python` (CPython + NumPy + Numba;
`--oracle PY` picks another); if that interpreter does not exist, regen.py says how to create it
(`python3 -m venv .oracle && .oracle/bin/pip install numpy numba`) and exits 1.  Every other
case is run with `--python PY` (default: the oracle when it exists, else `python3`).

Each case `tests/cases/<area>/<name>.py` is run with cwd = repository root, argv[1] =
the path relative to the root (so tracebacks say `File "tests/cases/<area>/<name>.py"`),
PYTHONHASHSEED=0, stdin = `<name>.in` if it exists, else /dev/null.  Every occurrence of
the absolute repository root followed by `/` is deleted from stdout and stderr (CPython 3.9+
makes the main script's path absolute in tracebacks); tests/cases.rs does the same to pyrs'
output before comparing.

Written files:
  <name>.out   exact stdout
  <name>.err   only when the exit code is non-zero: first line `# exit: N`, then the last K
               lines of stderr (K from a `# stderr-tail: K` line in the .py, default 1)

See tests/cases/README.md for the full format (directives, helper modules, xfail).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join("tests", "cases")
ORACLE = os.path.join(ROOT, ".oracle", "bin", "python")
# Cases that need the oracle venv (NumPy / Numba) rather than a plain CPython.
NEEDS_ORACLE = re.compile(r"\b(?:import|from)\s+(?:numpy|numba)\b")


def needs_oracle(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return NEEDS_ORACLE.search(f.read()) is not None


def is_helper(rel):
    """A .py under tests/cases that is imported by cases rather than run as one."""
    parts = rel.replace(os.sep, "/").split("/")
    stem = parts[-1][:-3]
    if stem == "__init__" or stem.endswith("_mod"):
        return True
    return any(p.endswith("_mod") for p in parts[:-1])


def find_cases(filt=None):
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, CASES)):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for f in sorted(filenames):
            if not f.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), ROOT).replace(os.sep, "/")
            if is_helper(os.path.relpath(rel, CASES)):
                continue
            if filt and not any(x in rel for x in filt):
                continue
            out.append(rel)
    return sorted(out)


def directives(src):
    """Parse `# pyrs: key=value` and `# stderr-tail: K` comment lines (column 0)."""
    d = {"stderr-tail": 1, "modes": "default", "args": ""}
    for line in src.splitlines():
        line = line.rstrip()
        if line.startswith("# stderr-tail:"):
            d["stderr-tail"] = int(line.split(":", 1)[1])
        elif line.startswith("# pyrs:"):
            for item in line.split(":", 1)[1].strip().split(";"):
                k, _, v = item.strip().partition("=")
                d[k.strip()] = v.strip()
    return d


def run_case(python, rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        d = directives(f.read())
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    # Kernel cases (`modes=cudasim`) take their expected output from Numba's CUDA simulator.
    if "cudasim" in d["modes"].split(","):
        env["NUMBA_ENABLE_CUDASIM"] = "1"
    stdin_path = os.path.join(ROOT, rel[:-3] + ".in")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    argv = [python, rel] + d["args"].split()
    try:
        p = subprocess.run(argv, cwd=ROOT, env=env, stdin=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # CPython makes __main__'s path absolute (3.9+), so tracebacks would name this checkout's
    # location; expected files hold it relative to the repository root instead.
    prefix = ROOT.rstrip(os.sep) + os.sep
    out = p.stdout.decode("utf-8").replace(prefix, "")
    err = None
    if p.returncode != 0:
        k = d["stderr-tail"]
        lines = p.stderr.decode("utf-8").replace(prefix, "").splitlines()
        tail = lines[-k:] if k > 0 else []
        err = "".join(l + "\n" for l in ["# exit: %d" % p.returncode] + tail)
    return out, err, p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # The oracle venv (CPython + NumPy + Numba) when it exists, else plain python3.
    ap.add_argument("--python", default=ORACLE if os.path.exists(ORACLE) else "python3",
                    help="interpreter for cases that use neither NumPy nor Numba")
    ap.add_argument("--oracle", default=ORACLE,
                    help="interpreter for cases that import numpy or numba "
                         "(default: <root>/.oracle/bin/python)")
    ap.add_argument("--check", action="store_true", help="compare, do not write")
    ap.add_argument("--list", action="store_true",
                    help="print case paths relative to tests/cases (the xfail.txt form) and stop")
    ap.add_argument("filter", nargs="*", help="substrings of case paths")
    a = ap.parse_args()
    cases = find_cases(a.filter)
    if a.list:
        for rel in cases:
            print(rel[len(CASES) + 1:])
        return 0
    if os.sep in a.oracle and not os.path.isabs(a.oracle):
        a.oracle = os.path.abspath(a.oracle)  # cases run with cwd = ROOT
    oracle_cases = {rel for rel in cases if needs_oracle(rel)}
    if oracle_cases and not (os.path.exists(a.oracle) or
                             (os.sep not in a.oracle and shutil.which(a.oracle))):
        print("regen.py: %d selected case(s) import numpy/numba (e.g. %s) and need the oracle "
              "interpreter %s, which does not exist.\nCreate it from the repository root with:\n"
              "    python3 -m venv .oracle && .oracle/bin/pip install numpy numba"
              % (len(oracle_cases), sorted(oracle_cases)[0], a.oracle), file=sys.stderr)
        return 1
    changed = 0
    for rel in cases:
        out, err, p = run_case(a.oracle if rel in oracle_cases else a.python, rel)
        base = os.path.join(ROOT, rel[:-3])
        want = {base + ".out": out, base + ".err": err}
        for path, text in want.items():
            old = None
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            if old == text:
                continue
            changed += 1
            print("%s %s" % ("differs" if a.check else "wrote  ", os.path.relpath(path, ROOT)))
            if a.check:
                continue
            if text is None:
                os.remove(path)
            else:
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
    print("%d cases, %d files %s" % (len(cases), changed, "differ" if a.check else "updated"))
    return 1 if (a.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
