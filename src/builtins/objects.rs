//! Built-in object types that support the class machinery: `object`'s methods, `property`,
//! `classmethod`, `staticmethod`, `super`, exception methods, and generator methods.

use super::args::{add_methods, check_method, kwarg, Kw};
use crate::runtime::class::Class;
use crate::runtime::func::BoundMethod;
use crate::runtime::types::{class_of, types};
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::generator::Generator;
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// The "no self" marker used by LoadMethod/CallMethod.
pub struct NullMarker;

impl NativeObject for NullMarker {
    fn class(&self) -> Arc<Class> {
        types().object.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn simple_class(
    name: &str,
    cell: &'static OnceLock<Arc<Class>>,
    methods: fn(&Arc<Class>),
) -> Arc<Class> {
    cell.get_or_init(|| {
        let c = Class::native(name);
        methods(&c);
        c
    })
    .clone()
}

pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
}

pub fn property_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    simple_class("property", &C, |c| {
        add_methods(
            c,
            "property",
            &[
                ("__new__", property_new),
                ("getter", |vm, a, _| prop_with(vm, a, 0)),
                ("setter", |vm, a, _| prop_with(vm, a, 1)),
                ("deleter", |vm, a, _| prop_with(vm, a, 2)),
            ],
        );
    })
}

fn opt(v: Option<&Value>) -> Option<Value> {
    match v {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    }
}

fn property_new(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let get = |i: usize, k: &str| opt(args.get(i + 1).or_else(|| kwarg(kw, k)));
    Ok(Value::native(Property {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
    }))
}

fn prop_with(_vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_method("property", args, 1, 1)?;
    let p = args[0]
        .downcast::<Property>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a property"))?;
    let f = Some(args[1].clone());
    Ok(Value::native(Property {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
    }))
}

impl NativeObject for Property {
    fn class(&self) -> Arc<Class> {
        property_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "fget" => Some(self.fget.clone().unwrap_or(Value::None)),
            "fset" => Some(self.fset.clone().unwrap_or(Value::None)),
            "fdel" => Some(self.fdel.clone().unwrap_or(Value::None)),
            "__doc__" => Some(self.doc.clone().unwrap_or(Value::None)),
            _ => None,
        })
    }
}

pub struct ClassMethod {
    pub func: Value,
}

pub struct StaticMethod {
    pub func: Value,
}

pub fn classmethod_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    simple_class("classmethod", &C, |c| {
        add_methods(
            c,
            "classmethod",
            &[("__new__", |_vm, a, _| {
                check_method("classmethod", a, 1, 1)?;
                Ok(Value::native(ClassMethod { func: a[1].clone() }))
            })],
        );
    })
}

pub fn staticmethod_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    simple_class("staticmethod", &C, |c| {
        add_methods(
            c,
            "staticmethod",
            &[("__new__", |_vm, a, _| {
                check_method("staticmethod", a, 1, 1)?;
                Ok(Value::native(StaticMethod { func: a[1].clone() }))
            })],
        );
    })
}

impl NativeObject for ClassMethod {
    fn class(&self) -> Arc<Class> {
        classmethod_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(if name == "__func__" {
            Some(self.func.clone())
        } else {
            None
        })
    }
}

impl NativeObject for StaticMethod {
    fn class(&self) -> Arc<Class> {
        staticmethod_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(if name == "__func__" {
            Some(self.func.clone())
        } else {
            None
        })
    }
    fn call(&self, vm: &mut Vm, _me: &Value, args: &[Value], kw: Kw) -> Option<PyResult<Value>> {
        Some(vm.call(&self.func, args, kw))
    }
}

/// `super(cls, obj)`: attribute lookup starting after `cls` in `type(obj).__mro__`.
pub struct Super {
    pub start_after: Arc<Class>,
    pub obj: Value,
}

pub fn super_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    simple_class("super", &C, |c| {
        add_methods(c, "super", &[("__new__", super_new)]);
    })
}

fn super_new(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let Value::Class(c) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            class_of(&args[1]).name
        )));
    };
    let ok = match &args[2] {
        Value::Class(oc) => oc.is_subclass(c),
        o => class_of(o).is_subclass(c),
    };
    if !ok {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::native(Super {
        start_after: c.clone(),
        obj: args[2].clone(),
    }))
}

impl NativeObject for Super {
    fn class(&self) -> Arc<Class> {
        super_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        let (mro, is_class) = match &self.obj {
            Value::Class(c) => (c.full_mro(), true),
            o => (class_of(o).full_mro(), false),
        };
        let pos = mro
            .iter()
            .position(|c| Arc::ptr_eq(c, &self.start_after))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(v) = c.dict.get_str(name) {
                if let Some(cm) = v.downcast::<ClassMethod>() {
                    let cls = match &self.obj {
                        Value::Class(c) => Value::Class(c.clone()),
                        o => Value::Class(class_of(o)),
                    };
                    return Ok(Some(Value::BoundMethod(Arc::new(BoundMethod {
                        func: cm.func.clone(),
                        self_: cls,
                    }))));
                }
                if let Some(sm) = v.downcast::<StaticMethod>() {
                    return Ok(Some(sm.func.clone()));
                }
                if let Some(p) = v.downcast::<Property>() {
                    if let Some(g) = &p.fget {
                        return Ok(Some(vm.call(g, std::slice::from_ref(&self.obj), &[])?));
                    }
                }
                if is_class {
                    return Ok(Some(v));
                }
                return Ok(Some(match v {
                    Value::Function(_) => Value::BoundMethod(Arc::new(BoundMethod {
                        func: v,
                        self_: self.obj.clone(),
                    })),
                    Value::Builtin(b) if b.owner.is_some() => {
                        Value::Builtin(Arc::new(crate::runtime::func::Builtin {
                            name: b.name.clone(),
                            func: b.func,
                            owner: b.owner,
                            bound: Some(self.obj.clone()),
                        }))
                    }
                    other => other,
                }));
            }
        }
        Err(PyErr::attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }
}

/// `object.__new__(cls)`: a bare instance of a class whose instances are plain objects.
fn object_new(_vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(first) = a.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let Value::Class(cls) = first else {
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            class_of(first).name
        )));
    };
    if cls.layout == crate::runtime::class::Layout::Builtin {
        let base = cls.builtin_base().map(|b| b.name.to_string());
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name,
            base.as_deref().unwrap_or(&cls.name)
        )));
    }
    if (a.len() > 1 || !kw.is_empty())
        && cls
            .lookup_str("__new__")
            .is_some_and(|n| !is_object_new(&n))
    {
        return Err(PyErr::type_error(
            "object.__new__() takes exactly one argument (the type to instantiate)",
        ));
    }
    Ok(Value::Instance(Arc::new(
        crate::runtime::class::Instance::new(cls.clone()),
    )))
}

/// Whether `f` is `object.__new__` (which instantiation treats as "no `__new__` override").
pub fn is_object_new(f: &Value) -> bool {
    matches!(f, Value::Builtin(b) if b.owner == Some("object") && b.name.as_ref() == "__new__")
}

/// Methods of `object` and `BaseException`, available to every class through the MRO.
pub fn install_object_methods() {
    let t = types();
    add_methods(
        &t.object,
        "object",
        &[
            ("__init__", |_vm, _a, _k| Ok(Value::None)),
            ("__new__", object_new),
            ("__repr__", |vm, a, _| {
                Ok(Value::string(super::repr::default_repr(vm, &a[0])))
            }),
            ("__str__", |vm, a, _| Ok(Value::string(vm.str(&a[0])?))),
            ("__eq__", |_vm, a, _| {
                check_method("__eq__", a, 1, 1)?;
                Ok(if a[0].is(&a[1]) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |vm, a, _| {
                check_method("__ne__", a, 1, 1)?;
                Ok(Value::Bool(!vm.eq(&a[0], &a[1])?))
            }),
            ("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?))),
            ("__setattr__", |vm, a, _| {
                check_method("__setattr__", a, 2, 2)?;
                set_instance_attr(vm, &a[0], &a[1], a[2].clone())
            }),
            ("__delattr__", |_vm, a, _| {
                check_method("__delattr__", a, 1, 1)?;
                if let (Value::Instance(i), Some(n)) = (&a[0], a[1].as_str()) {
                    if i.dict.remove_str(n).is_none() {
                        return Err(PyErr::attribute_error(n.to_string()));
                    }
                }
                Ok(Value::None)
            }),
            ("__getattribute__", |vm, a, _| {
                check_method("__getattribute__", a, 1, 1)?;
                let n = super::args::str_arg(&a[1], "getattr", 2)?.to_string();
                vm.getattr_str(&a[0], &n)
            }),
            ("__init_subclass__", |_vm, _a, _k| Ok(Value::None)),
            ("__format__", |vm, a, _| {
                check_method("__format__", a, 1, 1)?;
                let spec = a[1].as_str().unwrap_or("");
                if !spec.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        class_of(&a[0]).name
                    )));
                }
                Ok(Value::string(vm.str(&a[0])?))
            }),
        ],
    );
    add_methods(
        &t.type_,
        "type",
        &[
            ("mro", |_vm, a, _| match &a[0] {
                Value::Class(c) => Ok(Value::list(
                    c.full_mro().into_iter().map(Value::Class).collect(),
                )),
                _ => Err(PyErr::type_error(
                    "descriptor 'mro' requires a 'type' object",
                )),
            }),
            ("__subclasses__", |_vm, a, _| match &a[0] {
                Value::Class(c) => Ok(Value::list(
                    c.subclasses().into_iter().map(Value::Class).collect(),
                )),
                _ => Err(PyErr::type_error(
                    "descriptor '__subclasses__' requires a 'type' object",
                )),
            }),
        ],
    );
    add_methods(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", |_vm, a, _| {
                if let Value::Instance(i) = &a[0] {
                    if let Some(st) = &i.exc {
                        *st.args.write() = a[1..].to_vec();
                    }
                }
                Ok(Value::None)
            }),
            ("__repr__", |vm, a, _| {
                Ok(Value::string(super::repr::exception_repr(vm, &a[0])?))
            }),
            ("__str__", |vm, a, _| match &a[0] {
                Value::Instance(i) => Ok(Value::string(super::repr::exception_str(vm, i)?)),
                _ => Ok(Value::str("")),
            }),
            ("with_traceback", |_vm, a, _| Ok(a[0].clone())),
            ("add_note", |_vm, _a, _| Ok(Value::None)),
        ],
    );
}

/// Sets an attribute in an instance's own `__dict__` (`object.__setattr__`).
fn set_instance_attr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<Value> {
    let Some(n) = name.as_str() else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    match obj {
        Value::Instance(i) => {
            if let Some(ca) = i.class().lookup_str(n) {
                if let Some(p) = ca.downcast::<Property>() {
                    if let Some(s) = &p.fset {
                        vm.call(s, &[obj.clone(), value], &[])?;
                        return Ok(Value::None);
                    }
                }
            }
            i.dict.set_str(n, value);
            Ok(Value::None)
        }
        _ => Err(PyErr::attribute_error(format!(
            "'{}' object attribute '{n}' is read-only",
            class_of(obj).name
        ))),
    }
}

/// `send`, `throw`, `close`, `__next__`, `__iter__` on generators.
pub fn install_generator_methods(c: &Arc<Class>) {
    add_methods(
        c,
        "generator",
        &[
            ("__next__", |vm, a, _| {
                let g = gen(&a[0])?;
                match g.resume(vm, Value::None, None)? {
                    Ok(v) => Ok(v),
                    Err(r) => Err(PyErr::stop_iteration(if r.is_none() {
                        None
                    } else {
                        Some(r)
                    })),
                }
            }),
            ("__iter__", |_vm, a, _| Ok(a[0].clone())),
            ("send", |vm, a, _| {
                check_method("send", a, 1, 1)?;
                let g = gen(&a[0])?;
                match g.resume(vm, a[1].clone(), None)? {
                    Ok(v) => Ok(v),
                    Err(r) => Err(PyErr::stop_iteration(if r.is_none() {
                        None
                    } else {
                        Some(r)
                    })),
                }
            }),
            ("throw", |vm, a, _| {
                check_method("throw", a, 1, 3)?;
                let g = gen(&a[0])?;
                let exc = match (&a[1], a.get(2)) {
                    (Value::Class(_), Some(v)) if !v.is_none() => {
                        let inst = vm.call(&a[1], std::slice::from_ref(v), &[])?;
                        vm.make_exception(&inst)?
                    }
                    _ => vm.make_exception(&a[1])?,
                };
                match g.resume(vm, Value::None, Some(exc))? {
                    Ok(v) => Ok(v),
                    Err(r) => Err(PyErr::stop_iteration(if r.is_none() {
                        None
                    } else {
                        Some(r)
                    })),
                }
            }),
            ("close", |vm, a, _| {
                gen(&a[0])?.close(vm)?;
                Ok(Value::None)
            }),
        ],
    );
}

fn gen(v: &Value) -> PyResult<&Generator> {
    v.downcast::<Generator>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'generator' object"))
}
