//! The command line: `-c`, `-m`, `--version`, `-h`, `--dump=...`, unknown options (usage and
//! status 2), piped stdin as a script, and exit codes for SystemExit and uncaught errors.

mod common;

use common::pyrs;

#[test]
fn dash_c_runs_code_with_argv() {
    let (out, _, code) = pyrs(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"], "");
    assert_eq!(out, "['-c', 'a', 'b'] 42\n");
    assert_eq!(code, 0);
}

#[test]
fn version_and_help() {
    let (out, _, code) = pyrs(&["--version"], "");
    assert!(out.starts_with("pyrs "), "{out}");
    assert_eq!(code, 0);
    let (out, _, code) = pyrs(&["-h"], "");
    assert!(out.starts_with("usage: pyrs"), "{out}");
    assert_eq!(code, 0);
}

#[test]
fn unknown_option_prints_usage_and_exits_2() {
    let (out, err, code) = pyrs(&["--frobnicate"], "");
    assert_eq!(out, "");
    assert!(
        err.contains("Unknown option: --frobnicate") && err.contains("usage: pyrs"),
        "{err}"
    );
    assert_eq!(code, 2);
}

#[test]
fn dash_m_runs_a_module_from_the_path() {
    let (out, _, code) = pyrs(&["-m", "examples.hello"], "");
    assert!(out.starts_with("hello from pyrs\n"), "{out}");
    assert_eq!(code, 0);
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let (out, _, code) = pyrs(&[], "x = 2\nprint(x ** 10)\n");
    assert_eq!(out, "1024\n");
    assert_eq!(code, 0);
}

#[test]
fn exit_codes_follow_cpython() {
    assert_eq!(pyrs(&["-c", "import sys; sys.exit(3)"], "").2, 3);
    let (_, err, code) = pyrs(&["-c", "raise SystemExit('bye')"], "");
    assert_eq!((err.as_str(), code), ("bye\n", 1));
    let (_, err, code) = pyrs(&["-c", "1/0"], "");
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert_eq!(code, 1);
    let (_, err, code) = pyrs(&["-c", "x = (1,"], "");
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
    assert_eq!(code, 1);
}

#[test]
fn dumps_tokens_ast_and_bytecode() {
    let (out, _, code) = pyrs(&["--dump=tokens", "examples/hello.py"], "");
    assert!(out.contains("Def") || out.contains("def"), "{out}");
    assert_eq!(code, 0);
    let (out, _, code) = pyrs(&["--dump=ast", "examples/hello.py"], "");
    assert!(out.contains("FunctionDef"), "{out}");
    assert_eq!(code, 0);
    let (out, _, code) = pyrs(&["--dump=bc", "examples/hello.py"], "");
    assert!(
        out.contains("Disassembly of fib") && out.contains("ReturnValue"),
        "{out}"
    );
    assert_eq!(code, 0);
}
