//! The `math` module: CPython's functions and constants with its ValueError
//! ("math domain error") and OverflowError ("math range error") semantics.

use crate::builtins::args::{add_functions, allow_kw, check, kwarg, type_name};
use crate::numeric::mathfns as mf;
use crate::runtime::dict::Dict;
use crate::runtime::num::{as_int, to_big};
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

type CFn = extern "C" fn(f64) -> f64;

/// A function of the C math library, which CPython calls (glibc's rounding differs from the
/// Rust implementations, and the linker may resolve a plain `extern` to Rust's libm).
fn libm_lookup(name: &[u8]) -> Option<CFn> {
    // SAFETY: dlopen/dlsym with NUL-terminated names; the symbols have the C signature
    // double f(double).
    unsafe {
        for lib in [&b"libm.so.6\0"[..], &b"libm.dylib\0"[..]] {
            let h = libc::dlopen(lib.as_ptr() as *const libc::c_char, libc::RTLD_LAZY);
            if h.is_null() {
                continue;
            }
            let p = libc::dlsym(h, name.as_ptr() as *const libc::c_char);
            if !p.is_null() {
                return Some(std::mem::transmute::<*mut libc::c_void, CFn>(p));
            }
        }
        None
    }
}

macro_rules! c_fn {
    ($name:ident, $sym:expr, $fallback:expr) => {
        fn $name(x: f64) -> f64 {
            static F: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
            match F.get_or_init(|| libm_lookup($sym)) {
                Some(f) => f(x),
                None => $fallback(x),
            }
        }
    };
}

c_fn!(c_cbrt, b"cbrt\0", f64::cbrt);
c_fn!(c_acosh, b"acosh\0", f64::acosh);
c_fn!(c_asinh, b"asinh\0", f64::asinh);
c_fn!(c_atanh, b"atanh\0", f64::atanh);
c_fn!(c_expm1, b"expm1\0", f64::exp_m1);
c_fn!(c_log1p, b"log1p\0", f64::ln_1p);
c_fn!(c_sinh, b"sinh\0", f64::sinh);
c_fn!(c_cosh, b"cosh\0", f64::cosh);
c_fn!(c_tanh, b"tanh\0", f64::tanh);
c_fn!(c_exp2, b"exp2\0", f64::exp2);

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow("math range error")
}

/// Maps an error string from `mathfns` to the matching exception.
fn merr(msg: &str) -> PyErr {
    if msg == "math range error" || msg.contains("overflow") || msg.contains("too large") {
        PyErr::overflow(msg.to_string())
    } else if msg == "division by zero" {
        PyErr::zero_division(msg.to_string())
    } else {
        PyErr::value_error(msg.to_string())
    }
}

/// A real-number argument as f64 (ints, bools, floats, objects with `__float__`/`__index__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => {
            mf::bigint_to_f64(b).ok_or_else(|| PyErr::overflow("int too large to convert to float"))
        }
        _ => {
            if let Some(f) = vm.lookup_special(v, "__float__") {
                let r = vm.call(&f, &[], &[])?;
                if let Value::Float(x) = r {
                    return Ok(x);
                }
                return Err(PyErr::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(v),
                    type_name(&r)
                )));
            }
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call(&f, &[], &[])?;
                return to_f64(vm, &r);
            }
            Err(PyErr::type_error(format!(
                "must be real number, not {}",
                type_name(v)
            )))
        }
    }
}

/// An integer argument as BigInt (`__index__` accepted).
fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(to_big(&i));
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(f) = vm.lookup_special(v, "__index__") {
            let r = vm.call(&f, &[], &[])?;
            if let Some(i) = as_int(&r) {
                return Ok(to_big(&i));
            }
        }
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn big(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// CPython's math_1: `f(x)` with errors for nan from non-nan and inf from finite.
fn math1(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    check(name, a, 1, 1)?;
    let x = to_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// Precise n-dimensional Euclidean norm (CPython's `vector_norm`).
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = mf::frexp(max);
    if max_e < -1023 {
        // subnormal: scale up
        let scaled: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = mf::ldexp(1.0, -(max_e as i64)).unwrap_or(1.0);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &x0 in v {
        let x = x0 * scale;
        let pr_hi = x * x;
        let pr_lo = x.mul_add(x, -pr_hi);
        let sm_hi = csum + pr_hi;
        let sm_lo = (csum - sm_hi) + pr_hi;
        csum = sm_hi;
        frac1 += pr_lo;
        frac2 += sm_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr_hi = -h * h;
    let pr_lo = (-h).mul_add(h, -pr_hi);
    let sm_hi = csum + pr_hi;
    let sm_lo = (csum - sm_hi) + pr_hi;
    csum = sm_hi;
    frac1 += pr_lo;
    frac2 += sm_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn floor_ceil(vm: &mut Vm, name: &str, a: &[Value], up: bool) -> PyResult<Value> {
    check(name, a, 1, 1)?;
    match &a[0] {
        Value::Int(_) | Value::BigInt(_) => return Ok(a[0].clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(_) => {}
        v => {
            let dn = if up { "__ceil__" } else { "__floor__" };
            if let Some(f) = vm.lookup_special(v, dn) {
                return vm.call(&f, &[], &[]);
            }
        }
    }
    let x = to_f64(vm, &a[0])?;
    let r = if up { x.ceil() } else { x.floor() };
    float_int(r)
}

fn float_int(r: f64) -> PyResult<Value> {
    if r.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    match mf::float_to_int(r) {
        Some(b) => Ok(big(b)),
        None => Err(PyErr::overflow("cannot convert float infinity to integer")),
    }
}

fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        return mf::log_bigint(b, f).map_err(merr);
    }
    if let Value::Int(i) = v {
        if *i <= 0 {
            return Err(domain());
        }
        return Ok(f(*i as f64));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn f2(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<(f64, f64)> {
    check(name, a, 2, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn points(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| to_f64(vm, x)).collect()
}

pub fn init(_vm: &mut Vm, d: &Dict) {
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    add_functions(
        d,
        &[
            ("sqrt", |vm, a, _| math1(vm, "sqrt", a, f64::sqrt, false)),
            ("cbrt", |vm, a, _| math1(vm, "cbrt", a, c_cbrt, false)),
            ("exp", |vm, a, _| math1(vm, "exp", a, f64::exp, true)),
            ("exp2", |vm, a, _| math1(vm, "exp2", a, c_exp2, true)),
            ("expm1", |vm, a, _| math1(vm, "expm1", a, c_expm1, true)),
            ("sin", |vm, a, _| math1(vm, "sin", a, f64::sin, false)),
            ("cos", |vm, a, _| math1(vm, "cos", a, f64::cos, false)),
            ("tan", |vm, a, _| math1(vm, "tan", a, f64::tan, false)),
            ("asin", |vm, a, _| math1(vm, "asin", a, f64::asin, false)),
            ("acos", |vm, a, _| math1(vm, "acos", a, f64::acos, false)),
            ("atan", |vm, a, _| math1(vm, "atan", a, f64::atan, false)),
            ("sinh", |vm, a, _| math1(vm, "sinh", a, c_sinh, true)),
            ("cosh", |vm, a, _| math1(vm, "cosh", a, c_cosh, true)),
            ("tanh", |vm, a, _| math1(vm, "tanh", a, c_tanh, false)),
            ("asinh", |vm, a, _| math1(vm, "asinh", a, c_asinh, false)),
            ("acosh", |vm, a, _| math1(vm, "acosh", a, c_acosh, false)),
            ("atanh", |vm, a, _| {
                check("atanh", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                if x.abs() >= 1.0 {
                    return Err(domain());
                }
                Ok(Value::Float(c_atanh(x)))
            }),
            ("fabs", |vm, a, _| math1(vm, "fabs", a, f64::abs, false)),
            ("erf", |vm, a, _| math1(vm, "erf", a, mf::erf, false)),
            ("erfc", |vm, a, _| math1(vm, "erfc", a, mf::erfc, false)),
            ("log1p", |vm, a, _| {
                check("log1p", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                if x <= -1.0 {
                    return Err(domain());
                }
                Ok(Value::Float(c_log1p(x)))
            }),
            ("gamma", |vm, a, _| {
                check("gamma", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                mf::gamma(x).map(Value::Float).map_err(merr)
            }),
            ("lgamma", |vm, a, _| {
                check("lgamma", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                mf::lgamma(x).map(Value::Float).map_err(merr)
            }),
            ("degrees", |vm, a, _| {
                check("degrees", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
            }),
            ("radians", |vm, a, _| {
                check("radians", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
            }),
            ("floor", |vm, a, _| floor_ceil(vm, "floor", a, false)),
            ("ceil", |vm, a, _| floor_ceil(vm, "ceil", a, true)),
            ("trunc", |vm, a, _| {
                check("trunc", a, 1, 1)?;
                match &a[0] {
                    Value::Int(_) | Value::BigInt(_) => Ok(a[0].clone()),
                    Value::Bool(b) => Ok(Value::Int(*b as i64)),
                    Value::Float(x) => float_int(x.trunc()),
                    v => match vm.lookup_special(v, "__trunc__") {
                        Some(f) => vm.call(&f, &[], &[]),
                        None => Err(PyErr::type_error(format!(
                            "type {} doesn't define __trunc__ method",
                            type_name(v)
                        ))),
                    },
                }
            }),
            ("log", |vm, a, _| {
                check("log", a, 1, 2)?;
                let n = log_of(vm, &a[0], f64::ln)?;
                if a.len() == 2 {
                    let b = log_of(vm, &a[1], f64::ln)?;
                    if b == 0.0 {
                        return Err(PyErr::zero_division("float division by zero"));
                    }
                    return Ok(Value::Float(n / b));
                }
                Ok(Value::Float(n))
            }),
            ("log2", |vm, a, _| {
                check("log2", a, 1, 1)?;
                Ok(Value::Float(log_of(vm, &a[0], f64::log2)?))
            }),
            ("log10", |vm, a, _| {
                check("log10", a, 1, 1)?;
                Ok(Value::Float(log_of(vm, &a[0], f64::log10)?))
            }),
            ("pow", |vm, a, _| {
                let (x, y) = f2(vm, "pow", a)?;
                let r = if x == 1.0 || y == 0.0 { 1.0 } else { x.powf(y) };
                if x.is_finite() && y.is_finite() {
                    if r.is_nan() {
                        return Err(domain());
                    }
                    if r.is_infinite() {
                        return Err(if x == 0.0 { domain() } else { range() });
                    }
                }
                Ok(Value::Float(r))
            }),
            ("atan2", |vm, a, _| {
                let (y, x) = f2(vm, "atan2", a)?;
                Ok(Value::Float(y.atan2(x)))
            }),
            ("fmod", |vm, a, _| {
                let (x, y) = f2(vm, "fmod", a)?;
                mf::fmod(x, y).map(Value::Float).map_err(merr)
            }),
            ("remainder", |vm, a, _| {
                let (x, y) = f2(vm, "remainder", a)?;
                mf::remainder(x, y).map(Value::Float).map_err(merr)
            }),
            ("copysign", |vm, a, _| {
                let (x, y) = f2(vm, "copysign", a)?;
                Ok(Value::Float(mf::copysign(x, y)))
            }),
            ("nextafter", |vm, a, _| {
                let (x, y) = f2(vm, "nextafter", a)?;
                Ok(Value::Float(mf::nextafter(x, y)))
            }),
            ("ulp", |vm, a, _| {
                check("ulp", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                Ok(Value::Float(mf::ulp(x)))
            }),
            ("modf", |vm, a, _| {
                check("modf", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                let (f, i) = mf::modf(x);
                Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
            }),
            ("frexp", |vm, a, _| {
                check("frexp", a, 1, 1)?;
                let x = to_f64(vm, &a[0])?;
                let (m, e) = mf::frexp(x);
                Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
            }),
            ("ldexp", |vm, a, _| {
                check("ldexp", a, 2, 2)?;
                let x = to_f64(vm, &a[0])?;
                let i = match &a[1] {
                    Value::Float(_) => {
                        return Err(PyErr::type_error(
                            "Expected an int as second argument to ldexp.",
                        ))
                    }
                    v => to_bigint(vm, v)?,
                };
                let i = i
                    .to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
                mf::ldexp(x, i).map(Value::Float).map_err(merr)
            }),
            ("isnan", |vm, a, _| {
                check("isnan", a, 1, 1)?;
                Ok(Value::Bool(to_f64(vm, &a[0])?.is_nan()))
            }),
            ("isinf", |vm, a, _| {
                check("isinf", a, 1, 1)?;
                Ok(Value::Bool(to_f64(vm, &a[0])?.is_infinite()))
            }),
            ("isfinite", |vm, a, _| {
                check("isfinite", a, 1, 1)?;
                Ok(Value::Bool(to_f64(vm, &a[0])?.is_finite()))
            }),
            ("isclose", |vm, a, k| {
                allow_kw("isclose", k, &["rel_tol", "abs_tol"])?;
                check("isclose", a, 2, 2)?;
                let x = to_f64(vm, &a[0])?;
                let y = to_f64(vm, &a[1])?;
                let rel = match kwarg(k, "rel_tol") {
                    Some(v) => to_f64(vm, v)?,
                    None => 1e-9,
                };
                let abs = match kwarg(k, "abs_tol") {
                    Some(v) => to_f64(vm, v)?,
                    None => 0.0,
                };
                mf::isclose(x, y, rel, abs).map(Value::Bool).map_err(merr)
            }),
            ("hypot", |vm, a, _| {
                let mut v = Vec::with_capacity(a.len());
                let mut max = 0.0f64;
                let mut nan = false;
                for x in a {
                    let f = to_f64(vm, x)?.abs();
                    nan |= f.is_nan();
                    if f > max {
                        max = f;
                    }
                    v.push(f);
                }
                Ok(Value::Float(vector_norm(&v, max, nan)))
            }),
            ("dist", |vm, a, _| {
                check("dist", a, 2, 2)?;
                let p = points(vm, &a[0])?;
                let q = points(vm, &a[1])?;
                if p.len() != q.len() {
                    return Err(PyErr::value_error(
                        "both points must have the same number of dimensions",
                    ));
                }
                let mut v = Vec::with_capacity(p.len());
                let mut max = 0.0f64;
                let mut nan = false;
                for (x, y) in p.iter().zip(&q) {
                    let f = (x - y).abs();
                    nan |= f.is_nan();
                    if f > max {
                        max = f;
                    }
                    v.push(f);
                }
                Ok(Value::Float(vector_norm(&v, max, nan)))
            }),
            ("fsum", |vm, a, _| {
                check("fsum", a, 1, 1)?;
                let v = points(vm, &a[0])?;
                mf::fsum(v).map(Value::Float).map_err(merr)
            }),
            ("prod", |vm, a, k| {
                allow_kw("prod", k, &["start"])?;
                check("prod", a, 1, 1)?;
                let mut acc = kwarg(k, "start").cloned().unwrap_or(Value::Int(1));
                let it = vm.iter(&a[0])?;
                while let Some(x) = vm.next(&it)? {
                    acc = vm.binary_op(&acc, &x, BinOp::Mult)?;
                }
                Ok(acc)
            }),
            ("factorial", |vm, a, _| {
                check("factorial", a, 1, 1)?;
                let n = match &a[0] {
                    // Python 3.10+ rejects floats, integral or not.
                    Value::Float(_) => {
                        return Err(PyErr::type_error(
                            "'float' object cannot be interpreted as an integer",
                        ))
                    }
                    v => to_bigint(vm, v)?,
                };
                if n.is_negative() {
                    return Err(PyErr::value_error(
                        "factorial() not defined for negative values",
                    ));
                }
                let n = n.to_u64().ok_or_else(|| {
                    PyErr::overflow("factorial() argument should not exceed 9223372036854775807")
                })?;
                Ok(big(mf::factorial(n)))
            }),
            ("gcd", |vm, a, _| {
                let mut v = Vec::with_capacity(a.len());
                for x in a {
                    v.push(to_bigint(vm, x)?);
                }
                Ok(big(mf::gcd(&v)))
            }),
            ("lcm", |vm, a, _| {
                let mut v = Vec::with_capacity(a.len());
                for x in a {
                    v.push(to_bigint(vm, x)?);
                }
                if v.is_empty() {
                    return Ok(Value::Int(1));
                }
                Ok(big(mf::lcm(&v)))
            }),
            ("isqrt", |vm, a, _| {
                check("isqrt", a, 1, 1)?;
                let n = to_bigint(vm, &a[0])?;
                mf::isqrt(&n).map(big).map_err(merr)
            }),
            ("comb", |vm, a, _| {
                check("comb", a, 2, 2)?;
                let n = to_bigint(vm, &a[0])?;
                let k = to_bigint(vm, &a[1])?;
                mf::comb(&n, &k).map(big).map_err(merr)
            }),
            ("perm", |vm, a, _| {
                check("perm", a, 1, 2)?;
                let n = to_bigint(vm, &a[0])?;
                if a.len() == 1 || a[1].is_none() {
                    if n.is_negative() {
                        return Err(PyErr::value_error("n must be a non-negative integer"));
                    }
                    let n = n.to_u64().ok_or_else(|| PyErr::overflow("n too large"))?;
                    return Ok(big(mf::factorial(n)));
                }
                let k = to_bigint(vm, &a[1])?;
                mf::perm(&n, &k).map(big).map_err(merr)
            }),
        ],
    );
    let _ = BigInt::zero;
}
