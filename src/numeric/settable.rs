//! An open-addressing hash table laid out exactly like CPython 3.11's `setobject.c`.
//! Guarantee: the same sequence of operations leaves every key in the same slot as CPython,
//! so iteration order, `pop()` order and resize points all match (LINEAR_PROBES = 9,
//! PERTURB_SHIFT = 5, 60% fill, growth used*4 (used*2 above 50000), minimum size 8).
//!
//! Equality is supplied by the caller as a callback returning `Result`, so user `__eq__`
//! may fail; a callback should test identity first (CPython does, which is why a nan
//! object is found in a set). Hashes are CPython hashes (never -1).
//!
//! Which CPython construction path to use, as far as it affects order:
//! * `set(iterable)`, set comprehensions, `{a, b}` with non-constant or fewer than 3
//!   items: [`SetTable::insert`] in order.
//! * `{c1, c2, c3, ...}` with >= 3 constants: the compiler builds a frozenset constant and
//!   the set is `SET_UPDATE`d from it: [`SetTable::from_const_literal`].
//! * `set(s)`, `s.copy()`, `frozenset(s)` for a set s: [`SetTable::copy`] (`set_merge`).
//! * `s.update(t)` / `s |= t` for a set t: [`SetTable::merge`]; for a dict:
//!   [`SetTable::presize_for_dict`] then `insert` each key in dict order.
//! * `a | b` / `a.union(b)`, `a & b`, `a - b`, `a ^ b` with set operands: the functions of the
//!   same name here, which iterate the operands CPython iterates (see each).

/// One slot of the table.
#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A CPython-layout set table of keys `K` with their hashes.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

enum Probe {
    Found(usize),
    Vacant,
}

impl<K> SetTable<K> {
    /// An empty set (8 slots).
    pub fn new() -> Self {
        SetTable {
            slots: (0..MINSIZE).map(|_| Slot::Empty).collect(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// An empty set sized as CPython's `set_table_resize(minused)` would size it.
    pub fn with_capacity(minused: usize) -> Self {
        let mut t = Self::new();
        t.resize(minused);
        t
    }

    /// Number of live keys.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in the table (mask + 1).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Live plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Keys in table order (the order CPython iterates a set).
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter_with_hash().map(|(_, k)| k)
    }

    /// (hash, key) pairs in table order.
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The key in slot `idx` (as returned by [`SetTable::find`]).
    pub fn get(&self, idx: usize) -> Option<&K> {
        match self.slots.get(idx) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// `set_lookkey`: probes for a key with this hash for which `eq(stored)` holds.
    fn lookup<E>(&self, hash: i64, eq: &mut dyn FnMut(&K) -> Result<bool, E>) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for idx in i..=i + probes {
                match &self.slots[idx] {
                    Slot::Empty => return Ok(Probe::Vacant),
                    Slot::Active(h, k) if *h == hash && eq(k)? => return Ok(Probe::Found(idx)),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The slot holding a key equal to the probe, if any (`eq` gets the stored key).
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        Ok(match self.lookup(hash, &mut eq)? {
            Probe::Found(i) => Some(i),
            Probe::Vacant => None,
        })
    }

    /// `set_add_entry`: adds `key` unless an equal key is present; `eq(stored, &key)`.
    /// Returns whether the key was newly added. May resize the table.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let empty = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut hit = None;
            for idx in i..=i + probes {
                match &self.slots[idx] {
                    Slot::Empty => {
                        hit = Some(idx);
                        break;
                    }
                    Slot::Active(h, k) if *h == hash && eq(k, &key)? => return Ok(false),
                    // 3.11 remembers the *last* dummy passed, not the first.
                    Slot::Dummy => freeslot = Some(idx),
                    _ => {}
                }
            }
            if let Some(idx) = hit {
                break idx;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(hash, key);
            self.used += 1;
            return Ok(true);
        }
        self.slots[empty] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(self.growth());
        }
        Ok(true)
    }

    fn growth(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_discard_entry`: removes and returns the key equal to the probe, leaving a dummy.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.lookup(hash, &mut eq)? {
            Probe::Found(i) => {
                self.used -= 1;
                match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
                    Slot::Active(_, k) => Ok(Some(k)),
                    _ => unreachable!("lookup found a live slot"),
                }
            }
            Probe::Vacant => Ok(None),
        }
    }

    /// `set.pop()`: scans from the finger; `None` means KeyError('pop from an empty set').
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        self.used -= 1;
        self.finger = i + 1;
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active(_, k) => Some(k),
            _ => unreachable!("scan stopped on a live slot"),
        }
    }

    /// `set.clear()`: back to 8 empty slots (the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.slots = (0..MINSIZE).map(|_| Slot::Empty).collect();
        self.fill = 0;
        self.used = 0;
    }

    /// `set_insert_clean`: places a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot<K>], hash: i64, key: K) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(j) =
                    (i + 1..=i + LINEAR_PROBES).find(|&j| matches!(slots[j], Slot::Empty))
                {
                    slots[j] = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize(minused)`: rebuilds into the smallest power of two > minused.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return; // small table without dummies: CPython leaves it alone
        }
        let old = std::mem::replace(&mut self.slots, (0..newsize).map(|_| Slot::Empty).collect());
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    /// The pre-sizing `set_update_internal` does before adding the keys of a dict of
    /// `dictsize` entries (then call `insert` for each key in dict order).
    pub fn presize_for_dict(&mut self, dictsize: usize) {
        if (self.fill + dictsize) * 5 >= self.mask() * 3 {
            self.resize((self.used + dictsize) * 2);
        }
    }

    /// If more than a quarter of the slots are dummies, resize them away (the tail of
    /// `set_difference_update_internal`; call after discarding many keys from an iterable).
    pub fn purge_dummies_if_needed(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// `set_merge(self, other)`: `self.update(other)` for a set `other` (not `self`).
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.iter_with_hash() {
                Self::insert_clean(&mut self.slots, h, k.clone());
            }
            return Ok(());
        }
        for (h, k) in other.iter_with_hash() {
            self.insert(h, k.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// `set(s)` / `s.copy()` / `frozenset(s)`: a new set merged from `self`.
    pub fn copy(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        t.merge::<std::convert::Infallible>(self, |_, _| Ok(false))
            .unwrap_or_else(|e| match e {});
        t
    }

    /// A set display of >= 3 constants: the compiler's frozenset constant (keys added in
    /// source order, then re-added in that frozenset's order by constant merging), then
    /// `SET_UPDATE` into a new empty set. (A display loaded from a .pyc would be rebuilt
    /// once more by marshal; pyrs compiles from source, so that step is not modelled.)
    pub fn from_const_literal<E>(
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut first = SetTable::new();
        for (h, k) in items {
            first.insert(h, k, &mut eq)?;
        }
        // The compiler's constant merging rebuilds the frozenset from a tuple of its items
        // in iteration order (`merge_consts_recursive`).
        let mut frozen = SetTable::new();
        for (h, k) in first.iter_with_hash() {
            frozen.insert(h, k.clone(), &mut eq)?;
        }
        let mut t = SetTable::new();
        t.merge(&frozen, eq)?;
        Ok(t)
    }

    /// `a | b`: copy `a`, then merge `b`.
    pub fn union<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut t = a.copy();
        t.merge(b, eq)?;
        Ok(t)
    }

    /// `a & b`: iterates `b`, or `a` when `b` is larger, keeping keys found in the other one
    /// (the kept key object comes from the iterated set). `eq(stored, probe)`.
    pub fn intersection<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let (so, other) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut result = SetTable::new();
        for (h, k) in other.iter_with_hash() {
            if so.find(h, |s| eq(s, k))?.is_some() {
                result.insert(h, k.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a - b` for sets (`set_difference`, including its copy-then-discard path when
    /// `len(a) / 4 > len(b)`).
    pub fn difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if (a.len() >> 2) > b.len() {
            let mut t = a.copy();
            t.difference_update(b, eq)?;
            return Ok(t);
        }
        let mut result = SetTable::new();
        for (h, k) in a.iter_with_hash() {
            if b.find(h, |s| eq(s, k))?.is_none() {
                result.insert(h, k.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a -= b` / `a.difference_update(b)` for a set `b` that is not `a`.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let shrunk;
        let other = if (other.len() >> 3) > self.len() {
            shrunk = SetTable::intersection(self, other, &mut eq)?;
            &shrunk
        } else {
            other
        };
        for (h, k) in other.iter_with_hash() {
            self.remove(h, |s| eq(s, k))?;
        }
        self.purge_dummies_if_needed();
        Ok(())
    }

    /// `a ^ b` for sets: a new set built from `b`, then updated symmetrically with `a`.
    pub fn symmetric_difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut t = b.copy();
        t.symmetric_difference_update(a, eq)?;
        Ok(t)
    }

    /// `a ^= b` for a set `b` that is not `a`: iterate `b`, discarding or adding each key.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter_with_hash() {
            if self.remove(h, |s| eq(s, k))?.is_none() {
                self.insert(h, k.clone(), &mut eq)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "settable_tests.rs"]
mod tests;
