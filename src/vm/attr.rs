//! Attribute access: the descriptor protocol (functions bind, properties compute, classmethod
//! and staticmethod), instance and class namespaces, `__getattr__`/`__setattr__` hooks, and the
//! special attributes of functions, classes and modules.

use super::Vm;
use crate::builtins::objects::{ClassMethod, Property, StaticMethod};
use crate::runtime::class::Class;
use crate::runtime::func::{BoundMethod, Builtin};
use crate::runtime::str::PyStr;
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use std::sync::Arc;

impl Vm {
    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Instance(_) = obj {
                    if let Some(ga) = class_of(obj).lookup_str("__getattr__") {
                        return self.call(
                            &ga,
                            &[obj.clone(), Value::Str(Arc::new(PyStr::new(name.as_str())))],
                            &[],
                        );
                    }
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr(obj, &PyStr::new(name))
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        match obj {
            Value::Module(m) => {
                PyErr::attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
            }
            Value::Class(c) => PyErr::attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                c.name
            )),
            _ => PyErr::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                class_of(obj).name
            )),
        }
    }

    /// Attribute lookup without the `__getattr__` fallback; `Ok(None)` when missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.plain_attributes() {
                    // No data descriptors in the MRO: the instance dict wins, as CPython finds.
                    if let Some(v) = inst.dict.get_pystr(name) {
                        return Ok(Some(v));
                    }
                }
                let cattr = cls.lookup(name);
                if let Some(ca) = &cattr {
                    if let Some(p) = ca.downcast::<Property>() {
                        return match &p.fget {
                            Some(g) => Ok(Some(self.call(g, std::slice::from_ref(obj), &[])?)),
                            None => Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no getter",
                                name.as_str(),
                                cls.name
                            ))),
                        };
                    }
                }
                if let Some(v) = inst.dict.get_pystr(name) {
                    return Ok(Some(v));
                }
                if let Some(ca) = cattr {
                    return Ok(Some(self.bind(ca, obj, &cls)?));
                }
                match name.as_str() {
                    "__class__" => Ok(Some(Value::Class(cls))),
                    "__dict__" => Ok(Some(Value::Dict(inst.dict.clone()))),
                    _ => {
                        if inst.exc.is_some() {
                            return self.exception_attr(inst, name.as_str());
                        }
                        Ok(None)
                    }
                }
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Code(c) => Ok(super::introspect::code_attr(c, name.as_str())),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_pystr(name) {
                    return Ok(Some(v));
                }
                if name.as_str() == "__dict__" {
                    return Ok(Some(Value::Dict(m.dict.clone())));
                }
                // PEP 562: a module-level `__getattr__(name)` supplies missing attributes.
                match m.dict.get_str("__getattr__") {
                    Some(hook) => match self.call(&hook, &[Value::str(name.as_str())], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if e.is_instance(&crate::runtime::types::types().attribute_error) =>
                        {
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    },
                    None => Ok(None),
                }
            }
            Value::Function(f) => {
                if let Some(v) = f.dict.get_pystr(name) {
                    return Ok(Some(v));
                }
                Ok(match name.as_str() {
                    "__name__" => Some(Value::str(&f.name())),
                    "__qualname__" => Some(Value::str(&f.qualname())),
                    "__module__" => f.globals.get_str("__name__"),
                    "__doc__" => Some(match f.code.consts.first() {
                        Some(d @ Value::Str(_)) => d.clone(),
                        _ => Value::None,
                    }),
                    "__dict__" => Some(Value::Dict(f.dict.clone())),
                    "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                        Value::None
                    } else {
                        let d = crate::runtime::dict::Dict::new();
                        for (k, v) in &f.kwdefaults {
                            d.set_str(k, v.clone());
                        }
                        Value::Dict(Arc::new(d))
                    }),
                    "__defaults__" => Some(if f.defaults.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.defaults.clone())
                    }),
                    "__code__" => Some(Value::Code(f.code.clone())),
                    "__globals__" => Some(Value::Dict(f.globals.clone())),
                    "__closure__" => Some(if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
                    }),
                    "__class__" => Some(Value::Class(types().function.clone())),
                    _ => match types().function.lookup(name) {
                        Some(v) => Some(self.bind(v, obj, &types().function)?),
                        None => None,
                    },
                })
            }
            Value::Builtin(b) => Ok(match name.as_str() {
                "__name__" | "__qualname__" => Some(Value::str(&b.name)),
                "__self__" => b.bound.clone(),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::str("builtins")),
                "__class__" => Some(Value::Class(types().builtin_function.clone())),
                _ => None,
            }),
            Value::BoundMethod(m) => Ok(match name.as_str() {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__class__" => Some(Value::Class(types().method.clone())),
                _ => self.getattr_opt(&m.func, name)?,
            }),
            Value::Native(n) => {
                if let Some(v) = n.getattr(self, obj, name.as_str())? {
                    return Ok(Some(v));
                }
                let cls = n.class();
                match cls.lookup(name) {
                    Some(v) => Ok(Some(self.bind(v, obj, &cls)?)),
                    None if name.as_str() == "__class__" => Ok(Some(Value::Class(cls))),
                    None => Ok(None),
                }
            }
            _ => {
                let cls = class_of(obj);
                match cls.lookup(name) {
                    Some(v) => Ok(Some(self.bind(v, obj, &cls)?)),
                    None => Ok(match (name.as_str(), obj) {
                        ("__class__", _) => Some(Value::Class(cls)),
                        ("cell_contents", Value::Cell(c)) => match c.get() {
                            Some(v) => Some(v),
                            None => return Err(PyErr::value_error("Cell is empty")),
                        },
                        (
                            "real",
                            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_),
                        ) => Some(crate::builtins::numbers::to_int_or_float(obj)),
                        ("imag", Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                            Some(Value::Int(0))
                        }
                        ("imag", Value::Float(_)) => Some(Value::Float(0.0)),
                        ("numerator", Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                            Some(crate::builtins::numbers::to_int_or_float(obj))
                        }
                        ("denominator", Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                            Some(Value::Int(1))
                        }
                        _ => None,
                    }),
                }
            }
        }
    }

    fn exception_attr(
        &mut self,
        inst: &Arc<crate::runtime::class::Instance>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Some(st) = &inst.exc else { return Ok(None) };
        Ok(match name {
            "args" => Some(Value::tuple(st.args.read().clone())),
            "__cause__" => Some(st.cause.read().clone().unwrap_or(Value::None)),
            "__context__" => Some(st.context.read().clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(
                st.suppress_context
                    .load(std::sync::atomic::Ordering::Relaxed),
            )),
            "__traceback__" => Some(super::introspect::traceback_of(st)),
            "value" if inst.class().is_subclass(&types().stop_iteration) => {
                Some(st.args.read().first().cloned().unwrap_or(Value::None))
            }
            "code" if inst.class().is_subclass(&types().system_exit) => {
                let a = st.args.read();
                Some(match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => Value::tuple(a.clone()),
                })
            }
            _ => None,
        })
    }

    fn class_getattr(&mut self, c: &Arc<Class>, name: &PyStr) -> PyResult<Option<Value>> {
        // `type`'s data descriptors win over anything in the class namespace (a class may
        // define a `__dict__` property for its instances; `C.__dict__` is still its namespace).
        let data = match name.as_str() {
            "__name__" => Some(Value::str(&c.name)),
            "__qualname__" => Some(Value::str(&c.qualname)),
            "__dict__" => Some(Value::Dict(c.dict.clone())),
            "__bases__" => Some(Value::tuple(
                c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
            )),
            "__mro__" => Some(Value::tuple(
                c.full_mro().into_iter().map(Value::Class).collect(),
            )),
            "__class__" => Some(Value::Class(types().type_.clone())),
            _ => None,
        };
        if data.is_some() {
            return Ok(data);
        }
        if let Some(v) = c.lookup(name) {
            if let Some(cm) = v.downcast::<ClassMethod>() {
                return Ok(Some(Value::BoundMethod(Arc::new(BoundMethod {
                    func: cm.func.clone(),
                    self_: Value::Class(c.clone()),
                }))));
            }
            if let Some(sm) = v.downcast::<StaticMethod>() {
                return Ok(Some(sm.func.clone()));
            }
            if let Value::Instance(_) = &v {
                // A user descriptor: `__get__(None, C)`.
                if let Some(get) = class_of(&v).lookup_str("__get__") {
                    let args = [v.clone(), Value::None, Value::Class(c.clone())];
                    return Ok(Some(self.call(&get, &args, &[])?));
                }
            }
            return Ok(Some(v));
        }
        let cv = Value::Class(c.clone());
        Ok(match name.as_str() {
            "__module__" => Some(Value::str(&c.module)),
            "__doc__" => Some(Value::None),
            "__base__" => Some(
                c.bases
                    .first()
                    .map(|b| Value::Class(b.clone()))
                    .unwrap_or(Value::None),
            ),
            _ => match types().type_.lookup(name) {
                Some(v) => Some(self.bind(v, &cv, &types().type_)?),
                None => None,
            },
        })
    }

    /// Binds a class attribute found for `obj` (the descriptor protocol's `__get__`).
    fn bind(&mut self, attr: Value, obj: &Value, cls: &Arc<Class>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(Value::BoundMethod(Arc::new(BoundMethod {
                func: attr,
                self_: obj.clone(),
            }))),
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => {
                Ok(Value::Builtin(Arc::new(Builtin {
                    name: b.name.clone(),
                    func: b.func,
                    owner: b.owner,
                    bound: Some(obj.clone()),
                })))
            }
            Value::Native(_) => {
                if let Some(cm) = attr.downcast::<ClassMethod>() {
                    return Ok(Value::BoundMethod(Arc::new(BoundMethod {
                        func: cm.func.clone(),
                        self_: Value::Class(cls.clone()),
                    })));
                }
                if let Some(sm) = attr.downcast::<StaticMethod>() {
                    return Ok(sm.func.clone());
                }
                if let Some(p) = attr.downcast::<Property>() {
                    return match &p.fget {
                        Some(g) => self.call(g, std::slice::from_ref(obj), &[]),
                        None => Err(PyErr::attribute_error("unreadable attribute")),
                    };
                }
                Ok(attr)
            }
            Value::Instance(_) => {
                if let Some(get) = class_of(&attr).lookup_str("__get__") {
                    return self.call(
                        &get,
                        &[attr.clone(), obj.clone(), Value::Class(cls.clone())],
                        &[],
                    );
                }
                Ok(attr)
            }
            _ => Ok(attr),
        }
    }

    /// For `obj.name(...)`: the unbound function to call with `obj` prepended, when the
    /// attribute is a plain method found on the class; `None` means "use getattr".
    pub fn load_method(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup(name) {
                    Some(f @ Value::Function(_)) => {
                        if inst.dict.get_pystr(name).is_some() {
                            return Ok(None);
                        }
                        Ok(Some(f))
                    }
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::BoundMethod(_) => {
                Ok(None)
            }
            Value::Native(n) => {
                if n.getattr(self, obj, name.as_str())?.is_some() {
                    return Ok(None);
                }
                match n.class().lookup(name) {
                    Some(b @ Value::Builtin(_)) => Ok(Some(b)),
                    _ => Ok(None),
                }
            }
            _ => match class_of(obj).lookup(name) {
                Some(b @ Value::Builtin(_)) => Ok(Some(b)),
                _ => Ok(None),
            },
        }
    }

    /// Looks a special method up on the type (not the instance) and binds it to `obj`.
    pub fn lookup_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let cls = class_of(obj);
        let attr = cls.lookup_str(name)?;
        self.bind(attr, obj, &cls).ok()
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        if let Value::Native(n) = obj {
            if let Some(r) = n.setattr(self, name.as_str(), Some(&value)) {
                return r;
            }
        }
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.plain_attributes() && name.as_str() != "__class__" {
                    // No descriptors and no `__setattr__` anywhere in the MRO: a plain store.
                    inst.dict.set_simple(Value::Str(name.clone()), value);
                    return Ok(());
                }
                if let Some(ca) = cls.lookup(name) {
                    if let Some(p) = ca.downcast::<Property>() {
                        return match &p.fset {
                            Some(s) => self.call(s, &[obj.clone(), value], &[]).map(|_| ()),
                            None => Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                cls.name
                            ))),
                        };
                    }
                    if let Value::Instance(_) = ca {
                        if let Some(set) = class_of(&ca).lookup_str("__set__") {
                            return self
                                .call(&set, &[ca.clone(), obj.clone(), value], &[])
                                .map(|_| ());
                        }
                    }
                }
                if let Some(sa) = cls.lookup_str("__setattr__") {
                    if !matches!(sa, Value::Builtin(_)) {
                        return self
                            .call(&sa, &[obj.clone(), Value::str(name.as_str()), value], &[])
                            .map(|_| ());
                    }
                }
                if name.as_str() == "__class__" {
                    if let Value::Class(c) = value {
                        *inst.class.write() = c;
                        return Ok(());
                    }
                }
                inst.dict.set_simple(Value::Str(name.clone()), value);
                Ok(())
            }
            Value::Class(c) => {
                c.dict.set_simple(Value::str(name.as_str()), value);
                crate::runtime::class::class_changed();
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_simple(Value::str(name.as_str()), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => *f.name.write() = Arc::from(value.as_str().unwrap_or("")),
                    "__qualname__" => *f.qualname.write() = Arc::from(value.as_str().unwrap_or("")),
                    _ => f.dict.set_simple(Value::str(name.as_str()), value),
                }
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                class_of(obj).name,
                name.as_str()
            ))),
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(ca) = inst.class().lookup(name) {
                    if let Some(p) = ca.downcast::<Property>() {
                        return match &p.fdel {
                            Some(d) => self.call(d, std::slice::from_ref(obj), &[]).map(|_| ()),
                            None => Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no deleter",
                                name.as_str(),
                                inst.class().name
                            ))),
                        };
                    }
                }
                if let Some(da) = inst.class().lookup_str("__delattr__") {
                    if !matches!(da, Value::Builtin(_)) {
                        return self
                            .call(&da, &[obj.clone(), Value::str(name.as_str())], &[])
                            .map(|_| ());
                    }
                }
                inst.dict.remove_str(name.as_str())
            }
            Value::Class(c) => {
                crate::runtime::class::class_changed();
                c.dict.remove_str(name.as_str())
            }
            Value::Module(m) => m.dict.remove_str(name.as_str()),
            Value::Function(f) => f.dict.remove_str(name.as_str()),
            Value::Native(n) => match n.setattr(self, name.as_str(), None) {
                Some(r) => return r,
                None => None,
            },
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }
}
