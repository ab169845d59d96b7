//! Numba's exception and warning classes (`numba.core.errors`), created once per process.

use crate::runtime::class::{Class, Layout};
use crate::runtime::types::types;
use std::sync::{Arc, OnceLock};

fn make(name: &str, base: Arc<Class>) -> Arc<Class> {
    let mut c = Class::builtin(name, vec![base], Layout::Exception);
    c.module = "numba.core.errors".into();
    Arc::new(c)
}

pub fn numba_error_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make("NumbaError", types().exception("Exception")))
        .clone()
}

/// Raised at the first call of a signature that does not type (or uses an unsupported
/// construct) in nopython mode.
pub fn typing_error_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make("TypingError", numba_error_class()))
        .clone()
}

pub fn numba_warning_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make("NumbaWarning", types().exception("Warning")))
        .clone()
}
