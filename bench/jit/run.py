#!/usr/bin/env python3
"""Times bench/jit workloads under pyrs and under CPython + Numba (the .oracle venv), side by
side, and prints a markdown table of medians: first call (compile + run), warm call (median of
five), and the pyrs/Numba ratios. Also the wall time of a whole hello-world @njit process.

    python3 bench/jit/run.py [--runs N] [--pyrs PATH] [--python PATH] [NAME...]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKLOADS = ["sum_sqrt", "arr_sum", "arr_sum_unchecked", "stencil", "stencil_unchecked",
             "mandelbrot", "matmul", "pi_prange", "vectorize_10m"]


def run_one(interp, name, env=None):
    out = subprocess.run([interp, os.path.join("bench", "jit", name + ".py")], cwd=ROOT,
                         capture_output=True, text=True, env=env, timeout=600)
    if out.returncode != 0:
        raise SystemExit("%s %s failed:\n%s" % (interp, name, out.stderr))
    first, warm, check = out.stdout.split()[:3]
    return float(first), float(warm), check


def wall(interp, name, runs):
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([interp, os.path.join("bench", "jit", name + ".py")], cwd=ROOT,
                       capture_output=True, check=True)
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyrs", default=os.path.join(ROOT, "target", "release", "pyrs"))
    ap.add_argument("--python", default=os.path.join(ROOT, ".oracle", "bin", "python"))
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    names = a.names or WORKLOADS
    print("| workload | Numba first ms | pyrs first ms | Numba warm ms | pyrs warm ms | warm pyrs/Numba | same result |")
    print("|---|---:|---:|---:|---:|---:|:---:|")
    for name in names:
        res = {}
        for label, interp in (("numba", a.python), ("pyrs", a.pyrs)):
            rs = [run_one(interp, name) for _ in range(a.runs)]
            res[label] = (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs), rs[0][2])
        n, p = res["numba"], res["pyrs"]
        print("| %s | %.1f | %.1f | %.2f | %.2f | %.2fx | %s |" % (
            name, n[0], p[0], n[1], p[1], p[1] / n[1] if n[1] else float("nan"),
            "yes" if n[2] == p[2] else "NO (%s vs %s)" % (n[2], p[2])))
        sys.stdout.flush()
    hn = wall(a.python, "hello", a.runs)
    hp = wall(a.pyrs, "hello", a.runs)
    print("| hello-world process (wall) | %.0f | %.0f | | | %.2fx | |" % (hn, hp, hp / hn))


if __name__ == "__main__":
    main()
