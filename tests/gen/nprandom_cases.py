"""Regenerates src/numeric/nprandom/testdata/cases.txt with NumPy (the oracle, 2.4.6):

    .oracle/bin/python tests/gen/nprandom_cases.py > src/numeric/nprandom/testdata/cases.txt

Each line is one program run on a fresh generator, `ENGINE SEED | CALL => VALUES | ...`:
  ENGINE  `legacy` (np.random.RandomState) or `pcg` (np.random.default_rng)
  SEED    an int, or `a:x/y/z` (legacy: seed with an array) / `l:x/y/z` (pcg: a list of ints)
  CALL    `name(args)*N`: N values from one `size=N` call (`name_s`: N scalar calls);
          `name(args)#N`: the same, reported as one FNV-1a digest `H<hex>` of the values' bits;
          args are ints, floats, T/F, or x/y/z float lists (choice's p).
  VALUES  floats as repr, ints in decimal, or `!Type: message` when NumPy raises.
The Rust tests (src/numeric/nprandom/tests.rs) replay the same programs and compare bit for bit.
Programs continue after an error: NumPy validates before drawing, so errors consume nothing."""
import math
import re
import struct

import numpy as np

MASK = (1 << 64) - 1


def digest(values):
    h = 0xCBF29CE484222325
    for v in values:
        if isinstance(v, float):
            bits = struct.unpack("<Q", struct.pack("<d", v))[0]
        else:
            bits = v & MASK
        h = ((h ^ bits) * 0x100000001B3) & MASK
    return f"H{h:016x}"


def parse_arg(s):
    if "/" in s:
        return [float(x) for x in s.split("/")]
    if s in ("T", "F"):
        return s == "T"
    try:
        return int(s)
    except ValueError:
        return float(s)


def flat(x):
    a = np.asarray(x)
    if a.dtype.kind == "f":
        return [float(v) for v in a.ravel()]
    return [int(v) for v in a.ravel()]


def legacy_call(r, name, a, n):
    """One call on RandomState `r`; returns the list of values."""
    scalar = name.endswith("_s")
    base = name[:-2] if scalar else name

    def many(f):
        return [f(None) for _ in range(n)] if scalar else flat(f(n))

    if base == "seed":
        r.seed(a[0])
        return []
    if base == "seedarr":
        r.seed([int(v) for v in a[0]])
        return []
    if base == "rand":
        return many(lambda size: r.random_sample(size))
    if base == "randn":
        return many(lambda size: r.standard_normal(size))
    if base == "normal":
        return many(lambda size: r.normal(a[0], a[1], size))
    if base == "uniform":
        return many(lambda size: r.uniform(a[0], a[1], size))
    if base == "randint":
        return many(lambda size: r.randint(a[0], a[1], size))
    if base == "randint32":
        return many(lambda size: r.randint(a[0], a[1], size, dtype=np.int32))
    if base in ("choice", "choicelen"):
        pop = a[0] if base == "choice" else np.arange(a[0])
        p = a[2] if len(a) > 2 else None
        return flat(r.choice(pop, n, replace=a[1], p=p))
    if base == "permutation":
        return flat(r.permutation(a[0]))
    if base == "shuffle2d":
        x = np.arange(a[0] * a[1]).reshape(a[0], a[1])
        r.shuffle(x)
        return flat(x)
    if base == "standard_exponential":
        return many(lambda size: r.standard_exponential(size))
    if base == "exponential":
        return many(lambda size: r.exponential(a[0], size))
    if base == "poisson":
        return many(lambda size: r.poisson(a[0], size))
    if base == "binomial":
        return many(lambda size: r.binomial(a[0], a[1], size))
    raise ValueError(name)


def pcg_call(g, name, a, n):
    scalar = name.endswith("_s")
    base = name[:-2] if scalar else name

    def many(f):
        return [f(None) for _ in range(n)] if scalar else flat(f(n))

    if base == "random":
        return many(lambda size: g.random(size))
    if base == "random32":
        return flat(g.random(n, dtype=np.float32))
    if base == "standard_normal":
        return many(lambda size: g.standard_normal(size))
    if base == "normal":
        return many(lambda size: g.normal(a[0], a[1], size))
    if base == "uniform":
        return many(lambda size: g.uniform(a[0], a[1], size))
    if base == "integers":
        return many(lambda size: g.integers(a[0], a[1], size, endpoint=a[2]))
    if base == "integers32":
        return many(lambda size: g.integers(a[0], a[1], size, dtype=np.int32, endpoint=a[2]))
    if base in ("choice", "choicelen"):
        pop = a[0] if base == "choice" else np.arange(a[0])
        p = a[3] if len(a) > 3 else None
        return flat(g.choice(pop, n, replace=a[1], p=p, shuffle=a[2]))
    if base == "permutation":
        return flat(g.permutation(a[0]))
    if base == "shuffle2d":
        x = np.arange(a[0] * a[1]).reshape(a[0], a[1])
        g.shuffle(x)
        return flat(x)
    if base == "standard_exponential":
        return many(lambda size: g.standard_exponential(size))
    if base == "exponential":
        return many(lambda size: g.exponential(a[0], size))
    if base == "poisson":
        return many(lambda size: g.poisson(a[0], size))
    if base == "binomial":
        return many(lambda size: g.binomial(a[0], a[1], size))
    raise ValueError(name)


CALL = re.compile(r"^(\w+)\((.*)\)([*#])(\d+)$")


def fmt(v):
    return repr(v) if isinstance(v, float) else str(v)


def run(engine, seed, program):
    if engine == "legacy":
        gen = np.random.RandomState()
        if seed.startswith("a:"):
            gen.seed([int(v) for v in seed[2:].split("/")])
        else:
            gen.seed(int(seed))
        call = legacy_call
    else:
        if seed.startswith("l:"):
            gen = np.random.default_rng([int(v) for v in seed[2:].split("/")])
        else:
            gen = np.random.default_rng(int(seed))
        call = pcg_call
    fields = [f"{engine} {seed}"]
    for spec in program.split(";"):
        spec = spec.strip()
        m = CALL.match(spec)
        assert m, spec
        name, args, mode, n = m.group(1), m.group(2), m.group(3), int(m.group(4))
        a = [parse_arg(s) for s in args.split(",")] if args else []
        try:
            vals = call(gen, name, a, n)
            out = digest(vals) if mode == "#" else " ".join(fmt(v) for v in vals)
        except (ValueError, OverflowError, TypeError) as e:
            out = f"!{type(e).__name__}: {e}"
        fields.append(f"{spec} => {out}".rstrip())
    print(" | ".join(fields))


P = "0.1/0.2/0.3/0.15/0.25"
LEGACY_SEEDS = ["0", "1", "42", "12345", str(2**32 - 1), "a:1/2/3", "a:0", f"a:{2**32 - 1}/5"]
LEGACY = [
    "rand()*10",
    "rand_s()*5; randn()*7; randn_s()*3; rand()*2; randn()*1; randn_s()*1; randn()*4",
    "randn()*3; seed(7)*0; randn()*2; randn()*3; seedarr(4/5)*0; randn_s()*3",
    "normal(5,2)*5; normal_s(-1,0.5)*3; uniform(1,2)*4; uniform_s(-3,7)*2; uniform(2,1)*2",
    "randint(0,10)*20; randint(-5,5)*10; randint(0,2147483648)*5; randint(0,1099511627776)*5;"
    " randint(0,9223372036854775807)*5; randint(7,8)*3; randint(0,4294967296)*4;"
    " randint(0,4294967295)*4; randint(-9223372036854775808,9223372036854775807)*3;"
    " randint(0,9223372036854775808)*3; randint_s(0,10)*5; randint_s(-1099511627776,3)*3",
    "randint32(0,10)*10; randint32(-2147483648,2147483647)*4; randint32(0,2147483648)*3;"
    " randint32(-7,-2)*5",
    f"choice(10,T)*8; choice(10,F)*5; choice({P.count('/') + 1},T,{P})*10;"
    f" choice(5,F,{P})*3; choice(1,T)*3; choice(100,F)*100; choicelen(7,T)*4;"
    f" choicelen(7,F)*3; choice(3,F,0.5/0/0.5)*2; choice(0,T)*0; choice(4,F)*0",
    "permutation(20)*1; permutation(1)*1; permutation(0)*1; shuffle2d(5,3)*1;"
    " permutation(70000)#1; rand()*1",
    "standard_exponential()*5; standard_exponential_s()*2; exponential(2.5)*3;"
    " poisson(3.5)*10; poisson(0)*2; poisson(25)*10; poisson(1000.5)*5; poisson_s(12)*3;"
    " binomial(10,0.3)*10; binomial(100,0.7)*10; binomial(1000,0.5)*10; binomial(0,0.5)*2;"
    " binomial(5,0)*2; binomial(5,1)*2; binomial_s(60,0.5)*3; rand()*1",
    "randn()#20000; rand()#10000; randint(0,1000)#10000; randint(0,1099511627776)#2000;"
    " poisson(50)#5000; poisson(4)#5000; binomial(500,0.3)#5000; binomial(20,0.2)#5000;"
    " binomial(200,0.9)#3000; standard_exponential()#5000; choice(50,T,"
    + "/".join(["0.02"] * 50) + ")#2000",
]
LEGACY_ONCE = [
    ("0", "randn()#1000000; randn_s()#1001; rand()#1000000; randint(0,100)#100000"),
    ("12345", "randn()#1000000; poisson(30)#200000; binomial(100000,0.4)#100000"),
    ("0", "randint(5,5)*1; randint(5,5)*0; randint32(0,2147483649)*0; randint(0,9223372036854775809)*1; randint(-9223372036854775809,0)*1;"
          " randint32(0,2147483649)*1; randint32(-2147483649,0)*1; choice(0,T)*3; choice(-2,T)*1;"
          " choicelen(0,T)*3; choice(5,F)*6; choice(5,T,0.5/0.5/0/0/0.1)*3;"
          " choice(5,T,0.5/0.5/0/0)*3; choice(5,T,1.5/-0.5/0/0/0)*3; choice(5,T,nan/0.5/0/0/0)*3;"
          " choice(5,F,0.5/0.5/0/0/0)*3; poisson(-1)*1; poisson(nan)*1; poisson(1e19)*1;"
          " binomial(-1,0.5)*1; binomial(10,1.5)*1; binomial(10,nan)*1; binomial(-1,1.5)*1;"
          " normal(0,-1)*1; normal(0,-0.0)*1; normal(0,nan)*1; exponential(-1)*1;"
          " uniform(0,inf)*1; seed(4294967296)*0; seed(-1)*0; rand()*2"),
]
PCG_SEEDS = ["0", "1", "42", "12345", str(2**32 - 1), str(2**32), str(2**64 - 1), str(2**64),
             str(2**100 + 12345), str(2**128 + 7), str(2**256 - 1), "l:1/2/3", "l:0",
             f"l:{2**70}/5"]
PCG = [
    "random()*10",
    "standard_normal()*10; standard_normal_s()*3; normal(5,2)*4; normal_s(-1,0.5)*2",
    "uniform(1,2)*4; uniform_s(-3,7)*2; uniform(3,3)*2",
    "integers(0,10,F)*20; integers(-5,5,F)*10; integers(0,10,T)*10; integers(0,2147483648,F)*5;"
    " integers(0,1099511627776,F)*5; integers(0,9223372036854775807,F)*5; integers(7,8,F)*3;"
    " integers(7,7,T)*3; integers(0,4294967296,F)*4; integers(0,4294967295,T)*4;"
    " integers(-9223372036854775808,9223372036854775807,T)*3; integers_s(0,10,F)*5;"
    " integers(0,9223372036854775808,F)*3",
    "integers(0,10,F)*1; random()*1; integers(0,10,F)*1; integers(0,10,F)*1;"
    " standard_normal()*1; integers_s(0,1000,F)*3; integers(0,1099511627776,F)*1;"
    " integers(0,100,F)*1; permutation(5)*1; integers(0,100,F)*1; random32()*3; random()*1;"
    " random32()*1; integers(0,100,F)*1",
    "integers32(0,10,F)*10; integers32(-2147483648,2147483647,T)*4; integers32(0,100,T)*3",
    f"choice(10,T,T)*8; choice(10,F,T)*5; choice(10,F,F)*5; choice(5,T,T,{P})*10;"
    f" choice(5,F,T,{P})*3; choice(100,F,T)*100; choicelen(7,T,T)*4; choicelen(7,F,T)*3;"
    f" choice(20000,F,T)#500; choice(20000,F,F)#1500; choice(20000,F,T)#300;"
    f" choice(20000,F,F)#900; choice(1000000,F,T)#10; choice(0,T,T)*0; choice(4,F,T)*0",
    "permutation(20)*1; permutation(0)*1; shuffle2d(5,3)*1; permutation(70000)#1; random()*1",
    "standard_exponential()*10; standard_exponential_s()*2; exponential(2.5)*3; poisson(3.5)*10;"
    " poisson(25)*10; poisson(1000.5)*5; binomial(10,0.3)*10; binomial(100,0.7)*10;"
    " binomial(1000,0.5)*10; binomial(0,0.5)*2; binomial(5,0)*2; binomial(5,1)*2; random()*1",
    "standard_normal()#20000; standard_exponential()#20000; random()#10000;"
    " integers(0,1000,F)#10000; integers(0,1099511627776,F)#2000; poisson(50)#5000;"
    " binomial(500,0.3)#5000",
]
PCG_ONCE = [
    ("0", "standard_normal()#1000000; standard_exponential()#1000000; random()#100000"),
    ("1", "standard_normal()#1000000; integers32(0,7,F)#100000; binomial(100000,0.4)#100000"),
    ("0", "integers(5,5,F)*1; integers(1180591620717411303424,5,F)*0; integers(5,4,T)*1; integers(0,9223372036854775809,F)*1;"
          " integers32(0,2147483649,F)*1; choice(0,T,T)*3; choicelen(0,T,T)*3;"
          " choice(5,F,T)*6; choice(5,T,T,0.5/0.5/0/0/0.1)*3; choice(5,T,T,0.5/0.5/0/0)*3;"
          " choice(5,T,T,1.5/-0.5/0/0/0)*3; choice(5,T,T,nan/0.5/0/0/0)*3;"
          " choice(5,F,T,0.5/0.5/0/0/0)*3; poisson(-1)*1; poisson(1e19)*1; binomial(-1,0.5)*1;"
          " binomial(10,1.5)*1; normal(0,-1)*1; normal(0,-0.0)*1; exponential(-1)*1;"
          " uniform(0,inf)*1; uniform(1,0)*1; random()*2"),
]

for seed in LEGACY_SEEDS:
    for prog in LEGACY:
        run("legacy", seed, prog)
for seed, prog in LEGACY_ONCE:
    run("legacy", seed, prog)
for seed in PCG_SEEDS:
    for prog in PCG:
        run("pcg", seed, prog)
for seed, prog in PCG_ONCE:
    run("pcg", seed, prog)
