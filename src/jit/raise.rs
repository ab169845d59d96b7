//! The exceptions compiled code raises (`raise E(...)`, failed `assert`): a process-wide
//! table of exception class and constant arguments, built at compile time. Compiled code
//! reports the entry's index (`abi::err::RAISE`); the dispatcher turns it back into the
//! Python exception. Entries are never removed, so an index stays valid for the process.

use crate::lock::RwLock;
use crate::runtime::exc::PyErr;
use crate::runtime::value::Value;

static TABLE: RwLock<Vec<(Value, Vec<Value>)>> = RwLock::new(Vec::new());

/// Records `class(*args)` and returns its index.
pub fn register(class: Value, args: Vec<Value>) -> i64 {
    let mut t = TABLE.write();
    t.push((class, args));
    (t.len() - 1) as i64
}

/// The exception entry `id` describes.
pub fn error(id: i64) -> PyErr {
    let t = TABLE.read();
    match t.get(id as usize) {
        Some((Value::Class(c), args)) => PyErr::with_args(c, args.clone()),
        _ => PyErr::runtime_error("compiled code raised an unknown exception"),
    }
}
