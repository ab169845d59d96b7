//! Methods of `list` and `tuple`, including a stable merge sort whose comparisons may run user
//! code (errors propagate; an inconsistent `__lt__` can never panic the VM).

use super::args::{add_methods, allow_kw, check_method, kwarg, Kw};
use super::slice::Slice;
use crate::runtime::list::List;
use crate::runtime::types::types;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

fn list_of(v: &Value) -> PyResult<&Arc<List>> {
    match v {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

/// `check_method` for a `list` method, first reporting a missing or non-list `self` as
/// CPython does (`list.append()`, `list.append(1, 2)`).
fn check_list(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    match a.first() {
        None => Err(PyErr::type_error(format!(
            "unbound method list.{name}() needs an argument"
        ))),
        Some(Value::List(_)) if min == 1 && max == 1 && a.len() != 2 => {
            Err(PyErr::type_error(format!(
                "list.{name}() takes exactly one argument ({} given)",
                a.len() - 1
            )))
        }
        Some(Value::List(_)) => check_method(name, a, min, max),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            super::args::type_name(other)
        ))),
    }
}

pub fn install() {
    let t = types();
    add_methods(
        &t.list,
        "list",
        &[
            ("__new__", |vm, a, _| {
                super::args::check("list", &a[1..], 0, 1)?;
                Ok(Value::list(match a.get(1) {
                    Some(v) => vm.collect(v)?,
                    None => Vec::new(),
                }))
            }),
            ("__init__", |vm, a, _| {
                check_method("list", a, 0, 1)?;
                let items = match a.get(1) {
                    Some(v) => vm.collect(v)?,
                    None => Vec::new(),
                };
                *list_of(&a[0])?.write() = items;
                Ok(Value::None)
            }),
            ("append", |_vm, a, _| {
                check_list("append", a, 1, 1)?;
                list_of(&a[0])?.push(a[1].clone());
                Ok(Value::None)
            }),
            ("extend", |vm, a, _| {
                check_list("extend", a, 1, 1)?;
                let items = vm.collect(&a[1])?;
                list_of(&a[0])?.write().extend(items);
                Ok(Value::None)
            }),
            ("insert", |vm, a, _| {
                check_list("insert", a, 2, 2)?;
                let l = list_of(&a[0])?;
                let i = vm.index_value(&a[1])?;
                let mut w = l.write();
                let n = w.len() as i64;
                let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                w.insert(i, a[2].clone());
                Ok(Value::None)
            }),
            ("pop", |vm, a, _| {
                check_list("pop", a, 0, 1)?;
                let l = list_of(&a[0])?;
                let i = match a.get(1) {
                    Some(v) => Some(vm.index_value(v)?),
                    None => None,
                };
                let mut w = l.write();
                if w.is_empty() {
                    return Err(PyErr::index_error("pop from empty list"));
                }
                let n = w.len() as i64;
                let i = match i {
                    None => n - 1,
                    Some(i) if i < 0 => i + n,
                    Some(i) => i,
                };
                if i < 0 || i >= n {
                    return Err(PyErr::index_error("pop index out of range"));
                }
                Ok(w.remove(i as usize))
            }),
            ("remove", |vm, a, _| {
                check_list("remove", a, 1, 1)?;
                let l = list_of(&a[0])?;
                let items = l.snapshot();
                for (i, v) in items.iter().enumerate() {
                    if v.is(&a[1]) || vm.eq(v, &a[1])? {
                        let mut w = l.write();
                        if i < w.len() {
                            w.remove(i);
                        }
                        return Ok(Value::None);
                    }
                }
                Err(PyErr::value_error("list.remove(x): x not in list"))
            }),
            ("index", |vm, a, _| {
                check_list("index", a, 1, 3)?;
                let items = list_of(&a[0])?.snapshot();
                seq_index(vm, &items, a, "list")
            }),
            ("count", |vm, a, _| {
                check_list("count", a, 1, 1)?;
                let items = list_of(&a[0])?.snapshot();
                seq_count(vm, &items, &a[1])
            }),
            ("reverse", |_vm, a, _| {
                list_of(&a[0])?.write().reverse();
                Ok(Value::None)
            }),
            ("clear", |_vm, a, _| {
                list_of(&a[0])?.write().clear();
                Ok(Value::None)
            }),
            ("copy", |_vm, a, _| {
                Ok(Value::list(list_of(&a[0])?.snapshot()))
            }),
            ("sort", |vm, a, k| {
                check_list("sort", a, 0, 0)?;
                sort_list(vm, list_of(&a[0])?, k)?;
                Ok(Value::None)
            }),
            ("__len__", |_vm, a, _| {
                Ok(Value::Int(list_of(&a[0])?.len() as i64))
            }),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
            ("__setitem__", |vm, a, _| {
                vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
    add_methods(
        &t.tuple,
        "tuple",
        &[
            ("__new__", |vm, a, _| {
                super::args::check("tuple", &a[1..], 0, 1)?;
                Ok(match a.get(1) {
                    Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
                    Some(v) => Value::tuple(vm.collect(v)?),
                    None => Value::tuple(vec![]),
                })
            }),
            ("index", |vm, a, _| {
                check_method("index", a, 1, 3)?;
                let Value::Tuple(t) = &a[0] else {
                    return Err(PyErr::type_error("expected tuple"));
                };
                let items = t.items.to_vec();
                seq_index(vm, &items, a, "tuple")
            }),
            ("count", |vm, a, _| {
                check_method("count", a, 1, 1)?;
                let Value::Tuple(t) = &a[0] else {
                    return Err(PyErr::type_error("expected tuple"));
                };
                let items = t.items.to_vec();
                seq_count(vm, &items, &a[1])
            }),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
}

fn seq_index(vm: &mut Vm, items: &[Value], a: &[Value], tname: &str) -> PyResult<Value> {
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.get(2) {
        Some(v) => norm(vm.index_value(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(vm.index_value(v)?),
        None => n,
    };
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&a[1]) || vm.eq(v, &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    if tname == "list" {
        Err(PyErr::value_error(format!(
            "{} is not in list",
            vm.repr(&a[1])?
        )))
    } else {
        Err(PyErr::value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut c = 0;
    for v in items {
        if v.is(x) || vm.eq(v, x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

/// `list.sort(key=None, reverse=False)`: stable; the list is empty while sorting, as in
/// CPython, and a list modified during the sort raises ValueError.
pub fn sort_list(vm: &mut Vm, l: &Arc<List>, kw: Kw) -> PyResult<()> {
    allow_kw("sort", kw, &["key", "reverse"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.write());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mut w = l.write();
    let modified = !w.is_empty();
    *w = items;
    drop(w);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(())
}

/// Sorts values in place with Python semantics (only `<` is used).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call(k, std::slice::from_ref(v), &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    if reverse {
        // Reverse, stable-sort, reverse: keeps equal elements in original order (CPython).
        let mut idx: Vec<usize> = (0..items.len()).rev().collect();
        merge_sort(vm, &mut idx, &keys)?;
        idx.reverse();
        let old = std::mem::take(items);
        *items = idx.into_iter().map(|i| old[i].clone()).collect();
        return Ok(());
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    merge_sort(vm, &mut idx, &keys)?;
    let old = std::mem::take(items);
    *items = idx.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

/// Stable merge sort of indices by `keys`, using only `lt` (which may fail).
fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    if idx.len() < 2 {
        return Ok(());
    }
    // Fast paths for homogeneous ints / strs / non-NaN floats: total orders, no user code.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
        return Ok(());
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        idx.sort_by(|&a, &b| {
            keys[a]
                .as_str()
                .unwrap_or("")
                .cmp(keys[b].as_str().unwrap_or(""))
        });
        return Ok(());
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let f = |i: usize| {
            if let Value::Float(x) = keys[i] {
                x
            } else {
                0.0
            }
        };
        idx.sort_by(|&a, &b| f(a).total_cmp(&f(b)));
        return Ok(());
    }
    let mut buf = idx.clone();
    let n = idx.len();
    let mut width = 1;
    // Insertion sort small runs first.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && vm.lt(&keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    width = width.max(RUN);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if vm.lt(&keys[idx[j]], &keys[idx[i]])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// `l[slice] = items`.
pub fn list_set_slice(
    vm: &mut Vm,
    l: &Arc<List>,
    sl: &Slice,
    new_items: Vec<Value>,
) -> PyResult<()> {
    let len = l.len();
    let (start, stop, step, n) = sl.indices(vm, len)?;
    let mut w = l.write();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64) as usize).min(w.len());
        w.splice(start..stop, new_items);
        return Ok(());
    }
    if new_items.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new_items.len()
        )));
    }
    let mut i = start;
    for v in new_items {
        w[i as usize] = v;
        i += step;
    }
    Ok(())
}
