# pyrs: modes=gil-both
# Joining the current thread, uncaught: RuntimeError ends the program with status 1 after the
# other threads have done their work.
import threading

out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(threading.current_thread().name)
threading.current_thread().join()
print("not reached")
