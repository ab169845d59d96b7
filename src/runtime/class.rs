//! Classes (`type` objects) and instances of user-defined classes. A class's namespace and an
//! instance's `__dict__` are real `Dict`s, so `obj.__dict__` and `vars()` share them.
//! Guarantees: the MRO is computed once with C3 at class creation and is immutable after.

use super::dict::Dict;
use super::exc::ExcState;
use super::str::PyStr;
use super::value::Value;
use super::{PyErr, PyResult};
use crate::lock::{Mutex, RwLock};
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What native layout instances of a class (and of its subclasses) have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain instance with a `__dict__`.
    Object,
    /// An exception: instance with a `__dict__` plus `ExcState`.
    Exception,
    /// A built-in type whose values are not `Instance`s (int, str, list, ...).
    Builtin,
}

pub struct Class {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub module: Arc<str>,
    pub bases: Vec<Arc<Class>>,
    /// The method resolution order *after* this class itself.
    pub mro: Vec<Arc<Class>>,
    pub dict: Arc<Dict>,
    pub layout: Layout,
    /// Set on the built-in `type` objects; user classes may not subclass those with
    /// `Layout::Builtin` unless this is true.
    pub subclassable: bool,
    /// Results of MRO lookups, valid while `TYPE_VERSION` equals `cache_version`.
    cache: Mutex<FxHashMap<Box<str>, Option<Value>>>,
    cache_version: AtomicU64,
    /// Direct subclasses, weakly held (`__subclasses__()`).
    subclasses: Mutex<Vec<std::sync::Weak<Class>>>,
    /// `plain_attributes()` answer (0 unknown, 1 no, 2 yes), valid for `plain_version`.
    plain: std::sync::atomic::AtomicU8,
    plain_version: AtomicU64,
}

/// Bumped whenever any class namespace changes after creation; invalidates all lookup caches.
static TYPE_VERSION: AtomicU64 = AtomicU64::new(1);

/// The current global type version: class attribute lookups (and the VM's inline caches
/// built on them) made at this version stay valid until it changes.
#[inline]
pub fn type_version() -> u64 {
    TYPE_VERSION.load(Ordering::Acquire)
}

/// Call after mutating a class's namespace (`C.attr = v`, `del C.attr`).
pub fn class_changed() {
    TYPE_VERSION.fetch_add(1, Ordering::AcqRel);
}

impl Class {
    /// Creates a class, computing its MRO with C3 linearisation.
    pub fn new(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Arc<Class>>,
        dict: Arc<Dict>,
    ) -> PyResult<Class> {
        let mro = c3_mro(&bases)?;
        let layout = if mro.iter().any(|c| c.layout == Layout::Exception) {
            Layout::Exception
        } else if mro
            .iter()
            .any(|c| c.layout == Layout::Builtin && c.name.as_ref() != "object")
        {
            Layout::Builtin
        } else {
            Layout::Object
        };
        Ok(Class {
            name: name.into(),
            qualname: qualname.into(),
            module: module.into(),
            bases,
            mro,
            dict,
            layout,
            subclassable: true,
            cache: Mutex::new(FxHashMap::default()),
            cache_version: AtomicU64::new(0),
            plain: std::sync::atomic::AtomicU8::new(0),
            plain_version: AtomicU64::new(0),
            subclasses: Mutex::new(Vec::new()),
        })
    }

    /// Records a new class with each of its bases (`type.__subclasses__`).
    pub fn register_subclass(self: &Arc<Class>) {
        for b in &self.bases {
            let mut subs = b.subclasses.lock();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Arc::downgrade(self));
        }
    }

    /// The live direct subclasses, oldest first.
    pub fn subclasses(&self) -> Vec<Arc<Class>> {
        self.subclasses
            .lock()
            .iter()
            .filter_map(std::sync::Weak::upgrade)
            .collect()
    }

    /// A built-in class with no bases other than those given (used while bootstrapping).
    pub fn builtin(name: &str, bases: Vec<Arc<Class>>, layout: Layout) -> Class {
        let mut mro = Vec::new();
        for b in &bases {
            mro.push(b.clone());
            for m in &b.mro {
                if !mro.iter().any(|x: &Arc<Class>| Arc::ptr_eq(x, m)) {
                    mro.push(m.clone());
                }
            }
        }
        Class {
            name: name.into(),
            qualname: name.into(),
            module: "builtins".into(),
            bases,
            mro,
            dict: Arc::new(Dict::new()),
            layout,
            subclassable: true,
            cache: Mutex::new(FxHashMap::default()),
            cache_version: AtomicU64::new(0),
            plain: std::sync::atomic::AtomicU8::new(0),
            plain_version: AtomicU64::new(0),
            subclasses: Mutex::new(Vec::new()),
        }
    }

    /// A built-in type implemented in Rust, deriving directly from `object`.
    pub fn native(name: &str) -> Arc<Class> {
        Arc::new(Class::builtin(
            name,
            vec![super::types::types().object.clone()],
            Layout::Builtin,
        ))
    }

    /// Looks `name` up in this class and its MRO (cached per class).
    #[inline]
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        self.lookup_str(name.as_str())
    }

    /// Looks `name` up in this class and its MRO (cached per class).
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        let version = TYPE_VERSION.load(Ordering::Acquire);
        {
            let mut cache = self.cache.lock();
            if self.cache_version.load(Ordering::Relaxed) != version {
                cache.clear();
                self.cache_version.store(version, Ordering::Relaxed);
            } else if let Some(r) = cache.get(name) {
                return r.clone();
            }
        }
        let r = self.lookup_uncached(name);
        let mut cache = self.cache.lock();
        if self.cache_version.load(Ordering::Relaxed) == version {
            cache.insert(name.into(), r.clone());
        }
        r
    }

    /// True when no class in the MRO defines a data descriptor (a property, or an object whose
    /// type has `__set__`) or a Python `__setattr__`/`__getattribute__`: then instance attribute
    /// reads may try the instance dict first and stores go straight to it.
    pub fn plain_attributes(&self) -> bool {
        let version = TYPE_VERSION.load(Ordering::Acquire);
        if self.plain_version.load(Ordering::Relaxed) == version {
            match self.plain.load(Ordering::Relaxed) {
                1 => return false,
                2 => return true,
                _ => {}
            }
        }
        let plain = std::iter::once(&self.dict)
            .chain(self.mro.iter().map(|c| &c.dict))
            .all(|d| {
                d.items().iter().all(|(k, v)| {
                    let special = matches!(
                        k.as_str(),
                        Some("__setattr__" | "__getattribute__" | "__delattr__")
                    );
                    let descriptor = match v {
                        Value::Native(_) => {
                            v.downcast::<crate::builtins::objects::Property>().is_some()
                        }
                        Value::Instance(i) => i.class().lookup_str("__set__").is_some(),
                        _ => false,
                    };
                    let user_hook = special && matches!(v, Value::Function(_));
                    !(descriptor || user_hook)
                })
            });
        self.plain
            .store(if plain { 2 } else { 1 }, Ordering::Relaxed);
        self.plain_version.store(version, Ordering::Relaxed);
        plain
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(self: &Arc<Class>, other: &Arc<Class>) -> bool {
        Arc::ptr_eq(self, other) || self.mro.iter().any(|c| Arc::ptr_eq(c, other))
    }

    /// The full MRO including this class.
    pub fn full_mro(self: &Arc<Class>) -> Vec<Arc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.iter().cloned());
        v
    }

    /// `module.qualname` as shown in reprs, omitting `builtins.`.
    pub fn display_name(&self) -> String {
        if self.module.as_ref() == "builtins" {
            self.qualname.to_string()
        } else {
            format!("{}.{}", self.module, self.qualname)
        }
    }
}

/// C3 linearisation of the bases' MROs (the result excludes the class being created).
fn c3_mro(bases: &[Arc<Class>]) -> PyResult<Vec<Arc<Class>>> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// An instance of a user-defined class (or of an exception class).
pub struct Instance {
    pub class: RwLock<Arc<Class>>,
    pub dict: Arc<Dict>,
    /// Present exactly when the class derives from BaseException.
    pub exc: Option<Box<ExcState>>,
    /// For instances of user subclasses of built-in types (`class Stack(list)`): the built-in
    /// value that holds the data; built-in methods and protocols operate on it.
    pub base: std::sync::OnceLock<Value>,
}

impl Instance {
    pub fn new(class: Arc<Class>) -> Instance {
        let exc = if class.layout == Layout::Exception {
            Some(Box::new(ExcState::default()))
        } else {
            None
        };
        Instance {
            class: RwLock::new(class),
            dict: Arc::new(Dict::new()),
            exc,
            base: std::sync::OnceLock::new(),
        }
    }
    pub fn class(&self) -> Arc<Class> {
        self.class.read().clone()
    }
}

/// The built-in value inside an instance of a user subclass of a built-in type.
#[inline]
pub fn payload_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.get(),
        _ => None,
    }
}

impl Class {
    /// The nearest built-in (non-`object`) class in the MRO, for subclasses of built-in types.
    pub fn builtin_base(self: &Arc<Class>) -> Option<Arc<Class>> {
        self.full_mro().into_iter().find(|c| {
            c.layout == Layout::Builtin
                && c.module.as_ref() == "builtins"
                && c.name.as_ref() != "object"
        })
    }
}
