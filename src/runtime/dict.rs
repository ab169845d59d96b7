//! `Dict`: an insertion-ordered hash map keyed by Python values, guarded by its own lock.
//! Guarantees: `d[k] = v` and `d[k]` are atomic with respect to other threads; the lock is
//! never held while user code (`__hash__`/`__eq__`) runs, so a user `__eq__` that touches the
//! dict cannot deadlock.

use super::hash::{fast_eq, fast_hash};
use super::str::PyStr;
use super::value::Value;
use super::PyResult;
use crate::lock::{RwLock, RwLockWriteGuard};
use crate::vm::Vm;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct Table {
    /// Insertion-ordered entries; `None` marks a deleted slot.
    entries: Vec<Option<Entry>>,
    /// Indices into `entries`, hashed by the entry's hash.
    index: HashTable<u32>,
    len: usize,
    /// Set once a key that compares equal to simple keys by its own `__eq__` (a numpy
    /// scalar) is stored: simple-key lookups then take the general path.
    has_rich: bool,
}

impl Table {
    fn find_fast(&self, hash: i64, key: &Value) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && (e.key.is(key) || fast_eq(&e.key, key) == Some(true)),
                None => false,
            })
            .map(|&i| i as usize)
    }

    fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.index
            .iter_hash(hash as u64)
            .filter_map(|&i| match &self.entries[i as usize] {
                Some(e) if e.hash == hash => Some((i as usize, e.key.clone())),
                _ => None,
            })
            .collect()
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if let Value::Native(n) = &key {
            self.has_rich |= n.rich_compare();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, idx, |&i| {
            entries[i as usize]
                .as_ref()
                .map(|e| e.hash as u64)
                .unwrap_or(0)
        });
        self.len += 1;
    }

    fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries[idx].take()?;
        if let Ok(entry) = self.index.find_entry(e.hash as u64, |&i| i as usize == idx) {
            entry.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }
}

/// A starting version no other dict has used: versions are unique per dict (each dict gets
/// its own 2^32 range), so a (dict address, version) pair never repeats even when a freed
/// dict's address is reused.
fn fresh_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1 << 32);
    NEXT.fetch_add(1 << 32, Ordering::Relaxed)
}

pub struct Dict {
    table: RwLock<Table>,
    /// Bumped whenever the dict changes (the VM caches global lookups against it).
    version: AtomicU64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

/// Whether a key can be compared without running user code.
pub(crate) fn is_simple_key(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.items.iter().all(is_simple_key),
        Value::Instance(_) | Value::Native(_) | Value::Set(_) | Value::List(_) | Value::Dict(_) => {
            false
        }
        _ => true,
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            table: RwLock::new(Table::default()),
            version: AtomicU64::new(fresh_version()),
        }
    }

    /// The write lock; every mutation goes through here and bumps `version` first.
    fn write(&self) -> RwLockWriteGuard<'_, Table> {
        let guard = self.table.write();
        // Writers are serialised by the lock, so a plain load + store suffices (no locked RMW).
        let v = self.version.load(Ordering::Relaxed);
        self.version.store(v + 1, Ordering::Release);
        guard
    }

    /// Changes whenever the dict is modified (never goes back to an earlier value).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.table.read().len
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `key` can be found by the lock-held fast comparison.
    #[inline]
    fn simple(&self, key: &Value) -> bool {
        is_simple_key(key) && !self.table.read().has_rich
    }

    /// Index of `key`'s entry, comparing with user `__eq__` where needed (without the lock).
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        if self.simple(key) {
            return Ok(self.table.read().find_fast(hash, key));
        }
        let cands = self.table.read().candidates(hash);
        for (idx, k) in cands {
            if k.is(key) || vm.eq(&k, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    fn hash_of(vm: &mut Vm, key: &Value) -> PyResult<i64> {
        match fast_hash(key) {
            Some(h) => Ok(h),
            None => vm.hash(key),
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = Self::hash_of(vm, key)?;
        if self.simple(key) {
            let t = self.table.read();
            return Ok(t
                .find_fast(hash, key)
                .and_then(|i| t.entries[i].as_ref().map(|e| e.value.clone())));
        }
        let idx = self.find(vm, hash, key)?;
        Ok(idx.and_then(|i| {
            self.table
                .read()
                .entries
                .get(i)
                .cloned()
                .flatten()
                .map(|e| e.value)
        }))
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = Self::hash_of(vm, &key)?;
        if self.simple(&key) {
            let mut t = self.write();
            match t.find_fast(hash, &key) {
                Some(i) => {
                    if let Some(e) = t.entries[i].as_mut() {
                        e.value = value;
                    }
                }
                None => t.insert_new(hash, key, value),
            }
            return Ok(());
        }
        match self.find(vm, hash, &key)? {
            Some(i) => {
                let mut t = self.write();
                match t.entries.get_mut(i).and_then(|e| e.as_mut()) {
                    Some(e) => e.value = value,
                    None => t.insert_new(hash, key, value),
                }
            }
            None => self.write().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// `dict.setdefault`: the value for `key`, inserting `default` first if absent. For keys
    /// compared without user code the lookup and the insert happen under one write lock, so
    /// concurrent callers with the GIL off all get the same value (CPython's atomicity promise).
    pub fn setdefault(&self, vm: &mut Vm, key: Value, default: Value) -> PyResult<Value> {
        let hash = Self::hash_of(vm, &key)?;
        if self.simple(&key) {
            {
                let t = self.table.read();
                if let Some(i) = t.find_fast(hash, &key) {
                    if let Some(e) = t.entries[i].as_ref() {
                        return Ok(e.value.clone());
                    }
                }
            }
            let mut t = self.write();
            if let Some(i) = t.find_fast(hash, &key) {
                if let Some(e) = t.entries[i].as_ref() {
                    return Ok(e.value.clone());
                }
            }
            t.insert_new(hash, key, default.clone());
            return Ok(default);
        }
        if let Some(v) = self.get(vm, &key)? {
            return Ok(v);
        }
        self.set(vm, key, default.clone())?;
        Ok(default)
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = Self::hash_of(vm, key)?;
        if self.simple(key) {
            let mut t = self.write();
            return Ok(match t.find_fast(hash, key) {
                Some(i) => t.remove_at(i).map(|e| e.value),
                None => None,
            });
        }
        match self.find(vm, hash, key)? {
            Some(i) => Ok(self.write().remove_at(i).map(|e| e.value)),
            None => Ok(None),
        }
    }

    /// Fast path for string keys (globals, attribute namespaces, keyword arguments).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.lookup_str(super::hash::hash_str(key), key, std::ptr::null())
    }

    /// Lookup by an interned name, using its cached hash.
    pub fn get_pystr(&self, key: &super::str::PyStr) -> Option<Value> {
        self.lookup_str(key.hash(), key.as_str(), key)
    }

    /// The value under a str key; `interned` (may be null) matches by pointer before comparing.
    #[inline]
    fn lookup_str(
        &self,
        hash: i64,
        key: &str,
        interned: *const super::str::PyStr,
    ) -> Option<Value> {
        let t = self.table.read();
        let entries = &t.entries;
        t.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(Entry {
                    hash: h,
                    key: Value::Str(k),
                    ..
                }) => *h == hash && (std::ptr::eq(&**k, interned) || k.as_str() == key),
                _ => false,
            })
            .and_then(|&i| entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    /// `get_pystr` for an interned name with a slot hint (an attribute site's inline cache):
    /// when the entry at `*hint` holds exactly this name the hash probe is skipped; otherwise
    /// the probe runs and `*hint` is updated. One read lock either way; the hint is only a
    /// guess, checked under the lock, so a stale one costs a probe, never a wrong answer.
    #[inline]
    pub fn get_pystr_hinted(&self, key: &Arc<PyStr>, hint: &mut u32) -> Option<Value> {
        let t = self.table.read();
        if let Some(Some(Entry {
            key: Value::Str(k),
            value,
            ..
        })) = t.entries.get(*hint as usize)
        {
            if Arc::ptr_eq(k, key) {
                return Some(value.clone());
            }
        }
        let hash = key.hash();
        let entries = &t.entries;
        let i = *t.index.find(hash as u64, |&i| match &entries[i as usize] {
            Some(Entry {
                hash: h,
                key: Value::Str(k),
                ..
            }) => *h == hash && (Arc::ptr_eq(k, key) || k.as_str() == key.as_str()),
            _ => false,
        })?;
        *hint = i;
        entries[i as usize].as_ref().map(|e| e.value.clone())
    }

    /// `set_simple` for an interned str key with a slot hint (see `get_pystr_hinted`).
    /// Returns the value the entry held before, to be dropped by the caller after the lock
    /// is released.
    #[inline]
    pub fn set_pystr_hinted(
        &self,
        key: &Arc<PyStr>,
        value: Value,
        hint: &mut u32,
    ) -> Option<Value> {
        let mut t = self.write();
        if let Some(Some(e)) = t.entries.get_mut(*hint as usize) {
            if let Value::Str(k) = &e.key {
                if Arc::ptr_eq(k, key) {
                    return Some(std::mem::replace(&mut e.value, value));
                }
            }
        }
        let hash = key.hash();
        let k = Value::Str(key.clone());
        match t.find_fast(hash, &k) {
            Some(i) => {
                *hint = i as u32;
                t.entries[i]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value))
            }
            None => {
                *hint = t.entries.len() as u32;
                t.insert_new(hash, k, value);
                None
            }
        }
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let k = Value::Str(super::str::intern(key));
        self.set_simple(k, value);
    }

    /// Sets a key that needs no user code to hash or compare (str, int, tuples of those...).
    pub fn set_simple(&self, key: Value, value: Value) {
        let hash = fast_hash(&key).unwrap_or(0);
        let mut t = self.write();
        match t.find_fast(hash, &key) {
            Some(i) => {
                if let Some(e) = t.entries[i].as_mut() {
                    e.value = value;
                }
            }
            None => t.insert_new(hash, key, value),
        }
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let k = Value::str(key);
        let hash = fast_hash(&k).unwrap_or(0);
        let mut t = self.write();
        match t.find_fast(hash, &k) {
            Some(i) => t.remove_at(i).map(|e| e.value),
            None => None,
        }
    }

    pub fn contains_str(&self, key: &str) -> bool {
        self.get_str(key).is_some()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .read()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table
            .read()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .read()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// The n-th live entry in insertion order (used by iterators that tolerate mutation).
    pub fn entry_at(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.read();
        t.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    }
    /// Raw slot count (for iterators: positions index slots).
    pub fn slot_count(&self) -> usize {
        self.table.read().entries.len()
    }
    pub fn clear(&self) {
        *self.write() = Table::default();
    }
    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.write();
        let idx = t.entries.iter().rposition(|e| e.is_some())?;
        t.remove_at(idx).map(|e| (e.key, e.value))
    }
    /// Removes and returns the first item in insertion order.
    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let mut t = self.write();
        let idx = t.entries.iter().position(|e| e.is_some())?;
        t.remove_at(idx).map(|e| (e.key, e.value))
    }
    pub fn copy(&self) -> Dict {
        let t = self.table.read();
        let mut n = Table::default();
        for e in t.entries.iter().flatten() {
            n.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        Dict {
            table: RwLock::new(n),
            version: AtomicU64::new(fresh_version()),
        }
    }
    /// Builds a dict from str-keyed pairs.
    pub fn from_str_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, Value)>) -> Dict {
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_str(k, v);
        }
        d
    }
}
