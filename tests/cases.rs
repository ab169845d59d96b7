//! The differential corpus: every `tests/cases/**/NAME.py` runs under the built `pyrs` and must
//! print exactly what CPython printed (`NAME.out`, and `NAME.err` for programs that fail).
//!
//! Format (also in tests/cases/README.md; `tests/regen.py` writes the expected files):
//! - `NAME.out`: exact stdout.  `NAME.err`, only for a non-zero exit: `# exit: N`, then the last
//!   lines of stderr; as many lines are compared as the file holds.  No `.err` → exit code 0.
//! - Both `tests/regen.py` and this runner delete every `<absolute repo root>/` from stdout and
//!   stderr (CPython shows the main script's path absolutised in tracebacks).
//! - `NAME.in`, if present, is stdin; otherwise stdin is null.
//! - Directives, comment lines at column 0 of the `.py`: `# pyrs: modes=gil-both` (run once per
//!   mode of each listed mode set, see `MODE_SETS`), `# pyrs: args=a b c` (extra argv),
//!   several joined by `;`.  `# stderr-tail: K` is read by regen.py only.
//! - Helper modules are not cases: `__init__.py`, any `*_mod.py`, anything under a `*_mod/` dir.
//! - `tests/cases/xfail.txt`: case paths relative to tests/cases, one a line, `#` comments.
//!   Those must still fail; one that passes is reported "now passing, remove from xfail.txt".
//!
//! Environment: `PYRS_CASES=substr[,substr]` filters, `PYRS_JOBS=n` threads,
//! `PYRS_CASE_TIMEOUT=secs` (default 30), `PYRS_NO_XFAIL=1` ignores xfail.txt (shows every
//! failure), `PYRS_VERBOSE=1` also details failures of xfail cases, `PYRS_BIN=path` runs another
//! binary instead of the built one (e.g. a wrapper around python3 to check the corpus itself).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One way of running a case: extra interpreter flags and environment.
struct Mode {
    name: &'static str,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
}

/// `# pyrs: modes=NAME[,NAME]` picks rows of this table; every mode of every named set runs and
/// must match the same expected output.  Extend here (e.g. `jit-both`).
const MODE_SETS: &[(&str, &[Mode])] = &[
    (
        "default",
        &[Mode {
            name: "default",
            args: &[],
            env: &[],
        }],
    ),
    (
        "gil-both",
        &[
            Mode {
                name: "gil=1",
                args: &["-X", "gil=1"],
                env: &[],
            },
            Mode {
                name: "gil=0",
                args: &["-X", "gil=0"],
                env: &[],
            },
        ],
    ),
    (
        "jit-both",
        &[
            Mode {
                name: "jit",
                args: &[],
                env: &[],
            },
            Mode {
                name: "nojit",
                args: &[],
                env: &[("NUMBA_DISABLE_JIT", "1")],
            },
        ],
    ),
    (
        // `@cuda.jit` kernels on the CPU simulator (the oracle runs Numba's simulator too).
        "cudasim",
        &[Mode {
            name: "cudasim",
            args: &[],
            env: &[("NUMBA_ENABLE_CUDASIM", "1")],
        }],
    ),
];

struct Case {
    /// Path relative to the repository root, `/`-separated: `tests/cases/area/name.py`.
    rel: String,
    /// Path relative to tests/cases, the key used by xfail.txt and shown in reports.
    key: String,
    expected_out: String,
    /// `(exit code, stderr tail lines)` when the program is expected to fail.
    expected_err: Option<(i32, Vec<String>)>,
    args: Vec<String>,
    modes: Vec<&'static Mode>,
    stdin: Option<PathBuf>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn is_helper(key: &str) -> bool {
    let parts: Vec<&str> = key.split('/').collect();
    let stem = parts[parts.len() - 1].trim_end_matches(".py");
    stem == "__init__"
        || stem.ends_with("_mod")
        || parts[..parts.len() - 1].iter().any(|p| p.ends_with("_mod"))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "__pycache__") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn parse_directives(src: &str) -> Result<(Vec<String>, Vec<&'static Mode>), String> {
    let mut args = Vec::new();
    let mut sets: Vec<String> = vec!["default".into()];
    for line in src.lines() {
        let Some(rest) = line.trim_end().strip_prefix("# pyrs:") else {
            continue;
        };
        for item in rest.split(';') {
            let (k, v) = item.trim().split_once('=').unwrap_or((item.trim(), ""));
            match k.trim() {
                "modes" => {
                    sets = v
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                }
                "args" => args = v.split_whitespace().map(String::from).collect(),
                other => return Err(format!("unknown directive `# pyrs: {other}`")),
            }
        }
    }
    let mut modes = Vec::new();
    for s in &sets {
        let Some((_, ms)) = MODE_SETS.iter().find(|(n, _)| n == s) else {
            return Err(format!(
                "unknown mode set `{s}` (known: {:?})",
                MODE_SETS.iter().map(|m| m.0).collect::<Vec<_>>()
            ));
        };
        modes.extend(ms.iter());
    }
    Ok((args, modes))
}

fn load_case(path: &Path) -> Result<Case, (String, String)> {
    let root = root();
    let rel = path
        .strip_prefix(&root)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    let key = rel.strip_prefix("tests/cases/").unwrap_or(&rel).to_string();
    let fail = |msg: String| (key.clone(), msg);
    let src = fs::read_to_string(path).map_err(|e| fail(format!("read: {e}")))?;
    let (args, modes) = parse_directives(&src).map_err(fail)?;
    let expected_out = fs::read_to_string(path.with_extension("out"))
        .map_err(|_| fail("no .out file (run `python3 tests/regen.py`)".into()))?;
    let expected_err = match fs::read_to_string(path.with_extension("err")) {
        Ok(text) => {
            let mut lines = text.lines();
            let first = lines.next().unwrap_or("");
            let code = first
                .strip_prefix("# exit: ")
                .and_then(|c| c.trim().parse::<i32>().ok())
                .ok_or_else(|| {
                    fail(format!(".err must start with `# exit: N`, found `{first}`"))
                })?;
            Some((code, lines.map(String::from).collect()))
        }
        Err(_) => None,
    };
    let stdin = Some(path.with_extension("in")).filter(|p| p.exists());
    Ok(Case {
        rel,
        key,
        expected_out,
        expected_err,
        args,
        modes,
        stdin,
    })
}

struct Run {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn run(bin: &Path, case: &Case, mode: &Mode, timeout: Duration) -> Result<Run, String> {
    let mut cmd = Command::new(bin);
    cmd.args(mode.args)
        .arg(&case.rel)
        .args(&case.args)
        .current_dir(root());
    cmd.env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHON_GIL");
    for (k, v) in mode.env {
        cmd.env(k, v);
    }
    match &case.stdin {
        Some(p) => cmd.stdin(fs::File::open(p).map_err(|e| format!("open {}: {e}", p.display()))?),
        None => cmd.stdin(Stdio::null()),
    };
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let ho = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let he = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() > timeout => {
                timed_out = true;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    // Like tests/regen.py: drop the absolute repository root, so an interpreter may name the
    // script either as given (relative) or absolutised (as CPython 3.9+ does).
    let prefix = format!("{}/", root().display());
    let stdout = String::from_utf8_lossy(&ho.join().unwrap_or_default()).replace(&prefix, "");
    let stderr = String::from_utf8_lossy(&he.join().unwrap_or_default()).replace(&prefix, "");
    Ok(Run {
        status,
        stdout,
        stderr,
        timed_out,
    })
}

fn describe_status(st: &ExitStatus) -> String {
    if let Some(c) = st.code() {
        return c.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(s) = st.signal() {
            return format!("killed by signal {s}");
        }
    }
    "unknown".into()
}

fn show(line: Option<&str>) -> String {
    match line {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".into(),
    }
}

/// First difference between two texts, or None when equal.
fn first_diff(what: &str, expected: &str, got: &str) -> Option<String> {
    if expected == got {
        return None;
    }
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let i = (0..e.len().max(g.len()))
        .find(|&i| e.get(i) != g.get(i))
        .unwrap_or(0);
    Some(format!(
        "{what} line {}: (expected {} lines, got {})\n      expected: {}\n      got:      {}",
        i + 1,
        e.len(),
        g.len(),
        show(e.get(i).map(|s| s.trim_end_matches('\n'))),
        show(g.get(i).map(|s| s.trim_end_matches('\n')))
    ))
}

fn tail(text: &str, n: usize) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].to_vec()
}

/// Checks one case in every mode; returns the problems found (empty = pass).
fn check(bin: &Path, case: &Case, timeout: Duration) -> Vec<String> {
    let mut problems = Vec::new();
    for mode in &case.modes {
        let tag = if case.modes.len() > 1 {
            format!("[{}] ", mode.name)
        } else {
            String::new()
        };
        let r = match run(bin, case, mode, timeout) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{tag}{e}"));
                continue;
            }
        };
        if r.timed_out {
            problems.push(format!("{tag}timed out after {}s", timeout.as_secs()));
            continue;
        }
        let st = r.status.unwrap();
        let want_code = case.expected_err.as_ref().map_or(0, |e| e.0);
        if st.code() != Some(want_code) {
            let last: Vec<&str> = tail(&r.stderr, 6);
            let shown = if last.is_empty() {
                " (empty)".to_string()
            } else {
                format!(" tail:\n      | {}", last.join("\n      | "))
            };
            problems.push(format!(
                "{tag}exit code: expected {want_code}, got {}; stderr{shown}",
                describe_status(&st)
            ));
        }
        if let Some(d) = first_diff("stdout", &case.expected_out, &r.stdout) {
            problems.push(format!("{tag}{d}"));
        }
        if let Some((_, want)) = &case.expected_err {
            let got: Vec<&str> = tail(&r.stderr, want.len());
            let want_s: String = want.iter().map(|l| format!("{l}\n")).collect();
            let got_s: String = got.iter().map(|l| format!("{l}\n")).collect();
            if let Some(d) = first_diff("stderr tail", &want_s, &got_s) {
                problems.push(format!("{tag}{d}"));
            }
        }
    }
    problems
}

fn read_xfail() -> (BTreeSet<String>, String) {
    let path = root().join("tests/cases/xfail.txt");
    let text = fs::read_to_string(&path).unwrap_or_default();
    let set = text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_prefix("tests/cases/").unwrap_or(l).to_string())
        .collect();
    (set, path.display().to_string())
}

#[test]
fn cases() {
    let root = root();
    // A relative PYRS_BIN is taken from the repository root, where the cases run.
    let bin = std::env::var_os("PYRS_BIN")
        .map(|p| root.join(p))
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyrs")));
    let filters: Vec<String> = std::env::var("PYRS_CASES")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let flag = |k: &str| std::env::var(k).is_ok_and(|v| !v.is_empty() && v != "0");
    let timeout = Duration::from_secs(
        std::env::var("PYRS_CASE_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(30),
    );
    let (xfail, xfail_path) = if flag("PYRS_NO_XFAIL") {
        (BTreeSet::new(), String::new())
    } else {
        read_xfail()
    };

    let mut paths = Vec::new();
    walk(&root.join("tests/cases"), &mut paths);
    paths.sort();
    let mut cases = Vec::new();
    let mut broken: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in &paths {
        let key = p
            .strip_prefix(root.join("tests/cases"))
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if is_helper(&key)
            || !(filters.is_empty() || filters.iter().any(|f| key.contains(f.as_str())))
        {
            continue;
        }
        match load_case(p) {
            Ok(c) => cases.push(c),
            Err((k, msg)) => {
                broken.insert(k, vec![msg]);
            }
        }
    }
    assert!(
        !cases.is_empty() || !broken.is_empty(),
        "no cases matched PYRS_CASES={filters:?}"
    );

    let jobs = std::env::var("PYRS_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<BTreeMap<String, Vec<String>>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.min(cases.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let problems = check(&bin, case, timeout);
                results.lock().unwrap().insert(case.key.clone(), problems);
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.extend(broken);

    let verbose = flag("PYRS_VERBOSE");
    let (mut passed, mut failed, mut xfailed) = (0, 0, 0);
    let mut xpass = Vec::new();
    let mut report = String::new();
    for (key, problems) in &results {
        let expected_fail = xfail.contains(key);
        match (problems.is_empty(), expected_fail) {
            (true, false) => passed += 1,
            (true, true) => xpass.push(key.clone()),
            (false, true) => {
                xfailed += 1;
                if verbose {
                    report.push_str(&format!("XFAIL {key}\n    {}\n", problems.join("\n    ")));
                }
            }
            (false, false) => {
                failed += 1;
                report.push_str(&format!("FAIL {key}\n    {}\n", problems.join("\n    ")));
            }
        }
    }
    for key in &xpass {
        report.push_str(&format!(
            "XPASS {key}: now passing, remove from xfail.txt\n"
        ));
    }
    let stale: Vec<&String> = if filters.is_empty() {
        xfail.iter().filter(|k| !results.contains_key(*k)).collect()
    } else {
        vec![]
    };
    for key in &stale {
        report.push_str(&format!(
            "STALE {key}: listed in xfail.txt but no such case\n"
        ));
    }
    print!("{report}");
    println!(
        "\n{passed} passed, {failed} failed, {xfailed} expected failures (xfail.txt), {} now passing (remove from {}), {} stale xfail entries",
        xpass.len(),
        if xfail_path.is_empty() { "xfail.txt" } else { &xfail_path },
        stale.len()
    );
    if !xpass.is_empty() {
        println!(
            "now-passing cases, to delete from xfail.txt:\n{}",
            xpass.join("\n")
        );
    }
    assert!(
        failed == 0 && xpass.is_empty() && stale.is_empty(),
        "{failed} cases failed, {} xfail cases now pass, {} stale xfail entries",
        xpass.len(),
        stale.len()
    );
}
