//! IPython-style line magics for the REPL: `%time STMT`, `%timeit [-n N] [-r R] STMT` (IPython's
//! output format) and `%gil [on|off]` (switches the GIL while only the main thread runs).
//! Guarantees: a magic's errors are Python exceptions reported like any statement's.

use crate::builtins::io::{flush_stdout, write_raw, StreamKind};
use crate::compiler::Mode;
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult};
use crate::vm::import::compile_source;
use crate::vm::Vm;
use std::sync::Arc;
use std::time::Instant;

/// Runs `line` if it is a magic (`%...`); `None` when it is ordinary Python.
pub fn run(vm: &mut Vm, main: &Arc<Dict>, line: &str) -> Option<PyResult<()>> {
    let rest = line.trim().strip_prefix('%')?;
    let (name, arg) = match rest.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (rest, ""),
    };
    Some(match name {
        "time" => time(vm, main, arg),
        "timeit" => timeit(vm, main, arg),
        "gil" => gil(arg),
        _ => usage(&format!("Line magic function `%{name}` not found.")),
    })
}

/// IPython's report of a badly used magic (not an exception: the session just goes on).
fn usage(msg: &str) -> PyResult<()> {
    write_raw(StreamKind::Stderr, &format!("UsageError: {msg}\n"));
    Ok(())
}

/// User and system CPU seconds of the process.
fn cpu_times() -> (f64, f64) {
    // SAFETY: an all-zero rusage is a valid value for getrusage to fill in.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes only into the struct we pass.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (secs(ru.ru_utime), secs(ru.ru_stime))
}

/// IPython's `_format_time`: three significant digits in s, ms, µs or ns.
pub fn format_time(t: f64) -> String {
    if t >= 60.0 {
        let mut left = t;
        let mut parts = Vec::new();
        for (suffix, len) in [("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
            let v = (left / len).floor();
            if v > 0.0 {
                left %= len;
                parts.push(format!("{v}{suffix}"));
            }
            if left < 1.0 {
                break;
            }
        }
        return parts.join(" ");
    }
    let units = ["s", "ms", "\u{b5}s", "ns"];
    let order = if t > 0.0 {
        (-(t.log10().floor() as i64).div_euclid(3)).clamp(0, 3) as usize
    } else {
        3
    };
    let v = t * 1000f64.powi(order as i32);
    let spec = crate::runtime::format::parse_format_spec(".3g", "float");
    let digits = spec
        .and_then(|s| crate::runtime::format::format_float(v, &s))
        .unwrap_or_else(|_| v.to_string());
    format!("{digits} {}", units[order])
}

fn time(vm: &mut Vm, main: &Arc<Dict>, stmt: &str) -> PyResult<()> {
    // An expression's value is shown after the timings, as IPython does.
    let (code, is_expr) = match compile_source(stmt, "<timed eval>", Mode::Eval) {
        Ok(c) => (c, true),
        Err(_) => (compile_source(stmt, "<timed exec>", Mode::Exec)?, false),
    };
    let (u0, s0) = cpu_times();
    let t0 = Instant::now();
    let r = vm.run_module_code(code, main.clone());
    let wall = t0.elapsed().as_secs_f64();
    let (u1, s1) = cpu_times();
    flush_stdout();
    let (u, s) = (u1 - u0, s1 - s0);
    write_raw(
        StreamKind::Stdout,
        &format!(
            "CPU times: user {}, sys: {}, total: {}\nWall time: {}\n",
            format_time(u),
            format_time(s),
            format_time(u + s),
            format_time(wall)
        ),
    );
    let v = r?;
    if is_expr {
        vm.display_value(v)?;
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `1,000,000`.
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn timeit(vm: &mut Vm, main: &Arc<Dict>, arg: &str) -> PyResult<()> {
    let mut number: u64 = 0;
    let mut repeat: u64 = 7;
    let mut words = arg;
    loop {
        let w = words.trim_start();
        let (flag, target) = if let Some(r) = w.strip_prefix("-n") {
            (r, &mut number)
        } else if let Some(r) = w.strip_prefix("-r") {
            (r, &mut repeat)
        } else {
            words = w;
            break;
        };
        let r = flag.trim_start();
        let end = r.find(char::is_whitespace).unwrap_or(r.len());
        match r[..end].parse() {
            Ok(v) => *target = v,
            Err(_) => return usage(&format!("invalid %timeit option value: {:?}", &r[..end])),
        }
        words = &r[end..];
    }
    if words.is_empty() {
        return usage("%timeit needs a statement");
    }
    let code = compile_source(words, "<magic-timeit>", Mode::Exec)?;
    let run_n = |vm: &mut Vm, n: u64| -> PyResult<f64> {
        let t0 = Instant::now();
        for _ in 0..n {
            vm.run_module_code(code.clone(), main.clone())?;
        }
        Ok(t0.elapsed().as_secs_f64())
    };
    if number == 0 {
        // IPython: the first power of ten whose total reaches 0.2 s.
        for index in 0..10 {
            number = 10u64.pow(index);
            if run_n(vm, number)? >= 0.2 {
                break;
            }
        }
    }
    let repeat = repeat.max(1);
    let mut per_loop = Vec::new();
    for _ in 0..repeat {
        per_loop.push(run_n(vm, number.max(1))? / number.max(1) as f64);
    }
    let mean = per_loop.iter().sum::<f64>() / per_loop.len() as f64;
    let var = per_loop.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / per_loop.len() as f64;
    flush_stdout();
    write_raw(
        StreamKind::Stdout,
        &format!(
            "{} \u{b1} {} per loop (mean \u{b1} std. dev. of {} run{}, {} loop{} each)\n",
            format_time(mean),
            format_time(var.sqrt()),
            repeat,
            plural(repeat),
            thousands(number),
            plural(number)
        ),
    );
    Ok(())
}

fn gil(arg: &str) -> PyResult<()> {
    let on = match arg {
        "" => {
            let state = if crate::gil::enabled() { "on" } else { "off" };
            write_raw(StreamKind::Stdout, &format!("The GIL is {state}.\n"));
            return Ok(());
        }
        "on" | "1" => true,
        "off" | "0" => false,
        _ => return usage("%gil takes on or off"),
    };
    // A thread that was just joined may still be unwinding out of its Rust body: give such
    // threads a moment before refusing.
    let deadline = Instant::now() + std::time::Duration::from_secs(1);
    while crate::modules::thread::running_threads() > 0 && Instant::now() < deadline {
        crate::gil::allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(1)));
    }
    if crate::modules::thread::running_threads() > 0 {
        return Err(PyErr::runtime_error(
            "%gil can only be switched while the main thread is the only thread running",
        ));
    }
    crate::gil::set_enabled(on);
    let state = if on { "on" } else { "off" };
    write_raw(StreamKind::Stdout, &format!("The GIL is now {state}.\n"));
    Ok(())
}
