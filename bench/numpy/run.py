#!/usr/bin/env python3
"""Time NumPy workloads under pyrs' native numpy and under CPython + NumPy, side by side.

    python3 bench/numpy/run.py [-n 5] [--pyrs PATH] [--python PY] [--only SUBSTR[,SUBSTR]]
                               [--threads N] [--only-reference] [--timeout S]

Every bench/numpy/*.py other than this file is a workload: it does its setup (random inputs
from np.random.seed(0)), then times only the operation with time.perf_counter() and prints
the seconds as stdout line 1, so interpreter startup, `import numpy` and setup do not count.
Line 2 is `check ...`, a rounded digest of the result; the two implementations must print the
same one, or the row is marked MISMATCH (and left out of the geometric mean).

pyrs is `target/release/pyrs` unless `$PYRS` or `--pyrs` says otherwise; the reference is the
oracle venv `.oracle/bin/python` (CPython + NumPy; create it with
`python3 -m venv .oracle && .oracle/bin/pip install numpy numba`).  `--only-reference` runs
the NumPy half alone (the pyrs columns stay empty).  Runs alternate between the two so that
machine noise hits both alike; the table shows median seconds over n runs, the ratio
pyrs/NumPy, and each process's peak RSS (ru_maxrss from os.wait4, max over the runs, MiB).
`--threads N` exports OMP/OPENBLAS/MKL_NUM_THREADS=N to both (default: each library's own
choice, which lets NumPy's BLAS use every core for np.dot).  Output is a markdown table.
"""
import argparse
import glob
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "bench", "numpy")
GNU_TIME = "/usr/bin/time"
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "NUMEXPR_NUM_THREADS", "RAYON_NUM_THREADS")


def run_once(cmd, env, timeout, rss="wait4"):
    """Run one workload. Returns (seconds, check, maxrss_kib, error); error is None on success.

    rss="wait4": ru_maxrss of the child from os.wait4.  Linux folds the RSS of the process that
    exec()s into the new program's ru_maxrss, so this never reads below this runner's own RSS
    (see rss_floor).  rss="time": run under `/usr/bin/time -f %M`, whose child starts from
    time's own ~1 MiB, so small footprints read true; wait4 still reaps and times out."""
    with tempfile.TemporaryFile() as errf, tempfile.NamedTemporaryFile("r") as rssf:
        if rss == "time":
            cmd = [GNU_TIME, "-f", "%M", "-o", rssf.name] + cmd
        try:
            p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=errf, start_new_session=True)
        except OSError as e:
            return None, None, None, "cannot start: %s" % e
        # Own session, so a timeout kills the workload too, not only /usr/bin/time.
        def kill():
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            out = p.stdout.read()
            p.stdout.close()
            # wait4 reaps this one child and returns its own rusage (ru_maxrss in KiB on Linux).
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        maxrss = ru.ru_maxrss
        if rss == "time":
            try:
                maxrss = int(rssf.read().split()[-1])
            except (ValueError, IndexError):
                maxrss = None
        if p.returncode != 0:
            errf.seek(0)
            tail = errf.read().decode("utf-8", "replace").strip().splitlines()[-1:]
            why = "killed after %gs" % timeout if p.returncode == -9 else "exit %d" % p.returncode
            return None, None, maxrss, "%s %s" % (why, tail[0] if tail else "")
    lines = out.decode("utf-8", "replace").splitlines()
    try:
        secs = float(lines[0])
    except (IndexError, ValueError):
        return None, None, maxrss, "bad output %r" % out[:80]
    check = lines[1] if len(lines) > 1 else ""
    return secs, check, maxrss, None


def rss_floor(rss):
    """Peak RSS (KiB) that the measuring method reports for `true`: the method's floor."""
    cmd = ["/bin/true" if os.path.exists("/bin/true") else "true"]
    if rss == "time":
        return run_once(cmd, dict(os.environ), 30, rss)[2]
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_maxrss


def fmt_s(x):
    return "—" if x is None else ("%.4f" % x if x < 0.1 else "%.3f" % x)


def fmt_mib(kib):
    return "—" if kib is None else "%.0f" % (kib / 1024.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyrs", default=os.environ.get("PYRS", os.path.join("target", "release", "pyrs")))
    ap.add_argument("--python", default=os.path.join(".oracle", "bin", "python"),
                    help="the reference interpreter, with numpy installed")
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated substrings of workload names")
    ap.add_argument("--threads", type=int, default=None,
                    help="export OMP/OPENBLAS/MKL/RAYON_NUM_THREADS=N to both interpreters")
    ap.add_argument("--only-reference", action="store_true", help="run the NumPy half only")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--rss", choices=("auto", "wait4", "time"), default="auto",
                    help="how to read peak RSS: os.wait4's ru_maxrss, or %s -f %%M "
                         "(auto: time when it exists; wait4 cannot read below this runner's "
                         "own RSS)" % GNU_TIME)
    a = ap.parse_args()
    if a.rss == "auto":
        a.rss = "time" if os.access(GNU_TIME, os.X_OK) else "wait4"

    def resolve(p):
        return p if os.path.isabs(p) or os.sep not in p else os.path.join(ROOT, p)

    python, pyrs = resolve(a.python), resolve(a.pyrs)
    if os.sep in python and not os.path.exists(python):
        sys.exit("run.py: reference interpreter %s does not exist; create it with\n"
                 "    python3 -m venv .oracle && .oracle/bin/pip install numpy numba" % python)
    if not a.only_reference and not os.path.exists(pyrs):
        print("warning: %s does not exist; pyrs columns will be empty "
              "(build with `cargo build --release`, or pass --only-reference)" % pyrs,
              file=sys.stderr)

    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if a.threads is not None:
        for v in THREAD_VARS:
            env[v] = str(a.threads)

    only = [s for s in a.only.split(",") if s]
    progs = sorted(p for p in glob.glob(os.path.join(HERE, "*.py"))
                   if os.path.basename(p) != "run.py")
    progs = [p for p in progs if not only or any(s in os.path.basename(p) for s in only)]
    sides = [("NumPy", python)] + ([] if a.only_reference else [("pyrs", pyrs)])

    rows, ratios = [], []
    for path in progs:
        rel = os.path.relpath(path, ROOT)
        name = os.path.basename(path)[:-3]
        times = {s: [] for s, _ in sides}
        rss = {s: None for s, _ in sides}
        checks = {s: None for s, _ in sides}
        errors = {}
        for _ in range(a.runs):
            for side, exe in sides:
                if side in errors:
                    continue
                secs, check, maxrss, err = run_once([exe, rel], env, a.timeout, a.rss)
                if maxrss is not None:
                    rss[side] = max(rss[side] or 0, maxrss)
                if err:
                    errors[side] = err
                    times[side] = []
                    continue
                times[side].append(secs)
                checks[side] = check
        med = {s: (statistics.median(t) if t else None) for s, t in times.items()}
        notes = ["%s failed: %s" % (s, e) for s, e in errors.items()]
        ratio = None
        mn, mp = med.get("NumPy"), med.get("pyrs")
        if mn and mp:
            if checks["NumPy"] != checks["pyrs"]:
                notes.append("MISMATCH: pyrs %r, NumPy %r" % (checks["pyrs"], checks["NumPy"]))
            else:
                ratio = mp / mn
                ratios.append(ratio)
        rows.append((name, mn, mp, ratio, rss.get("NumPy"), rss.get("pyrs"), "; ".join(notes)))
        print("  %-10s NumPy %s s, pyrs %s s %s" % (name, fmt_s(mn), fmt_s(mp), "; ".join(notes)),
              file=sys.stderr)

    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else None
    print("| workload | NumPy s | pyrs s | pyrs/NumPy | NumPy peak RSS MiB | pyrs peak RSS MiB | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, mn, mp, ratio, rn, rp, note in rows:
        print("| %s | %s | %s | %s | %s | %s | %s |" % (
            name, fmt_s(mn), fmt_s(mp), "—" if ratio is None else "%.2f×" % ratio,
            fmt_mib(rn), fmt_mib(rp), note))
    print("| **geometric mean** | | | %s | | | %d of %d workloads |" % (
        "—" if geo is None else "**%.2f×**" % geo, len(ratios), len(rows)))
    print()
    threads = "library default threads" if a.threads is None else "%d thread(s)" % a.threads
    floor = rss_floor(a.rss)
    print("%d run(s) each, medians of the timed operation only (not startup, import or setup); "
          "%s vs %s; %s." % (a.runs, a.python, "—" if a.only_reference else a.pyrs, threads))
    print("Peak RSS: whole process, max over runs, via %s (reads %s MiB for /bin/true)." % (
        "`%s -f %%M`" % GNU_TIME if a.rss == "time" else "os.wait4 ru_maxrss", fmt_mib(floor)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
