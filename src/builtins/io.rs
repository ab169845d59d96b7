//! Standard streams: buffered stdout/stderr objects (`sys.stdout`, `sys.stderr`) shared by all
//! threads. Each write is atomic (one lock); stdout is flushed before stderr is written, at
//! `input()`, on `flush=True` and at exit, so interleaving matches CPython for piped output.

use super::args::{add_methods, check_method};
use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::io::Write;
use std::sync::{Arc, OnceLock};

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Which OS stream a `Stream` object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StreamKind {
    Stdout,
    Stderr,
}

pub struct Stream {
    pub kind: StreamKind,
}

pub fn stream_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("TextIOWrapper");
        add_methods(
            &c,
            "TextIOWrapper",
            &[
                ("write", |_vm, a, _| {
                    check_method("write", a, 1, 1)?;
                    let s = match &a[1] {
                        Value::Str(s) => s.clone(),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "write() argument must be str, not {}",
                                crate::runtime::types::class_of(other).name
                            )))
                        }
                    };
                    let kind = a[0]
                        .downcast::<Stream>()
                        .map(|s| s.kind)
                        .unwrap_or(StreamKind::Stdout);
                    write_raw(kind, s.as_str());
                    Ok(Value::Int(s.char_len() as i64))
                }),
                ("flush", |_vm, _a, _| {
                    flush_stdout();
                    Ok(Value::None)
                }),
                ("isatty", |_vm, _a, _| Ok(Value::Bool(false))),
                ("fileno", |_vm, a, _| {
                    Ok(Value::Int(
                        match a[0].downcast::<Stream>().map(|s| s.kind) {
                            Some(StreamKind::Stderr) => 2,
                            _ => 1,
                        },
                    ))
                }),
            ],
        );
        c
    })
    .clone()
}

impl NativeObject for Stream {
    fn class(&self) -> Arc<Class> {
        stream_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(match self.kind {
            StreamKind::Stdout => {
                "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
            }
            StreamKind::Stderr => {
                "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
            }
        }))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "name" => Some(Value::str(if self.kind == StreamKind::Stdout {
                "<stdout>"
            } else {
                "<stderr>"
            })),
            "encoding" => Some(Value::str("utf-8")),
            _ => None,
        })
    }
}

/// Writes to the OS stream, buffering stdout. System calls run with the GIL released (a
/// blocked pipe must not stop other threads); the buffer's lock keeps writes in order.
pub fn write_raw(kind: StreamKind, s: &str) {
    match kind {
        StreamKind::Stdout => {
            {
                let mut b = STDOUT_BUF.lock();
                b.extend_from_slice(s.as_bytes());
                if b.len() <= 1 << 16 {
                    return;
                }
            }
            crate::gil::allow_threads(|| {
                let mut b = STDOUT_BUF.lock();
                let _ = std::io::stdout().write_all(&b);
                b.clear();
            });
        }
        StreamKind::Stderr => crate::gil::allow_threads(|| {
            let mut b = STDOUT_BUF.lock();
            flush_locked(&mut b);
            let _ = std::io::stderr().write_all(s.as_bytes());
        }),
    }
}

fn flush_locked(b: &mut Vec<u8>) {
    if !b.is_empty() {
        let _ = std::io::stdout().write_all(b);
        b.clear();
    }
    let _ = std::io::stdout().flush();
}

pub fn flush_stdout() {
    crate::gil::allow_threads(|| flush_locked(&mut STDOUT_BUF.lock()));
}

/// Writes to `sys.stdout` (the native stream unless the script replaced it).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    write_to(vm, "stdout", s)
}

/// Writes to `sys.<name>` honouring replacement objects with a `write` method.
pub fn write_to(vm: &mut Vm, name: &str, s: &str) -> PyResult<()> {
    let target = vm.interp.modules.get_str("sys").and_then(|m| match m {
        Value::Module(m) => m.dict.get_str(name),
        _ => None,
    });
    match target {
        Some(t) => write_obj(vm, &t, s),
        None => {
            write_raw(
                if name == "stderr" {
                    StreamKind::Stderr
                } else {
                    StreamKind::Stdout
                },
                s,
            );
            Ok(())
        }
    }
}

/// Writes to a file-like object.
pub fn write_obj(vm: &mut Vm, target: &Value, s: &str) -> PyResult<()> {
    if let Some(st) = target.downcast::<Stream>() {
        write_raw(st.kind, s);
        return Ok(());
    }
    let w = vm.getattr_str(target, "write")?;
    vm.call(&w, &[Value::str(s)], &[])?;
    Ok(())
}
