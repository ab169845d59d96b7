# pyrs: modes=gil-both
# current_thread, main_thread, active_count, enumerate, get_ident, get_native_id.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(main.is_alive(), type(main.ident) is int, main.ident == threading.get_ident())
print(type(threading.get_native_id()) is int, main.native_id == threading.get_native_id())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(repr(main).replace(str(main.ident), 'IDENT'))
print(type(main).__name__ == '_MainThread', isinstance(main, threading.Thread))

started = threading.Event()
release = threading.Event()
info = {}

def worker(tag):
    me = threading.current_thread()
    info[tag] = (me.name, me is not main, threading.get_ident() == me.ident,
                 threading.main_thread() is main, me.daemon)
    started.set()
    release.wait()

ts = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(3)]
for t in ts:
    started.clear()
    t.start()
    started.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
idents = {t.ident for t in ts} | {main.ident}
print(len(idents))
print(sorted(info.items()))
release.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(any(t in threading.enumerate() for t in ts))

# A thread not yet started is not enumerated; inside run it is.
seen = []
def look():
    seen.append(threading.current_thread() in threading.enumerate())
    seen.append(threading.active_count())
t = threading.Thread(target=look, name="looker")
print(t in threading.enumerate())
t.start(); t.join()
print(seen)

# current_thread() seen from a thread started with _thread directly is a dummy thread.
import _thread
box = []
done = threading.Event()
def raw():
    ct = threading.current_thread()
    box.append((ct.name.startswith('Dummy-'), ct.daemon, ct.is_alive()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(box)
print(threading.current_thread().name, threading.get_ident() == main.ident)
print(callable(threading.excepthook), threading.TIMEOUT_MAX > 1e6)
