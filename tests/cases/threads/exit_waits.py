# pyrs: modes=gil-both
# At exit the program waits for non-daemon threads (they may print after the main module's last
# line) but not for daemon threads, which may run forever.
import threading
import time

started = threading.Event()
def forever():
    started.set()
    while True:
        time.sleep(0.01)

d = threading.Thread(target=forever, daemon=True, name="spinner")
d.start()
started.wait()
print("daemon alive:", d.is_alive(), d.daemon)

go = threading.Event()
def late(tag, delay):
    go.wait()
    time.sleep(delay)
    print("non-daemon", tag, "finished after main")

workers = [threading.Thread(target=late, args=("a", 0.05)),
           threading.Thread(target=late, args=("b", 0.15))]
for w in workers:
    w.start()

# A non-daemon thread started by another thread is waited for too.
def spawner():
    go.wait()
    time.sleep(0.25)
    threading.Thread(target=lambda: print("grandchild ran")).start()
threading.Thread(target=spawner).start()

# A daemon thread started from a daemon thread is a daemon by default.
def daemon_parent():
    c = threading.Thread(target=forever)
    print("child of daemon is daemon:", c.daemon)
    c.start()
p = threading.Thread(target=daemon_parent, daemon=True)
p.start()
p.join()
print("active threads:", threading.active_count())
go.set()
print("main module done")
