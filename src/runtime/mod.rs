//! Runtime objects: `Value` and the built-in object types. Every type here is `Send + Sync`;
//! mutable ones guard themselves with the locks from `crate::lock`.

pub mod class;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod format;
pub mod func;
pub mod hash;
pub mod list;
pub mod module;
pub mod num;
pub mod set;
pub mod str;
pub mod types;
pub mod value;

pub use exc::{PyErr, PyResult};
pub use value::Value;
