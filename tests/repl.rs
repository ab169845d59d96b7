//! The REPL, driven through `pyrs -i` with piped input: values echo like Python's REPL,
//! blocks end at a blank line, unclosed brackets continue, and errors do not end the session.

use std::io::Write;
use std::process::{Command, Stdio};

fn repl(input: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrs"))
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyrs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
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
