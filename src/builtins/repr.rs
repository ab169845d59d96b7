//! `repr()` of every built-in value exactly as CPython prints it, the default
//! `<X object at 0x...>` repr, and exception str/repr. Recursive containers print `[...]`.

use crate::runtime::class::Instance;
use crate::runtime::format::float_repr;
use crate::runtime::types::class_of;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// Containers currently being repr'd on this thread (to print `[...]` for cycles).
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn guard<T>(v: &Value, busy: T, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let p = v.ptr().unwrap_or(0);
    if IN_PROGRESS.with(|s| s.borrow().contains(&p)) {
        return Ok(busy);
    }
    IN_PROGRESS.with(|s| s.borrow_mut().push(p));
    let r = f();
    IN_PROGRESS.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|&x| x == p) {
            s.remove(i);
        }
    });
    r
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => super::numbers::bigint_to_string(vm, b)?,
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => crate::runtime::format::str_repr(s.as_str()),
        Value::Bytes(b) => crate::runtime::format::bytes_repr(b),
        Value::List(l) => {
            return guard(v, "[...]".to_string(), || {
                let items = l.snapshot();
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })
        }
        Value::Tuple(t) => {
            if t.items.len() == 1 {
                format!("({},)", repr(vm, &t.items[0])?)
            } else {
                return guard(v, "(...)".to_string(), || {
                    Ok(format!("({})", join_reprs(vm, &t.items)?))
                });
            }
        }
        Value::Dict(d) => {
            return guard(v, "{...}".to_string(), || {
                let mut parts = Vec::with_capacity(d.len());
                for (k, val) in d.items() {
                    parts.push(format!("{}: {}", repr(vm, &k)?, repr(vm, &val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })
        }
        Value::Set(s) => {
            let items = s.items();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                format!("{name}()")
            } else if s.frozen {
                format!("frozenset({{{}}})", join_reprs(vm, &items)?)
            } else {
                format!("{{{}}}", join_reprs(vm, &items)?)
            }
        }
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname(), v.ptr().unwrap_or(0)),
        Value::Builtin(b) => match (&b.bound, b.owner) {
            (Some(s), Some(_)) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                class_of(s).name,
                s.ptr().unwrap_or(0)
            ),
            _ => format!("<built-in function {}>", b.name),
        },
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname().to_string(),
                other => vm.callable_name(other),
            };
            format!("<bound method {} of {}>", fname, repr(vm, &m.self_)?)
        }
        Value::Class(c) => format!(
            "<class '{}'>",
            if c.module.as_ref() == "builtins" {
                c.qualname.to_string()
            } else {
                format!("{}.{}", c.module, c.qualname)
            }
        ),
        Value::Module(m) => match m
            .dict
            .get_str("__file__")
            .and_then(|f| f.as_str().map(str::to_owned))
        {
            Some(f) if !f.starts_with('<') => format!("<module '{}' from '{}'>", m.name, f),
            _ => format!("<module '{}' (built-in)>", m.name),
        },
        Value::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap_or(0)),
        Value::Code(c) => format!("<code object {} at {:#x}>", c.co.name, v.ptr().unwrap_or(0)),
        Value::Instance(inst) => {
            let cls = inst.class();
            match cls.lookup_str("__repr__") {
                Some(f @ (Value::Function(_) | Value::BoundMethod(_))) => {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    match r {
                        Value::Str(s) => s.as_str().to_owned(),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "__repr__ returned non-string (type {})",
                                class_of(&other).name
                            )))
                        }
                    }
                }
                _ if inst.exc.is_some() => exception_repr(vm, v)?,
                _ => match inst.base.get() {
                    Some(p) => payload_repr(vm, &cls.name, p)?,
                    None => default_repr(vm, v),
                },
            }
        }
        Value::Native(n) => match n.repr(vm)? {
            Some(s) => s,
            None => match vm.call_method(v, "__repr__", &[])? {
                Some(Value::Str(s)) if !matches!(n.class().lookup_str("__repr__"), Some(Value::Builtin(b)) if b.owner == Some("object")) => {
                    s.as_str().to_owned()
                }
                _ => default_repr(vm, v),
            },
        },
    })
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut s = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr(vm, x)?);
    }
    Ok(s)
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(_vm: &mut Vm, v: &Value) -> String {
    let cls = class_of(v);
    format!(
        "<{} object at {:#x}>",
        cls.display_name(),
        v.ptr().unwrap_or(0)
    )
}

/// `str(exc)`: the single argument's str, or the args tuple's repr.
pub fn exception_str(vm: &mut Vm, inst: &Arc<Instance>) -> PyResult<String> {
    let args = inst
        .exc
        .as_ref()
        .map(|s| s.args.read().clone())
        .unwrap_or_default();
    let is_key_error = inst
        .class()
        .is_subclass(&crate::runtime::types::types().key_error);
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr(vm, &args[0]),
        1 => vm.str(&args[0]),
        _ => repr(vm, &Value::tuple(args)),
    }
}

/// `repr(exc)`: `ValueError('msg')`.
pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Instance(inst) = v else {
        return Ok(String::new());
    };
    let args = inst
        .exc
        .as_ref()
        .map(|s| s.args.read().clone())
        .unwrap_or_default();
    let name = inst.class().name.clone();
    if args.len() == 1 {
        return Ok(format!("{name}({})", repr(vm, &args[0])?));
    }
    Ok(format!("{name}({})", join_reprs(vm, &args)?))
}

/// `__repr__` of the built-in containers and numbers, so that `super().__repr__()` in a
/// subclass reaches the built-in repr (of the instance's payload) instead of `object`'s.
pub fn install_builtin_reprs() {
    let t = crate::runtime::types::types();
    for (cls, owner) in [
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str_, "str"),
        (&t.tuple, "tuple"),
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
    ] {
        super::args::add_methods(
            cls,
            owner,
            &[("__repr__", |vm, a, _| {
                super::args::check_method("__repr__", a, 0, 0)?;
                Ok(Value::string(match &a[0] {
                    Value::Instance(inst) => match inst.base.get() {
                        Some(p) => payload_repr(vm, &inst.class().name, p)?,
                        None => default_repr(vm, &a[0]),
                    },
                    // int.__repr__(True) is '1'.
                    Value::Bool(b) => (*b as i64).to_string(),
                    other => repr(vm, other)?,
                }))
            })],
        );
    }
}

/// The built-in repr of a subclass instance's payload: sets and frozensets show the subclass's
/// name (`Bag({1})`), the other built-ins their own repr.
fn payload_repr(vm: &mut Vm, cls_name: &str, payload: &Value) -> PyResult<String> {
    match payload {
        Value::Set(s) => {
            let items = s.items();
            if items.is_empty() {
                Ok(format!("{cls_name}()"))
            } else {
                Ok(format!("{cls_name}({{{}}})", join_reprs(vm, &items)?))
            }
        }
        other => repr(vm, other),
    }
}
