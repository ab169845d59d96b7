//! Object protocols: iteration, length, subscription, membership, hashing, repr/str and
//! `format`, dispatching to built-in fast paths or to the user's dunder methods.

use super::Vm;
use crate::builtins::iters::{DictIter, DictIterKind, SeqIter};
use crate::builtins::slice::Slice;
use crate::runtime::dict::Dict;
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use std::sync::Arc;

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
                Value::native(SeqIter::new(v.clone()))
            }
            Value::Dict(d) => Value::native(DictIter::new(d.clone(), DictIterKind::Keys)),
            Value::Set(s) => Value::native(SeqIter::new(Value::tuple(s.items()))),
            Value::Native(n) => {
                if n.is_iterator() {
                    return Ok(v.clone());
                }
                if let Some(it) = n.iter(self, v)? {
                    return Ok(it);
                }
                match self.call_method(v, "__iter__", &[])? {
                    Some(it) => it,
                    None => return Err(not_iterable(v)),
                }
            }
            Value::Instance(_) => {
                if let Some(it) = self.call_method(v, "__iter__", &[])? {
                    if self.lookup_special(&it, "__next__").is_none()
                        && !matches!(it, Value::Native(_))
                    {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            class_of(&it).name
                        )));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    return Ok(Value::native(crate::builtins::iters::GetItemIter::new(
                        v.clone(),
                    )));
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        })
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Native(n) => n.next(self),
            Value::Instance(_) => match self.lookup_special(it, "__next__") {
                Some(m) => match self.call(&m, &[], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance(&types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    class_of(it).name
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                class_of(it).name
            ))),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::Set(s) => Ok(s.items()),
            Value::Dict(d) => Ok(d.keys()),
            _ => {
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// Unpacks exactly `n` items (for `a, b = v`).
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self.iter(v).map_err(|e| {
                    if e.is_instance(&types().type_error) {
                        PyErr::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            class_of(v).name
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => Ok(s.char_len()),
            Value::List(l) => Ok(l.len()),
            Value::Tuple(t) => Ok(t.items.len()),
            Value::Dict(d) => Ok(d.len()),
            Value::Set(s) => Ok(s.len()),
            Value::Bytes(b) => Ok(b.len()),
            Value::Native(n) => match n.len(self) {
                Some(r) => r,
                None => self.len_dunder(v),
            },
            Value::Instance(_) => self.len_dunder(v),
            _ => Err(no_len(v)),
        }
    }

    fn len_dunder(&mut self, v: &Value) -> PyResult<usize> {
        match self.call_method(v, "__len__", &[])? {
            Some(r) => {
                let n = self.index_value(&r)?;
                if n < 0 {
                    return Err(PyErr::value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(no_len(v)),
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => match key {
                Value::Native(_) | Value::Instance(_) if key.downcast::<Slice>().is_none() => {
                    let i = self.seq_index(key, "list")?;
                    let items = l.read();
                    let i = norm_index(i, items.len(), "list")?;
                    Ok(items[i].clone())
                }
                Value::Int(_) | Value::Bool(_) => {
                    let items = l.read();
                    let i = norm_index(self.index_value(key)?, items.len(), "list")?;
                    Ok(items[i].clone())
                }
                _ => {
                    let items = l.snapshot();
                    Ok(Value::list(self.seq_getitem(&items, key, "list")?))
                }
            },
            Value::Tuple(t) => match key {
                Value::Native(_) | Value::Instance(_) if key.downcast::<Slice>().is_none() => {
                    let i = self.seq_index(key, "tuple")?;
                    let i = norm_index(i, t.items.len(), "tuple")?;
                    Ok(t.items[i].clone())
                }
                Value::Int(_) | Value::Bool(_) => {
                    let i = norm_index(self.index_value(key)?, t.items.len(), "tuple")?;
                    Ok(t.items[i].clone())
                }
                _ => Ok(Value::tuple(self.seq_getitem(&t.items, key, "tuple")?)),
            },
            Value::Str(s) => crate::builtins::str_methods::str_getitem(self, s, key),
            Value::Bytes(b) => match key {
                Value::Native(_) => {
                    let items: Vec<Value> = b.iter().map(|&x| Value::Int(x as i64)).collect();
                    let r = self.seq_getitem(&items, key, "bytes")?;
                    Ok(Value::Bytes(Arc::new(
                        r.iter()
                            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
                            .collect(),
                    )))
                }
                _ => {
                    let i = norm_index(self.index_value(key)?, b.len(), "bytes")?;
                    Ok(Value::Int(b[i] as i64))
                }
            },
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Native(n) => match n.getitem(self, key) {
                Some(r) => r,
                None => self.getitem_dunder(obj, key),
            },
            Value::Class(c) => {
                if let Some(m) = c.lookup_str("__class_getitem__") {
                    return self.call(&m, &[obj.clone(), key.clone()], &[]);
                }
                // `list[int]` style generic aliases are accepted and ignored.
                Ok(obj.clone())
            }
            _ => self.getitem_dunder(obj, key),
        }
    }

    fn getitem_dunder(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            // A dict subclass with `__missing__` (defaultdict-style).
            if let Some(Value::Dict(d)) = inst.base.get() {
                let cls = inst.class();
                if let (Some(missing), false) = (
                    cls.lookup_str("__missing__"),
                    matches!(cls.lookup_str("__getitem__"), Some(Value::Function(_))),
                ) {
                    return match d.get(self, key)? {
                        Some(v) => Ok(v),
                        None => self.call(&missing, &[obj.clone(), key.clone()], &[]),
                    };
                }
            }
            if let Some(r) = self.call_method(obj, "__getitem__", std::slice::from_ref(key))? {
                return Ok(r);
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            class_of(obj).name
        )))
    }

    /// `key.__index__()` for sequence subscripts, with the sequence's TypeError otherwise.
    fn seq_index(&mut self, key: &Value, tname: &str) -> PyResult<i64> {
        self.index_value(key).map_err(|_| {
            PyErr::type_error(format!(
                "{tname} indices must be integers or slices, not {}",
                class_of(key).name
            ))
        })
    }

    /// Items of `seq[slice]`, or a TypeError for a bad index type.
    pub fn seq_getitem(
        &mut self,
        items: &[Value],
        key: &Value,
        tname: &str,
    ) -> PyResult<Vec<Value>> {
        match key.downcast::<Slice>() {
            Some(sl) => {
                let (start, _stop, step, n) = sl.indices(self, items.len())?;
                let mut out = Vec::with_capacity(n);
                let mut i = start;
                for _ in 0..n {
                    out.push(items[i as usize].clone());
                    i += step;
                }
                Ok(out)
            }
            None => {
                if let Value::Instance(_) | Value::Native(_) = key {
                    let i = self.index_value(key).map_err(|_| {
                        PyErr::type_error(format!(
                            "{tname} indices must be integers or slices, not {}",
                            class_of(key).name
                        ))
                    })?;
                    let i = norm_index(i, items.len(), tname)?;
                    return Ok(vec![items[i].clone()]);
                }
                Err(PyErr::type_error(format!(
                    "{tname} indices must be integers or slices, not {}",
                    class_of(key).name
                )))
            }
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Some(sl) = key.downcast::<Slice>() {
                    let new_items = self.collect(&value)?;
                    return crate::builtins::list_methods::list_set_slice(self, l, sl, new_items);
                }
                let i = self.index_value(&key).map_err(|_| {
                    PyErr::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        class_of(&key).name
                    ))
                })?;
                let mut items = l.write();
                let n = items.len();
                let i = norm_index(i, n, "list")
                    .map_err(|_| PyErr::index_error("list assignment index out of range"))?;
                items[i] = value;
                Ok(())
            }
            Value::Dict(d) => d.set(self, key, value),
            Value::Instance(_) | Value::Native(_) => {
                if let Value::Native(n) = obj {
                    if let Some(r) = n.setitem(self, &key, &value) {
                        return r;
                    }
                }
                match self.call_method(obj, "__setitem__", &[key, value])? {
                    Some(_) => Ok(()),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item assignment",
                        class_of(obj).name
                    ))),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                class_of(obj).name
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Some(sl) = key.downcast::<Slice>() {
                    let len = l.len();
                    let (start, _, step, n) = sl.indices(self, len)?;
                    if n == 0 {
                        return Ok(());
                    }
                    // The selected indices as lo, lo + stride, ... (n of them), in one O(len)
                    // pass; the removed values are dropped after the list's lock is released.
                    let stride = step.unsigned_abs() as usize;
                    let lo = if step > 0 {
                        start
                    } else {
                        start + (n as i64 - 1) * step
                    } as usize;
                    let mut items = l.write();
                    let removed: Vec<Value> = if stride == 1 {
                        let hi = (lo + n).min(items.len());
                        items.drain(lo.min(hi)..hi).collect()
                    } else {
                        let old = std::mem::take(&mut *items);
                        let mut removed = Vec::with_capacity(n);
                        for (i, v) in old.into_iter().enumerate() {
                            let hit =
                                i >= lo && (i - lo).is_multiple_of(stride) && (i - lo) / stride < n;
                            if hit {
                                removed.push(v);
                            } else {
                                items.push(v);
                            }
                        }
                        removed
                    };
                    drop(items);
                    drop(removed);
                    return Ok(());
                }
                let i = self.index_value(key)?;
                let mut items = l.write();
                let n = items.len();
                let i = norm_index(i, n, "list")
                    .map_err(|_| PyErr::index_error("list assignment index out of range"))?;
                items.remove(i);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.call_method(obj, "__delitem__", std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object doesn't support item deletion",
                        class_of(obj).name
                    ))),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                class_of(obj).name
            ))),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(l) => {
                let items = l.snapshot();
                for v in &items {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for v in t.items.iter() {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    class_of(item).name
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(PyErr::type_error("a bytes-like object is required")),
            },
            Value::Dict(d) => Ok(d.get(self, item)?.is_some()),
            Value::Set(s) => s.contains(self, item),
            Value::Native(n) => match n.contains(self, item) {
                Some(r) => r,
                None => self.contains_generic(container, item),
            },
            _ => self.contains_generic(container, item),
        }
    }

    fn contains_generic(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_method(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        let it = self.iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                class_of(container).name
            ))
        })?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = crate::runtime::hash::fast_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for x in t.items.iter() {
                    hs.push(self.hash(x)?);
                }
                Ok(crate::runtime::hash::hash_tuple(&hs))
            }
            Value::List(_) | Value::Dict(_) => Err(unhashable(v)),
            Value::Set(s) if !s.frozen => Err(unhashable(v)),
            Value::Set(s) => {
                let mut hs = Vec::new();
                for x in s.items() {
                    hs.push(self.hash(&x)?);
                }
                Ok(crate::numeric::hash::hash_frozenset(&hs))
            }
            Value::Instance(inst) => {
                let cls = class_of(v);
                if let Some(p) = inst.base.get() {
                    let user = |n: &str| matches!(cls.lookup_str(n), Some(Value::Function(_)));
                    if !user("__hash__") && !user("__eq__") {
                        return self.hash(&p.clone());
                    }
                }
                match cls.lookup_str("__hash__") {
                    Some(Value::None) => Err(unhashable(v)),
                    Some(h @ (Value::Function(_) | Value::BoundMethod(_))) => {
                        let r = self.call(&h, std::slice::from_ref(v), &[])?;
                        match r {
                            Value::Int(i) => Ok(crate::runtime::hash::hash_i64(i)),
                            Value::BigInt(b) => Ok(crate::runtime::hash::hash_bigint(&b)),
                            Value::Bool(b) => Ok(b as i64),
                            _ => Err(PyErr::type_error(
                                "__hash__ method should return an integer",
                            )),
                        }
                    }
                    _ => {
                        if cls
                            .lookup_str("__eq__")
                            .is_some_and(|e| matches!(e, Value::Function(_)))
                        {
                            return Err(unhashable(v));
                        }
                        Ok(identity_hash(v))
                    }
                }
            }
            Value::Native(n) => match n.hash(self) {
                Some(r) => r,
                None => Ok(identity_hash(v)),
            },
            _ => Ok(identity_hash(v)),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        crate::builtins::repr::repr(self, v)
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = cls.lookup_str("__str__") {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call(&f, std::slice::from_ref(v), &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            other => Err(PyErr::type_error(format!(
                                "__str__ returned non-string (type {})",
                                class_of(&other).name
                            ))),
                        };
                    }
                }
                if inst.exc.is_some()
                    && cls
                        .lookup_str("__repr__")
                        .is_none_or(|r| matches!(r, Value::Builtin(_)))
                {
                    return crate::builtins::repr::exception_str(self, inst);
                }
                // str defines __str__ (the string itself); the other built-ins inherit
                // object.__str__, which is repr (a user's __repr__, else the payload's).
                if let Some(Value::Str(s)) = inst.base.get() {
                    return Ok(s.as_str().to_owned());
                }
                self.repr(v)
            }
            Value::Native(n) => match n.str(self)? {
                Some(s) => Ok(s),
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        crate::builtins::strfmt::format_value(self, v, spec)
    }

    /// `d.update(m)` semantics; with `fname`, duplicate keys are an error (`f(**m)`).
    pub fn dict_update_from(
        &mut self,
        d: &Arc<Dict>,
        m: &Value,
        fname: Option<&str>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            _ => {
                if let Some(keys) = self.lookup_special(m, "keys") {
                    let ks = self.call(&keys, &[], &[])?;
                    let mut out = Vec::new();
                    for k in self.collect(&ks)? {
                        let v = self.getitem(m, &k)?;
                        out.push((k, v));
                    }
                    out
                } else if fname.is_some() {
                    return Err(PyErr::type_error(format!(
                        "{}() argument after ** must be a mapping, not {}",
                        fname.unwrap_or(""),
                        class_of(m).name
                    )));
                } else {
                    let mut out = Vec::new();
                    for (i, item) in self.collect(m)?.into_iter().enumerate() {
                        let kv = self.collect(&item).map_err(|_| {
                            PyErr::type_error(format!(
                                "cannot convert dictionary update sequence element #{i} to a sequence"
                            ))
                        })?;
                        if kv.len() != 2 {
                            return Err(PyErr::value_error(format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                kv.len()
                            )));
                        }
                        out.push((kv[0].clone(), kv[1].clone()));
                    }
                    out
                }
            }
        };
        for (k, v) in pairs {
            if let Some(fname) = fname {
                if !matches!(k, Value::Str(_)) {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                if d.get(self, &k)?.is_some() {
                    return Err(PyErr::type_error(format!(
                        "{fname}() got multiple values for keyword argument '{}'",
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }
}

/// Normalises a possibly negative index; IndexError "<type> index out of range".
pub fn norm_index(i: i64, len: usize, tname: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error(format!("{tname} index out of range")));
    }
    Ok(j as usize)
}

pub fn identity_hash(v: &Value) -> i64 {
    let p = v.ptr().unwrap_or(0) as u64;
    (p.rotate_right(4) >> 1) as i64
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", class_of(v).name))
}

fn no_len(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "object of type '{}' has no len()",
        class_of(v).name
    ))
}

fn unhashable(v: &Value) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{}'", class_of(v).name))
}
