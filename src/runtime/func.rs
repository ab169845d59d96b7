//! Callables and the runtime form of code: `Code` (a compiled `CodeObject` with its constants
//! turned into values once), Python `Function`s with defaults and closures, `Builtin` functions
//! implemented in Rust, bound methods and closure cells.

use super::dict::Dict;
use super::str::PyStr;
use super::value::Value;
use super::PyResult;
use crate::compiler::bytecode::{CodeObject, Const};
use crate::lock::RwLock;
use crate::vm::Vm;
use std::sync::Arc;

/// A code object ready to run: constants converted to values, names interned.
pub struct Code {
    pub co: Arc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Arc<PyStr>>,
    pub varnames: Vec<Arc<PyStr>>,
    /// First slot of this code's entries in each VM's global-lookup cache (one per name).
    pub cache_base: usize,
    /// First slot of this code's entries in each VM's inline-cache table (one per
    /// instruction; used by attribute, method and class-call sites).
    pub site_base: usize,
}

impl Code {
    pub fn new(co: &Arc<CodeObject>) -> Arc<Code> {
        let consts = co.consts.iter().map(const_value).collect();
        let names = co.names.iter().map(|n| super::str::intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| super::str::intern(n)).collect();
        static NEXT_SLOT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let cache_base = NEXT_SLOT.fetch_add(co.names.len(), std::sync::atomic::Ordering::Relaxed);
        static NEXT_SITE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let site_base = NEXT_SITE.fetch_add(co.instrs.len(), std::sync::atomic::Ordering::Relaxed);
        Arc::new(Code {
            co: co.clone(),
            consts,
            names,
            varnames,
            cache_base,
            site_base,
        })
    }
    pub fn ncells(&self) -> usize {
        self.co.cellvars.len() + self.co.freevars.len()
    }
}

fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint((**b).clone()),
        Const::Float(x) => Value::Float(*x),
        Const::Imag(x) => super::complex::complex_value(0.0, *x),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::Bytes(Arc::new(b.to_vec())),
        Const::Ellipsis => Value::Ellipsis,
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(co) => Value::Code(Code::new(co)),
    }
}

pub struct Function {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    pub name: RwLock<Arc<str>>,
    pub qualname: RwLock<Arc<str>>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Arc<str>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// Function attributes (`__doc__`, `__wrapped__`, user attributes).
    pub dict: Arc<Dict>,
}

impl Function {
    pub fn name(&self) -> Arc<str> {
        self.name.read().clone()
    }
    pub fn qualname(&self) -> Arc<str> {
        self.qualname.read().clone()
    }
}

/// Signature of every built-in function: positional arguments (for methods, `self` first) and
/// keyword arguments in call order.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Arc<str>, Value)]) -> PyResult<Value>;

pub struct Builtin {
    pub name: Arc<str>,
    pub func: NativeFn,
    /// For methods of built-in types: the type's name (for reprs and error messages).
    pub owner: Option<&'static str>,
    /// A bound `self` (e.g. `[].append`), passed as the first positional argument.
    pub bound: Option<Value>,
}

impl Builtin {
    pub fn new(name: &str, func: NativeFn) -> Builtin {
        Builtin {
            name: name.into(),
            func,
            owner: None,
            bound: None,
        }
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// A closure cell; `None` while the variable is unbound.
pub struct Cell {
    pub value: RwLock<Option<Value>>,
}

impl Cell {
    pub fn new(v: Option<Value>) -> Cell {
        Cell {
            value: RwLock::new(v),
        }
    }
    pub fn get(&self) -> Option<Value> {
        self.value.read().clone()
    }
    pub fn set(&self, v: Option<Value>) {
        *self.value.write() = v;
    }
}
