//! `List` (mutable, guarded by its own lock) and `Tuple` (immutable). A list's lock is held
//! only for the duration of one primitive operation and never while running Python code, so
//! `list.append` from many threads is atomic and can neither deadlock nor tear.

use super::value::Value;
use crate::lock::{RwLock, RwLockReadGuard, RwLockWriteGuard};

pub struct List {
    items: RwLock<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RwLock::new(items),
        }
    }
    pub fn read(&self) -> RwLockReadGuard<'_, Vec<Value>> {
        self.items.read()
    }
    pub fn write(&self) -> RwLockWriteGuard<'_, Vec<Value>> {
        self.items.write()
    }
    pub fn len(&self) -> usize {
        self.items.read().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn push(&self, v: Value) {
        self.items.write().push(v);
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.read().get(i).cloned()
    }
    /// A snapshot of the items (for iterating while running Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.read().clone()
    }
}

pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
