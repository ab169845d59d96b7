# pyrs: modes=gil-both
# Future by hand: states, set_result/set_exception, callbacks, cancel, result/exception timeouts.
import threading
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError

f = Future()
print(f.done(), f.running(), f.cancelled())
for call in (lambda: f.result(timeout=0.01), lambda: f.exception(timeout=0)):
    try:
        call()
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: log.append(("cb2", fut is f)))
print(f.set_running_or_notify_cancel(), f.running(), f.done(), f.cancel())
f.set_result(42)
print(f.result(), f.exception(), f.done(), f.running(), log)
f.add_done_callback(lambda fut: log.append("late callback runs at once"))
print(log[-1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0])

e = Future()
e.set_exception(KeyError("k"))
print(e.done(), type(e.exception()).__name__, repr(e.exception()))
try:
    e.result()
except KeyError as err:
    print("result raised KeyError", err)
try:
    e.set_exception(ValueError())
except InvalidStateError:
    print("InvalidStateError again")

# Cancelling a pending future: callbacks run, result/exception raise CancelledError.
c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled cb", fut.cancelled())))
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), log[-1])
for call in (c.result, c.exception):
    try:
        call()
    except CancelledError:
        print("CancelledError")
print(c.set_running_or_notify_cancel())

# A running future cannot be cancelled; a finished one neither.
r = Future()
r.set_running_or_notify_cancel()
print(r.cancel(), r.running())
r.set_result(None)
print(r.cancel(), r.result())

# Another thread completes the future while we wait on result().
w = Future()
def finisher():
    w.set_result("from thread")
threading.Timer(0.02, finisher).start()
print(w.result(timeout=10))
x = Future()
threading.Timer(0.02, lambda: x.set_exception(ZeroDivisionError("late"))).start()
print(repr(x.exception(timeout=10)))

# A callback that raises is reported (stderr) and the others still run.
k = Future()
k.add_done_callback(lambda fut: 1 / 0)
k.add_done_callback(lambda fut: log.append("after failing callback"))
k.set_result(0)
print(log[-1])
