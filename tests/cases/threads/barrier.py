# pyrs: modes=gil-both
# Barrier: distinct wait indices, the action, abort, reset, timeout, BrokenBarrierError.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
indices = []
def party():
    indices.append(b.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indices), b.n_waiting, b.broken)

# The barrier is reusable: three rounds with an action run once per round.
rounds = []
log = []
def action():
    rounds.append(len(rounds))
rb = threading.Barrier(4, action=action)
def cycler(i):
    for r in range(3):
        log.append((r, rb.wait()))
ts = [threading.Thread(target=cycler, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(rounds, sorted(log) == sorted((r, k) for r in range(3) for k in range(4)))

# A one-party barrier never blocks.
print(threading.Barrier(1).wait(), threading.Barrier(1).wait())

# Timeout: the waiting thread breaks the barrier, later waiters get BrokenBarrierError.
tb = threading.Barrier(2)
try:
    tb.wait(0.02)
except threading.BrokenBarrierError as e:
    print("timeout:", type(e).__name__, tb.broken)
try:
    tb.wait()
except threading.BrokenBarrierError:
    print("still broken")
tb.reset()
print("after reset:", tb.broken)

# Default timeout from the constructor.
db = threading.Barrier(2, timeout=0.02)
try:
    db.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it:", db.broken)

# abort() wakes waiting threads with BrokenBarrierError.
ab = threading.Barrier(3)
errors = []
def waits():
    try:
        ab.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ws = [threading.Thread(target=waits) for _ in range(2)]
for w in ws: w.start()
while ab.n_waiting < 2:
    threading.Event().wait(0.002)
ab.abort()
for w in ws: w.join()
print(errors, ab.broken, ab.n_waiting)
ab.reset()
print("reset:", ab.broken)

# An action that raises breaks the barrier; the thread that ran it gets the error.
def bad_action():
    raise ValueError("action failed")
xb = threading.Barrier(2, action=bad_action)
outcome = []
def x():
    try:
        outcome.append(xb.wait())
    except Exception as e:
        outcome.append(type(e).__name__)
xs = [threading.Thread(target=x) for _ in range(2)]
for t in xs: t.start()
for t in xs: t.join()
print(sorted(outcome), xb.broken)
