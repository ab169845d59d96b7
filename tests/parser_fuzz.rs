//! Property test: the parser never panics and always returns promptly, on random token soups and
//! on mutations (chunk deletion/duplication/swaps, random characters, brackets, quotes,
//! indentation) of valid seed programs. Runs ~2 s by default; `PYRS_FUZZ_SECS=600` runs longer
//! and prints how many inputs were tried. `PYRS_FUZZ_SEED` picks the PRNG seed.

use pyrs::syntax::{parse_expression, parse_module, tokenize};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// xorshift64*: tiny, deterministic, good enough for fuzzing.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const SEEDS: &[&str] = &[
    "x = 1\ny = x + 2 * 3\nprint(x, y)\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    \"\"\"doc\"\"\"\n    return a + b\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return self.x\n",
    "for i in range(10):\n    if i % 2 == 0:\n        continue\n    elif i > 5:\n        break\n    else:\n        pass\nelse:\n    print('done')\n",
    "while x := f():\n    x -= 1\n",
    "try:\n    a = b[0]\nexcept (KeyError, IndexError) as e:\n    raise ValueError('x') from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    del a\n",
    "with open(p) as f, lock:\n    data = f.read()\nwith (a as b, c as d,):\n    pass\n",
    "import os.path as p, sys\nfrom . import x\nfrom ..m import (a, b as c,)\nfrom m import *\n",
    "@dec\n@a.b(c=1)\ndef g(*, k):\n    global z\n    yield from k\n    x = yield\n",
    "s = f\"{x!r:>{width}} {a['k']} {{lit}} {x=} {y:.2f}\" 'plain'\nb = rb'\\x00'\n",
    "z = [i * j for i in range(3) if i for j in range(i)]\nd = {k: v for k, v in d.items()}\ns = {*a, 1}\ng = sum(x for x in y)\n",
    "a[1:2, ::3], a[...], a[:, None] = b, c, d\nx = -2 ** -1 if not a else lambda q, *r, **s: q\n",
    "n = 1_000 + 0x1F + 0o17 + 0b101 + 1e-3 + .5 + 5. + 3j\nt = '''multi\nline''' \"x\\ty\"\n",
    "assert x, 'msg'\nx = a if b else c\nm = {**a, 'b': 1}\nx = (1,)\ny = ()\nz = 1,\n",
    "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n",
    "x = (1 +\n     2)\ny = [\n    1,\n    2,\n]\nz = 1 + \\\n    2\n",
    "if a: b = 1; c = 2\nelse: d = 3\n",
    "print(*args, sep='', **kw)\nf(a)(b)[c].d\n",
];

const TOKENS: &[&str] = &[
    "x", "y", "f", "1", "2.5", "3j", "0x1", "'s'", "\"t\"", "f'{x}'", "b'b'", "'''", "\"\"\"", "(",
    ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", "!=", "<", ">", "<=", "+", "-",
    "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "<<", ">>", "+=", ":=", "->", "\n",
    "\n    ", "\n\t", "\\\n", "#c", "if", "elif", "else", "for", "in", "while", "def", "class",
    "return", "yield", "from", "import", "as", "try", "except", "finally", "with", "lambda", "not",
    "and", "or", "is", "None", "True", "False", "pass", "break", "continue", "del", "global",
    "nonlocal", "assert", "raise", "async", "await", " ", "  ", "\t", "é", "\\", "$", "?", "!",
    "`", "\r\n", "\x0c", "\0", "0_", "1e", "0b2", "f'{", "}'",
];

const SNIPPETS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\n", "\n    ", "\n  ", "\t", ":",
    ",", "\\", "\\\n", "#", "f'{", "{x}", "=", "*", "**", " if ", " else ", "lambda", "yield", "@",
    "é", "\r", "\0", "\\x", "\\N{", "!r", "{{", "}}", "=}", ":{", "0x", "1_", ".5j",
];

fn token_soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.pick(TOKENS));
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

/// Byte offsets that are char boundaries.
fn boundary(s: &str, rng: &mut Rng) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(seed: &str, rng: &mut Rng) -> String {
    let mut s = seed.to_string();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let a = boundary(&s, rng);
        let b = boundary(&s, rng);
        let (a, b) = (a.min(b), a.max(b));
        match rng.below(7) {
            0 => s.replace_range(a..b, ""),
            1 => {
                let chunk = s[a..b].to_string();
                s.insert_str(b, &chunk);
            }
            2 => {
                let c = boundary(&s, rng);
                let chunk = s[a..b].to_string();
                s.replace_range(a..b, "");
                let c = c.min(s.len());
                let c = (0..=c).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                s.insert_str(c, &chunk);
            }
            3 => s.insert_str(a, rng.pick(SNIPPETS)),
            4 => {
                let c = (rng.below(95) as u8 + 32) as char;
                s.insert(a, c);
            }
            5 => s.insert_str(a, rng.pick(TOKENS)),
            _ => {
                // Re-indent a line.
                let line_start = s[..a].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let ws = ["", " ", "  ", "    ", "\t", "        ", " \t"];
                s.insert_str(line_start, rng.pick(&ws));
            }
        }
    }
    s
}

fn check(input: &str) {
    let started = Instant::now();
    let r = catch_unwind(AssertUnwindSafe(|| {
        let m = parse_module(input, "fuzz.py");
        if let Err(e) = &m {
            let _ = e.render();
        }
        let _ = parse_expression(input, "<string>");
        let _ = tokenize(input, "fuzz.py");
    }));
    if r.is_err() {
        panic!("parser panicked on input {input:?}");
    }
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(2),
        "parser took {took:?} on input {input:?}"
    );
}

#[test]
fn parser_never_panics() {
    let secs: f64 = std::env::var("PYRS_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0);
    let seed: u64 = std::env::var("PYRS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng(seed | 1);
    // Every seed must parse.
    for s in SEEDS {
        if let Err(e) = parse_module(s, "seed.py") {
            panic!("seed does not parse: {s:?}\n{}", e.render());
        }
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let mut count: u64 = 0;
    // Quiet the default hook so a panic is reported once, with its input, by `check`.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failure = None;
    while Instant::now() < deadline {
        let input = if rng.below(4) == 0 {
            token_soup(&mut rng)
        } else {
            let seed = rng.pick(SEEDS);
            mutate(seed, &mut rng)
        };
        if let Err(e) = catch_unwind(AssertUnwindSafe(|| check(&input))) {
            failure = Some(
                e.downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| format!("panic on {input:?}")),
            );
            break;
        }
        count += 1;
    }
    std::panic::set_hook(hook);
    if std::env::var("PYRS_FUZZ_SECS").is_ok() {
        println!("parser_fuzz: {count} inputs tried in {secs} s");
    }
    if let Some(f) = failure {
        panic!("{f}");
    }
}

/// `PYRS_PARSE_CORPUS=file_with_paths cargo test --test parser_fuzz corpus -- --nocapture` parses
/// each listed file and prints the ones that fail (for files CPython accepts, each is a parser
/// gap). A no-op without the variable.
#[test]
fn corpus() {
    let Ok(list) = std::env::var("PYRS_PARSE_CORPUS") else {
        return;
    };
    let paths = std::fs::read_to_string(list).unwrap_or_default();
    let (mut ok, mut bad) = (0, 0);
    for p in paths.lines() {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        match parse_module(&src, p) {
            Ok(_) => ok += 1,
            Err(e) => {
                bad += 1;
                println!(
                    "{p}:{}:{}: {}: {} | {}",
                    e.line,
                    e.col,
                    e.type_name(),
                    e.msg,
                    e.text.trim()
                );
            }
        }
    }
    println!("corpus: {ok} parsed, {bad} failed");
}
