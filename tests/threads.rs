//! Threads and the GIL from the outside (issue 3): the `-X gil` / `PYTHON_GIL` switches and
//! `sys._is_gil_enabled()` (3.13+, so no CPython-generated case can check it), the default
//! `threading.excepthook` report on stderr, the `-X gilstats` report, and the examples.
//! The behaviour of the threading API itself is covered by `tests/cases/threads/`.

mod common;

use common::pyrs;
use std::process::{Command, Stdio};

const IS_GIL_ENABLED: &str = "import sys; print(sys._is_gil_enabled())";

/// Command-line arguments, environment variables, the expected stdout.
type GilCase<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);

/// Runs `pyrs ARGS` with extra environment variables; (stdout, stderr, status).
fn pyrs_env(args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrs"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pyrs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn gil_is_on_by_default_and_switchable() {
    let cases: &[GilCase] = &[
        (&["-c", IS_GIL_ENABLED], &[], "True\n"),
        (&["-X", "gil=1", "-c", IS_GIL_ENABLED], &[], "True\n"),
        (&["-X", "gil=0", "-c", IS_GIL_ENABLED], &[], "False\n"),
        (&["-c", IS_GIL_ENABLED], &[("PYTHON_GIL", "0")], "False\n"),
        (&["-c", IS_GIL_ENABLED], &[("PYTHON_GIL", "1")], "True\n"),
        // The command line wins over the environment, as in CPython 3.13.
        (
            &["-X", "gil=1", "-c", IS_GIL_ENABLED],
            &[("PYTHON_GIL", "0")],
            "True\n",
        ),
        (
            &["-X", "gil=0", "-c", IS_GIL_ENABLED],
            &[("PYTHON_GIL", "1")],
            "False\n",
        ),
    ];
    for (args, env, want) in cases {
        let (out, err, code) = pyrs_env(args, env);
        assert_eq!(
            (out.as_str(), code),
            (*want, 0),
            "args {args:?} env {env:?}: stderr {err}"
        );
    }
}

#[test]
fn bad_gil_values_are_rejected() {
    for (args, env) in [
        (vec!["-X", "gil=2", "-c", "print('ran')"], vec![]),
        (vec!["-X", "gil=on", "-c", "print('ran')"], vec![]),
        (vec!["-c", "print('ran')"], vec![("PYTHON_GIL", "2")]),
    ] {
        let (out, err, code) = pyrs_env(&args, &env);
        assert_eq!(out, "", "{args:?} {env:?} must not run the program");
        assert_eq!(code, 1, "{args:?} {env:?}: {err}");
        assert!(
            err.contains("PYTHON_GIL / -X gil must be \"0\" or \"1\""),
            "{args:?} {env:?}: unclear message: {err}"
        );
    }
}

const RAISING_THREAD: &str = "\
import threading
def boom():
    raise ValueError('kaboom in a thread')
t = threading.Thread(target=boom, name='bad-worker')
t.start()
t.join()
ok = []
t2 = threading.Thread(target=ok.append, args=(1,))
t2.start()
t2.join()
print('main goes on', ok, t.is_alive())
";

#[test]
fn default_excepthook_reports_and_the_program_goes_on() {
    for gil in ["gil=1", "gil=0"] {
        let (out, err, code) = pyrs(&["-X", gil, "-c", RAISING_THREAD], "");
        assert_eq!(out, "main goes on [1] False\n", "{gil}: {err}");
        assert_eq!(code, 0, "{gil}: {err}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines.first().copied(),
            Some("Exception in thread bad-worker:"),
            "{gil}: {err}"
        );
        assert_eq!(
            lines.get(1).copied(),
            Some("Traceback (most recent call last):"),
            "{gil}: {err}"
        );
        assert!(
            err.contains("in boom\n"),
            "{gil}: the traceback should name the function: {err}"
        );
        assert_eq!(
            lines.last().copied(),
            Some("ValueError: kaboom in a thread"),
            "{gil}: {err}"
        );
    }
}

#[test]
fn default_excepthook_names_default_thread_names_and_ignores_system_exit() {
    let src = "\
import sys, threading
def work():
    raise KeyError('k')
t = threading.Thread(target=work)
t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
print('exit code stays 0')
";
    let (out, err, code) = pyrs(&["-c", src], "");
    assert_eq!((out.as_str(), code), ("exit code stays 0\n", 0), "{err}");
    assert!(
        err.starts_with("Exception in thread Thread-1 (work):\n"),
        "{err}"
    );
    assert!(err.ends_with("KeyError: 'k'\n"), "{err}");
    assert_eq!(err.matches("Exception in thread").count(), 1, "{err}");
}

#[test]
fn gilstats_reports_every_thread_at_exit() {
    let src = "\
import threading
def spin():
    n = 0
    for i in range(20000):
        n += i
ts = [threading.Thread(target=spin, name='spinner-%d' % k) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('done')
";
    for gil in ["gil=1", "gil=0"] {
        let (out, err, code) = pyrs(&["-X", "gilstats", "-X", gil, "-c", src], "");
        assert_eq!((out.as_str(), code), ("done\n", 0), "{gil}: {err}");
        assert!(err.contains("MainThread"), "{gil}: {err}");
        assert!(
            err.contains("spinner-0") && err.contains("spinner-1"),
            "{gil}: {err}"
        );
    }
    // Without the option there is no report.
    let (_, err, _) = pyrs(&["-c", src], "");
    assert!(!err.contains("MainThread"), "{err}");
}

#[test]
fn examples_run_with_the_gil_on_and_off() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut examples: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("threads_") && n.ends_with(".py"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 7, "examples/threads_*.py: {examples:?}");
    for name in &examples {
        let path = format!("examples/{name}");
        for gil in ["gil=1", "gil=0"] {
            let (out, err, code) = pyrs(&["-X", gil, &path], "");
            assert_eq!(code, 0, "{path} -X {gil}: stdout {out}\nstderr {err}");
            assert!(!out.is_empty(), "{path} -X {gil} printed nothing");
        }
    }
}
