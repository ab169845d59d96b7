//! Module objects: a name and a namespace dict shared with the functions defined in it.

use super::dict::Dict;
use std::sync::Arc;

pub struct Module {
    pub name: Arc<str>,
    pub dict: Arc<Dict>,
}

impl Module {
    pub fn new(name: &str, dict: Arc<Dict>) -> Module {
        dict.set_str("__name__", super::value::Value::str(name));
        Module {
            name: name.into(),
            dict,
        }
    }
}
