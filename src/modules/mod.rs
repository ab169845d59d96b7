//! Native modules (implemented in Rust) and the registry of modules written in pyrs under
//! `stdlib/` (embedded in the binary). Each native module is built fresh per interpreter.

pub mod math;
pub mod numba;
pub mod numpy;
pub mod os;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;

use crate::runtime::dict::Dict;
use crate::runtime::module::Module;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

/// Creates the native module `name`, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let dict = Arc::new(Dict::new());
    let ok = match name {
        "sys" => {
            sys::init(vm, &dict);
            let m = Value::Module(Arc::new(Module::new(name, dict.clone())));
            // Register first so that the Python half can import sys if it wants.
            vm.interp.modules.set_str(name, m.clone());
            if let Ok(info) = vm.import_module("_sysinfo") {
                for attr in ["version_info", "float_info", "int_info"] {
                    if let Ok(v) = vm.getattr_str(&info, attr) {
                        dict.set_str(attr, v);
                    }
                }
            }
            vm.interp.modules.remove_str("_sysinfo");
            return Ok(Some(m));
        }
        "math" => {
            math::init(vm, &dict);
            true
        }
        "random" => {
            random::init(vm, &dict);
            true
        }
        "time" => {
            time::init(vm, &dict);
            true
        }
        "_thread" => {
            thread::init(vm, &dict);
            true
        }
        "_os" => {
            os::init(vm, &dict);
            true
        }
        "numpy" => {
            numpy::init(vm, &dict);
            true
        }
        "numba" => {
            numba::init(vm, &dict);
            true
        }
        "_cudajit" => {
            numba::cuda::init(vm, &dict);
            true
        }
        _ => false,
    };
    if !ok {
        return Ok(None);
    }
    Ok(Some(Value::Module(Arc::new(Module::new(name, dict)))))
}

/// Modules of `STDLIB` that are packages (they get `__path__`, so submodules import).
pub const STDLIB_PACKAGES: &[&str] = &["concurrent", "concurrent.futures"];

/// Source of a module written in pyrs and embedded from `stdlib/`.
pub fn stdlib_source(name: &str) -> Option<&'static str> {
    STDLIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

const STDLIB: &[(&str, &str)] = &[
    ("_cudasim", include_str!("../../stdlib/_cudasim.py")),
    ("_sysinfo", include_str!("../../stdlib/_sysinfo.py")),
    ("collections", include_str!("../../stdlib/collections.py")),
    ("contextlib", include_str!("../../stdlib/contextlib.py")),
    ("functools", include_str!("../../stdlib/functools.py")),
    ("itertools", include_str!("../../stdlib/itertools.py")),
    ("os", include_str!("../../stdlib/os.py")),
    ("posixpath", include_str!("../../stdlib/posixpath.py")),
    ("threading", include_str!("../../stdlib/threading.py")),
    ("queue", include_str!("../../stdlib/queue.py")),
    ("heapq", include_str!("../../stdlib/heapq.py")),
    (
        "concurrent",
        include_str!("../../stdlib/concurrent/__init__.py"),
    ),
    (
        "concurrent.futures",
        include_str!("../../stdlib/concurrent/futures/__init__.py"),
    ),
    (
        "concurrent.futures._base",
        include_str!("../../stdlib/concurrent/futures/_base.py"),
    ),
    (
        "concurrent.futures.thread",
        include_str!("../../stdlib/concurrent/futures/thread.py"),
    ),
    ("os.path", include_str!("../../stdlib/posixpath.py")),
];

/// Helper for native modules: a namespace with `__name__` set.
pub fn new_namespace(name: &str) -> Arc<Dict> {
    let d = Arc::new(Dict::new());
    d.set_str("__name__", Value::str(name));
    d
}
