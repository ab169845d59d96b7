"""Regenerates set_expected.txt: `python3 gen_set.py > set_expected.txt` (CPython 3.11).

Each line is `program|iteration order|popped values`. A program is space-separated commands
on a current set `s` (and a second set `t`):
  +N add N to s     -N discard N from s    p pop from s     c clear s     = s = set(s)
  R:n s = set(range(n))     L:a,b,.. s = {a, b, ..} (a constant display)
  T:a,b,.. t = set([a, b, ..])   |  &  -  ^   s = s OP t     u s |= t    d s -= t    x s ^= t
"""
import random

def run(prog):
    s, t, popped = set(), set(), []
    for cmd in prog.split():
        if cmd[0] == '+': s.add(int(cmd[1:]))
        elif cmd[0] == '-' and len(cmd) > 1: s.discard(int(cmd[1:]))
        elif cmd == 'p': popped.append(s.pop())
        elif cmd == 'c': s.clear()
        elif cmd == '=': s = set(s)
        elif cmd.startswith('R:'): s = set(range(int(cmd[2:])))
        elif cmd.startswith('L:'): s = eval('{' + cmd[2:] + '}')
        elif cmd.startswith('T:'): t = set(int(v) for v in cmd[2:].split(',') if v)
        elif cmd == '|': s = s | t
        elif cmd == '&': s = s & t
        elif cmd == '-': s = s - t
        elif cmd == '^': s = s ^ t
        elif cmd == 'u': s |= t
        elif cmd == 'd': s -= t
        elif cmd == 'x': s ^= t
        else: raise ValueError(cmd)
    return s, popped

progs = [f"R:{n}" for n in range(0, 201)]
progs += ["L:5,3,1,10,8", "L:1,2,3,4,5,21,37,53", "L:-1,-2,-3,0,7", "L:100,200,300,400,500,600",
          "L:9,17,25,33,41,1", "+5 +3 +1 +10 +8", "R:20 = p p p", "R:50 -3 -7 = +1000",
          "L:1,9,17,25,33", "L:" + ",".join(str(v) for v in range(0, 400, 13))]
r = random.Random(7)
pools = [lambda: r.randrange(-20, 60), lambda: r.randrange(-10**6, 10**6),
         lambda: r.choice([r.randrange(64), 2**61 - 1 + r.randrange(64), -r.randrange(64),
                           r.randrange(-2**62, 2**62)])]
for case in range(300):
    pool = pools[case % 3]
    cmds = []
    for _ in range(r.randrange(1, 80)):
        k = r.random()
        if k < 0.5: cmds.append(f"+{pool()}")
        elif k < 0.7: cmds.append(f"-{pool()}")
        elif k < 0.78: cmds.append("p")
        elif k < 0.8: cmds.append("c")
        elif k < 0.83: cmds.append("=")
        elif k < 0.88: cmds.append("T:" + ",".join(str(pool()) for _ in range(r.randrange(0, 40))))
        else: cmds.append(r.choice("|&-^udx"))
    prog = " ".join(cmds)
    # drop pops from empty sets so every program runs in CPython
    ok = []
    for c in cmds:
        try:
            run(" ".join(ok + [c]))
            ok.append(c)
        except KeyError:
            pass
    progs.append(" ".join(ok))
for prog in progs:
    s, popped = run(prog)
    print(f"{prog}|{','.join(map(str, s))}|{','.join(map(str, popped))}")
