# threading.Timer: call a function once after a delay, in its own thread; cancel() stops it
# if it has not fired yet.
#
#     pyrs examples/threads_timer.py
#     pyrs -X gil=0 examples/threads_timer.py
import threading
import time

start = time.perf_counter()
fired = []

def remind(what):
    fired.append(what)
    print(f"[{time.perf_counter() - start:.1f} s] reminder: {what}")

tea = threading.Timer(0.2, remind, args=("the tea is ready",))
call = threading.Timer(0.4, remind, kwargs={"what": "call back"})
never = threading.Timer(0.3, remind, args=("this one is cancelled",))
for t in (tea, call, never):
    t.start()

time.sleep(0.1)
never.cancel()          # before its 0.3 s are up: it will not fire
print(f"[{time.perf_counter() - start:.1f} s] cancelled one timer")

for t in (tea, call, never):
    t.join()
print("timers done; fired:", fired)
