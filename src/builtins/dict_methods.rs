//! Methods of `dict`, `set` and `frozenset`.

use super::args::{add_methods, check_method, Kw};
use super::iters::{DictIter, DictIterKind};
use crate::runtime::dict::Dict;
use crate::runtime::set::Set;
use crate::runtime::types::types;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;
use std::sync::Arc;

fn dict_of(v: &Value) -> PyResult<&Arc<Dict>> {
    match v {
        Value::Dict(d) => Ok(d),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn set_of(v: &Value) -> PyResult<&Arc<Set>> {
    match v {
        Value::Set(s) => Ok(s),
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

fn dict_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check("dict", &a[1..], 0, 1)?;
    let d = Arc::new(Dict::new());
    if let Some(src) = a.get(1) {
        vm.dict_update_from(&d, src, None)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::Dict(d))
}

pub fn install() {
    let t = types();
    add_methods(
        &t.dict,
        "dict",
        &[
            ("__new__", dict_new),
            ("__init__", |vm, a, kw| update(vm, a, kw, "dict")),
            ("get", |vm, a, _| {
                check_method("get", a, 1, 2)?;
                Ok(dict_of(&a[0])?
                    .get(vm, &a[1])?
                    .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
            }),
            ("keys", |_vm, a, _| {
                Ok(Value::native(DictView {
                    dict: dict_of(&a[0])?.clone(),
                    kind: DictIterKind::Keys,
                }))
            }),
            ("values", |_vm, a, _| {
                Ok(Value::native(DictView {
                    dict: dict_of(&a[0])?.clone(),
                    kind: DictIterKind::Values,
                }))
            }),
            ("items", |_vm, a, _| {
                Ok(Value::native(DictView {
                    dict: dict_of(&a[0])?.clone(),
                    kind: DictIterKind::Items,
                }))
            }),
            ("pop", |vm, a, _| {
                check_method("pop", a, 1, 2)?;
                match dict_of(&a[0])?.remove(vm, &a[1])? {
                    Some(v) => Ok(v),
                    None => match a.get(2) {
                        Some(d) => Ok(d.clone()),
                        None => Err(PyErr::key_error(a[1].clone())),
                    },
                }
            }),
            ("popitem", |_vm, a, _| match dict_of(&a[0])?.pop_last() {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(PyErr::key_error(Value::str(
                    "popitem(): dictionary is empty",
                ))),
            }),
            ("setdefault", |vm, a, _| {
                check_method("setdefault", a, 1, 2)?;
                let v = a.get(2).cloned().unwrap_or(Value::None);
                dict_of(&a[0])?.setdefault(vm, a[1].clone(), v)
            }),
            ("update", |vm, a, kw| update(vm, a, kw, "update")),
            ("copy", |_vm, a, _| {
                Ok(Value::Dict(Arc::new(dict_of(&a[0])?.copy())))
            }),
            ("clear", |_vm, a, _| {
                dict_of(&a[0])?.clear();
                Ok(Value::None)
            }),
            ("fromkeys", |vm, a, _| {
                check_method("fromkeys", a, 1, 2)?;
                if let Value::Class(c) = &a[0] {
                    if !Arc::ptr_eq(c, &types().dict) {
                        // A subclass (OrderedDict, Counter...): `cls()` filled by `d[k] = v`.
                        let d = vm.call(&a[0], &[], &[])?;
                        let v = a.get(2).cloned().unwrap_or(Value::None);
                        for k in vm.collect(&a[1])? {
                            vm.setitem(&d, k, v.clone())?;
                        }
                        return Ok(d);
                    }
                }
                let d = Dict::new();
                let v = a.get(2).cloned().unwrap_or(Value::None);
                for k in vm.collect(&a[1])? {
                    d.set(vm, k, v.clone())?;
                }
                Ok(Value::Dict(Arc::new(d)))
            }),
            ("__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1])),
            ("__setitem__", |vm, a, _| {
                vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
    if let Some(f) = t.dict.dict.get_str("fromkeys") {
        t.dict.dict.set_str(
            "fromkeys",
            Value::native(super::objects::ClassMethod { func: f }),
        );
    }
    for (cls, frozen) in [(&t.set, false), (&t.frozenset, true)] {
        let owner = if frozen { "frozenset" } else { "set" };
        add_methods(
            cls,
            owner,
            &[
                ("__new__", |vm, a, _| {
                    super::args::check("set", &a[1..], 0, 1)?;
                    let frozen = matches!(&a[0], Value::Class(c) if c.name.as_ref() == "frozenset");
                    let s = Set::new(frozen);
                    if let Some(src) = a.get(1) {
                        for v in vm.collect(src)? {
                            s.add(vm, v)?;
                        }
                    }
                    Ok(Value::Set(Arc::new(s)))
                }),
                ("union", |vm, a, _| set_multi(vm, a, BinOp::BitOr)),
                ("intersection", |vm, a, _| set_multi(vm, a, BinOp::BitAnd)),
                ("difference", |vm, a, _| set_multi(vm, a, BinOp::Sub)),
                ("symmetric_difference", |vm, a, _| {
                    set_multi(vm, a, BinOp::BitXor)
                }),
                ("issubset", |vm, a, _| {
                    check_method("issubset", a, 1, 1)?;
                    let o = to_set(vm, &a[1])?;
                    for v in set_of(&a[0])?.items() {
                        if !o.contains(vm, &v)? {
                            return Ok(Value::Bool(false));
                        }
                    }
                    Ok(Value::Bool(true))
                }),
                ("issuperset", |vm, a, _| {
                    check_method("issuperset", a, 1, 1)?;
                    let s = set_of(&a[0])?.clone();
                    for v in vm.collect(&a[1])? {
                        if !s.contains(vm, &v)? {
                            return Ok(Value::Bool(false));
                        }
                    }
                    Ok(Value::Bool(true))
                }),
                ("isdisjoint", |vm, a, _| {
                    check_method("isdisjoint", a, 1, 1)?;
                    let s = set_of(&a[0])?.clone();
                    for v in vm.collect(&a[1])? {
                        if s.contains(vm, &v)? {
                            return Ok(Value::Bool(false));
                        }
                    }
                    Ok(Value::Bool(true))
                }),
                ("copy", |_vm, a, _| {
                    let s = set_of(&a[0])?;
                    Ok(Value::Set(Arc::new(s.copy(s.frozen))))
                }),
                ("__contains__", |vm, a, _| {
                    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
                }),
                ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
                ("__iter__", |vm, a, _| vm.iter(&a[0])),
            ],
        );
    }
    add_methods(
        &t.set,
        "set",
        &[
            ("__init__", |vm, a, _| {
                check_method("set", a, 0, 1)?;
                let s = set_of(&a[0])?.clone();
                s.clear();
                if let Some(src) = a.get(1) {
                    for v in vm.collect(src)? {
                        s.add(vm, v)?;
                    }
                }
                Ok(Value::None)
            }),
            ("add", |vm, a, _| {
                check_method("add", a, 1, 1)?;
                set_of(&a[0])?.add(vm, a[1].clone())?;
                Ok(Value::None)
            }),
            ("remove", |vm, a, _| {
                check_method("remove", a, 1, 1)?;
                if !set_of(&a[0])?.remove(vm, &a[1])? {
                    return Err(PyErr::key_error(a[1].clone()));
                }
                Ok(Value::None)
            }),
            ("discard", |vm, a, _| {
                check_method("discard", a, 1, 1)?;
                set_of(&a[0])?.remove(vm, &a[1])?;
                Ok(Value::None)
            }),
            ("pop", |_vm, a, _| match set_of(&a[0])?.pop() {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(Value::str("pop from an empty set"))),
            }),
            ("clear", |_vm, a, _| {
                set_of(&a[0])?.clear();
                Ok(Value::None)
            }),
            ("update", |vm, a, _| set_inplace(vm, a, BinOp::BitOr)),
            ("intersection_update", |vm, a, _| {
                set_inplace(vm, a, BinOp::BitAnd)
            }),
            ("difference_update", |vm, a, _| {
                set_inplace(vm, a, BinOp::Sub)
            }),
            ("symmetric_difference_update", |vm, a, _| {
                set_inplace(vm, a, BinOp::BitXor)
            }),
        ],
    );
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Arc<Set>> {
    if let Value::Set(s) = v {
        return Ok(s.clone());
    }
    let s = Set::new(true);
    for x in vm.collect(v)? {
        s.add(vm, x)?;
    }
    Ok(Arc::new(s))
}

fn set_multi(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let s = set_of(&a[0])?;
    let mut acc = s.copy(s.frozen);
    for o in &a[1..] {
        let o = to_set(vm, o)?;
        acc = vm.set_op(&acc, &o, op)?;
    }
    Ok(Value::Set(Arc::new(acc)))
}

fn set_inplace(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let s = set_of(&a[0])?.clone();
    for o in &a[1..] {
        let o = to_set(vm, o)?;
        let r = vm.set_op(&s, &o, op)?;
        s.clear();
        for v in r.items() {
            s.add(vm, v)?;
        }
    }
    Ok(Value::None)
}

/// `dict.keys()` / `values()` / `items()` views.
pub struct DictView {
    pub dict: Arc<Dict>,
    pub kind: DictIterKind,
}

fn view_class(kind: DictIterKind) -> Arc<crate::runtime::class::Class> {
    use std::sync::OnceLock;
    static K: OnceLock<Arc<crate::runtime::class::Class>> = OnceLock::new();
    static V: OnceLock<Arc<crate::runtime::class::Class>> = OnceLock::new();
    static I: OnceLock<Arc<crate::runtime::class::Class>> = OnceLock::new();
    let (cell, name) = match kind {
        DictIterKind::Keys => (&K, "dict_keys"),
        DictIterKind::Values => (&V, "dict_values"),
        DictIterKind::Items => (&I, "dict_items"),
    };
    cell.get_or_init(|| {
        let c = crate::runtime::class::Class::native(name);
        add_methods(&c, name, &[("__reversed__", view_reversed)]);
        if kind != DictIterKind::Values {
            add_methods(
                &c,
                name,
                &[
                    ("__and__", view_op::<0, false>),
                    ("__rand__", view_op::<0, true>),
                    ("__or__", view_op::<1, false>),
                    ("__ror__", view_op::<1, true>),
                    ("__sub__", view_op::<2, false>),
                    ("__rsub__", view_op::<2, true>),
                    ("__xor__", view_op::<3, false>),
                    ("__rxor__", view_op::<3, true>),
                    ("isdisjoint", view_isdisjoint),
                ],
            );
        }
        c
    })
    .clone()
}

/// A new set of the elements of `v` (a copy of the table when `v` is a set).
fn collect_set(vm: &mut Vm, v: &Value) -> PyResult<Set> {
    if let Value::Set(s) = v {
        return Ok(s.copy(false));
    }
    let s = Set::new(false);
    for x in vm.collect(v)? {
        s.add(vm, x)?;
    }
    Ok(s)
}

/// `left OP right` where one side is a keys/items view (`R`: the view is `right`), following
/// CPython's `dictviews_and`/`_or`/`_sub`/`_xor` so the result's order matches.
fn view_op<const I: usize, const R: bool>(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    const OPS: [BinOp; 4] = [BinOp::BitAnd, BinOp::BitOr, BinOp::Sub, BinOp::BitXor];
    check_method(crate::vm::ops::dunder(OPS[I]).0, a, 1, 1)?;
    let (left, right) = if R { (&a[1], &a[0]) } else { (&a[0], &a[1]) };
    if OPS[I] == BinOp::BitAnd {
        return view_and(vm, &a[0], &a[1]);
    }
    let out = collect_set(vm, left)?;
    match OPS[I] {
        BinOp::BitOr => {
            for v in vm.collect(right)? {
                out.add(vm, v)?;
            }
        }
        BinOp::Sub => {
            for v in vm.collect(right)? {
                out.remove(vm, &v)?;
            }
        }
        _ => {
            let other = collect_set(vm, right)?;
            for v in other.items() {
                if !out.remove(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
        }
    }
    Ok(Value::Set(Arc::new(out)))
}

/// `view & other`: iterates the smaller side, keeping what the other contains.
fn view_and(vm: &mut Vm, view: &Value, other: &Value) -> PyResult<Value> {
    let len = |v: &Value| v.downcast::<DictView>().map(|d| d.dict.len());
    let (mut me, mut other) = (view, other);
    let out = Set::new(false);
    if let Value::Set(s) = other {
        if !s.frozen && len(me).unwrap_or(0) <= s.len() {
            for v in vm.collect(me)? {
                if s.contains(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
            return Ok(Value::Set(Arc::new(out)));
        }
    }
    if let (Some(a), Some(b)) = (len(me), len(other)) {
        if b > a {
            std::mem::swap(&mut me, &mut other);
        }
    }
    for v in vm.collect(other)? {
        if vm.contains(me, &v)? {
            out.add(vm, v)?;
        }
    }
    Ok(Value::Set(Arc::new(out)))
}

/// `reversed(view)`: the view's elements, last first (a snapshot).
fn view_reversed(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method("__reversed__", a, 0, 0)?;
    let mut items = vm.collect(&a[0])?;
    items.reverse();
    vm.iter(&Value::list(items))
}

/// `view.isdisjoint(iterable)`.
fn view_isdisjoint(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method("isdisjoint", a, 1, 1)?;
    for x in vm.collect(&a[1])? {
        if vm.contains(&a[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl crate::runtime::value::NativeObject for DictView {
    fn class(&self) -> Arc<crate::runtime::class::Class> {
        view_class(self.kind)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter(&self, _vm: &mut Vm, _me: &Value) -> PyResult<Option<Value>> {
        Ok(Some(Value::native(DictIter::new(
            self.dict.clone(),
            self.kind,
        ))))
    }
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.dict.len()))
    }
    fn contains(&self, vm: &mut Vm, item: &Value) -> Option<PyResult<bool>> {
        Some(match self.kind {
            DictIterKind::Keys => self.dict.get(vm, item).map(|v| v.is_some()),
            DictIterKind::Values => {
                let vals = self.dict.values();
                let mut found = Ok(false);
                for v in vals {
                    match vm.eq(&v, item) {
                        Ok(true) => {
                            found = Ok(true);
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            found = Err(e);
                            break;
                        }
                    }
                }
                found
            }
            DictIterKind::Items => (|| {
                let kv = vm.collect(item)?;
                if kv.len() != 2 {
                    return Ok(false);
                }
                match self.dict.get(vm, &kv[0])? {
                    Some(v) => vm.eq(&v, &kv[1]),
                    None => Ok(false),
                }
            })(),
        })
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        let name = view_class(self.kind).name.clone();
        let items: Vec<Value> = match self.kind {
            DictIterKind::Keys => self.dict.keys(),
            DictIterKind::Values => self.dict.values(),
            DictIterKind::Items => self
                .dict
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        };
        Ok(Some(format!("{name}({})", vm.repr(&Value::list(items))?)))
    }
    fn eq(&self, vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        if self.kind == DictIterKind::Values {
            return Some(Ok(false));
        }
        match other.downcast::<DictView>() {
            Some(o) if o.kind != DictIterKind::Values => {}
            Some(_) => return Some(Ok(false)),
            None if matches!(other, Value::Set(_)) => {}
            None => return None,
        }
        Some((|| {
            let mine = vm.collect(&Value::native(DictView {
                dict: self.dict.clone(),
                kind: self.kind,
            }))?;
            let theirs = vm.collect(other)?;
            if mine.len() != theirs.len() {
                return Ok(false);
            }
            let s = Set::new(true);
            for v in theirs {
                s.add(vm, v)?;
            }
            for v in mine {
                if !s.contains(vm, &v)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })())
    }
}

/// `d.update(src, **kw)` (also `dict.__init__`): pairs from a mapping or an iterable of pairs,
/// then the keywords.
fn update(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    check_method(name, a, 0, 1)?;
    let d = dict_of(&a[0])?.clone();
    if let Some(src) = a.get(1) {
        vm.dict_update_from(&d, src, None)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}
