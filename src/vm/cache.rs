//! Per-thread inline caches for attribute, method and class-call sites. Each instruction of
//! each code object owns one slot (`Code::site_base + ip`) in its thread's `Vm::site_cache`, so
//! no cache is ever shared between threads: with the GIL off nothing here races.
//! Guarantees: an entry is used only while the global type version it was made at is
//! current and the receiver's class is the very class it recorded (the entry holds that
//! class alive, so its address cannot be reused); instance-dict slots are hints checked under
//! the dict's lock. A hit therefore gives exactly what the uncached path would.

use super::Vm;
use crate::runtime::class::{type_version, Class};
use crate::runtime::func::Function;
use crate::runtime::str::PyStr;
use crate::runtime::{PyResult, Value};
use std::sync::Arc;

/// Slots of the per-thread site cache (instructions beyond this are simply not cached).
pub(crate) const SITE_CACHE_SLOTS: usize = 1 << 20;

/// What one site learned the last time it ran the slow path.
pub(crate) enum SiteHit {
    /// `obj.name` / `obj.name = v` on an instance of `class`, whose MRO has no data descriptors
    /// or attribute hooks (`plain_attributes`): the attribute lives in the instance dict,
    /// last seen in slot `hint`.
    InstAttr {
        class: Arc<Class>,
        version: u64,
        hint: u32,
    },
    /// `obj.name(...)` on an instance of `class`: the class attribute is the Python function
    /// `func` (used unless the instance dict shadows it).
    Method {
        class: Arc<Class>,
        version: u64,
        func: Value,
    },
    /// `C(...)` of a plain class whose construction runs its Python `__init__` in the loop.
    Init {
        class: Arc<Class>,
        version: u64,
        init: Arc<Function>,
    },
}

/// Whether the instance's class is `class` (reads the class pointer without cloning it).
#[inline(always)]
fn class_is(inst: &crate::runtime::class::Instance, class: &Arc<Class>) -> bool {
    Arc::ptr_eq(&inst.class.read(), class)
}

impl Vm {
    #[inline(always)]
    fn site(&mut self, site: usize) -> Option<&mut SiteHit> {
        match self.site_cache.get_mut(site) {
            Some(Some(h)) => Some(h),
            _ => None,
        }
    }

    fn record_site(&mut self, site: usize, hit: SiteHit) {
        if site >= SITE_CACHE_SLOTS {
            return;
        }
        if self.site_cache.len() <= site {
            self.site_cache.resize_with(site + 1, || None);
        }
        self.site_cache[site] = Some(hit);
    }

    /// `obj.name` at a cached site; `None` = take `getattr_site`.
    #[inline]
    pub(crate) fn getattr_hit(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
    ) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let Some(SiteHit::InstAttr {
            class,
            version,
            hint,
        }) = self.site(site)
        else {
            return None;
        };
        if *version != type_version() || !class_is(inst, class) {
            return None;
        }
        inst.dict.get_pystr_hinted(name, hint)
    }

    /// `obj.name` the uncached way, recording what a later run of this site may reuse.
    pub(crate) fn getattr_site(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            // Read before the checks: a class change racing with them only makes the entry stale.
            let version = type_version();
            let cls = inst.class();
            if cls.plain_attributes() {
                let mut hint = 0;
                if let Some(v) = inst.dict.get_pystr_hinted(name, &mut hint) {
                    self.record_site(
                        site,
                        SiteHit::InstAttr {
                            class: cls,
                            version,
                            hint,
                        },
                    );
                    return Ok(v);
                }
            }
        }
        self.getattr(obj, name)
    }

    /// `obj.name = value` at a cached site; gives `value` back when the site misses.
    #[inline]
    pub(crate) fn setattr_hit(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
        value: Value,
    ) -> Result<(), Value> {
        let Value::Instance(inst) = obj else {
            return Err(value);
        };
        let Some(SiteHit::InstAttr {
            class,
            version,
            hint,
        }) = self.site(site)
        else {
            return Err(value);
        };
        if *version != type_version() || !class_is(inst, class) {
            return Err(value);
        }
        // The old value is dropped here, after the dict's lock is released.
        drop(inst.dict.set_pystr_hinted(name, value, hint));
        Ok(())
    }

    /// `obj.name = value` the uncached way, recording plain instance stores.
    pub(crate) fn setattr_site(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            let version = type_version();
            let cls = inst.class();
            if cls.plain_attributes() && name.as_str() != "__class__" {
                // The same store `setattr` makes for a plain class.
                let mut hint = 0;
                drop(inst.dict.set_pystr_hinted(name, value, &mut hint));
                self.record_site(
                    site,
                    SiteHit::InstAttr {
                        class: cls,
                        version,
                        hint,
                    },
                );
                return Ok(());
            }
        }
        self.setattr(obj, name, value)
    }

    /// `load_method` at a cached site: the function to call with `obj` prepended.
    #[inline]
    pub(crate) fn method_hit(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
    ) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let Some(SiteHit::Method {
            class,
            version,
            func,
        }) = self.site(site)
        else {
            return None;
        };
        if *version != type_version() || !class_is(inst, class) {
            return None;
        }
        let func = func.clone();
        if inst.dict.get_pystr(name).is_some() {
            return None;
        }
        Some(func)
    }

    /// `load_method` the uncached way, recording Python methods found on an instance's class.
    pub(crate) fn load_method_site(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Arc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let version = type_version();
        let r = self.load_method(obj, name)?;
        if let (Some(func @ Value::Function(_)), Value::Instance(inst)) = (&r, obj) {
            self.record_site(
                site,
                SiteHit::Method {
                    class: inst.class(),
                    version,
                    func: func.clone(),
                },
            );
        }
        Ok(r)
    }

    /// For `C(args)`: the `__init__` to run in the dispatch loop, when `C` is a plain class
    /// (see `eval::inline_init`), remembered per site.
    #[inline]
    pub(crate) fn init_site(&mut self, site: usize, cls: &Arc<Class>) -> Option<Arc<Function>> {
        if let Some(SiteHit::Init {
            class,
            version,
            init,
        }) = self.site(site)
        {
            if *version == type_version() && Arc::ptr_eq(class, cls) {
                return Some(init.clone());
            }
        }
        let version = type_version();
        let init = super::eval::inline_init(cls)?;
        self.record_site(
            site,
            SiteHit::Init {
                class: cls.clone(),
                version,
                init: init.clone(),
            },
        );
        Some(init)
    }
}
