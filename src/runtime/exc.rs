//! Exceptions as Rust values: `PyErr` wraps a Python exception instance; `ExcState` is the
//! per-exception data (args, traceback, cause, context). Constructors for every built-in
//! exception the runtime raises, with CPython's messages left to the callers.

use super::class::{Class, Instance};
use super::func::Code;
use super::types::types;
use super::value::Value;
use crate::lock::{Mutex, RwLock};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// One traceback entry: a code object and the instruction that was executing.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<Code>,
    pub ip: u32,
}

#[derive(Default)]
pub struct ExcState {
    pub args: RwLock<Vec<Value>>,
    /// Innermost frame first (the order frames were unwound).
    pub traceback: Mutex<Vec<TbEntry>>,
    pub cause: RwLock<Option<Value>>,
    pub context: RwLock<Option<Value>>,
    pub suppress_context: AtomicBool,
    /// The traceback object last handed out (`e.__traceback__`), kept for identity.
    pub tb_object: crate::vm::introspect::TbCache,
}

/// A raised Python exception.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Arc<Instance>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.class().name, self.args())
    }
}

impl PyErr {
    /// An exception of `class` with the given args.
    pub fn with_args(class: &Arc<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance::new(class.clone());
        if let Some(st) = &inst.exc {
            *st.args.write() = args;
        }
        PyErr {
            exc: Arc::new(inst),
        }
    }
    pub fn new(class: &Arc<Class>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(class, vec![Value::string(msg.into())])
    }
    /// Wraps an existing exception instance (must have exception layout).
    pub fn from_instance(exc: Arc<Instance>) -> PyErr {
        PyErr { exc }
    }
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }
    pub fn class(&self) -> Arc<Class> {
        self.exc.class()
    }
    pub fn state(&self) -> &ExcState {
        self.exc
            .exc
            .as_ref()
            .expect("exception instance without ExcState")
    }
    pub fn args(&self) -> Vec<Value> {
        self.state().args.read().clone()
    }
    pub fn is_instance(&self, class: &Arc<Class>) -> bool {
        self.class().is_subclass(class)
    }
    pub fn push_traceback(&self, code: &Arc<Code>, ip: usize) {
        self.state().traceback.lock().push(TbEntry {
            code: code.clone(),
            ip: ip as u32,
        });
    }
    pub fn set_cause(&self, cause: Option<Value>) {
        *self.state().cause.write() = cause;
        self.state().suppress_context.store(true, Ordering::Relaxed);
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().type_error, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().value_error, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().index_error, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(&types().key_error, vec![key])
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().attribute_error, msg)
    }
    pub fn name_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().name_error, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().zero_division_error, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().overflow_error, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().runtime_error, msg)
    }
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().recursion_error, msg)
    }
    pub fn not_implemented(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().not_implemented_error, msg)
    }
    pub fn import_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().import_error, msg)
    }
    pub fn os_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().os_error, msg)
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        PyErr::with_args(&types().stop_iteration, value.into_iter().collect())
    }
    /// Looks a built-in exception class up by name (panics only on a typo in the runtime).
    pub fn named(name: &str, msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exception(name), msg)
    }
}

impl From<crate::runtime::format::FormatError> for PyErr {
    fn from(e: crate::runtime::format::FormatError) -> PyErr {
        use crate::runtime::format::ErrorKind;
        match e.kind {
            ErrorKind::ValueError => PyErr::value_error(e.message),
            ErrorKind::TypeError => PyErr::type_error(e.message),
            ErrorKind::OverflowError => PyErr::overflow(e.message),
        }
    }
}
