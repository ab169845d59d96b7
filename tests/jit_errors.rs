//! The JIT's error reports, checked on the built binary: typing errors name the function,
//! `file:line:col`, the variable and both types and show the source line; unsupported
//! constructs say what is unsupported; plain `@jit` falls back with a warning; compiled code
//! never panics the process.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(name: &str, src: &str, env: &[(&str, &str)]) -> (Output, String) {
    let dir = std::env::temp_dir().join(format!("pyrs-jit-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, src).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrs"));
    cmd.arg(&path);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let shown = path.to_string_lossy().to_string();
    (out, shown)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

const UNIFY: &str = "from numba import njit\nimport numpy as np\n\n@njit\ndef mix(a, n):\n    x = 0\n    for i in range(n):\n        x = a\n    return x\n\nprint('before')\nmix(np.zeros(3), 2)\n";

#[test]
fn unification_error_names_function_place_variable_and_types() {
    let (o, path) = run("unify.py", UNIFY, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "before\n");
    assert!(err.contains("numba.core.errors.TypingError"), "{err}");
    assert!(err.contains("'mix'"), "function name missing: {err}");
    assert!(
        err.contains(&format!("{path}:8:9")),
        "file:line:col missing: {err}"
    );
    assert!(
        err.contains("cannot unify int64 and array(float64, 1d, C) for 'x'"),
        "{err}"
    );
    assert!(
        err.contains("        x = a\n") || err.contains("    x = a\n"),
        "source line: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_same_program_runs_with_the_jit_disabled() {
    let (o, _) = run("unify_nojit.py", UNIFY, &[("NUMBA_DISABLE_JIT", "1")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn typing_error_is_catchable_and_names_the_return_conflict() {
    let src = "from numba import njit\nfrom numba.core.errors import TypingError\n\n@njit\ndef f(c):\n    if c:\n        return 1\n    return (1, 2)\n\ntry:\n    f(True)\nexcept TypingError as e:\n    print('caught', 'UniTuple(int64, 2)' in str(e), 'int64' in str(e), \"'f'\" in str(e))\n";
    let (o, _) = run("ret.py", src, &[]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "caught True True True\n",
        "{}",
        stderr(&o)
    );
}

#[test]
fn unsupported_constructs_are_typing_errors_not_panics() {
    let cases = [
        ("lists.py", "    x = [1, 2]\n    return 0\n", "lists"),
        ("strings.py", "    return 'a'\n", "constant"),
        (
            "try_.py",
            "    try:\n        pass\n    except Exception:\n        pass\n    return 0\n",
            "try",
        ),
        ("undefined.py", "    return nothere + 1\n", "nothere"),
        ("ellipsis.py", "    return a[..., 0]\n", "..."),
        (
            "nested_def.py",
            "    def h(x):\n        return x\n    return h(1)\n",
            "def",
        ),
    ];
    for (name, body, needle) in cases {
        let src = format!(
            "from numba import njit\nimport numpy as np\n\n@njit\ndef g(a):\n{body}\ng(np.zeros(3))\n"
        );
        let (o, path) = run(name, &src, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains("TypingError"), "{name}: {err}");
        assert!(err.contains(needle), "{name}: {err}");
        assert!(err.contains(&format!("{path}:")), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn plain_jit_falls_back_with_a_warning_that_says_why() {
    let src = "from numba import jit\n\n@jit\ndef h(n):\n    return [i * 2 for i in range(n)]\n\nprint(h(3))\n";
    let (o, _) = run("fallback.py", src, &[]);
    let err = stderr(&o);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "[0, 2, 4]\n", "{err}");
    assert!(err.contains("NumbaWarning"), "{err}");
    assert!(err.contains("\"h\""), "{err}");
    assert!(err.contains("comprehensions"), "{err}");
}

#[test]
fn out_of_bounds_index_names_index_axis_and_size() {
    let src = "from numba import njit\nimport numpy as np\n\n@njit\ndef get(a, i, j):\n    return a[i, j]\n\nget(np.zeros((2, 3)), 1, 7)\n";
    let (o, _) = run("oob.py", src, &[]);
    let err = stderr(&o);
    assert!(
        err.trim_end()
            .ends_with("IndexError: index 7 is out of bounds for axis 1 with size 3"),
        "{err}"
    );
    // boundscheck=False turns the check off: index 1 of row 1 is in the buffer.
    let src = "from numba import njit\nimport numpy as np\n\n@njit(boundscheck=False)\ndef get(a, i):\n    return a[i]\n\nprint(get(np.arange(4.0), 3))\n";
    let (o, _) = run("nobc.py", src, &[]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "3.0\n");
}

#[test]
fn dump_tir_and_clif() {
    let src = "from numba import njit\n\n@njit\ndef sq(x):\n    return x * x\n\nprint(sq(3))\n";
    let (o, _) = run("dump.py", src, &[("PYRS_DUMP", "tir,clif")]);
    let err = stderr(&o);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "9\n");
    assert!(err.contains("fn sq(x: int64) -> int64"), "{err}");
    assert!(err.contains("imul"), "{err}");
}

#[test]
fn explicit_signatures_fail_at_decoration() {
    let src = "from numba import njit\n\nprint('before')\n\n@njit('int64(float64[:])')\ndef bad(a):\n    return a + 1\n\nprint('after')\n";
    let (o, _) = run("eager.py", src, &[]);
    let err = stderr(&o);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "before\n", "{err}");
    assert!(err.contains("TypingError"), "{err}");
    assert!(err.contains("'bad'"), "{err}");
    assert!(
        err.contains("No conversion from array(float64, 1d, C) to int64"),
        "{err}"
    );
    // A declared scalar return type converts the result, as Numba does.
    let src = "from numba import njit\n\n@njit('float64(int64)')\ndef f(x):\n    return x * 2\n\nprint(f(3))\n";
    let (o, _) = run("retconv.py", src, &[]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "6.0\n",
        "{}",
        stderr(&o)
    );
    let src = "from numba import njit\n\n@njit('int64(strange[:])')\ndef f(a):\n    return 0\n";
    let (o, _) = run("badsig.py", src, &[]);
    assert!(stderr(&o).contains("invalid signature"), "{}", stderr(&o));
}

#[test]
fn deep_recursion_in_compiled_code_is_a_recursion_error_not_a_crash() {
    let src = "from numba import njit\n\n@njit\ndef depth(n):\n    if n == 0:\n        return 0\n    return depth(n - 1) + 1\n\ntry:\n    depth(10_000_000)\nexcept RecursionError as e:\n    print('RecursionError:', e)\nprint(depth(20000))\n";
    let (o, _) = run("deep.py", src, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "RecursionError: maximum recursion depth exceeded in compiled code\n20000\n"
    );
}

#[test]
fn array_creation_errors_say_what_is_wrong() {
    let cases = [
        (
            "neg.py",
            "    return np.zeros(-2)\n",
            "ValueError: negative dimensions not allowed",
        ),
        (
            "step0.py",
            "    return np.arange(0, 5, 0)\n",
            "ValueError: Maximum allowed size exceeded",
        ),
        (
            "dtype.py",
            "    return np.zeros(3, dtype=a)\n",
            "the dtype must be a NumPy type",
        ),
        (
            "dims.py",
            "    return np.ones((1, 2, 3, 4))\n",
            "4 dimensions",
        ),
        (
            "fshape.py",
            "    return np.empty(2.5)\n",
            "a dimension must be an integer",
        ),
        (
            "iter2d.py",
            "    for r in np.zeros((2, 2)):\n        pass\n    return 0\n",
            "2-d array",
        ),
    ];
    for (name, body, needle) in cases {
        let src = format!(
            "from numba import njit\nimport numpy as np\n\n@njit\ndef g(a):\n{body}\ng(1)\n"
        );
        let (o, path) = run(name, &src, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(needle), "{name}: {err}");
        assert!(err.contains(&path), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn loop_carried_prange_variable_runs_serially() {
    // Numba refuses this loop ("Use of reduction variable 't' other than in a supported
    // reduction"); pyrs runs it serially, so the result is the serial one, never a torn one.
    let src = "from numba import njit, prange\n\n@njit(parallel=True)\ndef g(n):\n    t = 1\n    for i in prange(n):\n        t = (t * 3 + i) % 1000003\n    return t\n\nprint(g(100000))\n";
    let (o, _) = run("carried.py", src, &[]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "448872\n",
        "{}",
        stderr(&o)
    );
}
