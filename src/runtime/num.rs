//! Arithmetic on int (i64 fast path, promoted to BigInt on overflow), bool and float with
//! Python's semantics: floor division and modulo, true division, exponentiation, shifts, and
//! CPython's ZeroDivisionError/OverflowError messages. `None` means "not a number pair".

use super::value::Value;
use super::{PyErr, PyResult};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::Arc;

/// An integer operand viewed uniformly.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

pub fn to_big(v: &IntRef) -> BigInt {
    match v {
        IntRef::Small(i) => BigInt::from(*i),
        IntRef::Big(b) => (*b).clone(),
    }
}

/// Converts an int value to f64 (OverflowError when too large).
pub fn int_to_f64(v: &IntRef) -> PyResult<f64> {
    match v {
        IntRef::Small(i) => Ok(*i as f64),
        IntRef::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
    }
}

/// A numeric operand as f64 (for mixed int/float arithmetic).
pub fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        _ => as_int(v).map(|i| int_to_f64(&i)),
    }
}

pub fn big_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// `a OP b` for numbers; `None` when either operand is not an int/bool/float.
pub fn number_op(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if op == BinOp::MatMult {
        // No number supports `@`: the caller reports it (as `@` or `@=`).
        return None;
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(x & y))),
            BinOp::BitOr => return Some(Ok(Value::Bool(x | y))),
            BinOp::BitXor => return Some(Ok(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Some(small_int_op(*x, *y, op));
    }
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => Some(big_int_op(&to_big(&x), &to_big(&y), op)),
        _ => {
            let (x, y) = match (a, b) {
                (Value::Float(_), _) | (_, Value::Float(_)) => (as_f64(a)?, as_f64(b)?),
                _ => return None,
            };
            let (x, y) = match (x, y) {
                (Ok(x), Ok(y)) => (x, y),
                (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
            };
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMult
            ) {
                return None;
            }
            Some(float_op(x, y, op))
        }
    }
}

fn small_int_op(x: i64, y: i64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        BinOp::Div => return int_true_div(&BigInt::from(x), &BigInt::from(y), Some((x, y))),
        BinOp::Pow => {
            if y < 0 {
                return float_op(x as f64, y as f64, BinOp::Pow);
            }
            if y <= u32::MAX as i64 {
                x.checked_pow(y as u32)
            } else {
                None
            }
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if y < 63 && x.unsigned_abs().leading_zeros() as i64 > y + 1 {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        // Not reached: number_op hands `@` back to the caller.
        BinOp::MatMult => {
            return Err(PyErr::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_int_op(&BigInt::from(x), &BigInt::from(y), op),
    }
}

fn big_int_op(x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(big_value(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.mod_floor(y)
        }
        BinOp::Div => return int_true_div(x, y, None),
        BinOp::Pow => {
            if y.is_negative() {
                let xf = int_to_f64(&IntRef::Big(x))?;
                let yf = int_to_f64(&IntRef::Big(y))?;
                return float_op(xf, yf, BinOp::Pow);
            }
            if x.is_zero() || x == &BigInt::from(1) {
                return Ok(big_value(if y.is_zero() {
                    BigInt::from(1)
                } else {
                    x.clone()
                }));
            }
            if x == &BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(PyErr::overflow("exponent too large"));
            };
            num_traits::pow::Pow::pow(x, e)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let Some(s) = y.to_usize() else {
                return Err(PyErr::overflow("too many digits in integer"));
            };
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        // Not reached: number_op hands `@` back to the caller.
        BinOp::MatMult => {
            return Err(PyErr::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    }))
}

/// `x / y` for ints, correctly rounded.
pub fn int_true_div(x: &BigInt, y: &BigInt, small: Option<(i64, i64)>) -> PyResult<Value> {
    if y.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    if let Some((a, b)) = small {
        const LIM: i64 = 1 << 53;
        if a.abs() <= LIM && b.abs() <= LIM {
            return Ok(Value::Float(a as f64 / b as f64));
        }
    }
    match crate::numeric::mathfns::int_true_div(x, y) {
        Ok(f) => Ok(Value::Float(f)),
        Err(msg) => Err(PyErr::overflow(msg)),
    }
}

pub fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return Err(PyErr::type_error("unsupported operand type(s) for float")),
    }))
}

/// CPython's float_divmod: (floor quotient, modulo with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base to a fractional power is complex, as in CPython.
        let r = (-x).powf(y);
        let theta = std::f64::consts::PI * y;
        return Ok(super::complex::complex_value(
            r * theta.cos(),
            r * theta.sin(),
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// Three-way numeric comparison; `None` when not both numbers (or NaN involved → `Some(None)`).
pub fn number_cmp(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(Some(to_big(&x).cmp(&to_big(&y)))),
            (Some(i), None) => {
                let Value::Float(f) = b else { return None };
                Some(cmp_int_float(&i, *f))
            }
            (None, Some(i)) => {
                let Value::Float(f) = a else { return None };
                Some(cmp_int_float(&i, *f).map(Ordering::reverse))
            }
            _ => None,
        },
    }
}

/// Exact comparison of an int with a float (no rounding of big ints).
fn cmp_int_float(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let ib = to_big(i);
    match ib.cmp(&fb) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}

/// `-x`, `+x`, `~x` for numbers.
pub fn number_unary(
    v: &Value,
    kind: crate::compiler::bytecode::UnaryKind,
) -> Option<PyResult<Value>> {
    use crate::compiler::bytecode::UnaryKind::*;
    Some(Ok(match (v, kind) {
        (Value::Int(i), Neg) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => big_value(-BigInt::from(*i)),
        },
        (Value::Int(i), Pos) => Value::Int(*i),
        (Value::Int(i), Invert) => Value::Int(!*i),
        (Value::Bool(b), Neg) => Value::Int(-(*b as i64)),
        (Value::Bool(b), Pos) => Value::Int(*b as i64),
        (Value::Bool(b), Invert) => Value::Int(!(*b as i64)),
        (Value::BigInt(b), Neg) => big_value(-(**b).clone()),
        (Value::BigInt(b), Pos) => Value::BigInt(Arc::clone(b)),
        (Value::BigInt(b), Invert) => big_value(-(**b).clone() - 1),
        (Value::Float(f), Neg) => Value::Float(-f),
        (Value::Float(f), Pos) => Value::Float(*f),
        _ => return None,
    }))
}
