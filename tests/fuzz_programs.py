#!/usr/bin/env python3
"""Mutation fuzzer for the whole interpreter: mutates the corpus programs (deleting, duplicating
and splicing lines and snippets), runs them under pyrs and reports any run that panics, dies by a
signal or exits with an internal-error status. Timeouts are reported too; check them against
python3 (mutations easily make infinite loops). Not part of CI (it is a search, not a test):
    cargo build --release && python3 tests/fuzz_programs.py [SEED] [SECONDS]
"""
import random, subprocess, glob, os, sys, time, tempfile
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYRS = os.path.join(ROOT, 'target', 'release', 'pyrs')
OUT = tempfile.mkdtemp(prefix='pyrs-fuzz-')
files = [f for f in glob.glob(os.path.join(ROOT, 'tests/cases/**/*.py'), recursive=True) if '_mod' not in f and '__init__' not in f]
srcs = [open(f).read() for f in files]
snippets = ["1/0", "[]", "x", "None", "f(", ")", "lambda: 0", "yield 1", "*a", "**k", "'s' * -1", "10**10**2", "{}[0]", "a.b.c", "del x", "global q", "return", "raise", "import os", "for i in 1:", "while 0:", "class C(int): pass", "2**64", "-1", "'%d' % 'x'", "[1][5]", "()[0]", "sorted([1,'a'])", "min([])", "int('x')", "float('inf')"]
deadline = time.time() + float(sys.argv[2]) if len(sys.argv) > 2 else time.time() + 240
n = bad = 0
while time.time() < deadline:
    s = random.choice(srcs).split('\n')
    for _ in range(random.randint(1, 4)):
        op = random.random()
        if not s: s = [""]
        i = random.randrange(len(s))
        if op < 0.3: del s[i]
        elif op < 0.5: s.insert(i, random.choice(s))
        elif op < 0.8:
            line = s[i]
            if line:
                j = random.randrange(len(line)); line = line[:j] + random.choice(snippets) + line[j:]
                s[i] = line
        else:
            s.insert(i, (' ' * random.choice([0, 4, 8])) + random.choice(snippets))
    src = '\n'.join(s)
    open(os.path.join(OUT, 'case.py'), 'w').write(src)
    try:
        r = subprocess.run([PYRS, os.path.join(OUT, 'case.py')], capture_output=True, timeout=10, stdin=subprocess.DEVNULL, cwd=OUT)
        rc = r.returncode
        err = r.stderr.decode(errors='replace')
    except subprocess.TimeoutExpired:
        rc = 'timeout'; err = ''
    n += 1
    if rc == 'timeout' or (isinstance(rc, int) and (rc < 0 or rc >= 64)) or 'panicked' in err or 'internal error' in err:
        bad += 1
        open(os.path.join(OUT, f'bad{bad}.py'), 'w').write(src)
        print('BAD', rc, err[-300:])
print('runs', n, 'flagged', bad, 'saved in', OUT)
