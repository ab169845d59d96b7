//! Introspection objects made on demand from the VM's own records: code-object attributes
//! (`co_name`, `co_varnames`, ...), and traceback and frame objects for `e.__traceback__` and
//! `sys.exc_info()[2]` (built from the exception's traceback entries).
//! Guarantees: asking twice for the traceback of an exception that has not moved on gives the
//! same object (`e.__traceback__ is sys.exc_info()[2]`); frames expose what the VM keeps
//! (code and line), never a live view of a running frame.

use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::exc::{ExcState, TbEntry};
use crate::runtime::func::Code;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// `code.co_*` attributes.
pub fn code_attr(code: &Arc<Code>, name: &str) -> Option<Value> {
    let co = &code.co;
    let strs = |v: &[Arc<str>]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    Some(match name {
        "co_name" => Value::str(&co.name),
        "co_qualname" => Value::str(&co.qualname),
        "co_filename" => Value::str(&co.source.name),
        "co_firstlineno" => Value::Int(co.first_line as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_varnames" => strs(&co.varnames),
        "co_cellvars" => strs(&co.cellvars),
        "co_freevars" => strs(&co.freevars),
        "co_names" => strs(&co.names),
        "co_consts" => Value::tuple(code.consts.clone()),
        "co_flags" => {
            // CPython's CO_VARARGS, CO_VARKEYWORDS, CO_NESTED-free subset, CO_GENERATOR.
            let mut f = 0;
            if co.has_varargs {
                f |= 0x04;
            }
            if co.has_varkw {
                f |= 0x08;
            }
            if co.is_generator {
                f |= 0x20;
            }
            Value::Int(f)
        }
        _ => return None,
    })
}

/// A traceback object: entry `idx` of an exception's traceback (entries are innermost first,
/// so `tb_next` goes from `idx` to `idx - 1`).
struct Traceback {
    entries: Arc<Vec<TbEntry>>,
    idx: usize,
}

/// A frame object as seen from a traceback: its code and current line.
struct FrameInfo {
    code: Arc<Code>,
    lineno: usize,
}

fn tb_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("traceback")).clone()
}

fn frame_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("frame")).clone()
}

impl NativeObject for Traceback {
    fn class(&self) -> Arc<Class> {
        tb_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        let e = &self.entries[self.idx];
        Ok(Some(match name {
            "tb_lineno" => Value::Int(e.code.co.line_of(e.ip as usize) as i64),
            "tb_lasti" => Value::Int(e.ip as i64 * 2),
            "tb_frame" => Value::native(FrameInfo {
                code: e.code.clone(),
                lineno: e.code.co.line_of(e.ip as usize),
            }),
            "tb_next" => match self.idx {
                0 => Value::None,
                i => Value::native(Traceback {
                    entries: self.entries.clone(),
                    idx: i - 1,
                }),
            },
            _ => return Ok(None),
        }))
    }
}

impl NativeObject for FrameInfo {
    fn class(&self) -> Arc<Class> {
        frame_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "f_code" => Value::Code(self.code.clone()),
            "f_lineno" => Value::Int(self.lineno as i64),
            "f_back" => Value::None,
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const _ as usize, self.code.co.source.name, self.lineno, self.code.co.name
        )))
    }
}

/// Traceback objects already handed out, per exception: (entries seen, the object).
pub type TbCache = Mutex<Option<(usize, Value)>>;

/// `e.__traceback__`: the outermost entry's traceback object, or None before it is raised.
pub fn traceback_of(st: &ExcState) -> Value {
    let entries = st.traceback.lock().clone();
    if entries.is_empty() {
        return Value::None;
    }
    let mut cache = st.tb_object.lock();
    if let Some((n, v)) = &*cache {
        if *n == entries.len() {
            return v.clone();
        }
    }
    let n = entries.len();
    let v = Value::native(Traceback {
        entries: Arc::new(entries),
        idx: n - 1,
    });
    *cache = Some((n, v.clone()));
    v
}

/// A frame object for a generator that has not finished (`gi_frame`).
pub fn frame_object(code: &Arc<Code>, ip: usize) -> Value {
    Value::native(FrameInfo {
        code: code.clone(),
        lineno: code.co.line_of(ip),
    })
}
