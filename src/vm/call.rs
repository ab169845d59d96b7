//! Calling: any callable value, Python functions (argument binding with CPython's error
//! messages), class instantiation (`__new__`/`__init__`) and `__build_class__`.

use super::eval::Exit;
use super::frame::Frame;
use super::generator::Generator;
use super::Vm;
use crate::runtime::class::{payload_of, Class, Instance, Layout};
use crate::runtime::dict::Dict;
use crate::runtime::func::{Cell, Function};
use crate::runtime::types::{class_of, types};
use crate::runtime::{PyErr, PyResult, Value};
use std::sync::Arc;

pub type Kwargs<'a> = &'a [(Arc<str>, Value)];

impl Vm {
    /// `func(*args, **kw)` for any callable.
    pub fn call(&mut self, func: &Value, args: &[Value], kw: Kwargs) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, args, kw),
            Value::Builtin(b) => {
                let Some(owner) = b.owner else {
                    return match &b.bound {
                        None => (b.func)(self, args, kw),
                        Some(s) => {
                            let mut v = Vec::with_capacity(args.len() + 1);
                            v.push(s.clone());
                            v.extend_from_slice(args);
                            (b.func)(self, &v, kw)
                        }
                    };
                };
                // A method of a built-in type: on an instance of a user subclass it works on
                // the built-in value inside (`Stack.append` → `list.append` on the payload).
                let first = b.bound.as_ref().or(args.first());
                let sub = first.and_then(|f| payload_of(f)).filter(|p| {
                    let pc = class_of(p);
                    pc.name.as_ref() == owner || pc.mro.iter().any(|c| c.name.as_ref() == owner)
                });
                if b.bound.is_none() && sub.is_none() {
                    let r = (b.func)(self, args, kw)?;
                    if b.name.as_ref() == "__new__" {
                        return Ok(self.wrap_new_result(args.first(), r));
                    }
                    return Ok(r);
                }
                let mut v = Vec::with_capacity(args.len() + 1);
                match &b.bound {
                    Some(s) => {
                        v.push(sub.cloned().unwrap_or_else(|| s.clone()));
                        v.extend_from_slice(args);
                    }
                    None => {
                        v.push(sub.cloned().unwrap_or_else(|| args[0].clone()));
                        v.extend_from_slice(&args[1..]);
                    }
                }
                (b.func)(self, &v, kw)
            }
            Value::BoundMethod(m) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(m.self_.clone());
                v.extend_from_slice(args);
                self.call(&m.func, &v, kw)
            }
            Value::Class(c) => self.instantiate(c, args, kw),
            Value::Instance(_) => match self.lookup_special(func, "__call__") {
                Some(m) => self.call(&m, args, kw),
                None => Err(not_callable(func)),
            },
            Value::Native(n) => match n.call(self, func, args, kw) {
                Some(r) => r,
                None => Err(not_callable(func)),
            },
            _ => Err(not_callable(func)),
        }
    }

    /// Calls a method looked up on the object's class (`__len__`, `__iter__`...), if present.
    pub fn call_method(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.lookup_special(obj, name) {
            Some(m) => Ok(Some(self.call(&m, args, &[])?)),
            None => Ok(None),
        }
    }

    /// Runs a Python function: binds arguments into a new frame and executes it (or returns a
    /// generator for generator functions).
    pub fn call_function(
        &mut self,
        func: &Arc<Function>,
        args: &[Value],
        kw: Kwargs,
    ) -> PyResult<Value> {
        let mut frame = self.prepare_call(func, args, kw)?;
        if func.code.co.is_generator {
            return Ok(Value::native(Generator::new(
                frame,
                func.name(),
                func.qualname(),
            )));
        }
        if let Err(e) = self.enter_call() {
            self.recycle_frame(frame);
            return Err(e);
        }
        let r = self.run_frame(&mut frame);
        self.leave_call();
        self.recycle_frame(frame);
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// A frame for calling `func` with its arguments bound and its cells made.
    pub(crate) fn prepare_call(
        &mut self,
        func: &Function,
        args: &[Value],
        kw: Kwargs,
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if let Err(e) = self.bind_args(func, &mut frame.fast, args, kw) {
            self.recycle_frame(frame);
            return Err(e);
        }
        let co = &func.code.co;
        if !co.cellvars.is_empty() || !co.freevars.is_empty() {
            let mut cells: Vec<Arc<Cell>> =
                Vec::with_capacity(co.cellvars.len() + co.freevars.len());
            for _ in 0..co.cellvars.len() {
                cells.push(Arc::new(Cell::new(None)));
            }
            cells.extend(func.closure.iter().cloned());
            frame.cells = cells;
        }
        Ok(frame)
    }

    /// `prepare_call(func, [obj, *args])` without building the argument vector when the call
    /// binds positionally (an `__init__` run by `C(args)`).
    pub(crate) fn prepare_method_call(
        &mut self,
        func: &Function,
        obj: &Value,
        args: &[Value],
    ) -> PyResult<Box<Frame>> {
        let co = &func.code.co;
        let simple = args.len() + 1 == co.argcount as usize
            && !co.has_varargs
            && co.kwonlyargcount == 0
            && !co.has_varkw
            && co.cellvars.is_empty()
            && co.freevars.is_empty();
        if !simple {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(obj.clone());
            v.extend_from_slice(args);
            return self.prepare_call(func, &v, &[]);
        }
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        frame.fast[0] = Some(obj.clone());
        for (slot, a) in frame.fast[1..].iter_mut().zip(args.iter()) {
            *slot = Some(a.clone());
        }
        Ok(frame)
    }

    fn bind_args(
        &mut self,
        func: &Function,
        fast: &mut [Option<Value>],
        args: &[Value],
        kw: Kwargs,
    ) -> PyResult<()> {
        let co = &func.code.co;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        // Fast path: exact positional call with no keywords.
        if kw.is_empty()
            && args.len() == argcount
            && !co.has_varargs
            && kwonly == 0
            && !co.has_varkw
        {
            for (slot, a) in fast.iter_mut().zip(args.iter()) {
                *slot = Some(a.clone());
            }
            return Ok(());
        }
        let fname = func.qualname();
        let npos = args.len().min(argcount);
        for i in 0..npos {
            fast[i] = Some(args[i].clone());
        }
        let mut slot = argcount + kwonly;
        if co.has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if args.len() > argcount {
            return Err(too_many_positional(func, args.len(), kw));
        }
        let kwdict = if co.has_varkw {
            let d = Arc::new(Dict::new());
            fast[slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let posonly = co.posonlyargcount as usize;
        let mut posonly_as_kw = Vec::new();
        for (name, value) in kw {
            let idx = co.varnames[..argcount + kwonly]
                .iter()
                .position(|v| v.as_ref() == name.as_ref());
            match idx {
                Some(i) if i >= posonly => {
                    if fast[i].is_some() {
                        return Err(PyErr::type_error(format!(
                            "{fname}() got multiple values for argument '{name}'"
                        )));
                    }
                    fast[i] = Some(value.clone());
                }
                _ => match &kwdict {
                    Some(d) => d.set_str(name, value.clone()),
                    None => {
                        if idx.is_some() {
                            posonly_as_kw.push(name.to_string());
                        } else {
                            return Err(PyErr::type_error(format!(
                                "{fname}() got an unexpected keyword argument '{name}'"
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let ndefaults = func.defaults.len();
        let first_default = argcount - ndefaults.min(argcount);
        let mut missing = Vec::new();
        for (i, slot) in fast.iter_mut().enumerate().take(argcount) {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(func.defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "positional", &missing));
        }
        for (slot, name) in fast[argcount..argcount + kwonly]
            .iter_mut()
            .zip(&co.varnames[argcount..])
        {
            if slot.is_none() {
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *slot = Some(v.clone()),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "keyword-only", &missing));
        }
        Ok(())
    }

    /// `cls(*args, **kw)`.
    pub fn instantiate(&mut self, cls: &Arc<Class>, args: &[Value], kw: Kwargs) -> PyResult<Value> {
        // `type(x)` with one argument.
        if Arc::ptr_eq(cls, &types().type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Class(class_of(&args[0])));
        }
        if Arc::ptr_eq(cls, &types().type_) && args.len() == 3 {
            return self.type_new(args, kw);
        }
        if Arc::ptr_eq(cls, &types().object) {
            if !args.is_empty() || !kw.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            return Ok(Value::Instance(Arc::new(Instance::new(cls.clone()))));
        }
        let new = cls
            .lookup_str("__new__")
            .filter(|n| !crate::builtins::objects::is_object_new(n));
        let obj = match (&new, cls.layout) {
            (Some(Value::Builtin(b)), _) => {
                let own_new = matches!(cls.dict.get_str("__new__"), Some(Value::Builtin(_)));
                if cls.module.as_ref() == "builtins" || own_new {
                    // The built-in type itself: its constructor initialises fully.
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Value::Class(cls.clone()));
                    v.extend_from_slice(args);
                    return (b.func)(self, &v, kw);
                }
                // A user subclass of a built-in type: make the built-in value, then __init__.
                let base = cls.builtin_base().unwrap_or_else(|| types().object.clone());
                let mutable = ["list", "dict", "set"].contains(&base.name.as_ref());
                let mut v = vec![Value::Class(base)];
                if !mutable {
                    v.extend_from_slice(args);
                }
                let payload = (b.func)(self, &v, if mutable { &[] } else { kw })?;
                self.wrap_payload(cls, payload)
            }
            (Some(newf), _) => {
                let newf = match newf.downcast::<crate::builtins::objects::StaticMethod>() {
                    Some(s) => s.func.clone(),
                    None => newf.clone(),
                };
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(Value::Class(cls.clone()));
                v.extend_from_slice(args);
                self.call(&newf, &v, kw)?
            }
            (None, Layout::Exception) => {
                let inst = Instance::new(cls.clone());
                if let Some(st) = &inst.exc {
                    *st.args.write() = args.to_vec();
                }
                Value::Instance(Arc::new(inst))
            }
            (None, Layout::Object) => Value::Instance(Arc::new(Instance::new(cls.clone()))),
            (None, Layout::Builtin) => {
                return Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    cls.name
                )));
            }
        };
        if !class_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        match cls.lookup_str("__init__") {
            Some(init) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj.clone());
                v.extend_from_slice(args);
                let r = self.call(&init, &v, kw)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        class_of(&r).name
                    )));
                }
            }
            None => {
                if (!args.is_empty() || !kw.is_empty())
                    && new.is_none()
                    && cls.layout == Layout::Object
                {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        cls.name
                    )));
                }
            }
        }
        Ok(obj)
    }

    /// `__build_class__(body, name, *bases, **kw)`: runs the class body in a fresh namespace
    /// and creates the class (or calls the `metaclass=` keyword).
    pub fn build_class(&mut self, args: &[Value], kw: Kwargs) -> PyResult<Value> {
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1))
        else {
            return Err(PyErr::type_error("__build_class__: bad arguments"));
        };
        let mut bases = Vec::new();
        for b in &args[2..] {
            match b {
                Value::Class(c) => {
                    if c.layout == Layout::Builtin && !c.subclassable {
                        return Err(PyErr::type_error(format!(
                            "type '{}' is not an acceptable base type",
                            c.name
                        )));
                    }
                    bases.push(c.clone())
                }
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        class_of(other).name
                    )))
                }
            }
        }
        let metaclass = kw
            .iter()
            .find(|(k, _)| k.as_ref() == "metaclass")
            .map(|(_, v)| v.clone());
        let ns = Arc::new(Dict::new());
        let mut frame = Frame::new(body.code.clone(), body.globals.clone(), Some(ns.clone()));
        let co = &body.code.co;
        let mut cells: Vec<Arc<Cell>> = (0..co.cellvars.len())
            .map(|_| Arc::new(Cell::new(None)))
            .collect();
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.leave_call();
        r?;
        if let Some(meta) = metaclass {
            let bases_t = Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
            return self.call(
                &meta,
                &[Value::Str(name.clone()), bases_t, Value::Dict(ns)],
                &[],
            );
        }
        let classcell = ns.remove_str("__classcell__");
        if ns.contains_str("__eq__") && !ns.contains_str("__hash__") {
            ns.set_str("__hash__", Value::None);
        }
        let module = body
            .globals
            .get_str("__name__")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let qualname = ns
            .get_str("__qualname__")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| name.as_str().to_owned());
        if bases.is_empty() {
            bases.push(types().object.clone());
        }
        let cls = Arc::new(Class::new(name.as_str(), &qualname, &module, bases, ns)?);
        cls.register_subclass();
        if let Some(Value::Cell(c)) = classcell {
            c.set(Some(Value::Class(cls.clone())));
        }
        // __set_name__ hooks for descriptors defined in the body.
        for (k, v) in cls.dict.items() {
            if let Value::Instance(_) = v {
                if let Some(m) = self.lookup_special(&v, "__set_name__") {
                    self.call(&m, &[Value::Class(cls.clone()), k], &[])?;
                }
            }
        }
        if let Some(Value::Function(_)) = cls.dict.get_str("__init_subclass__") {
            // Defined on the class itself: applies to its subclasses only (CPython semantics).
        }
        for base in cls.mro.iter() {
            if let Some(hook) = base.dict.get_str("__init_subclass__") {
                let f = match hook.downcast::<crate::builtins::objects::ClassMethod>() {
                    Some(cm) => cm.func.clone(),
                    None => hook,
                };
                let kwrest: Vec<(Arc<str>, Value)> = kw
                    .iter()
                    .filter(|(k, _)| k.as_ref() != "metaclass")
                    .cloned()
                    .collect();
                self.call(&f, &[Value::Class(cls.clone())], &kwrest)?;
                break;
            }
        }
        Ok(Value::Class(cls))
    }

    /// An instance of user class `cls` holding the built-in value `payload`.
    pub fn wrap_payload(&mut self, cls: &Arc<Class>, payload: Value) -> Value {
        if payload_of(&payload).is_some() || matches!(payload, Value::Instance(_)) {
            return payload;
        }
        let inst = Instance::new(cls.clone());
        let _ = inst.base.set(payload);
        Value::Instance(Arc::new(inst))
    }

    /// `int.__new__(MyInt, 3)` called from a user `__new__`: wraps the built-in result.
    fn wrap_new_result(&mut self, cls: Option<&Value>, r: Value) -> Value {
        match cls {
            Some(Value::Class(c))
                if c.module.as_ref() != "builtins" && c.layout == Layout::Builtin =>
            {
                let c = c.clone();
                self.wrap_payload(&c, r)
            }
            _ => r,
        }
    }

    /// `type(name, bases, namespace)`.
    fn type_new(&mut self, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
        let (Value::Str(name), Value::Tuple(bases), Value::Dict(ns)) =
            (&args[0], &args[1], &args[2])
        else {
            return Err(PyErr::type_error(
                "type.__new__() argument 1 must be str, 2 tuple, 3 dict",
            ));
        };
        let mut bs = Vec::new();
        for b in bases.items.iter() {
            match b {
                Value::Class(c) => bs.push(c.clone()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        class_of(other).name
                    )))
                }
            }
        }
        if bs.is_empty() {
            bs.push(types().object.clone());
        }
        let module = self
            .scopes
            .last()
            .and_then(|(g, _)| g.get_str("__name__"))
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| "__main__".into());
        let dict = Arc::new(ns.copy());
        let cls = Arc::new(Class::new(name.as_str(), name.as_str(), &module, bs, dict)?);
        cls.register_subclass();
        Ok(Value::Class(cls))
    }

    /// A callable's name for error messages (`f`, `A.m`, `print`).
    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Function(f) => match f.globals.get_str("__name__") {
                // CPython names Python functions module-qualified in `f(**m)` errors.
                Some(Value::Str(m)) => format!("{}.{}", m.as_str(), f.qualname()),
                _ => f.qualname().to_string(),
            },
            Value::Builtin(b) => b.name.to_string(),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => c.name.to_string(),
            other => class_of(other).name.to_string(),
        }
    }
}

fn not_callable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not callable", class_of(v).name))
}

fn too_many_positional(func: &Function, given: usize, kw: Kwargs) -> PyErr {
    let co = &func.code.co;
    let argcount = co.argcount as usize;
    let ndef = func.defaults.len();
    let fname = func.qualname();
    let takes = if ndef > 0 {
        format!("from {} to {}", argcount - ndef, argcount)
    } else {
        argcount.to_string()
    };
    let plural = if argcount == 1 && ndef == 0 { "" } else { "s" };
    let kwonly_given = kw
        .iter()
        .filter(|(k, _)| {
            co.varnames[argcount..argcount + co.kwonlyargcount as usize]
                .iter()
                .any(|v| v.as_ref() == k.as_ref())
        })
        .count();
    let was = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    if kwonly_given > 0 {
        let kp = if kwonly_given == 1 { "" } else { "s" };
        return PyErr::type_error(format!(
            "{fname}() takes {takes} positional argument{plural} but {given} positional argument{} (and {kwonly_given} keyword-only argument{kp}) were given",
            if given == 1 { "" } else { "s" }
        ));
    }
    PyErr::type_error(format!(
        "{fname}() takes {takes} positional argument{plural} but {given} {was} given"
    ))
}

fn missing_args(fname: &str, kind: &str, missing: &[String]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{fname}() missing {} required {kind} argument{s}: {list}",
        missing.len()
    ))
}
