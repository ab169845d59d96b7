//! `_os`: the native half of the `os` module (stdlib/os.py builds the rest on it).

use crate::builtins::args::{add_functions, check, str_arg};
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

fn io_err(e: std::io::Error, name: &str) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let (cls, text) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", "File exists"),
        _ => {
            let s = e.to_string();
            let t = s.split(" (os error").next().unwrap_or("").to_string();
            return PyErr::named("OSError", format!("[Errno {code}] {t}: '{name}'"));
        }
    };
    let code = if code == 0 { 2 } else { code };
    PyErr::named(cls, format!("[Errno {code}] {text}: '{name}'"))
}

fn path<'a>(a: &'a [Value], f: &str) -> PyResult<&'a str> {
    check(f, a, 1, 1)?;
    str_arg(&a[0], f, 1)
}

pub fn init(vm: &mut Vm, d: &Dict) {
    let env = Arc::new(Dict::new());
    for (k, v) in std::env::vars() {
        let _ = env.set(vm, Value::string(k), Value::string(v));
    }
    d.set_str("environ", Value::Dict(env));
    add_functions(
        d,
        &[
            ("getpid", |_vm, _a, _| {
                Ok(Value::Int(std::process::id() as i64))
            }),
            ("cpu_count", |_vm, _a, _| {
                Ok(Value::Int(
                    std::thread::available_parallelism()
                        .map(|n| n.get() as i64)
                        .unwrap_or(1),
                ))
            }),
            ("getcwd", |_vm, _a, _| {
                std::env::current_dir()
                    .map(|p| Value::string(p.to_string_lossy().into_owned()))
                    .map_err(|e| io_err(e, "."))
            }),
            ("chdir", |_vm, a, _| {
                let p = path(a, "chdir")?;
                std::env::set_current_dir(p).map_err(|e| io_err(e, p))?;
                Ok(Value::None)
            }),
            ("listdir", |_vm, a, _| {
                let p = if a.is_empty() {
                    "."
                } else {
                    path(a, "listdir")?
                };
                let rd = std::fs::read_dir(p).map_err(|e| io_err(e, p))?;
                let mut out = Vec::new();
                for e in rd.flatten() {
                    out.push(Value::string(e.file_name().to_string_lossy().into_owned()));
                }
                Ok(Value::list(out))
            }),
            ("remove", |_vm, a, _| {
                let p = path(a, "remove")?;
                std::fs::remove_file(p).map_err(|e| io_err(e, p))?;
                Ok(Value::None)
            }),
            ("rmdir", |_vm, a, _| {
                let p = path(a, "rmdir")?;
                std::fs::remove_dir(p).map_err(|e| io_err(e, p))?;
                Ok(Value::None)
            }),
            ("mkdir", |_vm, a, _| {
                check("mkdir", a, 1, 2)?;
                let p = str_arg(&a[0], "mkdir", 1)?;
                std::fs::create_dir(p).map_err(|e| io_err(e, p))?;
                Ok(Value::None)
            }),
            ("rename", |_vm, a, _| {
                check("rename", a, 2, 2)?;
                let p = str_arg(&a[0], "rename", 1)?;
                let q = str_arg(&a[1], "rename", 2)?;
                std::fs::rename(p, q).map_err(|e| io_err(e, p))?;
                Ok(Value::None)
            }),
            ("_kind", |_vm, a, _| {
                // 0 = missing, 1 = file, 2 = dir, 3 = other
                let p = path(a, "_kind")?;
                Ok(Value::Int(match std::fs::metadata(p) {
                    Err(_) => 0,
                    Ok(m) if m.is_file() => 1,
                    Ok(m) if m.is_dir() => 2,
                    Ok(_) => 3,
                }))
            }),
            ("getsize", |_vm, a, _| {
                let p = path(a, "getsize")?;
                let m = std::fs::metadata(p).map_err(|e| io_err(e, p))?;
                Ok(Value::Int(m.len() as i64))
            }),
            ("putenv", |_vm, a, _| {
                check("putenv", a, 2, 2)?;
                let k = str_arg(&a[0], "putenv", 1)?;
                let v = str_arg(&a[1], "putenv", 2)?;
                std::env::set_var(k, v);
                Ok(Value::None)
            }),
            ("unsetenv", |_vm, a, _| {
                let k = path(a, "unsetenv")?;
                std::env::remove_var(k);
                Ok(Value::None)
            }),
        ],
    );
}
