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
