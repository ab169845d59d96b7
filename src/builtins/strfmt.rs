//! Glue between runtime values and the formatting library: `format(value, spec)` (used by
//! f-strings, `format()` and `str.format`), `str % args` and `bytes % args`.

use crate::runtime::format::{
    check_conversion, format_float, format_i64, format_int, format_str, parse_format_spec,
    percent_char_from_int, percent_int_type_error, split_field_name, FieldKey, FieldPart, FmtPiece,
    FormatError, FormatStringParser, PercentArg, PercentArgs,
};
use crate::runtime::num::{as_int, to_big};
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) | Value::Native(_) => {
            if let Some(f) = class_of(v).lookup_str("__format__") {
                if !matches!(f, Value::Builtin(ref b) if b.owner == Some("object")) {
                    let r = vm.call(&f, &[v.clone(), Value::str(spec)], &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        _ => Err(PyErr::type_error("__format__ must return a str")),
                    };
                }
            }
            if spec.is_empty() {
                return vm.str(v);
            }
            Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                class_of(v).name
            )))
        }
        _ if spec.is_empty() => vm.str(v),
        Value::Bool(b) => Ok(format_i64(*b as i64, &parse_format_spec(spec, "bool")?)?),
        Value::Int(i) => Ok(format_i64(*i, &parse_format_spec(spec, "int")?)?),
        Value::BigInt(i) => Ok(format_int(i, &parse_format_spec(spec, "int")?)?),
        Value::Float(f) => Ok(format_float(*f, &parse_format_spec(spec, "float")?)?),
        Value::Str(s) => Ok(format_str(s.as_str(), &parse_format_spec(spec, "str")?)?),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            class_of(v).name
        ))),
    }
}

struct ValArgs<'a> {
    vm: &'a mut Vm,
    whole: Value,
    items: Option<Vec<Value>>,
    keyed: Vec<Value>,
    mapping: bool,
}

impl ValArgs<'_> {
    fn get(&self, a: PercentArg) -> Value {
        match a {
            PercentArg::Item(i) => self
                .items
                .as_ref()
                .map(|v| v[i].clone())
                .unwrap_or(Value::None),
            PercentArg::Whole => self.whole.clone(),
            PercentArg::Keyed(h) => self.keyed[h].clone(),
        }
    }
}

fn tname(v: &Value) -> String {
    class_of(v).name.to_string()
}

impl PercentArgs for ValArgs<'_> {
    type Error = PyErr;
    fn tuple_len(&self) -> Option<usize> {
        self.items.as_ref().map(|v| v.len())
    }
    fn is_mapping(&self) -> bool {
        self.mapping
    }
    fn lookup(&mut self, key: &str) -> PyResult<usize> {
        let v = self.vm.getitem(&self.whole.clone(), &Value::str(key))?;
        self.keyed.push(v);
        Ok(self.keyed.len() - 1)
    }
    fn str_of(&mut self, a: PercentArg) -> PyResult<String> {
        let v = self.get(a);
        self.vm.str(&v)
    }
    fn repr_of(&mut self, a: PercentArg) -> PyResult<String> {
        let v = self.get(a);
        self.vm.repr(&v)
    }
    fn ascii_of(&mut self, a: PercentArg) -> PyResult<String> {
        let v = self.get(a);
        let r = self.vm.repr(&v)?;
        Ok(super::functions::ascii_of(&r))
    }
    fn int_of(&mut self, a: PercentArg, conv: char) -> PyResult<BigInt> {
        let v = self.get(a);
        let index_only = matches!(conv, 'o' | 'x' | 'X');
        match &v {
            Value::Int(i) => Ok(BigInt::from(*i)),
            Value::Bool(b) => Ok(BigInt::from(*b as i64)),
            Value::BigInt(b) => Ok((**b).clone()),
            Value::Float(f) if !index_only => match super::numbers::float_to_int(*f)? {
                Value::Int(i) => Ok(BigInt::from(i)),
                Value::BigInt(b) => Ok((*b).clone()),
                _ => Ok(BigInt::from(0)),
            },
            Value::Instance(_) | Value::Native(_) => {
                let names: &[&str] = if index_only {
                    &["__index__"]
                } else {
                    &["__int__", "__index__"]
                };
                for m in names {
                    if let Some(r) = self.vm.call_method(&v, m, &[])? {
                        return match r {
                            Value::Int(i) => Ok(BigInt::from(i)),
                            Value::Bool(b) => Ok(BigInt::from(b as i64)),
                            Value::BigInt(b) => Ok((*b).clone()),
                            other => Err(PyErr::type_error(format!(
                                "{m} returned non-int (type {})",
                                tname(&other)
                            ))),
                        };
                    }
                }
                Err(percent_int_type_error(conv, &tname(&v)).into())
            }
            _ => Err(percent_int_type_error(conv, &tname(&v)).into()),
        }
    }
    fn float_of(&mut self, a: PercentArg) -> PyResult<f64> {
        let v = self.get(a);
        match &v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| PyErr::overflow("int too large to convert to float")),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(Value::Float(f)) = self.vm.call_method(&v, "__float__", &[])? {
                    return Ok(f);
                }
                if let Some(Value::Int(i)) = self.vm.call_method(&v, "__index__", &[])? {
                    return Ok(i as f64);
                }
                Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    tname(&v)
                )))
            }
            _ => Err(PyErr::type_error(format!(
                "must be real number, not {}",
                tname(&v)
            ))),
        }
    }
    fn char_of(&mut self, a: PercentArg) -> PyResult<char> {
        let v = self.get(a);
        match &v {
            Value::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap()),
            Value::Int(i) => Ok(percent_char_from_int(&BigInt::from(*i))?),
            Value::Bool(b) => Ok(percent_char_from_int(&BigInt::from(*b as i64))?),
            Value::BigInt(b) => Ok(percent_char_from_int(b)?),
            _ => Err(PyErr::type_error("%c requires int or char")),
        }
    }
    fn star_of(&mut self, a: PercentArg) -> PyResult<BigInt> {
        match self.get(a) {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(b as i64)),
            Value::BigInt(b) => Ok((*b).clone()),
            _ => Err(PyErr::type_error("* wants int")),
        }
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = match fmt {
        Value::Str(s) => s.clone(),
        _ => return Err(PyErr::type_error("format requires a str")),
    };
    let items = match args {
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    };
    let mapping = match args {
        Value::Tuple(_) | Value::Str(_) => false,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) => true,
        Value::Instance(_) => class_of(args).lookup_str("__getitem__").is_some(),
        _ => false,
    };
    let mut a = ValArgs {
        vm,
        whole: args.clone(),
        items,
        keyed: Vec::new(),
        mapping,
    };
    let out = crate::runtime::format::percent_format(f.as_str(), &mut a)?;
    Ok(Value::string(out))
}

#[derive(PartialEq, Clone, Copy)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Fmt<'a> {
    args: &'a [Value],
    kw: Option<super::args::Kw<'a>>,
    map: Option<&'a Value>,
    mode: Numbering,
    next: usize,
}

impl Fmt<'_> {
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let f = split_field_name(name)?;
        let mut obj = match f.first {
            FieldKey::Auto | FieldKey::Index(_) => {
                let idx = match f.first {
                    FieldKey::Auto => {
                        if self.mode == Numbering::Manual {
                            return Err(FormatError::value(
                                "cannot switch from manual field specification to automatic field numbering",
                            )
                            .into());
                        }
                        self.mode = Numbering::Auto;
                        self.next += 1;
                        self.next - 1
                    }
                    FieldKey::Index(n) => {
                        if self.mode == Numbering::Auto {
                            return Err(FormatError::value(
                                "cannot switch from automatic field numbering to manual field specification",
                            )
                            .into());
                        }
                        self.mode = Numbering::Manual;
                        n
                    }
                    _ => unreachable!(),
                };
                if self.map.is_some() {
                    return Err(PyErr::value_error(
                        "Format string contains positional fields",
                    ));
                }
                match self.args.get(idx) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(PyErr::index_error(format!(
                            "Replacement index {idx} out of range for positional args tuple"
                        )))
                    }
                }
            }
            FieldKey::Name(ref n) => {
                if let Some(m) = self.map {
                    vm.getitem(m, &Value::str(n))?
                } else {
                    match self
                        .kw
                        .and_then(|kw| kw.iter().find(|(k, _)| k.as_ref() == n.as_str()))
                    {
                        Some((_, v)) => v.clone(),
                        None => return Err(PyErr::key_error(Value::str(n))),
                    }
                }
            }
        };
        for part in f.rest {
            obj = match part {
                FieldPart::Attr(a) => vm.getattr_str(&obj, &a)?,
                FieldPart::Index(i) => vm.getitem(&obj, &Value::Int(i as i64))?,
                FieldPart::Key(k) => vm.getitem(&obj, &Value::str(&k))?,
            };
        }
        Ok(obj)
    }

    fn render(&mut self, vm: &mut Vm, s: &str, depth: i32) -> PyResult<String> {
        if depth < 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        for piece in FormatStringParser::new(s) {
            match piece? {
                FmtPiece::Literal(l) => out.push_str(&l),
                FmtPiece::Field {
                    name,
                    conversion,
                    spec,
                } => {
                    let mut obj = self.lookup(vm, &name)?;
                    if let Some(c) = conversion {
                        check_conversion(c)?;
                        let r = match c {
                            'r' => vm.repr(&obj)?,
                            's' => vm.str(&obj)?,
                            _ => super::functions::ascii_of(&vm.repr(&obj)?),
                        };
                        obj = Value::string(r);
                    }
                    let spec = if spec.contains('{') {
                        self.render(vm, &spec, depth - 1)?
                    } else {
                        spec
                    };
                    out.push_str(&format_value(vm, &obj, &spec)?);
                }
            }
        }
        Ok(out)
    }
}

fn self_str(a: &[Value], name: &str) -> PyResult<String> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            tname(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, a: &[Value], kw: super::args::Kw) -> PyResult<Value> {
    let s = self_str(a, "format")?;
    let mut f = Fmt {
        args: &a[1..],
        kw: Some(kw),
        map: None,
        mode: Numbering::Unset,
        next: 0,
    };
    Ok(Value::string(f.render(vm, &s, 2)?))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, a: &[Value], _kw: super::args::Kw) -> PyResult<Value> {
    let s = self_str(a, "format_map")?;
    super::args::check_method("format_map", a, 1, 1)?;
    let mut f = Fmt {
        args: &[],
        kw: None,
        map: Some(&a[1]),
        mode: Numbering::Unset,
        next: 0,
    };
    Ok(Value::string(f.render(vm, &s, 2)?))
}

/// `bytes % args`: the str engine run on the format decoded as Latin-1 (one char per byte), with
/// bytes' own conversions (`%s`/`%b` take bytes-like objects, `%c` a byte, `%r` is `%a`) and
/// bytes keys for `%(key)s`.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Value::Bytes(f) = fmt else {
        return Err(PyErr::type_error("format requires bytes"));
    };
    let items = match args {
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    };
    let mapping = match args {
        Value::Tuple(_) | Value::Bytes(_) => false,
        Value::Dict(_) | Value::List(_) | Value::Str(_) => true,
        Value::Instance(_) => class_of(args).lookup_str("__getitem__").is_some(),
        _ => false,
    };
    let mut a = BytesArgs(ValArgs {
        vm,
        whole: args.clone(),
        items,
        keyed: Vec::new(),
        mapping,
    });
    let text = latin1_format(f);
    match crate::runtime::format::percent_format(&text, &mut a) {
        Ok(out) => Ok(Value::Bytes(std::sync::Arc::new(
            out.chars().map(|c| c as u32 as u8).collect(),
        ))),
        Err(BytesFmtErr::Py(e)) => Err(e),
        Err(BytesFmtErr::Fmt(mut e)) => {
            if e.message == "not all arguments converted during string formatting" {
                e.message = "not all arguments converted during bytes formatting".into();
            }
            Err(e.into())
        }
    }
}

/// The format as Latin-1 text, with the `%b` conversion spelled `%s` (the engine's name for it).
fn latin1_format(f: &[u8]) -> String {
    let mut cs: Vec<char> = f.iter().map(|&b| b as char).collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if cs.get(i) == Some(&'(') {
            let mut depth = 0;
            while i < cs.len() {
                match cs[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0' | '1'..='9' | '*' | '.') {
            i += 1;
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if cs.get(i) == Some(&'b') {
            cs[i] = 's';
        }
        i += 1;
    }
    cs.into_iter().collect()
}

enum BytesFmtErr {
    Py(PyErr),
    Fmt(FormatError),
}

impl From<FormatError> for BytesFmtErr {
    fn from(e: FormatError) -> Self {
        BytesFmtErr::Fmt(e)
    }
}

impl From<PyErr> for BytesFmtErr {
    fn from(e: PyErr) -> Self {
        BytesFmtErr::Py(e)
    }
}

struct BytesArgs<'a>(ValArgs<'a>);

impl BytesArgs<'_> {
    /// The bytes of a `%s`/`%b` argument, as Latin-1 text.
    fn bytes_of(&mut self, a: PercentArg) -> PyResult<String> {
        let v = self.0.get(a);
        let b = match &v {
            Value::Bytes(b) => b.clone(),
            _ if matches!(&*class_of(&v).name, "bytearray" | "memoryview") => {
                match self.0.vm.call(
                    &Value::Class(types().bytes.clone()),
                    std::slice::from_ref(&v),
                    &[],
                )? {
                    Value::Bytes(b) => b,
                    _ => return Err(bytes_type_error(&v)),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                match self.0.vm.call_method(&v, "__bytes__", &[])? {
                    Some(Value::Bytes(b)) => b,
                    Some(other) => {
                        return Err(PyErr::type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            tname(&other)
                        )))
                    }
                    None => return Err(bytes_type_error(&v)),
                }
            }
            _ => return Err(bytes_type_error(&v)),
        };
        Ok(b.iter().map(|&c| c as char).collect())
    }
}

fn bytes_type_error(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        tname(v)
    ))
}

impl PercentArgs for BytesArgs<'_> {
    type Error = BytesFmtErr;
    fn tuple_len(&self) -> Option<usize> {
        self.0.tuple_len()
    }
    fn is_mapping(&self) -> bool {
        self.0.mapping
    }
    fn lookup(&mut self, key: &str) -> Result<usize, BytesFmtErr> {
        let k = Value::Bytes(std::sync::Arc::new(
            key.chars().map(|c| c as u32 as u8).collect(),
        ));
        let v = self.0.vm.getitem(&self.0.whole.clone(), &k)?;
        self.0.keyed.push(v);
        Ok(self.0.keyed.len() - 1)
    }
    fn str_of(&mut self, a: PercentArg) -> Result<String, BytesFmtErr> {
        Ok(self.bytes_of(a)?)
    }
    fn repr_of(&mut self, a: PercentArg) -> Result<String, BytesFmtErr> {
        Ok(self.0.ascii_of(a)?)
    }
    fn ascii_of(&mut self, a: PercentArg) -> Result<String, BytesFmtErr> {
        Ok(self.0.ascii_of(a)?)
    }
    fn int_of(&mut self, a: PercentArg, conv: char) -> Result<BigInt, BytesFmtErr> {
        Ok(self.0.int_of(a, conv)?)
    }
    fn float_of(&mut self, a: PercentArg) -> Result<f64, BytesFmtErr> {
        Ok(self.0.float_of(a)?)
    }
    fn char_of(&mut self, a: PercentArg) -> Result<char, BytesFmtErr> {
        let v = self.0.get(a);
        let bad = || PyErr::type_error("%c requires an integer in range(256) or a single byte");
        match &v {
            Value::Bytes(b) if b.len() == 1 => Ok(b[0] as char),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                match as_int(&v).map(|i| to_big(&i)).and_then(|b| b.to_u8()) {
                    Some(c) => Ok(c as char),
                    None => Err(PyErr::overflow("%c arg not in range(256)").into()),
                }
            }
            _ => Err(bad().into()),
        }
    }
    fn star_of(&mut self, a: PercentArg) -> Result<BigInt, BytesFmtErr> {
        Ok(self.0.star_of(a)?)
    }
}
