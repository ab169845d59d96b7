//! Argument checking helpers for built-in functions, producing CPython's TypeError messages.

use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::func::{Builtin, NativeFn};
use crate::runtime::types::class_of;
use crate::runtime::{PyErr, PyResult, Value};
use std::sync::Arc;

pub type Kw<'a> = &'a [(Arc<str>, Value)];

/// Checks the positional count: `name() takes exactly one argument (2 given)` style errors.
pub fn check(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", args.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                n => format!("{name} expected {n} arguments, got {}", args.len()),
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// For methods (`self` is `args[0]`): checks the count of the remaining arguments.
pub fn check_method(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                m => format!("{name} expected {m} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// Rejects keyword arguments for functions that take none.
pub fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// The keyword argument `key`, if given.
pub fn kwarg<'a>(kw: Kw<'a>, key: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_ref() == key).map(|(_, v)| v)
}

/// Rejects keywords outside `allowed`.
pub fn allow_kw(name: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_ref()) {
            return Err(PyErr::type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// Positional argument `i` or keyword `key`.
pub fn arg_or_kw<'a>(args: &'a [Value], i: usize, kw: Kw<'a>, key: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| kwarg(kw, key))
}

pub fn type_name(v: &Value) -> String {
    class_of(v).name.to_string()
}

/// An `int` argument (bools accepted), or TypeError (worded as CPython's, which names no function).
pub fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// A `str` argument.
pub fn str_arg<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            type_name(v)
        ))),
    }
}

/// Installs built-in methods on a type.
pub fn add_methods(cls: &Arc<Class>, owner: &'static str, methods: &[(&str, NativeFn)]) {
    for (name, f) in methods {
        cls.dict.set_str(
            name,
            Value::Builtin(Arc::new(Builtin {
                name: (*name).into(),
                func: *f,
                owner: Some(owner),
                bound: None,
            })),
        );
    }
}

/// Installs plain built-in functions into a namespace.
pub fn add_functions(d: &Dict, fns: &[(&str, NativeFn)]) {
    for (name, f) in fns {
        d.set_str(name, Value::Builtin(Arc::new(Builtin::new(name, *f))));
    }
}
