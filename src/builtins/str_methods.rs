//! Methods of `str`, and string indexing/slicing by character (CPython semantics: indices
//! and search bounds count characters, not bytes).

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
            ("startswith", |vm, a, _| affix(vm, a, true)),
            ("endswith", |vm, a, _| affix(vm, a, false)),
            ("format", |vm, a, k| super::strfmt::str_format(vm, a, k)),
            ("format_map", |vm, a, k| {
                super::strfmt::str_format_map(vm, a, k)
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
        ],
    );
    install_more();
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

fn affix(vm: &mut Vm, a: &[Value], prefix: bool) -> PyResult<Value> {
    let name = if prefix { "startswith" } else { "endswith" };
    check_method(name, a, 1, 3)?;
    let whole = s_of(&a[0])?.clone();
    let len = whole.char_len();
    let (st, en) = search_range(vm, a, len)?;
    if st > len {
        return Ok(Value::Bool(false));
    }
    let s = if st > en {
        None
    } else {
        Some(&whole.as_str()[whole.byte_offset(st)..whole.byte_offset(en)])
    };
    let test = |p: &str| match s {
        // CPython: an empty slice past start matches only an empty affix when start <= len.
        None => false,
        Some(s) => {
            if prefix {
                s.starts_with(p)
            } else {
                s.ends_with(p)
            }
        }
    };
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            class_of(other).name
                        )))
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

// ---------------------------------------------------------------------------------------------
// Search, case, predicates, padding and the rest of `str`'s methods.

/// CPython's `Py_UNICODE_ISSPACE`.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

fn is_decimal_char(c: char) -> bool {
    if c.is_ascii_digit() {
        return true;
    }
    if !c.is_numeric() || (c as u32) < 0x100 {
        return false;
    }
    // Nd digits come in aligned runs of ten numeric characters.
    let n = c as u32;
    let base = (0..10).map(|k| n - k).find(|&b| {
        (b..b + 10).all(|x| char::from_u32(x).is_some_and(|ch| ch.is_numeric()))
            && char::from_u32(b.wrapping_sub(1)).is_none_or(|p| !p.is_numeric())
    });
    base.is_some()
        && !matches!(n, 0x2150..=0x218f | 0x2460..=0x24ff | 0x2070..=0x209f | 0x2776..=0x2793 | 0x3000..=0x33ff)
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

fn titlecase(c: char, out: &mut String) {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => out.push('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => out.push('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => out.push('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        _ => out.extend(c.to_uppercase()),
    }
}

fn lower_into(s: &str, out: &mut String) {
    out.push_str(&s.to_lowercase());
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            titlecase(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    if let Some(c) = it.next() {
        titlecase(c, &mut out);
        lower_into(it.as_str(), &mut out);
    }
    out
}

fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ if c.is_lowercase() && c.to_uppercase().count() > 1 => {
                for u in c.to_uppercase() {
                    out.extend(u.to_lowercase());
                }
            }
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| {
        c == '_'
            || c.is_alphanumeric()
            || c.is_numeric()
            || (c as u32 >= 0x300 && !c.is_whitespace() && !c.is_ascii())
    })
}

fn predicate(a: &[Value], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    check_method(name, a, 0, 0)?;
    Ok(Value::Bool(f(s_of(&a[0])?.as_str())))
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// CPython's slice-index adjustment for `start`/`end` arguments of search methods.
fn slice_bound(vm: &mut Vm, v: Option<&Value>, default: i64, len: i64) -> PyResult<i64> {
    let i = match v {
        None | Some(Value::None) => return Ok(default),
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        Some(other @ Value::Instance(_)) => vm.index_value(other)?,
        Some(_) => {
            return Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            ))
        }
    };
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
}

/// `(chars, start, end)` for `s.method(sub, start, end)`; `start` may exceed `end`.
fn search_range(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    // A start past the end stays past it (len + 1) so that "abc".find("", 5) is -1.
    let st = match a.get(2) {
        Some(Value::Int(i)) if *i > n => n + 1,
        v => slice_bound(vm, v, 0, n)?,
    };
    let en = slice_bound(vm, a.get(3), n, n)?;
    Ok((st as usize, en as usize))
}

fn sub_str(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            class_of(other).name
        ))),
    }
}

/// Finds `sub` in `s[start:end]` (char indices); returns the char index.
fn find_impl(vm: &mut Vm, a: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_method(name, a, 1, 3)?;
    let s = s_of(&a[0])?.clone();
    let sub = sub_str(&a[1])?;
    let len = s.char_len();
    let (st, en) = search_range(vm, a, len)?;
    if st > en || st > len {
        return Ok(None);
    }
    let bs = s.byte_offset(st);
    let be = s.byte_offset(en);
    let hay = &s.as_str()[bs..be];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| st + hay[..b].chars().count()))
}

fn count_impl(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    check_method("count", a, 1, 3)?;
    let s = s_of(&a[0])?.clone();
    let sub = sub_str(&a[1])?;
    let len = s.char_len();
    let (st, en) = search_range(vm, a, len)?;
    if st > en {
        return Ok(Value::Int(0));
    }
    let hay = &s.as_str()[s.byte_offset(st)..s.byte_offset(en)];
    Ok(Value::Int(if sub.is_empty() {
        (en - st) as i64 + 1
    } else {
        hay.matches(sub).count() as i64
    }))
}

fn width_arg(v: &Value) -> PyResult<usize> {
    Ok(super::args::int_arg(v)?.max(0) as usize)
}

fn pad(a: &[Value], name: &str) -> PyResult<Value> {
    check_method(name, a, 1, 2)?;
    let s = s_of(&a[0])?;
    let width = width_arg(&a[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be str, not {}",
                class_of(other).name
            )))
        }
    };
    let len = s.char_len();
    if len >= width {
        return Ok(a[0].clone());
    }
    let padn = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => padn,
        _ => padn / 2 + (padn & width & 1),
    };
    let mut out = String::with_capacity(s.as_str().len() + padn);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, padn - left));
    Ok(Value::string(out))
}

fn zfill(a: &[Value]) -> PyResult<Value> {
    check_method("zfill", a, 1, 1)?;
    let s = s_of(&a[0])?;
    let width = width_arg(&a[1])?;
    let len = s.char_len();
    if len >= width {
        return Ok(a[0].clone());
    }
    let st = s.as_str();
    let mut out = String::new();
    let body = if st.starts_with('+') || st.starts_with('-') {
        out.push_str(&st[..1]);
        &st[1..]
    } else {
        st
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(body);
    Ok(Value::string(out))
}

fn partition(a: &[Value], rev: bool) -> PyResult<Value> {
    check_method(if rev { "rpartition" } else { "partition" }, a, 1, 1)?;
    let s = s_of(&a[0])?.as_str();
    let sep = sub_str(&a[1])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn splitlines(a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    check_method("splitlines", a, 0, 1)?;
    super::args::allow_kw("splitlines", kw, &["keepends"])?;
    let keep = match super::args::arg_or_kw(&a[1..], 0, kw, "keepends") {
        Some(v) => super::args::int_arg(v)? != 0,
        None => false,
    };
    let s = s_of(&a[0])?.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(Value::str(if keep { &s[start..end] } else { &s[start..i] }));
        start = end;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn expandtabs(a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    check_method("expandtabs", a, 0, 1)?;
    let ts = match super::args::arg_or_kw(&a[1..], 0, kw, "tabsize") {
        Some(v) => super::args::int_arg(v)?,
        None => 8,
    };
    let s = s_of(&a[0])?.as_str();
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

pub(crate) fn norm_encoding(e: &str) -> String {
    e.to_ascii_lowercase().replace('_', "-")
}

pub(crate) fn encode(a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    check_method("encode", a, 0, 2)?;
    super::args::allow_kw("encode", kw, &["encoding", "errors"])?;
    let s = s_of(&a[0])?.as_str();
    let enc = match super::args::arg_or_kw(&a[1..], 0, kw, "encoding") {
        Some(v) => str_arg(v, "encode", 1)?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match super::args::arg_or_kw(&a[1..], 1, kw, "errors") {
        Some(v) => str_arg(v, "encode", 2)?.to_string(),
        None => "strict".into(),
    };
    let (limit, name) = match norm_encoding(&enc).as_str() {
        "utf-8" | "utf8" | "u8" => return Ok(Value::Bytes(Arc::new(s.as_bytes().to_vec()))),
        "ascii" | "us-ascii" => (0x80u32, "ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => (0x100u32, "latin-1"),
        _ => {
            return Err(PyErr::named(
                "LookupError",
                format!("unknown encoding: {enc}"),
            ))
        }
    };
    let mut out = Vec::new();
    for (pos, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(char_escape(n).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            _ => {
                // CPython always shows the character escaped (`'\xe9'`), never as its repr.
                return Err(PyErr::named(
                    "UnicodeEncodeError",
                    format!(
                        "'{name}' codec can't encode character '{}' in position {pos}: ordinal not in range({limit})",
                        char_escape(n)
                    ),
                ));
            }
        }
    }
    Ok(Value::Bytes(Arc::new(out)))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `n`, as CPython's encoders write it.
pub(crate) fn char_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

pub(crate) fn decode_bytes(b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    match norm_encoding(enc).as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) if errors == "strict" => {
                let pos = e.valid_up_to();
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if b[pos] >= 0x80 && b[pos] < 0xc2 || b[pos] > 0xf4 => {
                        "invalid start byte"
                    }
                    Some(_) => "invalid continuation byte",
                };
                Err(PyErr::named(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {reason}",
                        b[pos]
                    ),
                ))
            }
            Err(_) if errors == "ignore" => Ok(String::from_utf8_lossy(b).replace('\u{fffd}', "")),
            Err(_) => Ok(String::from_utf8_lossy(b).into_owned()),
        },
        "ascii" | "us-ascii" => {
            let mut out = String::new();
            for (pos, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else if errors == "ignore" {
                } else if errors == "replace" {
                    out.push('\u{fffd}');
                } else {
                    return Err(PyErr::named(
                        "UnicodeDecodeError",
                        format!("'ascii' codec can't decode byte 0x{c:02x} in position {pos}: ordinal not in range(128)"),
                    ));
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => Err(PyErr::named(
            "LookupError",
            format!("unknown encoding: {enc}"),
        )),
    }
}

fn maketrans(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    // Called as a static method: no self.
    super::args::check("maketrans", a, 1, 3)?;
    let d = crate::runtime::dict::Dict::new();
    if a.len() == 1 {
        let Value::Dict(src) = &a[0] else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().unwrap() as i64)
                }
                Value::Str(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                Value::Int(_) => k.clone(),
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            d.set(vm, key, v)?;
        }
    } else {
        let x = str_arg(&a[0], "maketrans", 1)?;
        let y = str_arg(&a[1], "maketrans", 2)?;
        if x.chars().count() != y.chars().count() {
            return Err(PyErr::value_error(
                "the first two maketrans arguments must have equal length",
            ));
        }
        for (c, r) in x.chars().zip(y.chars()) {
            d.set(vm, Value::Int(c as i64), Value::Int(r as i64))?;
        }
        if let Some(z) = a.get(2) {
            for c in str_arg(z, "maketrans", 3)?.chars() {
                d.set(vm, Value::Int(c as i64), Value::None)?;
            }
        }
    }
    Ok(Value::Dict(Arc::new(d)))
}

fn translate(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    check_method("translate", a, 1, 1)?;
    let s = s_of(&a[0])?.clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let r = match vm.getitem(&a[1], &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) => {
                let n = e.class().name.to_string();
                if n == "KeyError" || n == "IndexError" || n == "LookupError" {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        match r {
            Value::None => {}
            Value::Str(x) => out.push_str(x.as_str()),
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            _ => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::string(out))
}

fn affix_fix(a: &[Value], prefix: bool) -> PyResult<Value> {
    let name = if prefix {
        "removeprefix"
    } else {
        "removesuffix"
    };
    check_method(name, a, 1, 1)?;
    let s = s_of(&a[0])?.as_str();
    let p = str_arg(&a[1], name, 1)?;
    let r = if prefix {
        s.strip_prefix(p)
    } else {
        s.strip_suffix(p)
    };
    Ok(match r {
        Some(r) => Value::str(r),
        None => a[0].clone(),
    })
}

fn install_more() {
    let t = types();
    add_methods(
        &t.str_,
        "str",
        &[
            ("find", |vm, a, _| {
                Ok(Value::Int(
                    find_impl(vm, a, "find", false)?.map_or(-1, |i| i as i64),
                ))
            }),
            ("rfind", |vm, a, _| {
                Ok(Value::Int(
                    find_impl(vm, a, "rfind", true)?.map_or(-1, |i| i as i64),
                ))
            }),
            ("index", |vm, a, _| {
                match find_impl(vm, a, "index", false)? {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None => Err(PyErr::value_error("substring not found")),
                }
            }),
            ("rindex", |vm, a, _| {
                match find_impl(vm, a, "rindex", true)? {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None => Err(PyErr::value_error("substring not found")),
                }
            }),
            ("count", |vm, a, _| count_impl(vm, a)),
            ("capitalize", |_vm, a, _| {
                check_method("capitalize", a, 0, 0)?;
                Ok(Value::string(capitalize(s_of(&a[0])?.as_str())))
            }),
            ("title", |_vm, a, _| {
                check_method("title", a, 0, 0)?;
                Ok(Value::string(title(s_of(&a[0])?.as_str())))
            }),
            ("swapcase", |_vm, a, _| {
                check_method("swapcase", a, 0, 0)?;
                Ok(Value::string(swapcase(s_of(&a[0])?.as_str())))
            }),
            ("casefold", |_vm, a, _| {
                check_method("casefold", a, 0, 0)?;
                Ok(Value::string(casefold(s_of(&a[0])?.as_str())))
            }),
            ("isdigit", |_vm, a, _| {
                predicate(a, "isdigit", |s| all_nonempty(s, is_digit_char))
            }),
            ("isdecimal", |_vm, a, _| {
                predicate(a, "isdecimal", |s| all_nonempty(s, is_decimal_char))
            }),
            ("isnumeric", |_vm, a, _| {
                predicate(a, "isnumeric", |s| all_nonempty(s, |c| c.is_numeric()))
            }),
            ("isalpha", |_vm, a, _| {
                predicate(a, "isalpha", |s| all_nonempty(s, |c| c.is_alphabetic()))
            }),
            ("isalnum", |_vm, a, _| {
                predicate(a, "isalnum", |s| {
                    all_nonempty(s, |c| c.is_alphabetic() || c.is_numeric())
                })
            }),
            ("isspace", |_vm, a, _| {
                predicate(a, "isspace", |s| all_nonempty(s, is_py_space))
            }),
            ("isascii", |_vm, a, _| {
                predicate(a, "isascii", |s| s.is_ascii())
            }),
            ("isprintable", |_vm, a, _| {
                predicate(a, "isprintable", |s| {
                    s.chars().all(crate::runtime::format::is_printable)
                })
            }),
            ("isidentifier", |_vm, a, _| {
                predicate(a, "isidentifier", isidentifier)
            }),
            ("istitle", |_vm, a, _| predicate(a, "istitle", istitle)),
            ("isupper", |_vm, a, _| {
                predicate(a, "isupper", |s| {
                    s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())
                })
            }),
            ("islower", |_vm, a, _| {
                predicate(a, "islower", |s| {
                    s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())
                })
            }),
            ("center", |_vm, a, _| pad(a, "center")),
            ("ljust", |_vm, a, _| pad(a, "ljust")),
            ("rjust", |_vm, a, _| pad(a, "rjust")),
            ("zfill", |_vm, a, _| zfill(a)),
            ("partition", |_vm, a, _| partition(a, false)),
            ("rpartition", |_vm, a, _| partition(a, true)),
            ("splitlines", |_vm, a, k| splitlines(a, k)),
            ("expandtabs", |_vm, a, k| expandtabs(a, k)),
            ("encode", |_vm, a, k| encode(a, k)),
            ("removeprefix", |_vm, a, _| affix_fix(a, true)),
            ("removesuffix", |_vm, a, _| affix_fix(a, false)),
            ("translate", |vm, a, _| translate(vm, a)),
            ("__add__", |_vm, a, _| {
                check_method("__add__", a, 1, 1)?;
                let x = s_of(&a[0])?;
                match &a[1] {
                    Value::Str(y) => Ok(Value::string(format!("{}{}", x.as_str(), y.as_str()))),
                    other => Err(PyErr::type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        class_of(other).name
                    ))),
                }
            }),
            ("__mul__", |vm, a, _| {
                check_method("__mul__", a, 1, 1)?;
                let x = s_of(&a[0])?.clone();
                let n = vm.index_value(&a[1])?;
                Ok(Value::string(x.as_str().repeat(n.max(0) as usize)))
            }),
            ("__rmul__", |vm, a, _| {
                check_method("__rmul__", a, 1, 1)?;
                let x = s_of(&a[0])?.clone();
                let n = vm.index_value(&a[1])?;
                Ok(Value::string(x.as_str().repeat(n.max(0) as usize)))
            }),
            ("__mod__", |vm, a, _| {
                check_method("__mod__", a, 1, 1)?;
                super::strfmt::percent_format(vm, &a[0], &a[1])
            }),
            ("__format__", |vm, a, _| {
                check_method("__format__", a, 1, 1)?;
                let spec = str_arg(&a[1], "__format__", 1)?.to_string();
                let v = match &a[0] {
                    Value::Str(_) => a[0].clone(),
                    other => Value::string(vm.str(other)?),
                };
                Ok(Value::string(super::strfmt::format_value(vm, &v, &spec)?))
            }),
            ("maketrans", |vm, a, _| maketrans(vm, a)),
        ],
    );
    if let Some(f) = t.str_.dict.get_str("maketrans") {
        t.str_.dict.set_str(
            "maketrans",
            Value::native(super::objects::StaticMethod { func: f }),
        );
    }
    super::bytes_methods::install();
}
