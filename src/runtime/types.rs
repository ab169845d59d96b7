//! The built-in type objects (`int`, `str`, `list`, ..., the exception hierarchy), created once
//! per process and shared by every thread, and `class_of`, the type of any value.
//! Methods are installed into their namespaces later by `crate::builtins` at interpreter start.

use super::class::{Class, Layout};
use super::value::Value;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub struct Types {
    pub object: Arc<Class>,
    pub type_: Arc<Class>,
    pub none: Arc<Class>,
    pub not_implemented: Arc<Class>,
    pub ellipsis: Arc<Class>,
    pub int: Arc<Class>,
    pub bool_: Arc<Class>,
    pub float: Arc<Class>,
    pub complex: Arc<Class>,
    pub str_: Arc<Class>,
    pub bytes: Arc<Class>,
    pub tuple: Arc<Class>,
    pub list: Arc<Class>,
    pub dict: Arc<Class>,
    pub set: Arc<Class>,
    pub frozenset: Arc<Class>,
    pub function: Arc<Class>,
    pub builtin_function: Arc<Class>,
    pub method: Arc<Class>,
    pub module: Arc<Class>,
    pub cell: Arc<Class>,
    pub code: Arc<Class>,
    pub base_exception: Arc<Class>,
    pub exception: Arc<Class>,
    pub type_error: Arc<Class>,
    pub value_error: Arc<Class>,
    pub index_error: Arc<Class>,
    pub key_error: Arc<Class>,
    pub attribute_error: Arc<Class>,
    pub name_error: Arc<Class>,
    pub unbound_local_error: Arc<Class>,
    pub zero_division_error: Arc<Class>,
    pub overflow_error: Arc<Class>,
    pub runtime_error: Arc<Class>,
    pub recursion_error: Arc<Class>,
    pub not_implemented_error: Arc<Class>,
    pub import_error: Arc<Class>,
    pub module_not_found_error: Arc<Class>,
    pub os_error: Arc<Class>,
    pub stop_iteration: Arc<Class>,
    pub generator_exit: Arc<Class>,
    pub keyboard_interrupt: Arc<Class>,
    pub system_exit: Arc<Class>,
    pub assertion_error: Arc<Class>,
    /// Every built-in exception class by name.
    pub exceptions: HashMap<&'static str, Arc<Class>>,
    /// Exception names in definition order (for installing into builtins).
    pub exception_order: Vec<&'static str>,
}

/// (name, base) — CPython 3.11's built-in exception hierarchy.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

static TYPES: OnceLock<Types> = OnceLock::new();

/// The process-wide built-in types.
pub fn types() -> &'static Types {
    TYPES.get_or_init(Types::create)
}

impl Types {
    fn create() -> Types {
        let object = Arc::new(Class::builtin("object", vec![], Layout::Builtin));
        let b = |name: &str| Arc::new(Class::builtin(name, vec![object.clone()], Layout::Builtin));
        let int = b("int");
        let mut exceptions: HashMap<&'static str, Arc<Class>> = HashMap::new();
        let mut order = Vec::new();
        for &(name, base) in EXCEPTIONS {
            let bases = if base.is_empty() {
                vec![object.clone()]
            } else {
                vec![exceptions[base].clone()]
            };
            exceptions.insert(
                name,
                Arc::new(Class::builtin(name, bases, Layout::Exception)),
            );
            order.push(name);
        }
        let e = |n: &str| exceptions[n].clone();
        let unsub = |name: &str| {
            let mut c = Class::builtin(name, vec![object.clone()], Layout::Builtin);
            c.subclassable = false;
            Arc::new(c)
        };
        let mut bool_c = Class::builtin("bool", vec![int.clone()], Layout::Builtin);
        bool_c.subclassable = false;
        Types {
            type_: b("type"),
            none: unsub("NoneType"),
            not_implemented: unsub("NotImplementedType"),
            ellipsis: unsub("ellipsis"),
            bool_: Arc::new(bool_c),
            float: b("float"),
            complex: b("complex"),
            str_: b("str"),
            bytes: b("bytes"),
            tuple: b("tuple"),
            list: b("list"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            function: unsub("function"),
            builtin_function: unsub("builtin_function_or_method"),
            method: unsub("method"),
            module: b("module"),
            cell: unsub("cell"),
            code: unsub("code"),
            int,
            base_exception: e("BaseException"),
            exception: e("Exception"),
            type_error: e("TypeError"),
            value_error: e("ValueError"),
            index_error: e("IndexError"),
            key_error: e("KeyError"),
            attribute_error: e("AttributeError"),
            name_error: e("NameError"),
            unbound_local_error: e("UnboundLocalError"),
            zero_division_error: e("ZeroDivisionError"),
            overflow_error: e("OverflowError"),
            runtime_error: e("RuntimeError"),
            recursion_error: e("RecursionError"),
            not_implemented_error: e("NotImplementedError"),
            import_error: e("ImportError"),
            module_not_found_error: e("ModuleNotFoundError"),
            os_error: e("OSError"),
            stop_iteration: e("StopIteration"),
            generator_exit: e("GeneratorExit"),
            keyboard_interrupt: e("KeyboardInterrupt"),
            system_exit: e("SystemExit"),
            assertion_error: e("AssertionError"),
            object,
            exceptions,
            exception_order: order,
        }
    }

    /// A built-in exception class by name.
    /// The builtin exception class `name`, if there is one.
    pub fn exception_named(&self, name: &str) -> Option<Arc<Class>> {
        self.exceptions.get(name).cloned()
    }
    pub fn exception(&self, name: &str) -> Arc<Class> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exception.clone())
    }
}

/// `type(v)`.
pub fn class_of(v: &Value) -> Arc<Class> {
    let t = types();
    match v {
        Value::None => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::List(_) => t.list.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(_) => t.method.clone(),
        Value::Class(_) => t.type_.clone(),
        Value::Instance(i) => i.class(),
        Value::Module(_) => t.module.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Code(_) => t.code.clone(),
        Value::Native(n) => n.class(),
    }
}

/// The class's name as `type(v).__name__` shows it.
pub fn type_name(v: &Value) -> Arc<str> {
    class_of(v).name.clone()
}
