# pyrs: modes=gil-both
# threading.excepthook: a custom hook sees exc_type, exc_value, exc_traceback and the thread;
# an exception in one thread does not stop the others.
import threading
import sys

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 type(args.exc_value) is args.exc_type, len(args)))

print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook

def fails(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        {}["missing"]
    if kind == "zero":
        return 1 / 0
    if kind == "exit":
        sys.exit(3)  # SystemExit is passed to the hook too

for kind in ("value", "key", "zero", "exit"):
    t = threading.Thread(target=fails, args=(kind,), name="t-" + kind)
    t.start()
    t.join()
    print(t.name, t.is_alive())
for s in seen:
    print(s)

# Other threads go on while one fails.
results = []
def ok(i):
    results.append(i)
ts = [threading.Thread(target=fails if i % 2 else ok, args=("value",) if i % 2 else (i,))
      for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), len(seen))

# The hook's args object: attribute access and the thread it names.
captured = []
threading.excepthook = lambda a: captured.append(a)
class Boom(threading.Thread):
    def run(self):
        raise RuntimeError("from subclass")
b = Boom(name="boomer")
b.start(); b.join()
a = captured[0]
print(a.exc_type is RuntimeError, a.exc_value.args, a.thread is b)

# A hook that itself raises: sys.excepthook reports it on stderr; the program goes on.
def bad_hook(args):
    raise KeyError("hook failed")
threading.excepthook = bad_hook
threading.Thread(target=fails, args=("zero",)).start()
for t in threading.enumerate():
    if t is not threading.main_thread():
        t.join()

# Restoring the default.
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print("main still running")
