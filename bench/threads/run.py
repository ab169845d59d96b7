#!/usr/bin/env python3
"""Threads benchmarks: pyrs with the GIL on and off, side by side with CPython.

    python3 bench/threads/run.py [--pyrs target/release/pyrs] [--python python3] [-n 5]

Tables (markdown, medians of n runs, runs interleaved so noise hits every column alike):
1. CPU-bound scaling: the same work serially vs split over 2 threads (speedup = serial/threads).
2. Single-thread cost of GIL-off mode: bench/core/*.py under -X gil=0 vs -X gil=1.
3. 8 threads contending on one Lock: acquisitions and hand-overs per second.
"""
import argparse
import glob
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "bench", "threads")


def run(cmd):
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=600)
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode()[-2000:]))
    return p.stdout.decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyrs", default=os.path.join(ROOT, "target", "release", "pyrs"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--runs", type=int, default=5)
    a = ap.parse_args()
    configs = [("pyrs GIL on", [a.pyrs, "-X", "gil=1"]),
               ("pyrs GIL off", [a.pyrs, "-X", "gil=0"]),
               ("CPython 3.11", [a.python])]

    print("## CPU-bound work, serial vs 2 threads (median of %d)\n" % a.runs)
    print("| workload | interpreter | serial s | 2 threads s | speedup |")
    print("|---|---|---:|---:|---:|")
    for work in ("loop", "fact"):
        res = {name: [] for name, _ in configs}
        for _ in range(a.runs):
            for name, cmd in configs:
                _, s, p = run(cmd + [os.path.join(HERE, "scaling.py"), work, "2"]).split()
                res[name].append((float(s), float(p)))
        for name, _ in configs:
            s = statistics.median(x for x, _ in res[name])
            p = statistics.median(y for _, y in res[name])
            print("| %s | %s | %.3f | %.3f | %.2fx |" % (work, name, s, p, s / p))

    print("\n## Single-thread cost of GIL-off mode (bench/core, wall s, median of %d)\n" % a.runs)
    print("| program | GIL on | GIL off | off/on |")
    print("|---|---:|---:|---:|")
    ratios = []
    for prog in sorted(glob.glob(os.path.join(ROOT, "bench", "core", "*.py"))):
        on, off = [], []
        for _ in range(a.runs):
            for mode, acc in (("gil=1", on), ("gil=0", off)):
                t0 = time.perf_counter()
                run([a.pyrs, "-X", mode, prog])
                acc.append(time.perf_counter() - t0)
        r = statistics.median(off) / statistics.median(on)
        ratios.append(r)
        print("| %s | %.3f | %.3f | %.3f |" % (os.path.basename(prog), statistics.median(on),
                                             statistics.median(off), r))
    geo = 1.0
    for r in ratios:
        geo *= r
    print("| geomean | | | %.3f |" % geo ** (1 / len(ratios)))

    print("\n## 8 threads contending on one Lock (per second, median of %d)\n" % a.runs)
    print("| interpreter | acquisitions/s | hand-overs/s |")
    print("|---|---:|---:|")
    for name, cmd in configs:
        acq, ho = [], []
        for _ in range(a.runs):
            x, y = run(cmd + [os.path.join(HERE, "lock_handover.py"), "1.0"]).split()
            acq.append(float(x))
            ho.append(float(y))
        print("| %s | %.0f | %.0f |" % (name, statistics.median(acq), statistics.median(ho)))


if __name__ == "__main__":
    main()
