//! Operators: binary, in-place and unary arithmetic, rich comparisons and truth testing, with
//! fast paths for built-in types and the `__op__`/`__rop__`/`__iop__` protocol (NotImplemented,
//! subclass-first reflection) for everything else.

use super::Vm;
use crate::compiler::bytecode::{CmpKind, UnaryKind};
use crate::runtime::num::{number_cmp, number_op, number_unary};
use crate::runtime::set::Set;
use crate::runtime::types::class_of;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use std::cmp::Ordering;
use std::sync::Arc;

pub fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn is_user(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::Native(_))
}

impl Vm {
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_as(a, b, op, false)
    }

    /// `a OP b`, or the fallback of `a OP= b` (`inplace`: errors name the `OP=` operator).
    fn binary_op_as(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let Some(r) = number_op(a, b, op) {
            return r;
        }
        if !is_user(a) && !is_user(b) {
            if let Some(r) = self.builtin_binary(a, b, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.dunder_binary(a, b, op)? {
            return Ok(r);
        }
        if let Some((pa, pb)) = unwrap_payloads(a, b) {
            return self.binary_op_as(&pa, &pb, op, inplace);
        }
        Err(self.unsupported(a, b, op, inplace))
    }

    fn unsupported(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let (ta, tb) = (class_of(a).name.clone(), class_of(b).name.clone());
        if op == BinOp::Add {
            match a {
                Value::Bytes(_) => return PyErr::type_error(format!("can't concat {tb} to bytes")),
                Value::Str(_) => {
                    return PyErr::type_error(format!(
                        "can only concatenate str (not \"{tb}\") to str"
                    ))
                }
                Value::List(_) => {
                    return PyErr::type_error(format!(
                        "can only concatenate list (not \"{tb}\") to list"
                    ))
                }
                Value::Tuple(_) => {
                    return PyErr::type_error(format!(
                        "can only concatenate tuple (not \"{tb}\") to tuple"
                    ))
                }
                _ => {}
            }
        }
        if op == BinOp::Mult {
            if let (
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
                Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_),
            ) = (a, b)
            {
                return PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{tb}'"
                ));
            }
            if let (Value::Float(_), Value::Str(_) | Value::List(_) | Value::Tuple(_)) = (a, b) {
                return PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{ta}'"
                ));
            }
        }
        let sym = match (op, inplace) {
            (_, true) => format!("{}=", op.symbol()),
            (BinOp::Pow, false) => "** or pow()".to_string(),
            _ => op.symbol().to_string(),
        };
        PyErr::type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `a OP b` via `__op__` / `__rop__`; `None` when both return NotImplemented.
    fn dunder_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (name, rname, _) = dunder(op);
        let ca = class_of(a);
        let cb = class_of(b);
        let b_sub_first =
            !Arc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && cb.lookup_str(rname).is_some();
        if b_sub_first {
            if let Some(r) = self.call_method(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if is_user(a) {
            if let Some(r) = self.call_method(a, name, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if !b_sub_first && !Arc::ptr_eq(&ca, &cb) && is_user(b) {
            if let Some(r) = self.call_method(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if is_user(a) || is_user(b) {
            // One side is user-defined and declined: try the built-in meaning for the other.
            if !is_user(a) || !is_user(b) {
                if op == BinOp::Mult {
                    // `seq * n` with an `__index__` object (a numpy integer) as the count.
                    let as_index = |vm: &mut Vm, v: &Value| -> Option<Value> {
                        if matches!(v, Value::Native(_))
                            && vm.lookup_special(v, "__index__").is_some()
                        {
                            vm.index_value(v).ok().map(Value::Int)
                        } else {
                            None
                        }
                    };
                    if let Some(n) = as_index(self, b) {
                        return self.builtin_binary(a, &n, op);
                    }
                    if let Some(n) = as_index(self, a) {
                        return self.builtin_binary(&n, b, op);
                    }
                }
                return self.builtin_binary(a, b, op);
            }
        }
        Ok(None)
    }

    /// Sequence and set operators of the built-in types.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        Ok(Some(match (a, b, op) {
            (Str(x), Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (Str(x), _, BinOp::Mult) | (_, Str(x), BinOp::Mult) if int_arg(a, b).is_some() => {
                let n = int_arg(a, b).unwrap_or(0).max(0) as usize;
                Value::string(x.as_str().repeat(n))
            }
            (Str(_), _, BinOp::Mod) => {
                return crate::builtins::strfmt::percent_format(self, a, b).map(Some)
            }
            (Bytes(_), _, BinOp::Mod) => {
                return crate::builtins::strfmt::bytes_percent_format(self, a, b).map(Some)
            }
            (List(x), List(y), BinOp::Add) => {
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                Value::list(v)
            }
            (List(x), _, BinOp::Mult) | (_, List(x), BinOp::Mult) if int_arg(a, b).is_some() => {
                let n = int_arg(a, b).unwrap_or(0).max(0) as usize;
                let items = x.snapshot();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (Tuple(x), _, BinOp::Mult) | (_, Tuple(x), BinOp::Mult) if int_arg(a, b).is_some() => {
                let n = int_arg(a, b).unwrap_or(0).max(0) as usize;
                let mut v = Vec::with_capacity(x.items.len() * n);
                for _ in 0..n {
                    v.extend(x.items.iter().cloned());
                }
                Value::tuple(v)
            }
            (Bytes(x), Bytes(y), BinOp::Add) => {
                let mut v = (**x).clone();
                v.extend_from_slice(y);
                Value::Bytes(Arc::new(v))
            }
            (Bytes(x), _, BinOp::Mult) | (_, Bytes(x), BinOp::Mult) if int_arg(a, b).is_some() => {
                let n = int_arg(a, b).unwrap_or(0).max(0) as usize;
                Value::Bytes(Arc::new(x.repeat(n)))
            }
            (Set(x), Set(y), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                let r = self.set_op(x, y, op)?;
                Value::Set(Arc::new(r))
            }
            (Dict(x), Dict(y), BinOp::BitOr) => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set(self, k, v)?;
                }
                Value::Dict(Arc::new(d))
            }
            _ => return Ok(Option::None),
        }))
    }

    pub fn set_op(&mut self, x: &Set, y: &Set, op: BinOp) -> PyResult<Set> {
        if let Some(r) = Set::fast_op(x, y, op) {
            return Ok(r);
        }
        let out = Set::new(x.frozen);
        match op {
            BinOp::BitOr => {
                for v in x.items().into_iter().chain(y.items()) {
                    out.add(self, v)?;
                }
            }
            BinOp::BitAnd => {
                for v in x.items() {
                    if y.contains(self, &v)? {
                        out.add(self, v)?;
                    }
                }
            }
            BinOp::Sub => {
                for v in x.items() {
                    if !y.contains(self, &v)? {
                        out.add(self, v)?;
                    }
                }
            }
            _ => {
                for v in x.items() {
                    if !y.contains(self, &v)? {
                        out.add(self, v)?;
                    }
                }
                for v in y.items() {
                    if !x.contains(self, &v)? {
                        out.add(self, v)?;
                    }
                }
            }
        }
        Ok(out)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = number_op(a, b, op) {
            return r;
        }
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(b)?;
                l.write().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mult) => {
                if let Some(n) = int_arg(a, b) {
                    let mut w = l.write();
                    let items = w.clone();
                    w.clear();
                    for _ in 0..n.max(0) {
                        w.extend(items.iter().cloned());
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if !s.frozen =>
            {
                if let Value::Set(o) = b {
                    let r = self.set_op(s, o, op)?;
                    s.clear();
                    for v in r.items() {
                        s.add(self, v)?;
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Dict(d), BinOp::BitOr) => {
                self.dict_update_from(d, b, None)?;
                return Ok(a.clone());
            }
            (Value::Instance(_) | Value::Native(_), _) => {
                let (_, _, iname) = dunder(op);
                if let Some(r) = self.call_method(a, iname, std::slice::from_ref(b))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op_as(a, b, op, true)
    }

    pub fn unary_op(&mut self, a: &Value, kind: UnaryKind) -> PyResult<Value> {
        if let Some(r) = number_unary(a, kind) {
            return r;
        }
        let name = match kind {
            UnaryKind::Neg => "__neg__",
            UnaryKind::Pos => "__pos__",
            UnaryKind::Invert => "__invert__",
            UnaryKind::Not => return Ok(Value::Bool(!self.truthy(a)?)),
        };
        if let Some(r) = self.call_method(a, name, &[])? {
            return Ok(r);
        }
        if let Some(p) = crate::runtime::class::payload_of(a) {
            return self.unary_op(&p.clone(), kind);
        }
        let sym = match kind {
            UnaryKind::Neg => "-",
            UnaryKind::Pos => "+",
            _ => "~",
        };
        Err(PyErr::type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            class_of(a).name
        )))
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Instance(_) => {
                if let Some(r) = self.call_method(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            class_of(&other).name
                        ))),
                    };
                }
                if let Some(r) = self.call_method(v, "__len__", &[])? {
                    return Ok(self.index_value(&r)? != 0);
                }
                if let Some(p) = crate::runtime::class::payload_of(v) {
                    return self.truthy(&p.clone());
                }
                true
            }
            Value::Native(n) => {
                if let Some(r) = n.truthy(self) {
                    return r;
                }
                if let Some(r) = n.len(self) {
                    return Ok(r? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// Rich comparison `a CMP b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        if let Some(ord) = number_cmp(a, b) {
            return Ok(Value::Bool(ord_matches(ord, op)));
        }
        if matches!(op, CmpKind::Eq | CmpKind::Ne) {
            // A user `__eq__`/`__ne__` result is returned as is (it need not be a bool).
            let rich = |v: &Value| match v {
                Value::Instance(_) => true,
                Value::Native(n) => n.rich_compare(),
                _ => false,
            };
            let instance = rich(a) || rich(b);
            if instance && unwrap_payloads(a, b).is_none() {
                if let Some(r) = self.dunder_compare(a, b, op)? {
                    return Ok(r);
                }
                return Ok(Value::Bool(a.is(b) == (op == CmpKind::Eq)));
            }
            let r = self.eq(a, b)?;
            return Ok(Value::Bool(r == (op == CmpKind::Eq)));
        }
        if !is_user(a) && !is_user(b) {
            if let Some(ord) = self.builtin_order(a, b, op)? {
                return Ok(Value::Bool(ord));
            }
        }
        match self.dunder_compare(a, b, op)? {
            Some(v) => Ok(v),
            None if unwrap_payloads(a, b).is_some() => {
                let (pa, pb) = unwrap_payloads(a, b).unwrap_or((Value::None, Value::None));
                self.compare(&pa, &pb, op)
            }
            None => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                class_of(a).name,
                class_of(b).name
            ))),
        }
    }

    /// Ordering of built-in sequences and sets; `None` when not comparable.
    fn builtin_order(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                Ok(Some(ord_matches(Some(x.as_str().cmp(y.as_str())), op)))
            }
            (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(ord_matches(Some(x.cmp(y)), op))),
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                self.seq_order(&x, &y, op).map(Some)
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                self.seq_order(&x, &y, op).map(Some)
            }
            (Value::Set(x), Value::Set(y)) => {
                let sub = |vm: &mut Vm, p: &Set, q: &Set| -> PyResult<bool> {
                    for v in p.items() {
                        if !q.contains(vm, &v)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                Ok(Some(match op {
                    CmpKind::Le => sub(self, x, y)?,
                    CmpKind::Lt => x.len() < y.len() && sub(self, x, y)?,
                    CmpKind::Ge => sub(self, y, x)?,
                    CmpKind::Gt => x.len() > y.len() && sub(self, y, x)?,
                    _ => false,
                }))
            }
            _ => Ok(None),
        }
    }

    fn seq_order(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            let r = self.compare(p, q, op)?;
            return self.truthy(&r);
        }
        Ok(ord_matches(Some(x.len().cmp(&y.len())), op))
    }

    fn dunder_compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<Value>> {
        let (name, rname) = match op {
            CmpKind::Lt => ("__lt__", "__gt__"),
            CmpKind::Le => ("__le__", "__ge__"),
            CmpKind::Gt => ("__gt__", "__lt__"),
            CmpKind::Ge => ("__ge__", "__le__"),
            CmpKind::Eq => ("__eq__", "__eq__"),
            CmpKind::Ne => ("__ne__", "__ne__"),
        };
        let ca = class_of(a);
        let cb = class_of(b);
        let reflected_first = !Arc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        let order: [(&Value, &str, &Value); 2] = if reflected_first {
            [(b, rname, a), (a, name, b)]
        } else {
            [(a, name, b), (b, rname, a)]
        };
        for (x, n, y) in order {
            if is_user(x) {
                if let Some(r) = self.call_method(x, n, std::slice::from_ref(y))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::runtime::hash::fast_eq(a, b) {
            return Ok(r);
        }
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.snapshot(), y.snapshot());
                self.seq_eq(&x, &y)
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                self.seq_eq(&x, &y)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.items() {
                    match y.get(self, &k)? {
                        Some(w) => {
                            if !v.is(&w) && !self.eq(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(x), Value::Set(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for v in x.items() {
                    if !y.contains(self, &v)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => {
                if a.is(b) {
                    return Ok(true);
                }
                if let Some((pa, pb)) = unwrap_payloads(a, b) {
                    let user_eq = |v: &Value| {
                        matches!(v, Value::Instance(_))
                            && matches!(class_of(v).lookup_str("__eq__"), Some(Value::Function(_)))
                    };
                    if !user_eq(a) && !user_eq(b) {
                        return self.eq(&pa, &pb);
                    }
                }
                if is_user(a) || is_user(b) {
                    if let Value::Native(n) = a {
                        if let Some(r) = n.eq(self, b) {
                            return r;
                        }
                    }
                    if let Value::Native(n) = b {
                        if let Some(r) = n.eq(self, a) {
                            return r;
                        }
                    }
                    if let Some(r) = self.dunder_compare(a, b, CmpKind::Eq)? {
                        return self.truthy(&r);
                    }
                }
                Ok(false)
            }
        }
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(ord) = number_cmp(a, b) {
            return Ok(ord == Some(Ordering::Less));
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(x.as_str() < y.as_str());
        }
        let r = self.compare(a, b, CmpKind::Lt)?;
        self.truthy(&r)
    }

    /// A value usable as an index (`__index__`): ints and bools.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(_) | Value::Native(_) => match self.call_method(v, "__index__", &[])? {
                Some(r) => self.index_value(&r),
                None if crate::runtime::class::payload_of(v).is_some() => {
                    let p = crate::runtime::class::payload_of(v)
                        .cloned()
                        .unwrap_or(Value::None);
                    self.index_value(&p)
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class_of(v).name
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_of(v).name
            ))),
        }
    }
}

/// For `seq * n`: the integer operand when the other is a sequence.
fn int_arg(a: &Value, b: &Value) -> Option<i64> {
    match (a, b) {
        (Value::Int(n), _) | (_, Value::Int(n)) => Some(*n),
        (Value::Bool(n), _) | (_, Value::Bool(n)) => Some(*n as i64),
        _ => None,
    }
}

pub fn ord_matches(ord: Option<Ordering>, op: CmpKind) -> bool {
    match ord {
        None => op == CmpKind::Ne,
        Some(o) => match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        },
    }
}

pub fn cmp_symbol(op: CmpKind) -> &'static str {
    match op {
        CmpKind::Lt => "<",
        CmpKind::Le => "<=",
        CmpKind::Eq => "==",
        CmpKind::Ne => "!=",
        CmpKind::Gt => ">",
        CmpKind::Ge => ">=",
    }
}

/// The built-in values inside instances of built-in subclasses (the other operand as is);
/// `None` when neither operand has one.
fn unwrap_payloads(a: &Value, b: &Value) -> Option<(Value, Value)> {
    use crate::runtime::class::payload_of;
    match (payload_of(a), payload_of(b)) {
        (None, None) => None,
        (pa, pb) => Some((
            pa.cloned().unwrap_or_else(|| a.clone()),
            pb.cloned().unwrap_or_else(|| b.clone()),
        )),
    }
}
