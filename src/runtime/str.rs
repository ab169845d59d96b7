//! `PyStr`: an immutable Unicode string with a cached hash and character count. Indexing by
//! character is O(1) for ASCII strings and O(n) otherwise.

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    s: Box<str>,
    /// Number of characters (== bytes when ASCII).
    chars: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: AtomicI64,
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }
    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            chars,
            hash: AtomicI64::new(HASH_UNSET),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in characters.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// The i-th character (0-based, already normalised to be in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = crate::runtime::hash::hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}

/// Returns the process-wide interned copy of `s` (identifier names), so that namespace
/// lookups by name usually succeed on a pointer comparison.
pub fn intern(s: &str) -> std::sync::Arc<PyStr> {
    use std::collections::HashMap;
    use std::sync::{Arc, OnceLock};
    static TABLE: OnceLock<crate::lock::Mutex<HashMap<Box<str>, Arc<PyStr>>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| crate::lock::Mutex::new(HashMap::new()));
    let mut t = table.lock();
    if let Some(p) = t.get(s) {
        return p.clone();
    }
    let p = Arc::new(PyStr::new(s));
    p.hash();
    t.insert(s.into(), p.clone());
    p
}
