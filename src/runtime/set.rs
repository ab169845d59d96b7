//! `Set`: set and frozenset on a table with CPython 3.11's slot layout (so iteration order
//! matches CPython for ints), guarded by its own lock. Keys whose equality may run user code
//! are compared with the lock released (candidates are collected first), so a user `__eq__`
//! that touches the set cannot deadlock.

use super::hash::{fast_eq, fast_hash};
use super::value::Value;
use super::PyResult;
use crate::lock::RwLock;
use crate::numeric::settable::SetTable;
use crate::vm::Vm;
use std::convert::Infallible;

pub struct Set {
    pub frozen: bool,
    table: RwLock<SetTable<Value>>,
}

use super::dict::is_simple_key as is_simple;

fn simple_eq(a: &Value, b: &Value) -> bool {
    a.is(b) || fast_eq(a, b) == Some(true)
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set {
            frozen,
            table: RwLock::new(SetTable::new()),
        }
    }
    fn from_table(frozen: bool, t: SetTable<Value>) -> Set {
        Set {
            frozen,
            table: RwLock::new(t),
        }
    }
    pub fn len(&self) -> usize {
        self.table.read().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
        match fast_hash(v) {
            Some(h) => Ok(h),
            None => vm.hash(v),
        }
    }
    /// Whether every element compares without user code.
    pub fn all_simple(&self) -> bool {
        self.table.read().iter().all(is_simple)
    }

    /// The stored key equal to `v` (compared outside the lock when user code may run).
    fn find_equal(&self, vm: &mut Vm, hash: i64, v: &Value) -> PyResult<Option<Value>> {
        if is_simple(v) {
            let t = self.table.read();
            let idx = t
                .find::<Infallible>(hash, |k| Ok(simple_eq(k, v)))
                .unwrap_or_else(|e| match e {});
            return Ok(idx.and_then(|i| t.get(i).cloned()));
        }
        let cands: Vec<Value> = self
            .table
            .read()
            .iter_with_hash()
            .filter(|(h, _)| *h == hash)
            .map(|(_, k)| k.clone())
            .collect();
        for k in cands {
            if k.is(v) || vm.eq(&k, v)? {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let hash = Self::hash(vm, &v)?;
        if !is_simple(&v) && self.find_equal(vm, hash, &v)?.is_some() {
            return Ok(());
        }
        let simple = is_simple(&v);
        self.table
            .write()
            .insert::<Infallible>(hash, v, |stored, new| {
                Ok(if simple {
                    simple_eq(stored, new)
                } else {
                    stored.is(new)
                })
            })
            .unwrap_or_else(|e| match e {});
        Ok(())
    }
    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = Self::hash(vm, v)?;
        Ok(self.find_equal(vm, hash, v)?.is_some())
    }
    pub fn remove(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = Self::hash(vm, v)?;
        let Some(stored) = self.find_equal(vm, hash, v)? else {
            return Ok(false);
        };
        let r = self
            .table
            .write()
            .remove::<Infallible>(hash, |k| Ok(k.is(&stored)))
            .unwrap_or_else(|e| match e {});
        Ok(r.is_some())
    }
    /// The elements in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table.read().iter().cloned().collect()
    }
    pub fn clear(&self) {
        self.table.write().clear()
    }
    pub fn pop(&self) -> Option<Value> {
        self.table.write().pop()
    }
    pub fn copy(&self, frozen: bool) -> Set {
        Set::from_table(frozen, self.table.read().copy())
    }

    /// `a OP b` with CPython's algorithms when no user code is involved; `None` otherwise.
    pub fn fast_op(a: &Set, b: &Set, op: crate::syntax::ast::BinOp) -> Option<Set> {
        use crate::syntax::ast::BinOp;
        if !a.all_simple() || !b.all_simple() {
            return None;
        }
        let (ta, tb) = (a.table.read(), b.table.read());
        let eq = |x: &Value, y: &Value| -> Result<bool, Infallible> { Ok(simple_eq(x, y)) };
        let t = match op {
            BinOp::BitOr => SetTable::union(&ta, &tb, eq),
            BinOp::BitAnd => SetTable::intersection(&ta, &tb, eq),
            BinOp::Sub => SetTable::difference(&ta, &tb, eq),
            BinOp::BitXor => SetTable::symmetric_difference(&ta, &tb, eq),
            _ => return None,
        };
        Some(Set::from_table(a.frozen, t.unwrap_or_else(|e| match e {})))
    }
}
