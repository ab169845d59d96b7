//! Built-in iterator objects: sequence, dict-view, `__getitem__`-protocol, enumerate, zip, map,
//! filter, reversed and `iter(callable, sentinel)` iterators. Each guards its position with its
//! own lock, so sharing an iterator between threads never tears (items may interleave).

use super::args::add_methods;
use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

macro_rules! iter_class {
    ($fn:ident, $name:expr) => {
        pub fn $fn() -> Arc<Class> {
            static C: OnceLock<Arc<Class>> = OnceLock::new();
            C.get_or_init(|| {
                let c = Class::native($name);
                install_iter_methods(&c, $name);
                c
            })
            .clone()
        }
    };
}

/// `__iter__` and `__next__` for an iterator class.
pub fn install_iter_methods(c: &Arc<Class>, owner: &'static str) {
    add_methods(
        c,
        owner,
        &[
            ("__iter__", |_vm, a, _| Ok(a[0].clone())),
            ("__next__", |vm, a, _| match vm.next(&a[0])? {
                Some(v) => Ok(v),
                None => Err(PyErr::stop_iteration(None)),
            }),
        ],
    );
}

iter_class!(list_iterator_class, "list_iterator");
iter_class!(tuple_iterator_class, "tuple_iterator");
iter_class!(str_iterator_class, "str_ascii_iterator");
iter_class!(dict_keyiterator_class, "dict_keyiterator");
iter_class!(dict_valueiterator_class, "dict_valueiterator");
iter_class!(dict_itemiterator_class, "dict_itemiterator");
iter_class!(iterator_class, "iterator");
iter_class!(enumerate_class, "enumerate");
iter_class!(zip_class, "zip");
iter_class!(map_class, "map");
iter_class!(filter_class, "filter");
iter_class!(reversed_class, "reversed");
iter_class!(callable_iterator_class, "callable_iterator");

/// Iterates a list, tuple, str or bytes by index (a list may grow while iterated).
pub struct SeqIter {
    seq: Value,
    pos: Mutex<usize>,
}

impl SeqIter {
    pub fn new(seq: Value) -> SeqIter {
        SeqIter {
            seq,
            pos: Mutex::new(0),
        }
    }
}

impl NativeObject for SeqIter {
    fn class(&self) -> Arc<Class> {
        match &self.seq {
            Value::List(_) => list_iterator_class(),
            Value::Str(_) => str_iterator_class(),
            _ => tuple_iterator_class(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut pos = self.pos.lock();
        let i = *pos;
        let v = match &self.seq {
            Value::List(l) => l.get(i),
            Value::Tuple(t) => t.items.get(i).cloned(),
            Value::Str(s) => {
                if s.is_ascii() {
                    s.as_str()
                        .as_bytes()
                        .get(i)
                        .map(|&b| Value::string((b as char).to_string()))
                } else {
                    // `pos` counts bytes for non-ASCII strings.
                    let rest = s.as_str().get(i..).unwrap_or("");
                    match rest.chars().next() {
                        Some(c) => {
                            *pos += c.len_utf8();
                            return Ok(Some(Value::string(c.to_string())));
                        }
                        None => None,
                    }
                }
            }
            Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
            _ => None,
        };
        if v.is_some() {
            *pos += 1;
        } else {
            *pos = usize::MAX / 2;
        }
        Ok(v)
    }
    fn len(&self, vm: &mut Vm) -> Option<PyResult<usize>> {
        let total = match vm.len(&self.seq) {
            Ok(n) => n,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(total.saturating_sub(*self.pos.lock())))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// Iterates a dict in insertion order; RuntimeError if its size changes meanwhile.
pub struct DictIter {
    dict: Arc<Dict>,
    kind: DictIterKind,
    state: Mutex<(usize, usize)>,
}

impl DictIter {
    pub fn new(dict: Arc<Dict>, kind: DictIterKind) -> DictIter {
        let len = dict.len();
        DictIter {
            dict,
            kind,
            state: Mutex::new((0, len)),
        }
    }
}

impl NativeObject for DictIter {
    fn class(&self) -> Arc<Class> {
        match self.kind {
            DictIterKind::Keys => dict_keyiterator_class(),
            DictIterKind::Values => dict_valueiterator_class(),
            DictIterKind::Items => dict_itemiterator_class(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        if st.1 == usize::MAX {
            return Ok(None);
        }
        if self.dict.len() != st.1 {
            st.1 = usize::MAX;
            return Err(PyErr::runtime_error(
                "dictionary changed size during iteration",
            ));
        }
        match self.dict.entry_at(st.0) {
            Some((slot, k, v)) => {
                st.0 = slot + 1;
                Ok(Some(match self.kind {
                    DictIterKind::Keys => k,
                    DictIterKind::Values => v,
                    DictIterKind::Items => Value::tuple(vec![k, v]),
                }))
            }
            None => {
                st.1 = usize::MAX;
                Ok(None)
            }
        }
    }
}

/// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
pub struct GetItemIter {
    obj: Value,
    pos: Mutex<i64>,
}

impl GetItemIter {
    pub fn new(obj: Value) -> GetItemIter {
        GetItemIter {
            obj,
            pos: Mutex::new(0),
        }
    }
}

impl NativeObject for GetItemIter {
    fn class(&self) -> Arc<Class> {
        iterator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = {
            let mut p = self.pos.lock();
            *p += 1;
            *p - 1
        };
        match vm.getitem(&self.obj, &Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.is_instance(&types().index_error)
                    || e.is_instance(&types().stop_iteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

pub struct Enumerate {
    pub it: Value,
    pub count: Mutex<Value>,
}

impl NativeObject for Enumerate {
    fn class(&self) -> Arc<Class> {
        enumerate_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match vm.next(&self.it)? {
            Some(v) => {
                let n = {
                    let mut c = self.count.lock();
                    let n = c.clone();
                    *c = match &n {
                        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                        other => crate::runtime::num::number_op(
                            other,
                            &Value::Int(1),
                            crate::syntax::ast::BinOp::Add,
                        )
                        .unwrap_or(Ok(Value::None))?,
                    };
                    n
                };
                Ok(Some(Value::tuple(vec![n, v])))
            }
            None => Ok(None),
        }
    }
}

pub struct Zip {
    pub its: Vec<Value>,
    pub strict: bool,
}

impl NativeObject for Zip {
    fn class(&self) -> Arc<Class> {
        zip_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match vm.next(it)? {
                Some(v) => out.push(v),
                None => {
                    if self.strict {
                        if i > 0 {
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is shorter than argument{} {}",
                                i + 1,
                                if i == 1 { "" } else { "s" },
                                if i == 1 {
                                    "1".to_string()
                                } else {
                                    format!("1-{i}")
                                }
                            )));
                        }
                        for (j, other) in self.its.iter().enumerate().skip(1) {
                            if vm.next(other)?.is_some() {
                                return Err(PyErr::value_error(format!(
                                    "zip() argument {} is longer than argument{} {}",
                                    j + 1,
                                    if j == 1 { "" } else { "s" },
                                    if j == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{j}")
                                    }
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(out)))
    }
}

pub struct Map {
    pub func: Value,
    pub its: Vec<Value>,
}

impl NativeObject for Map {
    fn class(&self) -> Arc<Class> {
        map_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match vm.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, &args, &[]).map(Some)
    }
}

pub struct Filter {
    pub func: Value,
    pub it: Value,
}

impl NativeObject for Filter {
    fn class(&self) -> Arc<Class> {
        filter_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next(&self.it)? {
            let keep = if self.func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&self.func, std::slice::from_ref(&v), &[])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

/// `reversed(seq)` over a snapshot-free index walk.
pub struct Reversed {
    pub seq: Value,
    pub pos: Mutex<i64>,
}

impl NativeObject for Reversed {
    fn class(&self) -> Arc<Class> {
        reversed_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = {
            let mut p = self.pos.lock();
            if *p < 0 {
                return Ok(None);
            }
            *p -= 1;
            *p + 1
        };
        match vm.getitem(&self.seq, &Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types().index_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// `iter(callable, sentinel)`.
pub struct CallableIter {
    pub func: Value,
    pub sentinel: Value,
    pub done: Mutex<bool>,
}

impl NativeObject for CallableIter {
    fn class(&self) -> Arc<Class> {
        callable_iterator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if *self.done.lock() {
            return Ok(None);
        }
        let v = vm.call(&self.func, &[], &[])?;
        if vm.eq(&v, &self.sentinel)? {
            *self.done.lock() = true;
            return Ok(None);
        }
        Ok(Some(v))
    }
}
