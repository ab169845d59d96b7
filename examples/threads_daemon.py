# Daemon threads: the program exits when only daemon threads are left.
#
# A normal (non-daemon) thread keeps the program alive until it finishes: at exit Python joins
# it. A daemon thread is stopped abruptly at exit, which suits background helpers that would
# otherwise run forever (a heartbeat, a cache refresher). Never give a daemon thread work that
# must complete, such as writing a file.
#
#     pyrs examples/threads_daemon.py
#     pyrs -X gil=0 examples/threads_daemon.py
import threading
import time

beats = []

def heartbeat():
    while True:                     # runs forever...
        beats.append(time.perf_counter())
        time.sleep(0.02)

def finish_report():
    time.sleep(0.1)
    print("non-daemon worker: report written (the program waited for me)")

hb = threading.Thread(target=heartbeat, daemon=True, name="heartbeat")
hb.start()
worker = threading.Thread(target=finish_report, name="reporter")
worker.start()

time.sleep(0.05)
print(f"main: heartbeat daemon={hb.daemon} alive={hb.is_alive()}; {len(beats)} beats so far")
print("main: done; exiting waits for 'reporter' but not for 'heartbeat'")
# ...but because it is a daemon, it does not keep the program alive once main and the
# non-daemon worker are finished.
