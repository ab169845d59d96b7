//! The one place that chooses synchronisation primitives. Runtime objects guard their own
//! mutable state with these aliases (per-object locks, as free-threaded CPython does), so the
//! GIL is only ever a scheduling policy and never what keeps memory safe.

pub use parking_lot::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};
