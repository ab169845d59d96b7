# pyrs: modes=gil-both
# sys.exit() in the main thread still waits for non-daemon threads, then exits with its status;
# sys.exit() in a thread ends only that thread, silently.
import sys
import threading
import time

def thread_exits():
    print("thread: calling sys.exit")
    sys.exit(5)
    print("not reached")

t = threading.Thread(target=thread_exits)
t.start()
t.join()
print("main: thread ended, is_alive:", t.is_alive())

go = threading.Event()
def late():
    go.wait()
    time.sleep(0.1)
    print("late thread: finished after main called sys.exit")

threading.Thread(target=late).start()
try:
    sys.exit(7)
except SystemExit as e:
    print("main: caught SystemExit", e.code)
go.set()
print("main: exiting with status 3")
sys.exit(3)
