//! The `builtins` module and the methods of the built-in types, installed once at interpreter
//! start. Invariant: nothing here holds an object lock while calling back into Python code.

pub mod args;
pub mod bytes_methods;
pub mod dict_methods;
pub mod exec;
pub mod file;
pub mod functions;
pub mod io;
pub mod iters;
pub mod list_methods;
pub mod numbers;
pub mod objects;
pub mod range;
pub mod repr;
pub mod slice;
pub mod str_methods;
pub mod strfmt;

use crate::runtime::types::types;
use crate::runtime::Value;
use crate::vm::Interp;
use std::sync::Once;

/// Fills the type namespaces (once per process) and the interpreter's builtins dict.
pub fn install(interp: &Interp) {
    static METHODS: Once = Once::new();
    METHODS.call_once(|| {
        objects::install_object_methods();
        repr::install_builtin_reprs();
        numbers::install();
        list_methods::install();
        dict_methods::install();
        str_methods::install();
    });
    let b = &interp.builtins;
    let t = types();
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
    ] {
        b.set_str(name, Value::Class(cls.clone()));
    }
    b.set_str("range", Value::Class(range::range_class()));
    b.set_str("slice", Value::Class(slice::slice_class()));
    b.set_str("property", Value::Class(objects::property_class()));
    b.set_str("classmethod", Value::Class(objects::classmethod_class()));
    b.set_str("staticmethod", Value::Class(objects::staticmethod_class()));
    b.set_str("super", Value::Class(objects::super_class()));
    for name in &t.exception_order {
        b.set_str(name, Value::Class(t.exception(name)));
    }
    b.set_str("EnvironmentError", Value::Class(t.os_error.clone()));
    b.set_str("IOError", Value::Class(t.os_error.clone()));
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__debug__", Value::Bool(true));
    functions::install(b);
}
