//! The virtual machine: `Interp` is the state shared by every thread (modules, builtins,
//! configuration); `Vm` is one thread's execution state (recursion depth, handled exceptions).
//! Guarantees: Python recursion never overflows the Rust stack (depth limit plus a stack-address
//! guard raise RecursionError); no script can make the VM panic through these entry points.

pub mod attr;
pub mod cache;
pub mod call;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod import;
pub mod introspect;
pub mod ops;
pub mod protocol;
pub mod traceback;

use crate::lock::RwLock;
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, PyResult, Value};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

/// Set asynchronously (signal handler, GIL requests); the dispatch loop polls it.
pub static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);
/// Set by the SIGINT handler; turned into KeyboardInterrupt by the main thread.
pub static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

/// Process-wide interpreter state, shared by all threads.
pub struct Interp {
    pub builtins: Arc<Dict>,
    /// `sys.modules`.
    pub modules: Arc<Dict>,
    /// `sys.path` (a list object shared with the sys module).
    pub path: Value,
    pub argv: RwLock<Vec<String>>,
    pub recursion_limit: AtomicUsize,
    /// Digits limit for int<->str conversion (`sys.set_int_max_str_digits`); 0 = unlimited.
    pub int_max_str_digits: AtomicUsize,
    /// Flags from the command line (`-X ...`).
    pub xoptions: RwLock<Vec<String>>,
    /// Id of the main OS thread (only it receives KeyboardInterrupt).
    pub main_thread: std::thread::ThreadId,
}

/// Stack size given to threads that run Python code (the guard below keeps within it).
pub const THREAD_STACK_SIZE: usize = 256 << 20;
/// Bytes of Rust stack kept in reserve below which calls raise RecursionError.
const STACK_RESERVE: usize = 256 << 10;

/// Slots of the per-thread global cache (code objects made beyond this are not cached).
pub(crate) const GLOBAL_CACHE_SLOTS: usize = 1 << 18;

/// A cached global lookup: the value `name` had in the globals dict at `globals` (or in the
/// builtins) when the two dicts had these versions.
pub(crate) struct GlobalHit {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub value: Value,
}

/// One thread's execution state.
pub struct Vm {
    pub interp: Arc<Interp>,
    /// Current Python call depth.
    pub depth: usize,
    /// Exceptions being handled (innermost last): `sys.exc_info()`, bare `raise`, `__context__`.
    pub exc_info: Vec<Value>,
    /// Globals and (module/class body) locals of the running frames, innermost last.
    pub scopes: Vec<(Arc<Dict>, Option<Arc<Dict>>)>,
    /// Per-thread cache of `LoadGlobal` results, indexed by `Code::cache_base + name index`;
    /// an entry is valid while both namespaces keep the versions it recorded.
    pub(crate) global_cache: Vec<Option<GlobalHit>>,
    /// Per-thread inline caches of attribute, method and class-call sites, indexed by
    /// `Code::site_base + instruction index` (see `cache.rs`).
    pub(crate) site_cache: Vec<Option<cache::SiteHit>>,
    /// Finished frames kept for reuse (saves two allocations per call).
    #[allow(clippy::vec_box)]
    // frames are handed out as boxes; pooling the boxes saves the allocation
    frame_pool: Vec<Box<frame::Frame>>,
    /// Address near the base of this thread's stack.
    stack_base: usize,
    stack_size: usize,
    /// Whether this is the main thread (the one that takes KeyboardInterrupt).
    pub is_main: bool,
}

thread_local! {
    /// Addresses of the operands of the binary operator being run whose only reference was
    /// the value stack (temporaries): a native type may reuse their storage for the result
    /// (NumPy's temporary elision). Set and cleared by the dispatch loop around one operator.
    static TEMPORARIES: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Whether `v` is an operand of the running binary operator that nothing else references.
pub fn is_temporary(v: &Value) -> bool {
    let p = v.ptr().unwrap_or(0);
    p != 0
        && TEMPORARIES.with(|t| {
            let (a, b) = t.get();
            a == p || b == p
        })
}

fn temp_ptr(v: &Value) -> usize {
    match v {
        Value::Native(n) if std::sync::Arc::strong_count(n) == 1 => v.ptr().unwrap_or(0),
        _ => 0,
    }
}

/// Marks the temporaries among `a` and `b` for the duration of one operator call.
pub fn with_temporaries<R>(a: &Value, b: &Value, f: impl FnOnce() -> R) -> R {
    let marks = (temp_ptr(a), temp_ptr(b));
    if marks == (0, 0) {
        return f();
    }
    TEMPORARIES.with(|t| t.set(marks));
    let r = f();
    TEMPORARIES.with(|t| t.set((0, 0)));
    r
}

impl Interp {
    /// Creates the interpreter: built-in types, the builtins module, sys.
    pub fn new(argv: Vec<String>) -> Arc<Interp> {
        let interp = Arc::new(Interp {
            builtins: Arc::new(Dict::new()),
            modules: Arc::new(Dict::new()),
            path: Value::list(vec![]),
            argv: RwLock::new(argv),
            recursion_limit: AtomicUsize::new(1000),
            int_max_str_digits: AtomicUsize::new(4300),
            xoptions: RwLock::new(vec![]),
            main_thread: std::thread::current().id(),
        });
        crate::builtins::install(&interp);
        interp
    }
}

impl Vm {
    /// A VM for the current thread. `stack_size` is the size of the thread's stack.
    pub fn new(interp: Arc<Interp>, stack_size: usize) -> Vm {
        let marker = 0u8;
        let is_main = std::thread::current().id() == interp.main_thread;
        Vm {
            interp,
            depth: 0,
            exc_info: Vec::new(),
            scopes: Vec::new(),
            frame_pool: Vec::new(),
            global_cache: Vec::new(),
            site_cache: Vec::new(),
            stack_base: &marker as *const u8 as usize,
            stack_size,
            is_main,
        }
    }

    /// Raises RecursionError when the Python depth limit or the Rust stack is exhausted.
    #[inline]
    pub fn enter_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.interp.recursion_limit.load(Ordering::Relaxed) {
            self.depth -= 1;
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let used = self.stack_base.saturating_sub(here);
        if used + STACK_RESERVE > self.stack_size {
            self.depth -= 1;
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// `enter_call` for an activation the dispatch loop runs on its explicit frame stack:
    /// such a call uses no Rust stack, so only the Python depth limit is checked.
    #[inline(always)]
    pub fn enter_inline_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.interp.recursion_limit.load(Ordering::Relaxed) {
            self.depth -= 1;
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// The lowest native stack address code on this thread may reach (the stack guard's
    /// reserve kept free), for compiled code's own recursion check.
    pub fn native_stack_low(&self) -> usize {
        (self.stack_base.saturating_sub(self.stack_size)).saturating_add(STACK_RESERVE)
    }

    #[inline]
    pub fn leave_call(&mut self) {
        self.depth -= 1;
    }

    /// A frame for a new activation, reusing a pooled one when possible.
    #[inline]
    pub fn new_frame(
        &mut self,
        code: &Arc<crate::runtime::func::Code>,
        globals: &Arc<Dict>,
        locals: Option<Arc<Dict>>,
    ) -> Box<frame::Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, locals);
                f
            }
            None => Box::new(frame::Frame::new(code.clone(), globals.clone(), locals)),
        }
    }

    /// Returns a finished frame to the pool.
    #[inline]
    pub fn recycle_frame(&mut self, mut f: Box<frame::Frame>) {
        if self.frame_pool.len() < 128 {
            f.release();
            self.frame_pool.push(f);
        }
    }

    /// Handles asynchronous events flagged in `EVAL_BREAKER`.
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        EVAL_BREAKER.store(false, Ordering::SeqCst);
        if SIGINT_PENDING.load(Ordering::SeqCst) {
            if self.is_main {
                SIGINT_PENDING.store(false, Ordering::SeqCst);
                return Err(PyErr::with_args(
                    &crate::runtime::types::types().keyboard_interrupt,
                    vec![],
                ));
            }
            // Only the main thread takes KeyboardInterrupt: leave the flag for it.
            EVAL_BREAKER.store(true, Ordering::SeqCst);
        }
        if crate::gil::drop_requested() {
            crate::gil::yield_to_waiter();
        }
        generator::run_pending_finalizers(self);
        Ok(())
    }

    /// The builtins namespace.
    pub fn builtins(&self) -> Arc<Dict> {
        self.interp.builtins.clone()
    }
}
