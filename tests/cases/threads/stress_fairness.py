# pyrs: modes=gil-both
# Switch-interval fairness: CPU-bound threads that never block all make progress. With the GIL
# on, only the forced switch (sys.getswitchinterval()) lets the others run.
import sys
import threading
import time

stop = False
counts = [0, 0]

def spin(k):
    n = 0
    while not stop:
        n += 1
        if n % 1000 == 0:
            counts[k] = n
    counts[k] = n

ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts: t.start()
time.sleep(0.3)          # the main thread sleeps: the two spinners share the interpreter
stop = True
for t in ts: t.join()
print("both spinners progressed:", counts[0] > 0 and counts[1] > 0)

# The main thread spins too: it needs the forced switch to get back in and set the flag.
stop = False
counts = [0, 0]
ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts: t.start()
end = time.monotonic() + 0.3
main_loops = 0
while time.monotonic() < end:
    main_loops += 1
stop = True
for t in ts: t.join()
print("main and both spinners progressed:", main_loops > 0, counts[0] > 0, counts[1] > 0)

# A thread that sleeps in short steps still gets its turns next to a spinner.
stop = False
ticks = []
def ticker():
    for i in range(20):
        time.sleep(0.005)
        ticks.append(i)
spinner = threading.Thread(target=spin, args=(0,))
spinner.start()
tk = threading.Thread(target=ticker)
tk.start()
tk.join()
stop = True
spinner.join()
print("ticker finished next to a spinner:", ticks == list(range(20)))

# A longer and a shorter switch interval both keep everyone going.
for interval in (0.001, 0.02):
    sys.setswitchinterval(interval)
    stop = False
    counts = [0, 0]
    ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
    for t in ts: t.start()
    time.sleep(0.2)
    stop = True
    for t in ts: t.join()
    print(interval, counts[0] > 0 and counts[1] > 0)
sys.setswitchinterval(0.005)
