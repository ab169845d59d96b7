# pyrs: modes=gil-both
# Stress: two threads hand a token back and forth through one Condition for N rounds; the
# strict alternation is checked on every move. Then the same with two Events, and a Semaphore pair.
import threading

N = 5000
cond = threading.Condition()
state = {"turn": "ping", "moves": 0}
log = []

def player(me, other):
    for _ in range(N):
        with cond:
            cond.wait_for(lambda: state["turn"] == me)
            log.append(me)
            state["moves"] += 1
            state["turn"] = other
            cond.notify()

a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
a.start(); b.start()
a.join(); b.join()
print(state["moves"], len(log), log[:4])
print(all(log[i] != log[i + 1] for i in range(len(log) - 1)), log.count("ping"), log.count("pong"))

# Two Events: each side waits for its own, clears it and sets the other's.
ev = {"x": threading.Event(), "y": threading.Event()}
seq = []
def side(me, other, rounds):
    for i in range(rounds):
        ev[me].wait()
        ev[me].clear()
        seq.append((me, i))
        ev[other].set()
tx = threading.Thread(target=side, args=("x", "y", 2000))
ty = threading.Thread(target=side, args=("y", "x", 2000))
tx.start(); ty.start()
ev["x"].set()
tx.join(); ty.join()
expected = [(s, i) for i in range(2000) for s in ("x", "y")]
print(len(seq), seq == expected)

# A pair of semaphores: a strict producer/consumer hand-off of one slot.
empty, full = threading.Semaphore(1), threading.Semaphore(0)
slot = [None]
received = []
def produce():
    for i in range(3000):
        empty.acquire()
        slot[0] = i
        full.release()
def consume():
    for _ in range(3000):
        full.acquire()
        received.append(slot[0])
        empty.release()
p = threading.Thread(target=produce); c = threading.Thread(target=consume)
p.start(); c.start(); p.join(); c.join()
print(len(received), received == list(range(3000)))
