"""Generate cases.txt: CPython 3.11's answers for random inputs to every function in
src/runtime/format. Run from the repository root:
    python3 src/runtime/format/testdata/gen.py > src/runtime/format/testdata/cases.txt
GEN_SEED / GEN_SCALE change the seed and multiply the counts for one-off deeper checks.
One case per line, tab-separated; fields are escaped (backslash, tab, newline -> \\\\ \\t \\n,
other control characters -> \\xNN / \\uNNNN). Floats are written as their 64-bit pattern in
hex. An expected error is written as `!Kind:message`."""
import math
import random
import struct
import sys

import os

rng = random.Random(int(os.environ.get("GEN_SEED", "20240611")))
# GEN_SCALE=20 multiplies every count: a one-off deep check, too big to commit.
SCALE = int(os.environ.get("GEN_SCALE", "1"))


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 0x20 or 0xD800 <= ord(c) <= 0xDFFF:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def run(f):
    try:
        return f()
    except Exception as e:  # noqa
        return "!%s:%s" % (type(e).__name__, e)


def emit(*fields):
    print("\t".join(esc(str(f)) for f in fields))


def rand_float():
    r = rng.random()
    if r < 0.25:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if r < 0.45:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if r < 0.55:
        return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 16, 1000])
    if r < 0.65:
        return rng.choice([1, -1]) * 10.0 ** rng.randint(-30, 30) * rng.choice([1, 1.5, 2.5, 9.99, 9.9999999, 0.5])
    if r < 0.72:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308,
                           2.2250738585072014e-308, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e15,
                           123456789012345.0, 1e-5, 1e-4, 9.5, 99.5, 0.05, -0.0004])
    if r < 0.85:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)
    return rng.uniform(-1e6, 1e6)


def rand_int():
    r = rng.random()
    if r < 0.4:
        return rng.randint(-1000, 1000)
    if r < 0.7:
        return rng.randint(-10**12, 10**12)
    if r < 0.85:
        return rng.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, 2**63, -2**63, 10**20, 2**53 + 1])
    return rng.randint(-10**25, 10**25)


def rand_spec(types):
    s = ""
    if rng.random() < 0.3:
        a = rng.choice("<>^=")
        if rng.random() < 0.5:
            s += rng.choice("*x0 é#")
        s += a
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(0, 25))
    if rng.random() < 0.2:
        s += rng.choice(",_")
    if rng.random() < 0.5:
        s += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, rng.randint(0, 40)]))
    if rng.random() < 0.85:
        s += rng.choice(types)
    return s


FLOAT_TYPES = "eEfFgGn%" + "eEfFgG%" + "d"
INT_TYPES = "bcdoxXn" + "dxXbo" + "eEfFgG%s"

# float repr
for _ in range(600 * SCALE):
    x = rand_float()
    if rng.random() < 0.2:
        # large values with short binary fractions: ties between two shortest candidates
        x = rng.randint(2**46, 2**53) / rng.choice([2, 4, 8, 16])
    emit("R", bits(x), repr(x))

# format(float, spec)
def small(x):
    # keep fixed-point output short: huge magnitudes are covered by the other types
    return x if not math.isfinite(x) or abs(x) < 1e22 else x / 10.0 ** (math.floor(math.log10(abs(x))) - 3)


for _ in range(1200 * SCALE):
    spec = rand_spec(FLOAT_TYPES)
    x = rand_float()
    if spec[-1:] in "fF%":
        x = small(x)
    emit("F", bits(x), spec, run(lambda: format(x, spec)))

# format(int, spec)
for _ in range(650 * SCALE):
    n = rand_int()
    spec = rand_spec(INT_TYPES)
    emit("I", n, spec, run(lambda: format(n, spec)))

# format(str, spec)
WORDS = ["", "a", "abc", "hello world", "héllo", "日本語", "x" * 30]
for _ in range(300 * SCALE):
    w = rng.choice(WORDS)
    spec = rand_spec("s" * 8 + "dr")
    emit("S", w, spec, run(lambda: format(w, spec)))

# percent formatting with a tuple of args
def rand_arg():
    k = rng.random()
    if k < 0.4:
        return rand_int()
    if k < 0.8:
        return rand_float()
    return rng.choice(WORDS[:5])


def enc_arg(a):
    if isinstance(a, float):
        return "f:" + bits(a)
    if isinstance(a, int):
        return "i:%d" % a
    return "s:" + a


for _ in range(800 * SCALE):
    conv = rng.choice("dixXoeEfFgGsrcu%aq")
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 2])))
    width = rng.choice(["", "", str(rng.randint(0, 20)), "*"])
    prec = rng.choice(["", "", "." + str(rng.randint(0, 12)), ".*", "."])
    nargs = 1
    args = []
    for part in (width, prec):
        if "*" in part:
            args.append(rng.randint(-15, 15))
    if conv == "c":
        args.append(rng.choice([65, 0x263A, "z", "ab", 1.5, -1]))
    else:
        args.append(rand_arg())
        if conv in "fFdiuxXo" and isinstance(args[-1], float):
            args[-1] = small(args[-1])
    if rng.random() < 0.05:
        args.append(1)
    if rng.random() < 0.05 and args:
        args.pop()
    fmt = rng.choice(["", "x=", "[", "%% "]) + "%" + flags + width + prec + conv + rng.choice(["", "]", " %%"])
    emit("P", fmt, run(lambda: fmt % tuple(args)), *[enc_arg(a) for a in args])

# str repr / bytes repr
ALPH = ["a", "'", '"', "\\", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", "\x80", "\xa0", "\xad", "é",
        "\u2028", "\u200b", "\ud7ff", "\ue000", "\ufffe", "\U0001F600", "\U000E0001", "\U0010FFFF",
        " ", "z", "\u0378", "\u3000", "日"]
for _ in range(300 * SCALE):
    s = "".join(rng.choice(ALPH) for _ in range(rng.randint(0, 6)))
    emit("T", s, repr(s), ascii(s))
for _ in range(200 * SCALE):
    b = bytes(rng.choice([0, 9, 10, 13, 34, 39, 92, 65, 127, 128, 255, rng.randint(0, 255)])
              for _ in range(rng.randint(0, 6)))
    emit("B", b.hex(), repr(b))

# float(str)
FPARTS = ["1", "0", "_", ".", "e", "E", "-", "+", " ", "5", "inf", "nan", "infinity", "INF", "9", "x"]
for _ in range(800 * SCALE):
    s = "".join(rng.choice(FPARTS) for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.3:
        s = repr(rand_float())
    try:
        v = bits(float(s))
    except ValueError:
        v = "None"
    emit("PF", s, v)

# int(str, base)
IPARTS = ["0", "1", "7", "9", "a", "f", "z", "_", "x", "o", "b", "-", "+", " ", "0x", "0b", "0o"]
for _ in range(1000 * SCALE):
    s = "".join(rng.choice(IPARTS) for _ in range(rng.randint(1, 6)))
    base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, 3])
    try:
        v = str(int(s, base))
    except ValueError:
        v = "None"
    emit("PI", s, base, v)

# round(x, n)
for _ in range(500 * SCALE):
    x = rand_float()
    n = rng.choice([0, 1, 2, 3, -1, -2, -5, 5, 10, 15, 17, 20, rng.randint(-330, 330)])
    r = run(lambda: round(x, n))
    emit("RD", bits(x), n, bits(r) if isinstance(r, float) else r)

# str.format template parsing (via _string.formatter_parser)
import _string  # noqa: E402

TPARTS = ["a", "{", "}", "{{", "}}", "0", "!", ":", "r", "x", "[", "]", ".", "{0}", "{:>5}", "{a!r:^{w}}"]
for _ in range(600 * SCALE):
    s = "".join(rng.choice(TPARTS) for _ in range(rng.randint(1, 6)))
    try:
        pieces = []
        for lit, name, spec, conv in _string.formatter_parser(s):
            if lit:
                pieces.append("L" + lit)
            if name is not None:
                pieces.append("F%s\x1f%s\x1f%s" % (name, conv or "", spec))
        merged = []
        for p in pieces:
            if merged and p[0] == "L" and merged[-1][0] == "L":
                merged[-1] += p[1:]
            else:
                merged.append(p)
        emit("FS", s, *merged)
    except ValueError as e:
        emit("FS", s, "!ValueError:%s" % e)

# format specs made of random spec characters (mostly invalid ones), for the error paths
JUNK = "<>^=+- z#0123456789,_.xdfsbcn%eé"
for _ in range(400 * SCALE):
    spec = "".join(rng.choice(JUNK) for _ in range(rng.randint(1, 5)))
    if any(len(d) > 2 for d in "".join(c if c.isdigit() else " " for c in spec).split()):
        continue  # keep widths small
    kind = rng.choice("FIS")
    if kind == "F":
        x = small(rand_float())
        emit("F", bits(x), spec, run(lambda: format(x, spec)))
    elif kind == "I":
        n = rng.randint(-99999, 99999)
        emit("I", n, spec, run(lambda: format(n, spec)))
    else:
        w = rng.choice(WORDS)
        emit("S", w, spec, run(lambda: format(w, spec)))

# % with a single non-tuple operand, a dict, or a tuple, and odd format strings
PCT = ["%", "s", "d", "(", ")", "a", "b", "*", ".", "5", "-", "0", "l", "x", "%%", "r", "c", "y", " "]
DICT = {"a": 5, "b": "bee", "": 2.5, "(a)": 7}
for _ in range(550 * SCALE):
    fmt = "".join(rng.choice(PCT) for _ in range(rng.randint(1, 7)))
    mode = rng.choice("t1d")
    if mode == "t":
        args = tuple(rng.choice([3, "ab", 1.5, -7]) for _ in range(rng.randint(0, 3)))
        res = run(lambda: fmt % args)
        emit("PD", fmt, res, "t", *[enc_arg(a) for a in args])
    elif mode == "1":
        a = rng.choice([3, "ab", 1.5, -7])
        emit("PD", fmt, run(lambda: fmt % a), "1", enc_arg(a))
    else:
        emit("PD", fmt, run(lambda: fmt % DICT), "d")

# str.format field names
NPARTS = ["a", "0", "12", ".", "[", "]", "x", "b c", ""]
for _ in range(400 * SCALE):
    name = "".join(rng.choice(NPARTS) for _ in range(rng.randint(0, 6)))
    try:
        first, rest = _string.formatter_field_name_split(name)
        parts = [repr(first)] + ["%s%r" % ("." if is_attr else "[", key) for is_attr, key in rest]
        emit("FN", name, " ".join(parts))
    except ValueError as e:
        emit("FN", name, "!ValueError:%s" % e)
