"""GPU benchmarks: the same workloads (workloads.py) under pyrs and under CPython + Numba,
plus CuPy / PyTorch matmul as the reference when importable. Prints one table. Without a
CUDA device it says so and exits 0 (nothing to measure).

    python3 bench/gpu/run.py [--pyrs target/release/pyrs] [--n 100000000] [--m 4096]
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def has_gpu():
    try:
        out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20)
        return out.returncode == 0 and "GPU" in out.stdout
    except (OSError, subprocess.TimeoutExpired):
        return False


def run(cmd, env=None):
    e = dict(os.environ)
    e.pop("NUMBA_ENABLE_CUDASIM", None)
    e.update(env or {})
    p = subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=1800)
    if p.returncode != 0:
        return {}, p.stderr.strip().splitlines()[-1:] or ["failed"]
    res = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            res[parts[0]] = (float(parts[1]), parts[2])
    return res, None


def reference_matmul(m):
    """TFLOP/s of a vendor float32 GEMM (CuPy, else PyTorch), or None."""
    try:
        import cupy as cp
        a = cp.random.rand(m, m, dtype=cp.float32)
        b = cp.random.rand(m, m, dtype=cp.float32)
        cp.matmul(a, b)
        cp.cuda.Device().synchronize()
        t0 = time.perf_counter()
        for _ in range(5):
            cp.matmul(a, b)
        cp.cuda.Device().synchronize()
        return "cupy", 2 * m ** 3 * 5 / (time.perf_counter() - t0) / 1e12
    except Exception:
        pass
    try:
        import torch
        a = torch.rand(m, m, device="cuda")
        b = torch.rand(m, m, device="cuda")
        torch.backends.cuda.matmul.allow_tf32 = False
        a @ b
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(5):
            a @ b
        torch.cuda.synchronize()
        return "torch", 2 * m ** 3 * 5 / (time.perf_counter() - t0) / 1e12
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyrs", default=os.path.join(ROOT, "target", "release", "pyrs"))
    ap.add_argument("--python", default=os.path.join(ROOT, ".oracle", "bin", "python"))
    ap.add_argument("--n", type=int, default=100_000_000)
    ap.add_argument("--m", type=int, default=4096)
    a = ap.parse_args()
    if not has_gpu():
        print("bench/gpu: no CUDA GPU on this machine (nvidia-smi finds none); nothing measured.")
        return 0
    w = os.path.join(HERE, "workloads.py")
    args = [w, str(a.n), str(a.m)]
    ours, err = run([a.pyrs] + args)
    if err:
        print("pyrs failed:", err[0])
    numba, nerr = run([a.python] + args) if os.path.exists(a.python) else ({}, ["no oracle venv"])
    if nerr:
        print("numba not measured:", nerr[0])
    print("%-20s %14s %14s %8s" % ("workload", "pyrs", "numba", "ratio"))
    for k in sorted(set(ours) | set(numba)):
        p = ours.get(k)
        n = numba.get(k)
        unit = (p or n)[1]
        ratio = "%.2f" % (p[0] / n[0]) if p and n and n[0] else "-"
        print("%-20s %14s %14s %8s" % (k, "%.2f %s" % (p[0], unit) if p else "-",
                                        "%.2f %s" % (n[0], unit) if n else "-", ratio))
    if "d2d_copy_api" in ours:
        bw = ours["d2d_copy_api"][0]
        for k in ("vector_add", "saxpy"):
            if k in ours:
                print("%s: %.0f %% of device-to-device copy bandwidth (goal >= 85 %%)"
                      % (k, 100 * ours[k][0] / bw))
    ref = reference_matmul(a.m)
    if ref:
        print("reference %s float32 matmul %d^2: %.2f TFLOP/s" % (ref[0], a.m, ref[1]))
    else:
        print("reference matmul: neither cupy nor torch importable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
