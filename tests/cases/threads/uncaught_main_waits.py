# pyrs: modes=gil-both
# stderr-tail: 4
# The main thread dies of an uncaught exception while a non-daemon thread still runs: the
# traceback is printed, the program still waits for the thread, and the exit status is 1.
import threading
import time

results = []
go = threading.Event()

def worker(n):
    go.wait()
    time.sleep(0.1)
    results.append(sum(range(n)))
    print("worker done:", results)

t = threading.Thread(target=worker, args=(1000,), name="survivor")
t.start()
print("main: worker alive", t.is_alive())
go.set()
data = {"key": 1}
print("main: about to fail")
print(data["missing"])
