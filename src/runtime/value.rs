//! `Value`: the one representation of a Python object in the VM. Small ints, floats, bools and
//! None are unboxed; everything else is an `Arc` to an object that is `Send + Sync` and guards
//! its own mutable state. Invariant: `Value::BigInt` never holds a value that fits in `i64`.

use super::class::{Class, Instance};
use super::dict::Dict;
use super::func::{BoundMethod, Builtin, Cell, Code, Function};
use super::list::{List, Tuple};
use super::module::Module;
use super::set::Set;
use super::str::PyStr;
use crate::vm::Vm;
use num_bigint::BigInt;
use std::any::Any;
use std::sync::Arc;

use super::{PyErr, PyResult};

pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    Bytes(Arc<Vec<u8>>),
    Tuple(Arc<Tuple>),
    List(Arc<List>),
    Dict(Arc<Dict>),
    Set(Arc<Set>),
    Function(Arc<Function>),
    Builtin(Arc<Builtin>),
    BoundMethod(Arc<BoundMethod>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    Cell(Arc<Cell>),
    Code(Arc<Code>),
    /// Every other object implemented in Rust: iterators, generators, ranges, slices,
    /// properties, locks, arrays... Boxed behind a thin `Arc` so that `Value` stays two
    /// words (a fat `Arc<dyn>` would make every value on the stack three).
    Native(Arc<Box<dyn NativeObject>>),
}

impl Clone for Value {
    /// Scalars are copied inline; only heap objects pay for a reference-count increment.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            Value::BigInt(a) => Value::BigInt(a.clone()),
            Value::Str(a) => Value::Str(a.clone()),
            Value::Bytes(a) => Value::Bytes(a.clone()),
            Value::Tuple(a) => Value::Tuple(a.clone()),
            Value::List(a) => Value::List(a.clone()),
            Value::Dict(a) => Value::Dict(a.clone()),
            Value::Set(a) => Value::Set(a.clone()),
            Value::Function(a) => Value::Function(a.clone()),
            Value::Builtin(a) => Value::Builtin(a.clone()),
            Value::BoundMethod(a) => Value::BoundMethod(a.clone()),
            Value::Class(a) => Value::Class(a.clone()),
            Value::Instance(a) => Value::Instance(a.clone()),
            Value::Module(a) => Value::Module(a.clone()),
            Value::Cell(a) => Value::Cell(a.clone()),
            Value::Code(a) => Value::Code(a.clone()),
            Value::Native(a) => Value::Native(a.clone()),
        }
    }

    /// True for values without a heap object (dropping them is a no-op).
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Int(_)
                | Value::Float(_)
                | Value::Bool(_)
                | Value::NotImplemented
                | Value::Ellipsis
        )
    }
}

/// Drops a value, skipping the out-of-line drop glue for scalars (hot paths of the VM).
#[inline(always)]
pub fn drop_value(v: Value) {
    if v.is_scalar() {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// An object implemented in Rust. Only `class` and `as_any` are required; the other hooks
/// default to "not supported" so the VM falls back to the class's attributes.
pub trait NativeObject: Send + Sync + 'static {
    /// The Python type of the object (`type(x)`).
    fn class(&self) -> Arc<Class>;
    fn as_any(&self) -> &dyn Any;
    /// `repr(x)`; `None` means the default `<type object at 0x...>`.
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(None)
    }
    /// `next(x)` for iterators: `Ok(None)` when exhausted. `None` from `as_iterator` means
    /// the object is not an iterator.
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            self.class().name
        )))
    }
    fn is_iterator(&self) -> bool {
        false
    }
    /// `iter(x)` for iterables that are not themselves iterators.
    fn iter(&self, _vm: &mut Vm, _me: &Value) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// Attribute lookup before the class's attributes; `Ok(None)` = not found here.
    fn getattr(&self, _vm: &mut Vm, _me: &Value, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `x(...)`; `None` means not callable.
    fn call(
        &self,
        _vm: &mut Vm,
        _me: &Value,
        _args: &[Value],
        _kw: &[(Arc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        None
    }
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        None
    }
    fn truthy(&self, _vm: &mut Vm) -> Option<PyResult<bool>> {
        None
    }
    fn getitem(&self, _vm: &mut Vm, _key: &Value) -> Option<PyResult<Value>> {
        None
    }
    fn contains(&self, _vm: &mut Vm, _item: &Value) -> Option<PyResult<bool>> {
        None
    }
    /// Equality with another value when both are of this native kind; `None` = identity.
    fn eq(&self, _vm: &mut Vm, _other: &Value) -> Option<PyResult<bool>> {
        None
    }
    fn hash(&self, _vm: &mut Vm) -> Option<PyResult<i64>> {
        None
    }
    /// `str(x)`; `None` means the same as `repr`.
    fn str(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(None)
    }
    /// `x.name = value` (`value` is `None` for `del x.name`); `None` means the object has no
    /// writable attributes (AttributeError).
    fn setattr(&self, _vm: &mut Vm, _name: &str, _value: Option<&Value>) -> Option<PyResult<()>> {
        None
    }
    /// `x[key] = value`; `None` means "use the class's `__setitem__`".
    fn setitem(&self, _vm: &mut Vm, _key: &Value, _value: &Value) -> Option<PyResult<()>> {
        None
    }
    /// True when `==`/`!=` go through the class's `__eq__`/`__ne__`, whose results need not
    /// be bools (arrays compare elementwise).
    fn rich_compare(&self) -> bool {
        false
    }
    /// The float value of an object whose type subclasses `float` (numpy.float64), for the
    /// built-in float methods it inherits.
    fn as_f64(&self) -> Option<f64> {
        None
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Arc::new(PyStr::from_string(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(Tuple::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(List::new(items)))
    }
    pub fn native<T: NativeObject>(obj: T) -> Value {
        Value::Native(Arc::new(Box::new(obj)))
    }
    /// Normalises a big integer: small values become `Value::Int`.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal unboxed value for None/bools/small ints.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if boxed (used for `id()` and identity).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Str(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Bytes(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Tuple(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::List(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Dict(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Set(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Function(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Builtin(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::BoundMethod(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Class(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Instance(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Module(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Cell(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Code(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Native(a) => Arc::as_ptr(a) as *const u8 as usize,
            _ => return None,
        })
    }

    /// Downcasts a native object to its Rust type.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<{}>", super::types::class_of(self).name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    /// The VM's core invariant: every runtime object may be shared between OS threads.
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn runtime_objects_are_send_and_sync() {
        assert_send_sync::<Value>();
        assert_send_sync::<crate::vm::Interp>();
        assert_send_sync::<crate::runtime::dict::Dict>();
        assert_send_sync::<crate::runtime::list::List>();
        assert_send_sync::<crate::runtime::set::Set>();
        assert_send_sync::<crate::runtime::class::Class>();
        assert_send_sync::<crate::runtime::class::Instance>();
        assert_send_sync::<crate::runtime::func::Function>();
        assert_send_sync::<crate::vm::generator::Generator>();
        assert_send_sync::<crate::runtime::PyErr>();
    }

    #[test]
    fn scalars_clone_by_value_and_heap_values_share() {
        let s = Value::str("abc");
        let t = s.clone();
        assert!(s.is(&t));
        assert!(Value::Int(3).is(&Value::Int(3).clone()));
        assert!(Value::Int(3).is_scalar() && !s.is_scalar());
    }
}
