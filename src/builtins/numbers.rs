//! `int`, `float` and `bool`: constructors (parsing strings with Python's rules), methods,
//! `round`, three-argument `pow`, and int-to-str with CPython's digit limit.

use super::args::{add_methods, check, check_method, kwarg, type_name, Kw};
use crate::runtime::num::{as_int, to_big};
use crate::runtime::types::types;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::atomic::Ordering;

pub fn install() {
    let t = types();
    add_methods(
        &t.int,
        "int",
        &[
            ("__new__", int_new),
            ("bit_length", |_vm, a, _| {
                let b = int_of(&a[0])?;
                Ok(Value::Int(b.bits() as i64))
            }),
            ("bit_count", |_vm, a, _| {
                let b = int_of(&a[0])?;
                Ok(Value::Int(b.magnitude().count_ones() as i64))
            }),
            ("conjugate", |_vm, a, _| Ok(to_int_or_float(&a[0]))),
            ("__index__", |_vm, a, _| Ok(to_int_or_float(&a[0]))),
            ("__int__", |_vm, a, _| Ok(to_int_or_float(&a[0]))),
            ("__float__", |_vm, a, _| {
                Ok(Value::Float(
                    int_of(&a[0])?.to_f64().unwrap_or(f64::INFINITY),
                ))
            }),
            ("__abs__", |_vm, a, _| {
                Ok(Value::from_bigint(int_of(&a[0])?.abs()))
            }),
            ("to_bytes", to_bytes),
            ("from_bytes", from_bytes),
            ("as_integer_ratio", |_vm, a, _| {
                Ok(Value::tuple(vec![to_int_or_float(&a[0]), Value::Int(1)]))
            }),
            ("is_integer", |_vm, _a, _| Ok(Value::Bool(true))),
        ],
    );
    // from_bytes is a classmethod.
    if let Some(f) = t.int.dict.get_str("from_bytes") {
        t.int.dict.set_str(
            "from_bytes",
            Value::native(super::objects::ClassMethod { func: f }),
        );
    }
    add_methods(
        &t.bool_,
        "bool",
        &[("__new__", |vm, a, _| {
            check("bool", &a[1..], 0, 1)?;
            match a.get(1) {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        })],
    );
    add_methods(
        &t.float,
        "float",
        &[
            ("__new__", float_new),
            ("is_integer", |_vm, a, _| {
                Ok(Value::Bool(
                    matches!(a[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0),
                ))
            }),
            ("conjugate", |_vm, a, _| Ok(a[0].clone())),
            ("__float__", |_vm, a, _| Ok(a[0].clone())),
            ("__int__", |_vm, a, _| float_to_int(float_of(&a[0]))),
            ("__abs__", |_vm, a, _| {
                Ok(Value::Float(float_of(&a[0]).abs()))
            }),
            ("hex", |_vm, a, _| {
                Ok(Value::string(float_hex(float_of(&a[0]))))
            }),
            ("as_integer_ratio", |_vm, a, _| {
                let f = float_of(&a[0]);
                let (n, d) = float_ratio(f)?;
                Ok(Value::tuple(vec![
                    Value::from_bigint(n),
                    Value::from_bigint(d),
                ]))
            }),
            ("__round__", |vm, a, k| round(vm, a, k)),
            ("__trunc__", |_vm, a, _| {
                float_to_int(float_of(&a[0]).trunc())
            }),
            ("__floor__", |_vm, a, _| {
                float_to_int(float_of(&a[0]).floor())
            }),
            ("__ceil__", |_vm, a, _| float_to_int(float_of(&a[0]).ceil())),
        ],
    );
    if let Some(f) = t.float.dict.get_str("fromhex") {
        let _ = f;
    }
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        _ => 0.0,
    }
}

fn int_of(v: &Value) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(to_big(&i)),
        None => Err(PyErr::type_error(format!(
            "descriptor requires an 'int' object but received '{}'",
            type_name(v)
        ))),
    }
}

/// An int value with bools turned into plain ints.
pub fn to_int_or_float(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

/// `int(float)` truncating toward zero.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(
        crate::numeric::mathfns::float_to_int(t).unwrap_or_default(),
    ))
}

/// Exact numerator/denominator of a finite float.
fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    Ok(crate::runtime::format::float_as_integer_ratio(f)?)
}

fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let mut m = format!("{mant:013x}");
    while m.len() > 1 && m.ends_with('0') {
        m.pop();
    }
    format!("{sign}0x{lead}.{m}p{}{e}", if e >= 0 { "+" } else { "" })
}

fn int_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &a[1..];
    check("int", args, 0, 2)?;
    let base = args.get(1).or_else(|| kwarg(kw, "base"));
    let Some(x) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = super::args::int_arg(b, "")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_int(vm, s.as_str(), b as u32);
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => parse_int(vm, s.as_str(), 10),
        Value::Bytes(b) => parse_int(vm, &String::from_utf8_lossy(b), 10),
        other => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_method(other, m, &[])? {
                    return Ok(r);
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(other)
            )))
        }
    }
}

fn parse_int(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    match crate::runtime::format::parse_int(s, base) {
        Some(b) => {
            let limit = vm.interp.int_max_str_digits.load(Ordering::Relaxed);
            if base == 10 && limit > 0 && s.trim().len() > limit + 1 && b.bits() > 64 {
                let digits = s.trim().trim_start_matches(['-', '+']).len();
                if digits > limit {
                    return Err(PyErr::value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            Ok(Value::from_bigint(b))
        }
        None => Err(PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::runtime::format::str_repr(s)
        ))),
    }
}

fn float_new(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let args = &a[1..];
    check("float", args, 0, 1)?;
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
        Value::Str(s) => match crate::runtime::format::parse_float(s.as_str()) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::runtime::format::str_repr(s.as_str())
            ))),
        },
        other => {
            if let Some(r) = vm.call_method(other, "__float__", &[])? {
                return Ok(r);
            }
            if let Some(r) = vm.call_method(other, "__index__", &[])? {
                return float_new(vm, &[Value::None, r], &[]);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(other)
            )))
        }
    }
}

/// `round(x[, ndigits])`.
pub fn round(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::allow_kw("round", kw, &["number", "ndigits"])?;
    let x = super::args::arg_or_kw(a, 0, kw, "number")
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = super::args::arg_or_kw(a, 1, kw, "ndigits").filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => {
                let r = f.round_ties_even();
                float_to_int(r)
            }
            Some(n) => {
                let n = vm.index_value(n)?;
                Ok(Value::Float(crate::runtime::format::float_round(*f, n)?))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match nd {
            None => Ok(to_int_or_float(x)),
            Some(n) => {
                let n = vm.index_value(n)?;
                if n >= 0 {
                    return Ok(to_int_or_float(x));
                }
                let v = int_of(x)?;
                let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
                let (q, r) = v.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::from_bigint(q * p))
            }
        },
        other => match vm.lookup_special(other, "__round__") {
            Some(m) => vm.call(&m, &nd.cloned().into_iter().collect::<Vec<_>>(), &[]),
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(other)
            ))),
        },
    }
}

/// `pow(base, exp, mod)` for ints.
pub fn pow_mod(_vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) = (as_int(base), as_int(exp), as_int(m)) else {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    let (b, e, md) = (to_big(&b), to_big(&e), to_big(&md));
    if md.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        match mod_inverse(&b, &md) {
            Some(inv) => inv,
            None => {
                return Err(PyErr::value_error(
                    "base is not invertible for the given modulus",
                ))
            }
        }
    } else {
        b
    };
    let r = base.modpow(&e.abs(), &md.abs());
    let r = if md.is_negative() && !r.is_zero() {
        r + &md
    } else {
        r
    };
    Ok(Value::from_bigint(r.mod_floor(&md)))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if g.gcd != BigInt::from(1) && g.gcd != BigInt::from(-1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `str(bigint)` honouring `sys.set_int_max_str_digits`.
pub fn bigint_to_string(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    let limit = vm.interp.int_max_str_digits.load(Ordering::Relaxed);
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

fn to_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = int_of(&a[0])?;
    let length = super::args::arg_or_kw(a, 1, kw, "length")
        .map(|l| vm.index_value(l))
        .transpose()?
        .unwrap_or(1);
    let big = match super::args::arg_or_kw(a, 2, kw, "byteorder") {
        Some(Value::Str(s)) => s.as_str() == "big",
        _ => true,
    };
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if v.is_negative() && !signed {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap_or(&1) == 0 {
        bytes.pop();
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        return Err(PyErr::overflow("int too big to convert"));
    }
    bytes.resize(length as usize, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::sync::Arc::new(bytes)))
}

fn from_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_method("from_bytes", a, 1, 2)?;
    let data: Vec<u8> = match &a[1] {
        Value::Bytes(b) => (**b).clone(),
        other => vm
            .collect(other)?
            .iter()
            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
            .collect(),
    };
    let big = match super::args::arg_or_kw(a, 2, kw, "byteorder") {
        Some(Value::Str(s)) => s.as_str() == "big",
        _ => true,
    };
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut d = data;
    if big {
        d.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &d)
    };
    Ok(Value::from_bigint(v))
}
