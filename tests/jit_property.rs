//! Property test: random arithmetic-and-loop functions, run compiled (`@njit`) and
//! interpreted (`NUMBA_DISABLE_JIT=1`) on random inputs, must print the same results. Ints
//! stay small (every update is reduced modulo a prime) so Python's big ints and int64 agree;
//! floats go through the same operations in the same order, so they agree bit for bit. prange
//! functions with conditional reductions must equal the serial result with 1 and 2 threads.

use std::process::Command;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len() as u64) as usize]
    }
}

fn int_expr(r: &mut Rng, depth: u32) -> String {
    let leaves = ["a", "b", "i0", "i1", "k", "3", "7", "-5"];
    if depth == 0 || r.below(3) == 0 {
        return r.pick(&leaves).to_string();
    }
    let x = int_expr(r, depth - 1);
    let y = int_expr(r, depth - 1);
    match r.below(8) {
        0 => format!("({x} + {y})"),
        1 => format!("({x} - {y})"),
        2 => format!("({x} * {y})"),
        3 => format!("({x} // (abs({y}) + 1))"),
        4 => format!("({x} % (abs({y}) + 1))"),
        5 => format!("min({x}, {y})"),
        6 => format!("max({x}, {y})"),
        _ => format!("({x} if {x} > {y} else {y})"),
    }
}

fn float_expr(r: &mut Rng, depth: u32) -> String {
    let leaves = ["x", "f0", "f1", "0.5", "2.25", "i0", "k"];
    if depth == 0 || r.below(3) == 0 {
        return r.pick(&leaves).to_string();
    }
    let x = float_expr(r, depth - 1);
    let y = float_expr(r, depth - 1);
    match r.below(8) {
        0 => format!("({x} + {y})"),
        1 => format!("({x} - {y})"),
        2 => format!("({x} * {y})"),
        3 => format!("({x} / (abs({y}) + 1.0))"),
        4 => format!("math.sqrt(abs({x}))"),
        5 => format!("math.sin({x})"),
        6 => format!("({x} // (abs({y}) + 1.0))"),
        _ => format!("({x} % (abs({y}) + 0.5))"),
    }
}

fn function(r: &mut Rng, n: usize) -> String {
    let mut s = format!(
        "@njit\ndef f{n}(a, b, x):\n    i0 = a\n    i1 = b\n    f0 = x\n    f1 = 1.0\n    k = 0\n"
    );
    let loops = 1 + r.below(2);
    for _ in 0..loops {
        s += &format!("    for k in range({}):\n", 1 + r.below(20));
        for _ in 0..(1 + r.below(4)) {
            match r.below(4) {
                0 => s += &format!("        i0 = {} % 100003\n", int_expr(r, 2)),
                1 => s += &format!("        i1 = {} % 100003\n", int_expr(r, 2)),
                2 => s += &format!("        f0 = {} % 1000.0\n", float_expr(r, 2)),
                _ => {
                    s += &format!("        if {} < {}:\n", int_expr(r, 1), int_expr(r, 1));
                    s += &format!("            f1 = {} % 1000.0\n", float_expr(r, 2));
                    if r.below(3) == 0 {
                        s += "            continue\n";
                    }
                    s += &format!("        elif f0 > {}:\n", float_expr(r, 1));
                    s += &format!("            i1 = (i1 + {}) % 100003\n", int_expr(r, 1));
                    if r.below(4) == 0 {
                        s += "            break\n";
                    }
                }
            }
        }
    }
    s += "    return i0, i1, f0, f1, k\n\n";
    s
}

#[test]
fn compiled_and_interpreted_agree_on_random_programs() {
    for seed in 1..=3u64 {
        let mut r = Rng(seed * 0x9e3779b97f4a7c15);
        let mut prog = String::from("import math\nfrom numba import njit\n\n");
        let nfun = 25;
        for n in 0..nfun {
            prog += &function(&mut r, n);
        }
        for n in 0..nfun {
            for _ in 0..3 {
                let a = r.below(200) as i64 - 100;
                let b = r.below(200) as i64 - 100;
                let x = (r.below(2000) as f64 - 1000.0) / 64.0;
                prog += &format!("print({n}, f{n}({a}, {b}, {x:?}))\n");
            }
        }
        let path =
            std::env::temp_dir().join(format!("pyrs-jit-prop-{}-{seed}.py", std::process::id()));
        std::fs::write(&path, &prog).unwrap();
        let run = |disable: bool| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_pyrs"));
            c.arg(&path);
            if disable {
                c.env("NUMBA_DISABLE_JIT", "1");
            } else {
                c.env_remove("NUMBA_DISABLE_JIT");
            }
            c.output().unwrap()
        };
        let jit = run(false);
        let interp = run(true);
        let e1 = String::from_utf8_lossy(&jit.stderr);
        let e2 = String::from_utf8_lossy(&interp.stderr);
        assert!(
            jit.status.success(),
            "seed {seed}: compiled run failed: {e1}"
        );
        assert!(
            interp.status.success(),
            "seed {seed}: interpreted run failed: {e2}"
        );
        let (o1, o2) = (
            String::from_utf8_lossy(&jit.stdout),
            String::from_utf8_lossy(&interp.stdout),
        );
        assert_eq!(o1.lines().count(), 75);
        for (l1, l2) in o1.lines().zip(o2.lines()) {
            assert_eq!(l1, l2, "seed {seed}: program at {}", path.display());
        }
    }
}

/// A `parallel=True` function with prange reductions over an int array, some conditional.
fn prange_function(r: &mut Rng, n: usize) -> String {
    let mut s = format!(
        "@njit(parallel=True)\ndef p{n}(a, b):\n    s = 0\n    c = 0\n    lo = 1000000\n    hi = -1000000\n    m = 1\n    for i in prange(a.shape[0]):\n        v = {}\n",
        int_expr_arr(r)
    );
    for _ in 0..(1 + r.below(4)) {
        let stmt = match r.below(5) {
            0 => "s += v".to_string(),
            1 => "c -= v % 7".to_string(),
            2 => "lo = min(lo, v)".to_string(),
            3 => "hi = max(hi, v)".to_string(),
            _ => "m *= 1 + (v % 2)".to_string(),
        };
        if r.below(2) == 0 {
            s += &format!(
                "        if v % {} == 0:\n            {stmt}\n",
                2 + r.below(4)
            );
        } else {
            s += &format!("        {stmt}\n");
        }
    }
    s += "    return s, c, lo, hi, m % 1000003\n\n";
    s
}

fn int_expr_arr(r: &mut Rng) -> String {
    let x = r.pick(&["a[i]", "b[i]", "i", "(a[i] * b[i])", "(a[i] - i)"]);
    let y = r.pick(&["a[i]", "b[i]", "3", "(i % 5)"]);
    match r.below(3) {
        0 => format!("{x} + {y}"),
        1 => format!("{x} - {y}"),
        _ => format!("max({x}, {y})"),
    }
}

#[test]
fn prange_reductions_equal_the_serial_result_with_1_and_2_threads() {
    let mut r = Rng(0x51ed_270b_2750_a5f1);
    let mut prog =
        String::from("import numpy as np\nimport numba\nfrom numba import njit, prange\n\n");
    let nfun = 20;
    for n in 0..nfun {
        prog += &prange_function(&mut r, n);
    }
    prog += "a = (np.arange(997) * 7919) % 1013 - 500\nb = (np.arange(997) * 104729) % 211 - 100\n";
    for t in [1, 2] {
        prog += &format!("numba.set_num_threads({t})\n");
        for n in 0..nfun {
            prog +=
                &format!("print({n}, *p{n}(a, b), *p{n}(a[::3], b[::3]), *p{n}(a[:0], b[:0]))\n");
        }
    }
    let path = std::env::temp_dir().join(format!("pyrs-jit-prange-{}.py", std::process::id()));
    std::fs::write(&path, &prog).unwrap();
    let run = |disable: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_pyrs"));
        c.arg(&path).env("NUMBA_NUM_THREADS", "2");
        if disable {
            c.env("NUMBA_DISABLE_JIT", "1");
        } else {
            c.env_remove("NUMBA_DISABLE_JIT");
        }
        c.output().unwrap()
    };
    let (jit, interp) = (run(false), run(true));
    assert!(
        jit.status.success(),
        "{}",
        String::from_utf8_lossy(&jit.stderr)
    );
    assert!(
        interp.status.success(),
        "{}",
        String::from_utf8_lossy(&interp.stderr)
    );
    let (o1, o2) = (
        String::from_utf8_lossy(&jit.stdout),
        String::from_utf8_lossy(&interp.stdout),
    );
    assert_eq!(o1.lines().count(), 2 * nfun);
    for (l1, l2) in o1.lines().zip(o2.lines()) {
        assert_eq!(l1, l2, "program at {}", path.display());
    }
}
