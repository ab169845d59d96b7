//! The REPL, driven through `pyrs -i` with piped input: values echo like Python's REPL,
//! blocks end at a blank line, unclosed brackets continue, and errors do not end the session.

mod common;

fn repl(input: &str) -> (String, String, i32) {
    common::pyrs(&["-i"], input)
}

#[test]
fn echoes_values_and_survives_errors() {
    let (out, err, code) = repl("x = 6\nx * 7\ndef f(a):\n    return a + 1\n\nf(x)\n[1, 2,\n 3]\n1/0\nprint('still here')\nNone\n's'\n");
    assert_eq!(out, "42\n7\n[1, 2, 3]\nstill here\n's'\n");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    assert!(err.contains(">>> ") && err.contains("... "), "{err}");
    assert_eq!(code, 0);
}

#[test]
fn underscore_holds_last_value_and_exit_code_is_kept() {
    let (out, _err, code) = repl("2 + 3\n_ * 10\nimport sys\nsys.exit(4)\nprint('not reached')\n");
    assert_eq!(out, "5\n50\n");
    assert_eq!(code, 4);
}

#[test]
fn syntax_errors_are_reported_and_the_session_goes_on() {
    let (out, err, _) = repl("x = = 1\nprint('ok')\n");
    assert!(err.contains("SyntaxError: invalid syntax"), "{err}");
    assert_eq!(out, "ok\n");
}

#[test]
fn time_magic_reports_cpu_and_wall_time_then_the_value() {
    let (out, _err, code) = repl("%time sum(range(1000))\n%time x = 5\nx\n");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert!(
        lines[0].starts_with("CPU times: user ") && lines[0].contains(", sys: "),
        "{out}"
    );
    assert!(lines[0].contains(", total: "), "{out}");
    assert!(lines[1].starts_with("Wall time: "), "{out}");
    assert_eq!(lines[2], "499500");
    assert!(lines[3].starts_with("CPU times: "), "{out}");
    assert_eq!(lines[5], "5");
    assert_eq!(code, 0);
}

#[test]
fn timeit_magic_prints_ipython_summary() {
    let (out, _err, code) = repl("%timeit -n 20 -r 3 sum(range(100))\n%timeit -n 1 -r 1 pass\n");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains(" \u{b1} ")
            && lines[0].ends_with(" per loop (mean \u{b1} std. dev. of 3 runs, 20 loops each)"),
        "{out}"
    );
    assert!(
        lines[1].ends_with("per loop (mean \u{b1} std. dev. of 1 run, 1 loop each)"),
        "{out}"
    );
    assert_eq!(code, 0);
}

#[test]
fn gil_magic_switches_the_gil_while_single_threaded() {
    let (out, err, code) = repl(
        "import sys\n%gil\n%gil off\nsys._is_gil_enabled()\n%gil on\nsys._is_gil_enabled()\n%gil sideways\n%nosuch\n",
    );
    assert_eq!(
        out,
        "The GIL is on.\nThe GIL is now off.\nFalse\nThe GIL is now on.\nTrue\n"
    );
    assert!(err.contains("UsageError: %gil takes on or off"), "{err}");
    assert!(
        err.contains("UsageError: Line magic function `%nosuch` not found."),
        "{err}"
    );
    assert_eq!(code, 0);
}

#[test]
fn gil_magic_refuses_while_other_threads_run() {
    let (out, err, _) = repl(
        "import threading\ne = threading.Event()\nt = threading.Thread(target=e.wait)\nt.start()\n%gil off\ne.set()\nt.join()\n%gil off\n",
    );
    assert!(
        err.contains("RuntimeError: %gil can only be switched"),
        "{err}"
    );
    assert_eq!(out, "The GIL is now off.\n");
}
