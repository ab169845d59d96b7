//! Methods of `bytes` and the `bytes(...)` constructor.

use super::args::{add_methods, check_method, str_arg};
use super::str_methods::{decode_bytes, encode};
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

fn b_of(v: &Value) -> PyResult<&Arc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            class_of(other).name
        ))),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(b))
}

/// A bytes-like argument.
fn b_arg(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(b.as_slice()),
        other => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_of(other).name
        ))),
    }
}

fn b_find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn bytes_new(vm: &mut Vm, a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    super::args::check("bytes", &a[1..], 0, 3)?;
    let src = super::args::arg_or_kw(&a[1..], 0, kw, "source");
    let enc = super::args::arg_or_kw(&a[1..], 1, kw, "encoding");
    let errors = super::args::arg_or_kw(&a[1..], 2, kw, "errors");
    match src {
        None => Ok(bytes_value(Vec::new())),
        Some(Value::Str(s)) => match enc {
            Some(e) => {
                let mut args = vec![Value::Str(s.clone()), e.clone()];
                if let Some(er) = errors {
                    args.push(er.clone());
                }
                encode(&args, &[])
            }
            None => Err(PyErr::type_error("string argument without an encoding")),
        },
        Some(_) if enc.is_some() => Err(PyErr::type_error("encoding without a string argument")),
        Some(Value::Bytes(b)) => Ok(Value::Bytes(b.clone())),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            Ok(bytes_value(vec![0; *n as usize]))
        }
        Some(v @ Value::Instance(_))
            if vm
                .call_method(v, "__bytes__", &[])
                .is_ok_and(|r| r.is_some()) =>
        {
            match vm.call_method(v, "__bytes__", &[])? {
                Some(r @ Value::Bytes(_)) => Ok(r),
                Some(other) => Err(PyErr::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    class_of(&other).name
                ))),
                None => Ok(bytes_value(Vec::new())),
            }
        }
        Some(v) => {
            let items = match vm.collect(v) {
                Ok(items) => items,
                Err(_) => {
                    return Err(PyErr::type_error(format!(
                        "cannot convert '{}' object to bytes",
                        class_of(v).name
                    )))
                }
            };
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = match it {
                    Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_value(it)?,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            class_of(other).name
                        )))
                    }
                };
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(bytes_value(out))
        }
    }
}

fn bytes_split(a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    check_method("split", a, 0, 2)?;
    let b = b_of(&a[0])?;
    let sep = super::args::arg_or_kw(&a[1..], 0, kw, "sep").filter(|v| !v.is_none());
    let maxsplit = match super::args::arg_or_kw(&a[1..], 1, kw, "maxsplit") {
        Some(v) => super::args::int_arg(v)?,
        None => -1,
    };
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let sep = b_arg(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut rest: &[u8] = b;
            while max > 0 {
                match b_find(rest, sep) {
                    Some(i) => {
                        out.push(bytes_value(rest[..i].to_vec()));
                        rest = &rest[i + sep.len()..];
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push(bytes_value(rest.to_vec()));
        }
        None => {
            let ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
            let mut i = 0;
            let n = b.len();
            loop {
                while i < n && ws(&b[i]) {
                    i += 1;
                }
                if i >= n {
                    break;
                }
                if max == 0 {
                    let mut e = n;
                    while e > i && ws(&b[e - 1]) {
                        e -= 1;
                    }
                    out.push(bytes_value(b[i..e].to_vec()));
                    break;
                }
                let st = i;
                while i < n && !ws(&b[i]) {
                    i += 1;
                }
                out.push(bytes_value(b[st..i].to_vec()));
                max = max.saturating_sub(1);
            }
        }
    }
    Ok(Value::list(out))
}

fn bytes_strip(a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    check_method("strip", a, 0, 1)?;
    let b = b_of(&a[0])?;
    let chars: Option<&[u8]> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(b_arg(v)?),
    };
    let pred = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => c.is_ascii_whitespace() || c == 0x0b,
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && pred(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && pred(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(bytes_value(b[s..e].to_vec()))
}

fn bytes_affix(a: &[Value], prefix: bool) -> PyResult<Value> {
    let name = if prefix { "startswith" } else { "endswith" };
    check_method(name, a, 1, 3)?;
    let b = b_of(&a[0])?;
    let test = |p: &[u8]| {
        if prefix {
            b.starts_with(p)
        } else {
            b.ends_with(p)
        }
    };
    match &a[1] {
        Value::Bytes(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                if test(b_arg(p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            class_of(other).name
        ))),
    }
}

fn bytes_hex(a: &[Value]) -> PyResult<Value> {
    check_method("hex", a, 0, 2)?;
    let b = b_of(&a[0])?;
    let sep = match a.get(1) {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(s)) => Some(String::from_utf8_lossy(s).into_owned()),
        _ => None,
    };
    let mut out = String::new();
    for (i, c) in b.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(Value::string(out))
}

fn bytes_fromhex(a: &[Value]) -> PyResult<Value> {
    check_method("fromhex", a, 1, 1)?;
    let s = str_arg(&a[1], "fromhex", 1)?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == ' ' {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), _) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
        i += 2;
    }
    Ok(bytes_value(out))
}

pub fn install() {
    let t = types();
    add_methods(
        &t.bytes,
        "bytes",
        &[
            ("__new__", bytes_new),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
            ("__mod__", |vm, a, _| {
                check_method("__mod__", a, 1, 1)?;
                b_of(&a[0])?;
                super::strfmt::bytes_percent_format(vm, &a[0], &a[1])
            }),
            ("__rmod__", |_vm, a, _| {
                check_method("__rmod__", a, 1, 1)?;
                b_of(&a[0])?;
                Ok(Value::NotImplemented)
            }),
            ("decode", |_vm, a, kw| {
                check_method("decode", a, 0, 2)?;
                let b = b_of(&a[0])?;
                let enc = match super::args::arg_or_kw(&a[1..], 0, kw, "encoding") {
                    Some(v) => str_arg(v, "decode", 1)?.to_string(),
                    None => "utf-8".into(),
                };
                let errors = match super::args::arg_or_kw(&a[1..], 1, kw, "errors") {
                    Some(v) => str_arg(v, "decode", 2)?.to_string(),
                    None => "strict".into(),
                };
                Ok(Value::string(decode_bytes(b, &enc, &errors)?))
            }),
            ("hex", |_vm, a, _| bytes_hex(a)),
            ("fromhex", |_vm, a, _| bytes_fromhex(a)),
            ("upper", |_vm, a, _| {
                Ok(bytes_value(b_of(&a[0])?.to_ascii_uppercase()))
            }),
            ("lower", |_vm, a, _| {
                Ok(bytes_value(b_of(&a[0])?.to_ascii_lowercase()))
            }),
            ("isalpha", |_vm, a, _| {
                let b = b_of(&a[0])?;
                Ok(Value::Bool(
                    !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()),
                ))
            }),
            ("isdigit", |_vm, a, _| {
                let b = b_of(&a[0])?;
                Ok(Value::Bool(
                    !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()),
                ))
            }),
            ("isalnum", |_vm, a, _| {
                let b = b_of(&a[0])?;
                Ok(Value::Bool(
                    !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()),
                ))
            }),
            ("isspace", |_vm, a, _| {
                let b = b_of(&a[0])?;
                Ok(Value::Bool(
                    !b.is_empty() && b.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b),
                ))
            }),
            ("startswith", |_vm, a, _| bytes_affix(a, true)),
            ("endswith", |_vm, a, _| bytes_affix(a, false)),
            ("split", |_vm, a, k| bytes_split(a, k)),
            ("strip", |_vm, a, _| bytes_strip(a, true, true)),
            ("lstrip", |_vm, a, _| bytes_strip(a, true, false)),
            ("rstrip", |_vm, a, _| bytes_strip(a, false, true)),
            ("find", |_vm, a, _| {
                check_method("find", a, 1, 1)?;
                let b = b_of(&a[0])?;
                let n: Vec<u8> = match &a[1] {
                    Value::Int(i) => vec![*i as u8],
                    v => b_arg(v)?.to_vec(),
                };
                Ok(Value::Int(b_find(b, &n).map_or(-1, |i| i as i64)))
            }),
            ("count", |_vm, a, _| {
                check_method("count", a, 1, 1)?;
                let b = b_of(&a[0])?;
                let n: Vec<u8> = match &a[1] {
                    Value::Int(i) => vec![*i as u8],
                    v => b_arg(v)?.to_vec(),
                };
                if n.is_empty() {
                    return Ok(Value::Int(b.len() as i64 + 1));
                }
                let mut c = 0;
                let mut rest: &[u8] = b;
                while let Some(i) = b_find(rest, &n) {
                    c += 1;
                    rest = &rest[i + n.len()..];
                }
                Ok(Value::Int(c))
            }),
            ("replace", |_vm, a, _| {
                check_method("replace", a, 2, 3)?;
                let b = b_of(&a[0])?;
                let old = b_arg(&a[1])?;
                let new = b_arg(&a[2])?;
                let mut count = match a.get(3) {
                    Some(v) => super::args::int_arg(v)?,
                    None => -1,
                };
                let mut out = Vec::new();
                let mut rest: &[u8] = b;
                if old.is_empty() {
                    for (i, c) in b.iter().enumerate() {
                        if count != 0 {
                            out.extend_from_slice(new);
                            count -= 1;
                        }
                        out.push(*c);
                        let _ = i;
                    }
                    if count != 0 {
                        out.extend_from_slice(new);
                    }
                    return Ok(bytes_value(out));
                }
                while count != 0 {
                    match b_find(rest, old) {
                        Some(i) => {
                            out.extend_from_slice(&rest[..i]);
                            out.extend_from_slice(new);
                            rest = &rest[i + old.len()..];
                            count -= 1;
                        }
                        None => break,
                    }
                }
                out.extend_from_slice(rest);
                Ok(bytes_value(out))
            }),
            ("join", |vm, a, _| {
                check_method("join", a, 1, 1)?;
                let sep = b_of(&a[0])?.clone();
                let items = vm.collect(&a[1])?;
                let mut out = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(&sep);
                    }
                    match it {
                        Value::Bytes(x) => out.extend_from_slice(x),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {} found",
                                class_of(other).name
                            )))
                        }
                    }
                }
                Ok(bytes_value(out))
            }),
        ],
    );
    if let Some(f) = t.bytes.dict.get_str("fromhex") {
        t.bytes.dict.set_str(
            "fromhex",
            Value::native(super::objects::ClassMethod { func: f }),
        );
    }
}
