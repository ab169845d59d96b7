//! `Set`: set and frozenset, a hash set of Python values guarded by its own lock (built on the
//! dict table, so the same atomicity and no-user-code-under-lock guarantees hold).

use super::dict::Dict;
use super::value::Value;
use super::PyResult;
use crate::vm::Vm;

pub struct Set {
    pub frozen: bool,
    items: Dict,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set {
            frozen,
            items: Dict::new(),
        }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.items.set(vm, v, Value::None)
    }
    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.items.get(vm, v)?.is_some())
    }
    pub fn remove(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.items.remove(vm, v)?.is_some())
    }
    pub fn items(&self) -> Vec<Value> {
        self.items.keys()
    }
    pub fn clear(&self) {
        self.items.clear()
    }
    pub fn pop(&self) -> Option<Value> {
        self.items.pop_first().map(|(k, _)| k)
    }
    pub fn copy(&self, frozen: bool) -> Set {
        Set {
            frozen,
            items: self.items.copy(),
        }
    }
}
