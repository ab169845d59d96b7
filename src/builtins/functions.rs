//! The built-in functions (`print`, `len`, `sorted`, `isinstance`, ...) with CPython's argument
//! handling and error messages.

use super::args::{add_functions, allow_kw, check, kwarg, no_kw, str_arg, type_name, Kw};
use super::iters::{CallableIter, Enumerate, Filter, Map, Reversed, Zip};
use crate::lock::Mutex;
use crate::runtime::func::Builtin;
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::{Arc, OnceLock};

pub fn install(b: &crate::runtime::dict::Dict) {
    add_functions(
        b,
        &[
            ("print", print),
            ("len", |vm, a, k| {
                no_kw("len", k)?;
                check("len", a, 1, 1)?;
                Ok(Value::Int(vm.len(&a[0])? as i64))
            }),
            ("repr", |vm, a, _| {
                check("repr", a, 1, 1)?;
                Ok(Value::string(vm.repr(&a[0])?))
            }),
            ("ascii", |vm, a, _| {
                check("ascii", a, 1, 1)?;
                Ok(Value::string(ascii_of(&vm.repr(&a[0])?)))
            }),
            ("abs", abs),
            ("min", |vm, a, k| min_max(vm, a, k, "min")),
            ("max", |vm, a, k| min_max(vm, a, k, "max")),
            ("sum", sum),
            ("sorted", sorted),
            ("reversed", reversed),
            ("enumerate", |vm, a, k| {
                allow_kw("enumerate", k, &["start", "iterable"])?;
                let it = super::args::arg_or_kw(a, 0, k, "iterable").ok_or_else(|| {
                    PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)")
                })?;
                let start = super::args::arg_or_kw(a, 1, k, "start")
                    .cloned()
                    .unwrap_or(Value::Int(0));
                if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(&start)
                    )));
                }
                let it = vm.iter(it)?;
                Ok(Value::native(Enumerate {
                    it,
                    count: Mutex::new(start),
                }))
            }),
            ("zip", |vm, a, k| {
                allow_kw("zip", k, &["strict"])?;
                let strict = match kwarg(k, "strict") {
                    Some(v) => vm.truthy(v)?,
                    None => false,
                };
                let mut its = Vec::with_capacity(a.len());
                for x in a {
                    its.push(vm.iter(x)?);
                }
                Ok(Value::native(Zip { its, strict }))
            }),
            ("map", |vm, a, _| {
                if a.len() < 2 {
                    return Err(PyErr::type_error("map() must have at least two arguments."));
                }
                let mut its = Vec::new();
                for x in &a[1..] {
                    its.push(vm.iter(x)?);
                }
                Ok(Value::native(Map {
                    func: a[0].clone(),
                    its,
                }))
            }),
            ("filter", |vm, a, _| {
                check("filter", a, 2, 2)?;
                let it = vm.iter(&a[1])?;
                Ok(Value::native(Filter {
                    func: a[0].clone(),
                    it,
                }))
            }),
            ("any", |vm, a, _| {
                check("any", a, 1, 1)?;
                let it = vm.iter(&a[0])?;
                while let Some(v) = vm.next(&it)? {
                    if vm.truthy(&v)? {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }),
            ("all", |vm, a, _| {
                check("all", a, 1, 1)?;
                let it = vm.iter(&a[0])?;
                while let Some(v) = vm.next(&it)? {
                    if !vm.truthy(&v)? {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            }),
            ("isinstance", |_, a, _| {
                check("isinstance", a, 2, 2)?;
                Ok(Value::Bool(isinstance(&a[0], &a[1])?))
            }),
            ("issubclass", |_, a, _| {
                check("issubclass", a, 2, 2)?;
                let Value::Class(c) = &a[0] else {
                    return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
                };
                Ok(Value::Bool(class_matches(c, &a[1], "issubclass")?))
            }),
            ("hasattr", |vm, a, _| {
                check("hasattr", a, 2, 2)?;
                let name = str_arg(&a[1], "hasattr", 2)
                    .map_err(|_| PyErr::type_error("attribute name must be string"))?
                    .to_string();
                match vm.getattr_str(&a[0], &name) {
                    Ok(_) => Ok(Value::Bool(true)),
                    Err(e) if e.is_instance(&types().attribute_error) => Ok(Value::Bool(false)),
                    Err(e) => Err(e),
                }
            }),
            ("getattr", |vm, a, _| {
                check("getattr", a, 2, 3)?;
                let name = str_arg(&a[1], "getattr", 2)
                    .map_err(|_| PyErr::type_error("attribute name must be string"))?
                    .to_string();
                match vm.getattr_str(&a[0], &name) {
                    Ok(v) => Ok(v),
                    Err(e) if a.len() == 3 && e.is_instance(&types().attribute_error) => {
                        Ok(a[2].clone())
                    }
                    Err(e) => Err(e),
                }
            }),
            ("setattr", |vm, a, _| {
                check("setattr", a, 3, 3)?;
                let name = str_arg(&a[1], "setattr", 2)
                    .map_err(|_| PyErr::type_error("attribute name must be string"))?
                    .to_string();
                vm.setattr(&a[0], &crate::runtime::str::intern(&name), a[2].clone())?;
                Ok(Value::None)
            }),
            ("delattr", |vm, a, _| {
                check("delattr", a, 2, 2)?;
                let name = str_arg(&a[1], "delattr", 2)?.to_string();
                vm.delattr(&a[0], &crate::runtime::str::PyStr::new(&name))?;
                Ok(Value::None)
            }),
            ("id", |_vm, a, _| {
                check("id", a, 1, 1)?;
                Ok(Value::Int(match &a[0] {
                    Value::Int(i) => 0x7f00_0000_0000 + i.wrapping_mul(32),
                    v => v.ptr().unwrap_or(
                        0x7f00_0000_1000 + crate::vm::protocol::identity_hash(v) as usize,
                    ) as i64,
                }))
            }),
            ("hash", |vm, a, _| {
                check("hash", a, 1, 1)?;
                Ok(Value::Int(vm.hash(&a[0])?))
            }),
            ("callable", |_vm, a, _| {
                check("callable", a, 1, 1)?;
                Ok(Value::Bool(is_callable(&a[0])))
            }),
            ("iter", |vm, a, _| {
                check("iter", a, 1, 2)?;
                if a.len() == 2 {
                    return Ok(Value::native(CallableIter {
                        func: a[0].clone(),
                        sentinel: a[1].clone(),
                        done: Mutex::new(false),
                    }));
                }
                vm.iter(&a[0])
            }),
            ("next", |vm, a, _| {
                check("next", a, 1, 2)?;
                if !is_iterator(&a[0]) {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(&a[0])
                    )));
                }
                if let Some(g) = a[0].downcast::<crate::vm::generator::Generator>() {
                    return match g.resume(vm, Value::None, None)? {
                        Ok(v) => Ok(v),
                        Err(r) => match a.get(1) {
                            Some(d) => Ok(d.clone()),
                            None => Err(PyErr::stop_iteration(if r.is_none() {
                                None
                            } else {
                                Some(r)
                            })),
                        },
                    };
                }
                match vm.next(&a[0])? {
                    Some(v) => Ok(v),
                    None => match a.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(PyErr::stop_iteration(None)),
                    },
                }
            }),
            ("divmod", |vm, a, _| {
                check("divmod", a, 2, 2)?;
                // A user class's __divmod__ / reflected __rdivmod__ wins, as in CPython.
                for (x, y, name) in [(&a[0], &a[1], "__divmod__"), (&a[1], &a[0], "__rdivmod__")] {
                    if matches!(x, Value::Instance(_)) {
                        if let Some(r) = vm.call_method(x, name, std::slice::from_ref(y))? {
                            if !matches!(r, Value::NotImplemented) {
                                return Ok(r);
                            }
                        }
                    }
                }
                let q = vm
                    .binary_op(&a[0], &a[1], crate::syntax::ast::BinOp::FloorDiv)
                    .map_err(divmod_type_error)?;
                let r = vm.binary_op(&a[0], &a[1], crate::syntax::ast::BinOp::Mod)?;
                Ok(Value::tuple(vec![q, r]))
            }),
            ("pow", |vm, a, k| {
                allow_kw("pow", k, &["base", "exp", "mod"])?;
                let base = super::args::arg_or_kw(a, 0, k, "base")
                    .cloned()
                    .unwrap_or(Value::None);
                let exp = super::args::arg_or_kw(a, 1, k, "exp")
                    .cloned()
                    .unwrap_or(Value::None);
                match super::args::arg_or_kw(a, 2, k, "mod") {
                    Some(m) if !m.is_none() => super::numbers::pow_mod(vm, &base, &exp, m),
                    _ => vm.binary_op(&base, &exp, crate::syntax::ast::BinOp::Pow),
                }
            }),
            ("round", super::numbers::round),
            ("chr", |_vm, a, _| {
                check("chr", a, 1, 1)?;
                let i = super::args::int_arg(&a[0])?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => Ok(Value::string(c.to_string())),
                    None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
                }
            }),
            ("ord", |_vm, a, _| {
                check("ord", a, 1, 1)?;
                match &a[0] {
                    Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(
                        s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
                    )),
                    Value::Str(s) => Err(PyErr::type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.char_len()
                    ))),
                    Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
                    other => Err(PyErr::type_error(format!(
                        "ord() expected string of length 1, but {} found",
                        type_name(other)
                    ))),
                }
            }),
            ("hex", |vm, a, _| int_base(vm, a, 16, "hex")),
            ("oct", |vm, a, _| int_base(vm, a, 8, "oct")),
            ("bin", |vm, a, _| int_base(vm, a, 2, "bin")),
            ("format", |vm, a, _| {
                check("format", a, 1, 2)?;
                let spec = match a.get(1) {
                    Some(s) => str_arg(s, "format", 2)?.to_string(),
                    None => String::new(),
                };
                Ok(Value::string(vm.format(&a[0], &spec)?))
            }),
            ("input", input),
            ("vars", |vm, a, _| {
                check("vars", a, 1, 1)?;
                match vm.getattr_str(&a[0], "__dict__") {
                    Ok(d) => Ok(d),
                    Err(_) => Err(PyErr::type_error(
                        "vars() argument must have __dict__ attribute",
                    )),
                }
            }),
            ("dir", dir),
            ("__build_class__", |vm, a, k| vm.build_class(a, k)),
            ("__import__", |vm, a, _| {
                check("__import__", a, 1, 5)?;
                let name = str_arg(&a[0], "__import__", 1)?.to_string();
                let m = vm.import_module(&name)?;
                let top = name.split('.').next().unwrap_or(&name).to_string();
                if a.get(3).is_some_and(|f| !f.is_none()) {
                    return Ok(m);
                }
                vm.import_module(&top)
            }),
            ("exit", sys_exit),
            ("quit", sys_exit),
            ("open", super::file::open),
            ("eval", super::exec::eval),
            ("exec", super::exec::exec),
            ("globals", super::exec::globals),
            ("locals", super::exec::locals),
        ],
    );
}

/// `sys.exit([code])` / `exit()`.
pub fn sys_exit(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    Err(PyErr::with_args(&types().system_exit, a.to_vec()))
}

/// The `__build_class__` builtin value (for `LoadBuildClass`).
pub fn build_class_builtin() -> Value {
    static B: OnceLock<Value> = OnceLock::new();
    B.get_or_init(|| {
        Value::Builtin(Arc::new(Builtin::new("__build_class__", |vm, a, k| {
            vm.build_class(a, k)
        })))
    })
    .clone()
}

/// CPython's `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Native(n) => n.is_iterator() || n.class().lookup_str("__next__").is_some(),
        Value::Instance(i) => i.class().lookup_str("__next__").is_some(),
        _ => false,
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // print() is argument-clinic parsed in CPython 3.11, hence its own wording.
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !["sep", "end", "file", "flush"].contains(&k.as_ref()))
    {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for print()"
        )));
    }
    let get_str = |key: &str, default: &str| -> PyResult<String> {
        match kwarg(kw, key) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(PyErr::type_error(format!(
                "{key} must be None or a string, not {}",
                type_name(other)
            ))),
        }
    };
    let sep = get_str("sep", " ")?;
    let end = get_str("end", "\n")?;
    if let Some(f) = kwarg(kw, "file").filter(|f| !matches!(f, Value::None)) {
        // A file object sees one write() per piece, as CPython's print does.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                super::io::write_obj(vm, f, &sep)?;
            }
            let s = vm.str(a)?;
            super::io::write_obj(vm, f, &s)?;
        }
        super::io::write_obj(vm, f, &end)?;
        if let Some(fl) = kwarg(kw, "flush") {
            if vm.truthy(fl)? {
                let flush = vm.getattr_str(f, "flush")?;
                vm.call(&flush, &[], &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            other => out.push_str(&vm.str(other)?),
        }
    }
    out.push_str(&end);
    match kwarg(kw, "file") {
        None | Some(Value::None) => super::io::write_stdout(vm, &out)?,
        Some(f) => super::io::write_obj(vm, f, &out)?,
    }
    if let Some(f) = kwarg(kw, "flush") {
        if vm.truthy(f)? {
            super::io::flush_stdout();
        }
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        super::io::write_stdout(vm, &s)?;
    }
    super::io::flush_stdout();
    let mut line = String::new();
    let read = crate::gil::allow_threads(|| std::io::stdin().read_line(&mut line));
    match read {
        Ok(0) => Err(PyErr::named("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::os_error(e.to_string())),
    }
}

fn abs(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("abs", a, 1, 1)?;
    Ok(match &a[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(num_traits::Signed::abs(&**b)),
        Value::Float(f) => Value::Float(f.abs()),
        other => match vm.call_method(other, "__abs__", &[])? {
            Some(v) => v,
            None => {
                if let Some(c) = other.downcast::<crate::runtime::complex::Complex>() {
                    return Ok(Value::Float(c.re.hypot(c.im)));
                }
                return Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(other)
                )));
            }
        },
    })
}

fn min_max(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    allow_kw(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    let items = match a.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&a[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            a.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, std::slice::from_ref(&best), &[])?,
        None => best.clone(),
    };
    for item in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = if name == "min" {
            vm.lt(&k, &best_key)?
        } else {
            vm.lt(&best_key, &k)?
        };
        if better {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn sum(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    allow_kw("sum", kw, &["start"])?;
    check("sum", a, 1, 2)?;
    let mut acc = a
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.iter(&a[0])?;
    // Exact float summation is not what CPython does for sum(); it adds left to right.
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, crate::syntax::ast::BinOp::Add)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check("sorted", a, 1, 1)?;
    let items = vm.collect(&a[0])?;
    let l = Arc::new(crate::runtime::list::List::new(items));
    super::list_methods::sort_list(vm, &l, kw)?;
    Ok(Value::List(l))
}

fn reversed(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    check("reversed", a, 1, 1)?;
    let v = &a[0];
    if let Some(m) = vm.lookup_special(v, "__reversed__") {
        return vm.call(&m, &[], &[]);
    }
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Native(_)
        | Value::Instance(_) => {
            if let Value::Dict(_) = v {
                unreachable!()
            }
            let n = vm.len(v).map_err(|_| {
                PyErr::type_error(format!("'{}' object is not reversible", type_name(v)))
            })?;
            Ok(Value::native(Reversed {
                seq: v.clone(),
                pos: Mutex::new(n as i64 - 1),
            }))
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            vm.iter(&Value::list(keys))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not reversible",
            type_name(v)
        ))),
    }
}

/// `isinstance(obj, cls_or_tuple)`.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    let oc = class_of(obj);
    class_matches(&oc, cls, "isinstance")
}

fn class_matches(
    c: &Arc<crate::runtime::class::Class>,
    cls: &Value,
    fname: &str,
) -> PyResult<bool> {
    match cls {
        Value::Class(k) => Ok(c.is_subclass(k)),
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if class_matches(c, x, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn int_base(vm: &mut Vm, a: &[Value], base: u32, name: &str) -> PyResult<Value> {
    check(name, a, 1, 1)?;
    // Ints convert directly; other objects through `__index__`.
    let b = match crate::runtime::num::as_int(&a[0]) {
        Some(i) => crate::runtime::num::to_big(&i),
        None => num_bigint::BigInt::from(vm.index_value(&a[0])?),
    };
    Ok(Value::string(crate::runtime::format::int_to_base(
        &b, base, true,
    )))
}

fn dir(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    check("dir", a, 0, 1)?;
    let Some(obj) = a.first() else {
        return Ok(Value::list(vec![]));
    };
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::runtime::dict::Dict| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    };
    match obj {
        Value::Module(m) => add_dict(&m.dict),
        Value::Class(c) => {
            for k in c.full_mro() {
                add_dict(&k.dict);
            }
        }
        Value::Instance(i) => {
            add_dict(&i.dict);
            for k in i.class().full_mro() {
                add_dict(&k.dict);
            }
        }
        other => {
            for k in class_of(other).full_mro() {
                add_dict(&k.dict);
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = vm;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class().lookup_str("__call__").is_some(),
        Value::Native(n) => {
            n.class().lookup_str("__call__").is_some()
                || v.downcast::<super::objects::StaticMethod>().is_some()
        }
        _ => false,
    }
}

/// CPython names `divmod()` in the operand TypeError, not the `//` it is computed with here.
fn divmod_type_error(e: PyErr) -> PyErr {
    let tail = match e.args().first() {
        Some(Value::Str(m)) if e.is_instance(&types().type_error) => m
            .as_str()
            .strip_prefix("unsupported operand type(s) for //: ")
            .map(str::to_owned),
        _ => None,
    };
    match tail {
        Some(t) => PyErr::type_error(format!("unsupported operand type(s) for divmod(): {t}")),
        None => e,
    }
}
