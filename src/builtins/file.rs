//! `open()` for text files: read, readline(s), iteration, write, writelines, close, `with`.
//! The file's buffer and position are guarded by the object's own lock.

use super::args::{add_methods, check, check_method, kwarg, str_arg, Kw};
use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::io::Write;
use std::sync::{Arc, OnceLock};

struct State {
    /// Whole contents for reading; pending text for writing.
    data: String,
    pos: usize,
    closed: bool,
    file: Option<std::fs::File>,
}

pub struct TextFile {
    name: String,
    mode: String,
    state: Mutex<State>,
}

fn file_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("TextIOWrapper");
        add_methods(
            &c,
            "TextIOWrapper",
            &[
                ("read", |_vm, a, _| {
                    let f = tf(&a[0])?;
                    let mut st = f.open_state()?;
                    let rest = st.data[st.pos..].to_string();
                    let n = match a.get(1) {
                        Some(Value::Int(n)) if *n >= 0 => *n as usize,
                        _ => usize::MAX,
                    };
                    let take: String = rest.chars().take(n).collect();
                    st.pos += take.len();
                    Ok(Value::string(take))
                }),
                ("readline", |_vm, a, _| {
                    let f = tf(&a[0])?;
                    let mut st = f.open_state()?;
                    let rest = &st.data[st.pos..];
                    let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
                    let line = rest[..end].to_string();
                    st.pos += end;
                    Ok(Value::string(line))
                }),
                ("readlines", |_vm, a, _| {
                    let f = tf(&a[0])?;
                    let mut st = f.open_state()?;
                    let rest = st.data[st.pos..].to_string();
                    st.pos = st.data.len();
                    Ok(Value::list(
                        rest.split_inclusive('\n').map(Value::str).collect(),
                    ))
                }),
                ("write", |_vm, a, _| {
                    check_method("write", a, 1, 1)?;
                    let f = tf(&a[0])?;
                    let s = str_arg(&a[1], "write", 1)?;
                    let mut st = f.open_state()?;
                    st.data.push_str(s);
                    Ok(Value::Int(s.chars().count() as i64))
                }),
                ("writelines", |vm, a, _| {
                    check_method("writelines", a, 1, 1)?;
                    let f = tf(&a[0])?;
                    let items = vm.collect(&a[1])?;
                    let mut st = f.open_state()?;
                    for it in items {
                        st.data.push_str(str_arg(&it, "writelines", 1)?);
                    }
                    Ok(Value::None)
                }),
                ("flush", |_vm, a, _| {
                    tf(&a[0])?.flush()?;
                    Ok(Value::None)
                }),
                ("close", |_vm, a, _| {
                    tf(&a[0])?.close()?;
                    Ok(Value::None)
                }),
                ("__enter__", |_vm, a, _| Ok(a[0].clone())),
                ("__exit__", |_vm, a, _| {
                    tf(&a[0])?.close()?;
                    Ok(Value::None)
                }),
                ("__iter__", |_vm, a, _| Ok(a[0].clone())),
                ("__next__", |vm, a, _| match tf(&a[0])?.next(vm)? {
                    Some(v) => Ok(v),
                    None => Err(PyErr::stop_iteration(None)),
                }),
            ],
        );
        c
    })
    .clone()
}

fn tf(v: &Value) -> PyResult<&TextFile> {
    v.downcast::<TextFile>()
        .ok_or_else(|| PyErr::type_error("expected a file object"))
}

impl TextFile {
    fn open_state(&self) -> PyResult<crate::lock::MutexGuard<'_, State>> {
        let st = self.state.lock();
        if st.closed {
            return Err(PyErr::value_error("I/O operation on closed file."));
        }
        Ok(st)
    }
    fn flush(&self) -> PyResult<()> {
        if self.mode.contains('r') && !self.mode.contains('+') {
            return Ok(());
        }
        // The write runs without the GIL; the state lock is taken and dropped inside, never
        // held while the GIL is retaken (that order could deadlock with a thread holding it).
        crate::gil::allow_threads(|| {
            let mut st = self.state.lock();
            let data = std::mem::take(&mut st.data);
            match st.file.as_mut() {
                Some(f) => f.write_all(data.as_bytes()),
                None => Ok(()),
            }
        })
        .map_err(|e| PyErr::os_error(e.to_string()))
    }
    fn close(&self) -> PyResult<()> {
        if self.state.lock().closed {
            return Ok(());
        }
        self.flush()?;
        let mut st = self.state.lock();
        st.closed = true;
        st.file = None;
        Ok(())
    }
}

impl Drop for TextFile {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

impl NativeObject for TextFile {
    fn class(&self) -> Arc<Class> {
        file_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.open_state()?;
        if st.pos >= st.data.len() {
            return Ok(None);
        }
        let rest = &st.data[st.pos..];
        let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        let line = rest[..end].to_string();
        st.pos += end;
        Ok(Some(Value::string(line)))
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "name" => Some(Value::str(&self.name)),
            "mode" => Some(Value::str(&self.mode)),
            "closed" => Some(Value::Bool(self.state.lock().closed)),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
            self.name, self.mode
        )))
    }
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check("open", a, 1, 3)?;
    let name = vm.str(&a[0])?;
    let mode = match a.get(1).or_else(|| kwarg(kw, "mode")) {
        Some(m) => str_arg(m, "open", 2)?.to_string(),
        None => "r".to_string(),
    };
    if mode.contains('b') {
        return Err(PyErr::not_implemented(
            "binary files are not supported by pyrs yet",
        ));
    }
    let io_err = |e: std::io::Error| {
        let (cls, msg) = match e.kind() {
            std::io::ErrorKind::NotFound => (
                "FileNotFoundError",
                format!("[Errno 2] No such file or directory: '{name}'"),
            ),
            std::io::ErrorKind::PermissionDenied => (
                "PermissionError",
                format!("[Errno 13] Permission denied: '{name}'"),
            ),
            _ => ("OSError", format!("{e}: '{name}'")),
        };
        PyErr::named(cls, msg)
    };
    let (data, file) = if mode.contains('r') {
        let text = crate::gil::allow_threads(|| std::fs::read_to_string(&name)).map_err(io_err)?;
        let file = if mode.contains('+') {
            Some(
                std::fs::OpenOptions::new()
                    .append(true)
                    .open(&name)
                    .map_err(io_err)?,
            )
        } else {
            None
        };
        (text, file)
    } else {
        let mut oo = std::fs::OpenOptions::new();
        if mode.contains('a') {
            oo.append(true).create(true);
        } else if mode.contains('x') {
            oo.write(true).create_new(true);
        } else {
            oo.write(true).create(true).truncate(true);
        }
        (String::new(), Some(oo.open(&name).map_err(io_err)?))
    };
    Ok(Value::native(TextFile {
        name,
        mode,
        state: Mutex::new(State {
            data,
            pos: 0,
            closed: false,
            file,
        }),
    }))
}
