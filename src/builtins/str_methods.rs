//! Methods of `str` and `bytes`, and string indexing/slicing by character.

use super::args::{add_methods, check_method, str_arg};
use crate::runtime::str::PyStr;
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

fn s_of(v: &Value) -> PyResult<&Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            class_of(other).name
        ))),
    }
}

/// `s[i]` and `s[a:b:c]` by character index.
pub fn str_getitem(vm: &mut Vm, s: &Arc<PyStr>, key: &Value) -> PyResult<Value> {
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let (start, _, step, n) = sl.indices(vm, s.char_len())?;
        if s.is_ascii() {
            let b = s.as_str().as_bytes();
            let mut out = String::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(b[i as usize] as char);
                i += step;
            }
            return Ok(Value::string(out));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..n {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(Value::string(out));
    }
    let i = match key {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_value(key)?,
        other => {
            return Err(PyErr::type_error(format!(
                "string indices must be integers, not '{}'",
                class_of(other).name
            )))
        }
    };
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("string index out of range"));
    }
    Ok(Value::string(
        s.char_at(j as usize).map(String::from).unwrap_or_default(),
    ))
}

pub fn install() {
    let t = types();
    add_methods(
        &t.str_,
        "str",
        &[
            ("__new__", |vm, a, _| {
                super::args::check("str", &a[1..], 0, 3)?;
                match a.get(1) {
                    None => Ok(Value::str("")),
                    Some(Value::Bytes(b)) if a.len() > 2 => {
                        Ok(Value::string(String::from_utf8_lossy(b).into_owned()))
                    }
                    Some(v) => Ok(Value::string(vm.str(v)?)),
                }
            }),
            ("join", |vm, a, _| {
                check_method("join", a, 1, 1)?;
                let sep = s_of(&a[0])?.clone();
                let items = vm.collect(&a[1])?;
                let mut out = String::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep.as_str());
                    }
                    match it {
                        Value::Str(x) => out.push_str(x.as_str()),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "sequence item {i}: expected str instance, {} found",
                                class_of(other).name
                            )))
                        }
                    }
                }
                Ok(Value::string(out))
            }),
            ("upper", |_vm, a, _| {
                Ok(Value::string(s_of(&a[0])?.as_str().to_uppercase()))
            }),
            ("lower", |_vm, a, _| {
                Ok(Value::string(s_of(&a[0])?.as_str().to_lowercase()))
            }),
            ("strip", |_vm, a, _| strip(a, true, true)),
            ("lstrip", |_vm, a, _| strip(a, true, false)),
            ("rstrip", |_vm, a, _| strip(a, false, true)),
            ("split", |_vm, a, k| split(a, k, false)),
            ("rsplit", |_vm, a, k| split(a, k, true)),
            ("replace", |_vm, a, _| {
                check_method("replace", a, 2, 3)?;
                let s = s_of(&a[0])?;
                let old = str_arg(&a[1], "replace", 1)?;
                let new = str_arg(&a[2], "replace", 2)?;
                let count = match a.get(3) {
                    Some(Value::Int(n)) if *n >= 0 => *n as usize,
                    _ => usize::MAX,
                };
                Ok(Value::string(if count == usize::MAX {
                    s.as_str().replace(old, new)
                } else {
                    s.as_str().replacen(old, new, count)
                }))
            }),
            ("startswith", |_vm, a, _| affix(a, true)),
            ("endswith", |_vm, a, _| affix(a, false)),
            ("find", |_vm, a, _| {
                check_method("find", a, 1, 3)?;
                let s = s_of(&a[0])?;
                let sub = str_arg(&a[1], "find", 1)?;
                Ok(Value::Int(match s.as_str().find(sub) {
                    Some(b) => s.as_str()[..b].chars().count() as i64,
                    None => -1,
                }))
            }),
            ("count", |_vm, a, _| {
                check_method("count", a, 1, 3)?;
                let s = s_of(&a[0])?;
                let sub = str_arg(&a[1], "count", 1)?;
                Ok(Value::Int(if sub.is_empty() {
                    s.char_len() as i64 + 1
                } else {
                    s.as_str().matches(sub).count() as i64
                }))
            }),
            ("isdigit", |_vm, a, _| {
                let s = s_of(&a[0])?.as_str();
                Ok(Value::Bool(
                    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()),
                ))
            }),
            ("format", |vm, a, k| super::strfmt::str_format(vm, a, k)),
            ("format_map", |vm, a, k| {
                super::strfmt::str_format_map(vm, a, k)
            }),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
        ],
    );
}

fn strip(a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    check_method("strip", a, 0, 1)?;
    let s = s_of(&a[0])?.as_str();
    let chars: Option<Vec<char>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(v, "strip", 1)?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Value::str(r))
}

fn split(a: &[Value], kw: super::args::Kw, from_right: bool) -> PyResult<Value> {
    check_method("split", a, 0, 2)?;
    let s = s_of(&a[0])?.as_str();
    let sep = super::args::arg_or_kw(&a[1..], 0, kw, "sep").filter(|v| !v.is_none());
    let maxsplit = match super::args::arg_or_kw(&a[1..], 1, kw, "maxsplit") {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            let sep = str_arg(sep, "split", 1)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if from_right {
                let mut v: Vec<String> = s
                    .rsplitn(maxsplit.saturating_add(1), sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit.saturating_add(1), sep)
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let words: Vec<&str> = s.split_whitespace().collect();
            if maxsplit >= words.len() {
                words.into_iter().map(String::from).collect()
            } else if !from_right {
                let mut out: Vec<String> = Vec::new();
                let mut rest = s.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out: Vec<String> = Vec::new();
                let mut rest = s.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map(|i| i + 1).unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn affix(a: &[Value], prefix: bool) -> PyResult<Value> {
    let name = if prefix { "startswith" } else { "endswith" };
    check_method(name, a, 1, 3)?;
    let s = s_of(&a[0])?.as_str();
    let test = |p: &str| {
        if prefix {
            s.starts_with(p)
        } else {
            s.ends_with(p)
        }
    };
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                if let Value::Str(p) = p {
                    if test(p.as_str()) {
                        return Ok(Value::Bool(true));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            class_of(other).name
        ))),
    }
}
