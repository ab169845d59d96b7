# 8 threads contend on one Lock for a fixed time; prints acquisitions per second and how many
# of them passed the lock to a different thread than its previous holder (hand-overs).
import sys
import threading
import time

N = 8
DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
lock = threading.Lock()
state = {"owner": -1, "acq": 0, "handovers": 0}
stop = threading.Event()


def worker(me):
    while not stop.is_set():
        with lock:
            if state["owner"] != me:
                state["handovers"] += 1
                state["owner"] = me
            state["acq"] += 1


ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
t0 = time.perf_counter()
for t in ts:
    t.start()
time.sleep(DURATION)
stop.set()
for t in ts:
    t.join()
dt = time.perf_counter() - t0
print("%.0f %.0f" % (state["acq"] / dt, state["handovers"] / dt))
