#!/usr/bin/env python3
"""Run the pure-Python benchmarks under pyrs and CPython side by side and print the time ratio.

    python3 bench/run.py [--pyrs target/release/pyrs] [--python python3] [-n 5] [--startup-runs 20]
                         [--only SUBSTR] [--no-startup]

Every bench/core/*.py prints a checksum line; both interpreters must print the same stdout, or
the program is marked MISMATCH (and its ratio left out of the geometric mean).  Runs alternate
between the two interpreters so that machine noise hits both alike.  Output is a markdown table.
Needs nothing but python3.
"""
import argparse
import glob
import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, timeout):
    """(seconds, stdout, returncode, stderr_tail) for one run, cwd = repository root."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", "timeout", ""
    except OSError as e:
        return None, b"", "cannot start: %s" % e, ""
    dt = time.perf_counter() - t0
    tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    return dt, p.stdout, p.returncode, tail[0] if tail else ""


def fmt(x):
    return "—" if x is None else "%.3f" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyrs", default=os.path.join("target", "release", "pyrs"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--only", default="", help="run only programs whose name contains this")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--timeout", type=float, default=120.0)
    a = ap.parse_args()
    pyrs = a.pyrs if os.path.isabs(a.pyrs) else os.path.join(ROOT, a.pyrs)
    if not os.path.exists(pyrs):
        print("warning: %s does not exist; pyrs columns will be empty" % pyrs, file=sys.stderr)
    progs = sorted(glob.glob(os.path.join(ROOT, "bench", "core", "*.py")))
    progs = [p for p in progs if a.only in os.path.basename(p)]

    rows, ratios = [], []
    for path in progs:
        rel = os.path.relpath(path, ROOT)
        name = os.path.basename(path)[:-3]
        tc, tp = [], []
        out_c = out_p = None
        note = ""
        for _ in range(a.runs):
            dt, out, rc, err = timed([a.python, rel], a.timeout)
            if rc != 0:
                note = "CPython failed: %s %s" % (rc, err)
                break
            tc.append(dt)
            out_c = out
            dt, out, rc, err = timed([pyrs, rel], a.timeout)
            if rc != 0:
                note = "pyrs failed: %s %s" % (rc, err)
                tp = []
                break
            tp.append(dt)
            out_p = out
        mc = statistics.median(tc) if tc else None
        mp = statistics.median(tp) if tp else None
        ratio = None
        if mc and mp:
            if out_c != out_p:
                note = "MISMATCH: pyrs printed %r, CPython %r" % (
                    out_p.decode("utf-8", "replace").strip()[:60], out_c.decode("utf-8", "replace").strip()[:60])
            else:
                ratio = mp / mc
                ratios.append(ratio)
        rows.append((name, mc, mp, ratio, note))
        print("  %-14s CPython %s s, pyrs %s s %s" % (name, fmt(mc), fmt(mp), note), file=sys.stderr)

    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else None
    print("| program | CPython median s | pyrs median s | pyrs/CPython | note |")
    print("|---|---:|---:|---:|---|")
    for name, mc, mp, ratio, note in rows:
        print("| %s | %s | %s | %s | %s |" % (name, fmt(mc), fmt(mp),
                                            "—" if ratio is None else "%.2f×" % ratio, note))
    print("| **geometric mean** | | | %s | %d of %d programs |" % (
        "—" if geo is None else "**%.2f×**" % geo, len(ratios), len(rows)))
    print()
    print("%d runs each, medians; %s vs %s." % (a.runs, a.pyrs, a.python))

    if not a.no_startup:
        print()
        print("| startup (`-c pass`) | median ms over %d runs |" % a.startup_runs)
        print("|---|---:|")
        for label, exe in (("CPython", a.python), ("pyrs", pyrs)):
            ts = []
            for _ in range(a.startup_runs):
                dt, _, rc, _ = timed([exe, "-c", "pass"], 30)
                if rc != 0:
                    ts = []
                    break
                ts.append(dt)
            print("| %s | %s |" % (label, "%.1f" % (statistics.median(ts) * 1000) if ts else "failed"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
