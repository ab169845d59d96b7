//! The operator dunders shared by `ndarray` and the numpy scalar types: each maps to one ufunc
//! (`__add__` → add, `__rtruediv__` → divide with swapped operands, `__iadd__` → add written
//! back under NumPy's 'same_kind' casting rule).

use super::{op_err, operand, wrap};
use crate::ndarray::elementwise::{assign, binary, same_kind, unary, Bin, Operand, Un};
use crate::runtime::func::NativeFn;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `a OP b` as a ufunc; NotImplemented when the other operand is not array-like.
pub fn binop(vm: &mut Vm, op: Bin, a: &Value, b: &Value, swap: bool) -> PyResult<Value> {
    // `[0] * np.int64(3)` and `"x" * n` repeat the sequence, as list.__mul__ runs first.
    let int_scalar = a
        .downcast::<super::NpScalar>()
        .is_some_and(|s| !s.dt.is_float());
    if swap
        && int_scalar
        && op == Bin::Mul
        && matches!(b, Value::List(_) | Value::Tuple(_) | Value::Str(_))
    {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = match (operand(vm, a)?, operand(vm, b)?) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(Value::NotImplemented),
    };
    if let Some(r) = elide(op, a, b, &x, &y, swap) {
        return r;
    }
    let r = if swap {
        binary(op, &y, &x)
    } else {
        binary(op, &x, &y)
    };
    r.map(wrap).map_err(op_err)
}

/// Temporary elision: when an array operand is a temporary of the running expression (only the
/// value stack referenced it, and no view shares its buffer) and has the result's dtype and
/// shape, the result is computed into its buffer (`x * 2.0 + y` allocates one array, not two).
fn elide(
    op: Bin,
    a: &Value,
    b: &Value,
    x: &Operand,
    y: &Operand,
    swap: bool,
) -> Option<PyResult<Value>> {
    let (lhs, rhs) = if swap { (y, x) } else { (x, y) };
    let lhs_val = if swap { b } else { a };
    let rhs_val = if swap { a } else { b };
    for (cand_val, cand, other, cand_is_lhs) in
        [(lhs_val, lhs, rhs, true), (rhs_val, rhs, lhs, false)]
    {
        let Operand::Array(arr) = cand else { continue };
        if arr.ndim() == 0 {
            continue;
        }
        if cand_val.downcast::<super::PyArray>().is_none()
            || !crate::vm::is_temporary(cand_val)
            || std::sync::Arc::strong_count(&arr.buf) != 2
        {
            continue;
        }
        match crate::ndarray::elementwise::binary_into(op, arr, other, cand_is_lhs) {
            Ok(true) => return Some(Ok(cand_val.clone())),
            Ok(false) => {}
            Err(e) => return Some(Err(op_err(e))),
        }
    }
    None
}

/// `a OP= b`: computed, then written into `a`'s buffer.
fn inplace(vm: &mut Vm, op: Bin, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(arr) = a.downcast::<super::PyArray>() else {
        return binop(vm, op, a, b, false);
    };
    let Some(y) = operand(vm, b)? else {
        return Ok(Value::NotImplemented);
    };
    let target = arr.arr();
    let x = Operand::Array(target.clone());
    let bshape = crate::ndarray::array::broadcast_shapes(x.shape(), y.shape());
    if bshape.is_none() {
        let s = crate::ndarray::array::shape_str;
        return Err(PyErr::value_error(format!(
            "operands could not be broadcast together with shapes {} {} {} ",
            s(x.shape()),
            s(y.shape()),
            s(x.shape())
        )));
    }
    let r = binary(op, &x, &y).map_err(op_err)?;
    if !same_kind(r.dtype, target.dtype) {
        return Err(super::errors::ufunc_type_error(format!(
            "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
            op.ufunc_name(),
            r.dtype.name(),
            target.dtype.name()
        )));
    }
    if r.shape != target.shape {
        return Err(PyErr::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            crate::ndarray::array::shape_str(&target.shape),
            crate::ndarray::array::shape_str(&r.shape)
        )));
    }
    assign(&target, &Operand::Array(r)).map_err(op_err)?;
    Ok(a.clone())
}

fn un(vm: &mut Vm, op: Un, a: &Value) -> PyResult<Value> {
    let _ = vm;
    let x = match a.downcast::<super::PyArray>() {
        Some(p) => p.arr(),
        None => match a.downcast::<super::NpScalar>() {
            Some(s) => crate::ndarray::NdArray::scalar(s.v, s.dt),
            None => return Ok(Value::NotImplemented),
        },
    };
    unary(op, &x).map(wrap).map_err(op_err)
}

macro_rules! bin_fns {
    ($($name:literal, $rname:literal, $iname:literal => $op:expr;)*) => {
        pub const ARITH: &[(&str, NativeFn)] = &[
            $(
                ($name, |vm, a, _| binop(vm, $op, &a[0], a.get(1).unwrap_or(&Value::None), false)),
                ($rname, |vm, a, _| binop(vm, $op, &a[0], a.get(1).unwrap_or(&Value::None), true)),
            )*
            ("__eq__", |vm, a, _| binop(vm, Bin::Eq, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__ne__", |vm, a, _| binop(vm, Bin::Ne, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__lt__", |vm, a, _| binop(vm, Bin::Lt, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__le__", |vm, a, _| binop(vm, Bin::Le, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__gt__", |vm, a, _| binop(vm, Bin::Gt, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__ge__", |vm, a, _| binop(vm, Bin::Ge, &a[0], a.get(1).unwrap_or(&Value::None), false)),
            ("__neg__", |vm, a, _| un(vm, Un::Neg, &a[0])),
            ("__pos__", |vm, a, _| un(vm, Un::Pos, &a[0])),
            ("__abs__", |vm, a, _| un(vm, Un::Abs, &a[0])),
            ("__invert__", |vm, a, _| un(vm, Un::Invert, &a[0])),
        ];
        pub const INPLACE: &[(&str, NativeFn)] = &[
            $(
                ($iname, |vm, a, _| inplace(vm, $op, &a[0], a.get(1).unwrap_or(&Value::None))),
            )*
        ];
    };
}

bin_fns! {
    "__add__", "__radd__", "__iadd__" => Bin::Add;
    "__sub__", "__rsub__", "__isub__" => Bin::Sub;
    "__mul__", "__rmul__", "__imul__" => Bin::Mul;
    "__truediv__", "__rtruediv__", "__itruediv__" => Bin::TrueDiv;
    "__floordiv__", "__rfloordiv__", "__ifloordiv__" => Bin::FloorDiv;
    "__mod__", "__rmod__", "__imod__" => Bin::Mod;
    "__pow__", "__rpow__", "__ipow__" => Bin::Pow;
    "__and__", "__rand__", "__iand__" => Bin::BitAnd;
    "__or__", "__ror__", "__ior__" => Bin::BitOr;
    "__xor__", "__rxor__", "__ixor__" => Bin::BitXor;
}
