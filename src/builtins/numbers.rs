//! `int`, `float` and `bool`: constructors (parsing strings with Python's rules), methods,
//! `round`, three-argument `pow`, and int-to-str with CPython's digit limit.

use super::args::{add_methods, check, check_method, kwarg, type_name, Kw};
use crate::compiler::bytecode::{CmpKind, UnaryKind};
use crate::runtime::class::payload_of;
use crate::runtime::func::NativeFn;
use crate::runtime::num::{as_int, to_big};
use crate::runtime::types::types;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
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
    add_methods(&t.float, "float", &[("fromhex", float_fromhex)]);
    if let Some(f) = t.float.dict.get_str("fromhex") {
        t.float.dict.set_str(
            "fromhex",
            Value::native(super::objects::ClassMethod { func: f }),
        );
    }
    install_dunders();
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Native(n) => n.as_f64().unwrap_or(0.0),
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
    // CPython always prints all 13 hex digits of the mantissa (no trailing-zero stripping).
    let m = format!("{mant:013x}");
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
        let b = super::args::int_arg(b)?;
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

/// First code points of the Unicode (14.0) `Nd` blocks beyond ASCII: each block is ten
/// consecutive digits with values 0..=9.
const ND_STARTS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a non-ASCII Unicode digit (`unicodedata.decimal`).
fn unicode_decimal(c: char) -> Option<u32> {
    let c = c as u32;
    let i = ND_STARTS.partition_point(|&s| s <= c).checked_sub(1)?;
    let d = c - ND_STARTS[i];
    (d < 10).then_some(d)
}

/// `s` with Unicode decimal digits replaced by ASCII ones, as int() and float() read them.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return s.into();
    }
    s.chars()
        .map(|c| match unicode_decimal(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect::<String>()
        .into()
}

fn parse_int(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    match crate::runtime::format::parse_int(&ascii_digits(s), base) {
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
        Value::Str(s) => match crate::runtime::format::parse_float(&ascii_digits(s.as_str())) {
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

// ---------------------------------------------------------------------------------------------
// Numeric special methods (`(5).__add__(3)`, `float.__lt__`...). Each checks its operands the
// way CPython's slot does (int methods take ints only; float methods take floats and ints) and
// returns NotImplemented otherwise; the arithmetic itself is the VM's.

/// Which type a special method belongs to: it decides the accepted operands.
#[derive(Clone, Copy, PartialEq)]
enum Num {
    Int,
    Float,
    Bool,
}

impl Num {
    fn name(self) -> &'static str {
        match self {
            Num::Int => "int",
            Num::Float => "float",
            Num::Bool => "bool",
        }
    }
    /// Whether `v` is an operand this type's methods handle.
    fn accepts(self, v: &Value) -> bool {
        matches!(
            (self, v),
            (_, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) | (Num::Float, Value::Float(_))
        )
    }
}

const BINOPS: [BinOp; 12] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitAnd,
    BinOp::BitOr,
    BinOp::BitXor,
];
const CMPS: [(CmpKind, &str); 6] = [
    (CmpKind::Eq, "__eq__"),
    (CmpKind::Ne, "__ne__"),
    (CmpKind::Lt, "__lt__"),
    (CmpKind::Le, "__le__"),
    (CmpKind::Gt, "__gt__"),
    (CmpKind::Ge, "__ge__"),
];
const KINDS: [Num; 3] = [Num::Int, Num::Float, Num::Bool];

/// A built-in value inside a user subclass instance is used as itself.
fn operand(v: &Value) -> &Value {
    payload_of(v).unwrap_or(v)
}

/// `self` of a `K` method, or CPython's descriptor TypeError.
fn self_of(k: Num, a: &[Value], name: &str) -> PyResult<Value> {
    let Some(s) = a.first() else {
        return Err(PyErr::type_error(format!(
            "unbound method {}.{name}() needs an argument",
            k.name()
        )));
    };
    let s = operand(s);
    let ok = match k {
        Num::Int => as_int(s).is_some(),
        Num::Float => matches!(s, Value::Float(_)),
        Num::Bool => matches!(s, Value::Bool(_)),
    };
    if !ok {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            k.name(),
            type_name(s)
        )));
    }
    Ok(s.clone())
}

/// `K.__op__(self, other)` (or `__rop__` when `R`), for `BINOPS[I]` and `KINDS[K]`.
fn num_binop<const K: usize, const I: usize, const R: bool>(
    vm: &mut Vm,
    a: &[Value],
    _kw: Kw,
) -> PyResult<Value> {
    let (k, op) = (KINDS[K], BINOPS[I]);
    let (name, rname, _) = crate::vm::ops::dunder(op);
    let name = if R { rname } else { name };
    let me = self_of(k, a, name)?;
    let pow3 = op == BinOp::Pow && !R && k != Num::Float;
    check_method(name, a, 1, if pow3 { 2 } else { 1 })?;
    let other = operand(&a[1]);
    if !k.accepts(other) {
        return Ok(Value::NotImplemented);
    }
    if let Some(m) = a.get(2).filter(|m| !m.is_none()) {
        if !k.accepts(operand(m)) {
            return Ok(Value::NotImplemented);
        }
        return pow_mod(vm, &me, other, operand(m));
    }
    let (x, y) = if R { (other, &me) } else { (&me, other) };
    if k == Num::Bool {
        if let (Value::Bool(p), Value::Bool(q)) = (x, y) {
            return Ok(Value::Bool(match op {
                BinOp::BitAnd => p & q,
                BinOp::BitOr => p | q,
                _ => p ^ q,
            }));
        }
    }
    vm.binary_op(x, y, op)
}

/// `K.__eq__(self, other)` and the other rich comparisons, for `CMPS[I]`.
fn num_cmp<const K: usize, const I: usize>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let (k, (op, name)) = (KINDS[K], CMPS[I]);
    let me = self_of(k, a, name)?;
    check_method(name, a, 1, 1)?;
    let other = operand(&a[1]);
    if !k.accepts(other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&me, other, op)
}

/// `K.__neg__`, `__pos__`, `__invert__` (`U` indexes `UNARY`).
fn num_unary<const K: usize, const U: usize>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let (kind, name) = UNARY[U];
    let me = self_of(KINDS[K], a, name)?;
    check_method(name, a, 0, 0)?;
    vm.unary_op(&me, kind)
}

const UNARY: [(UnaryKind, &str); 3] = [
    (UnaryKind::Neg, "__neg__"),
    (UnaryKind::Pos, "__pos__"),
    (UnaryKind::Invert, "__invert__"),
];

fn num_bool<const K: usize>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let me = self_of(KINDS[K], a, "__bool__")?;
    check_method("__bool__", a, 0, 0)?;
    Ok(Value::Bool(vm.truthy(&me)?))
}

fn num_hash<const K: usize>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let me = self_of(KINDS[K], a, "__hash__")?;
    check_method("__hash__", a, 0, 0)?;
    Ok(Value::Int(vm.hash(&me)?))
}

fn num_divmod<const K: usize, const R: bool>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let k = KINDS[K];
    let name = if R { "__rdivmod__" } else { "__divmod__" };
    let me = self_of(k, a, name)?;
    check_method(name, a, 1, 1)?;
    let other = operand(&a[1]);
    if !k.accepts(other) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if R { (other, &me) } else { (&me, other) };
    if k == Num::Float {
        if let Some(Ok(d)) = crate::runtime::num::as_f64(y) {
            if d == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
        }
    }
    let q = vm.binary_op(x, y, BinOp::FloorDiv)?;
    let r = vm.binary_op(x, y, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

/// The arithmetic methods of `KINDS[K]` (`F`: only those a float has).
macro_rules! binop_table {
    ($k:literal; $($i:literal)*) => {
        [$((BINOPS[$i], num_binop::<$k, $i, false> as NativeFn, num_binop::<$k, $i, true> as NativeFn)),*]
    };
}

fn install_dunders() {
    let t = types();
    let int_ops = binop_table!(0; 0 1 2 3 4 5 6 7 8 9 10 11);
    let float_ops = binop_table!(1; 0 1 2 3 4 5 6);
    let bool_ops = binop_table!(2; 9 10 11);
    let cmps = |k: usize| -> Vec<(&'static str, NativeFn)> {
        let f: [[NativeFn; 6]; 2] = [
            [
                num_cmp::<0, 0>,
                num_cmp::<0, 1>,
                num_cmp::<0, 2>,
                num_cmp::<0, 3>,
                num_cmp::<0, 4>,
                num_cmp::<0, 5>,
            ],
            [
                num_cmp::<1, 0>,
                num_cmp::<1, 1>,
                num_cmp::<1, 2>,
                num_cmp::<1, 3>,
                num_cmp::<1, 4>,
                num_cmp::<1, 5>,
            ],
        ];
        CMPS.iter().zip(f[k]).map(|((_, n), f)| (*n, f)).collect()
    };
    for (cls, owner, ops) in [
        (&t.int, "int", &int_ops[..]),
        (&t.float, "float", &float_ops[..]),
        (&t.bool_, "bool", &bool_ops[..]),
    ] {
        for (op, f, rf) in ops {
            let (n, rn, _) = crate::vm::ops::dunder(*op);
            add_methods(cls, owner, &[(n, *f), (rn, *rf)]);
        }
    }
    add_methods(&t.int, "int", &cmps(0));
    add_methods(&t.float, "float", &cmps(1));
    add_methods(
        &t.int,
        "int",
        &[
            ("__neg__", num_unary::<0, 0>),
            ("__pos__", num_unary::<0, 1>),
            ("__invert__", num_unary::<0, 2>),
            ("__bool__", num_bool::<0>),
            ("__hash__", num_hash::<0>),
            ("__divmod__", num_divmod::<0, false>),
            ("__rdivmod__", num_divmod::<0, true>),
            ("__trunc__", |_vm, a, _| {
                Ok(to_int_or_float(&self_of(Num::Int, a, "__trunc__")?))
            }),
            ("__floor__", |_vm, a, _| {
                Ok(to_int_or_float(&self_of(Num::Int, a, "__floor__")?))
            }),
            ("__ceil__", |_vm, a, _| {
                Ok(to_int_or_float(&self_of(Num::Int, a, "__ceil__")?))
            }),
            ("__round__", |vm, a, k| {
                let me = self_of(Num::Int, a, "__round__")?;
                check_method("__round__", a, 0, 1)?;
                let mut v = vec![me];
                v.extend(a.get(1).cloned());
                round(vm, &v, k)
            }),
        ],
    );
    add_methods(
        &t.float,
        "float",
        &[
            ("__neg__", num_unary::<1, 0>),
            ("__pos__", num_unary::<1, 1>),
            ("__bool__", num_bool::<1>),
            ("__hash__", num_hash::<1>),
            ("__divmod__", num_divmod::<1, false>),
            ("__rdivmod__", num_divmod::<1, true>),
        ],
    );
}

/// `float.fromhex(s)` (a classmethod: `a[0]` is the class).
fn float_fromhex(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method("fromhex", a, 1, 1)?;
    let Value::Str(s) = operand(&a[1]) else {
        return Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(&a[1])
        )));
    };
    let f = Value::Float(parse_hex_float(s.as_str())?);
    match &a[0] {
        Value::Class(c) if !std::sync::Arc::ptr_eq(c, &types().float) => vm.call(&a[0], &[f], &[]),
        _ => Ok(f),
    }
}

/// CPython's `float.fromhex` grammar: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exp]`, or
/// inf/infinity/nan; rounds half to even, OverflowError past the float range.
fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let b = body.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        i = 2;
    }
    let mut mant = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i] as char;
        if let Some(d) = c.to_digit(16) {
            mant = (mant << 4u32) + d;
            ndigits += 1;
            if seen_dot {
                frac_digits += 1;
            }
        } else if c == '.' && !seen_dot {
            seen_dot = true;
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] | 0x20) == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let too_large = || PyErr::overflow("hexadecimal value too large to represent as a float");
    let e = exp - 4 * frac_digits;
    let msb = mant.bits() as i64 - 1 + e;
    if msb > 1023 {
        return Err(too_large());
    }
    if msb < -1076 {
        return Ok(sign(0.0));
    }
    let lsb = (msb - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        (mant << (-shift) as usize).to_u64().unwrap_or(0)
    } else {
        let sh = shift as usize;
        let q = &mant >> sh;
        let rem = &mant - (&q << sh);
        let half = BigInt::from(1) << (sh - 1);
        let q = q.to_u64().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let p2 = if lsb >= -1022 {
        f64::from_bits(((lsb + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (lsb + 1074))
    };
    let r = q as f64 * p2;
    if r.is_infinite() {
        return Err(too_large());
    }
    Ok(sign(r))
}
