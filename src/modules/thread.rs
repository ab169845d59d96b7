//! The `_thread` module: OS threads that run Python callables, `lock` and `RLock`, thread
//! identities. `threading`, `queue` and `concurrent.futures` (in `stdlib/`) build on it.
//! Guarantees: every blocking wait releases the GIL and can time out; a wait on the main thread
//! wakes for Ctrl-C (KeyboardInterrupt); an exception escaping a thread's function is reported on
//! stderr and ends only that thread.

use super::math::to_f64;
use crate::builtins::args::{add_functions, add_methods, arg_or_kw, check, int_arg, Kw};
use crate::builtins::io::{flush_stdout, write_raw, StreamKind};
use crate::gil;
use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::value::NativeObject;
use crate::runtime::{types::types, PyErr, PyResult, Value};
use crate::vm::{Vm, SIGINT_PENDING};
use parking_lot::Condvar;
use std::any::Any;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// `_thread.TIMEOUT_MAX` (CPython's value on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Threads started by `start_new_thread` that are still running (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);
/// Stack size for new threads (`_thread.stack_size`); 0 = the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// Default stack of threads started from Python (the main thread has `THREAD_STACK_SIZE`).
const DEFAULT_STACK: usize = 64 << 20;

/// `_thread.get_ident()`: the pthread handle, as CPython returns.
pub fn get_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// Threads started from Python that are still running.
pub fn running_threads() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// A number identifying the calling OS thread that is never reused (unlike `get_ident`), for
/// `threading.local`.
pub fn thread_serial() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        static SERIAL: u64 = NEXT.fetch_add(1, Ordering::Relaxed);
    }
    SERIAL.with(|s| *s)
}

/// A non-reentrant lock with timed, GIL-releasing waits (the core of `_thread.lock`).
pub struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl RawLock {
    pub const fn new() -> RawLock {
        RawLock {
            locked: parking_lot::const_mutex(false),
            cv: Condvar::new(),
        }
    }

    fn try_acquire(&self) -> bool {
        let mut g = self.locked.lock();
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }

    /// Acquires, waiting at most `timeout` (`None` = forever) with the GIL released.
    pub fn acquire(&self, vm: &mut Vm, timeout: Option<Duration>) -> PyResult<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let main = vm.is_main;
        // With the GIL on, take the lock only once the GIL is back: a waiter that grabbed it
        // while another thread holds the GIL would turn every acquisition into a GIL hand-over
        // (a lock convoy). So wait for "free", retake the GIL, then try. With the GIL off, take
        // it as soon as it is free.
        let take = !gil::holding();
        loop {
            let got = gil::allow_threads(|| self.wait(main, deadline, take));
            if (got && take) || self.try_acquire() {
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            if main {
                // Woken for Ctrl-C: raise KeyboardInterrupt.
                vm.handle_eval_breaker()?;
            }
        }
    }

    /// Waits until the lock is free, taking it when `take`. False on timeout or, for the main
    /// thread, when Ctrl-C is pending (it waits in 50 ms slices to notice).
    fn wait(&self, main: bool, deadline: Option<Instant>, take: bool) -> bool {
        let mut g = self.locked.lock();
        while *g {
            if main && SIGINT_PENDING.load(Ordering::SeqCst) {
                return false;
            }
            let slice = main.then(|| Instant::now() + Duration::from_millis(50));
            let until = match (deadline, slice) {
                (Some(d), Some(s)) => Some(d.min(s)),
                (d, s) => d.or(s),
            };
            match until {
                Some(u) => {
                    let timed_out = self.cv.wait_until(&mut g, u).timed_out();
                    if timed_out && deadline.is_some_and(|d| Instant::now() >= d) {
                        break;
                    }
                }
                None => self.cv.wait(&mut g),
            }
        }
        if *g {
            return false;
        }
        if take {
            *g = true;
        }
        true
    }

    /// Releases; false when it was not locked.
    pub fn release(&self) -> bool {
        let mut g = self.locked.lock();
        if !*g {
            return false;
        }
        *g = false;
        self.cv.notify_one();
        true
    }

    pub fn locked(&self) -> bool {
        *self.locked.lock()
    }
}

impl Default for RawLock {
    fn default() -> Self {
        RawLock::new()
    }
}

/// Parses `acquire(blocking=True, timeout=-1)` as CPython does; `Ok(None)` inside means
/// "non-blocking", `Some(None)` "wait forever".
fn acquire_args(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Option<Option<Duration>>> {
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let blocking = match arg_or_kw(a, 1, kw, "blocking") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match arg_or_kw(a, 2, kw, "timeout") {
        Some(Value::Float(f)) => *f,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => int_arg(v)? as f64,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::builtins::args::type_name(v)
            )))
        }
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::value_error(
                "can't specify a timeout for a non-blocking call",
            ));
        }
        return Ok(None);
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    if timeout < 0.0 {
        return Err(PyErr::value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(Some(Some(Duration::from_secs_f64(timeout))))
}

/// `_thread.lock`.
pub struct Lock {
    raw: RawLock,
}

/// `_thread.RLock`: owner thread and recursion count over a raw lock.
pub struct RLock {
    raw: RawLock,
    owner: AtomicU64,
    count: AtomicU64,
}

impl NativeObject for Lock {
    fn class(&self) -> Arc<Class> {
        lock_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let state = if self.raw.locked() {
            "locked"
        } else {
            "unlocked"
        };
        Ok(Some(format!(
            "<{state} _thread.lock object at {:#x}>",
            self as *const _ as usize
        )))
    }
}

impl NativeObject for RLock {
    fn class(&self) -> Arc<Class> {
        rlock_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        let owner = self.owner.load(Ordering::SeqCst);
        let state = if owner != 0 { "locked" } else { "unlocked" };
        Ok(Some(format!(
            "<{state} _thread.RLock object owner={owner} count={} at {:#x}>",
            self.count.load(Ordering::SeqCst),
            self as *const _ as usize
        )))
    }
}

fn lock_of(v: &Value) -> PyResult<&Lock> {
    if let Value::Native(n) = v {
        if let Some(l) = n.as_any().downcast_ref::<Lock>() {
            return Ok(l);
        }
    }
    Err(PyErr::type_error(
        "descriptor requires a '_thread.lock' object",
    ))
}

fn rlock_of(v: &Value) -> PyResult<&RLock> {
    if let Value::Native(n) = v {
        if let Some(l) = n.as_any().downcast_ref::<RLock>() {
            return Ok(l);
        }
    }
    Err(PyErr::type_error(
        "descriptor requires a '_thread.RLock' object",
    ))
}

fn lock_acquire(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let l = lock_of(&a[0])?;
    let got = match acquire_args(vm, a, kw)? {
        None => l.raw.try_acquire(),
        Some(t) => l.raw.acquire(vm, t)?,
    };
    Ok(Value::Bool(got))
}

fn lock_release(_vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if lock_of(&a[0])?.raw.release() {
        Ok(Value::None)
    } else {
        Err(PyErr::runtime_error("release unlocked lock"))
    }
}

fn lock_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("lock");
        c.dict.set_str("__module__", Value::str("_thread"));
        add_methods(
            &c,
            "lock",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("__enter__", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("__exit__", lock_release),
                ("locked", |_vm, a, _| {
                    Ok(Value::Bool(lock_of(&a[0])?.raw.locked()))
                }),
                ("locked_lock", |_vm, a, _| {
                    Ok(Value::Bool(lock_of(&a[0])?.raw.locked()))
                }),
            ],
        );
        c
    })
    .clone()
}

fn rlock_acquire(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let l = rlock_of(&a[0])?;
    let me = get_ident();
    let wait = acquire_args(vm, a, kw)?;
    if l.owner.load(Ordering::SeqCst) == me {
        l.count.fetch_add(1, Ordering::SeqCst);
        return Ok(Value::Bool(true));
    }
    let got = match wait {
        None => l.raw.try_acquire(),
        Some(t) => l.raw.acquire(vm, t)?,
    };
    if got {
        l.owner.store(me, Ordering::SeqCst);
        l.count.store(1, Ordering::SeqCst);
    }
    Ok(Value::Bool(got))
}

fn rlock_release(_vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(&a[0])?;
    if l.owner.load(Ordering::SeqCst) != get_ident() || l.count.load(Ordering::SeqCst) == 0 {
        return Err(PyErr::runtime_error("cannot release un-acquired lock"));
    }
    if l.count.fetch_sub(1, Ordering::SeqCst) == 1 {
        l.owner.store(0, Ordering::SeqCst);
        l.raw.release();
    }
    Ok(Value::None)
}

fn rlock_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("RLock");
        c.dict.set_str("__module__", Value::str("_thread"));
        add_methods(
            &c,
            "RLock",
            &[
                ("acquire", rlock_acquire),
                ("__enter__", rlock_acquire),
                ("release", rlock_release),
                ("__exit__", rlock_release),
                ("_is_owned", |_vm, a, _| {
                    let l = rlock_of(&a[0])?;
                    Ok(Value::Bool(
                        l.owner.load(Ordering::SeqCst) == get_ident()
                            && l.count.load(Ordering::SeqCst) > 0,
                    ))
                }),
                // Condition.wait on an RLock: release fully, remembering the count...
                ("_release_save", |_vm, a, _| {
                    let l = rlock_of(&a[0])?;
                    let count = l.count.load(Ordering::SeqCst);
                    if count == 0 || l.owner.load(Ordering::SeqCst) != get_ident() {
                        return Err(PyErr::runtime_error("cannot release un-acquired lock"));
                    }
                    let owner = l.owner.swap(0, Ordering::SeqCst);
                    l.count.store(0, Ordering::SeqCst);
                    l.raw.release();
                    Ok(Value::tuple(vec![
                        Value::Int(count as i64),
                        Value::Int(owner as i64),
                    ]))
                }),
                // ...and take it back with the same count.
                ("_acquire_restore", |vm, a, _| {
                    check("_acquire_restore", a, 2, 2)?;
                    let l = rlock_of(&a[0])?;
                    let count = match &a[1] {
                        Value::Tuple(t) if !t.is_empty() => int_arg(&t.items[0])? as u64,
                        _ => return Err(PyErr::type_error("_acquire_restore: bad state")),
                    };
                    l.raw.acquire(vm, None)?;
                    l.owner.store(get_ident(), Ordering::SeqCst);
                    l.count.store(count, Ordering::SeqCst);
                    Ok(Value::None)
                }),
                ("_recursion_count", |_vm, a, _| {
                    let l = rlock_of(&a[0])?;
                    let n = if l.owner.load(Ordering::SeqCst) == get_ident() {
                        l.count.load(Ordering::SeqCst)
                    } else {
                        0
                    };
                    Ok(Value::Int(n as i64))
                }),
            ],
        );
        c
    })
    .clone()
}

pub fn new_lock() -> Value {
    Value::native(Lock {
        raw: RawLock::new(),
    })
}

fn new_rlock() -> Value {
    Value::native(RLock {
        raw: RawLock::new(),
        owner: AtomicU64::new(0),
        count: AtomicU64::new(0),
    })
}

/// Body of a thread started by `start_new_thread`: takes the GIL, runs `func`, reports an
/// escaping exception, gives the GIL back.
fn thread_main(
    interp: Arc<crate::vm::Interp>,
    stack: usize,
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Arc<str>, Value)>,
) {
    /// Gives the GIL back and uncounts the thread however the body ends (a Rust panic in a
    /// thread must not leave the GIL taken forever).
    struct Exit;
    impl Drop for Exit {
        fn drop(&mut self) {
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            gil::release();
        }
    }
    gil::acquire();
    let _exit = Exit;
    let mut vm = Vm::new(interp, stack);
    if let Err(e) = vm.call(&func, &args, &kw) {
        if !e.is_instance(&types().system_exit) {
            flush_stdout();
            let what = vm.repr(&func).unwrap_or_default();
            let text = vm.format_exception(&e);
            write_raw(
                StreamKind::Stderr,
                &format!("Exception ignored in thread started by: {what}\n{text}"),
            );
        }
    }
    drop((func, args, kw));
    crate::vm::generator::run_pending_finalizers(&mut vm);
    drop(vm);
}

fn start_new_thread(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "start_new_thread() takes no keyword arguments",
        ));
    }
    check("start_new_thread", a, 2, 3)?;
    let func = a[0].clone();
    if !crate::builtins::functions::is_callable(&func) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let args = match &a[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::type_error("2nd arg must be a tuple")),
    };
    let mut kwargs = Vec::new();
    match a.get(2) {
        None => {}
        Some(Value::Dict(d)) => {
            for (k, v) in d.items() {
                match k.as_str() {
                    Some(s) => kwargs.push((Arc::<str>::from(s), v)),
                    None => return Err(PyErr::type_error("keywords must be strings")),
                }
            }
        }
        Some(_) => return Err(PyErr::type_error("optional 3rd arg must be a dictionary")),
    }
    let interp = vm.interp.clone();
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n,
    };
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(get_ident());
            thread_main(interp, stack, func, args, kwargs)
        });
    match spawned {
        Ok(_) => {
            let ident = gil::allow_threads(|| rx.recv().unwrap_or(0));
            Ok(Value::from_bigint(num_bigint::BigInt::from(ident)))
        }
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            Err(PyErr::runtime_error("can't start new thread"))
        }
    }
}

/// The native id of the calling thread (`threading.get_native_id`).
fn native_id() -> i64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as i64 }
}

pub fn init(_vm: &mut Vm, d: &Dict) {
    d.set_str("LockType", Value::Class(lock_class()));
    d.set_str("lock", Value::Class(lock_class()));
    d.set_str("RLock", Value::Class(rlock_class()));
    d.set_str("error", Value::Class(types().runtime_error.clone()));
    d.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    add_functions(
        d,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", |_vm, a, _| {
                check("allocate_lock", a, 0, 0)?;
                Ok(new_lock())
            }),
            ("allocate", |_vm, _a, _| Ok(new_lock())),
            ("RLock", |_vm, _a, _| Ok(new_rlock())),
            ("get_ident", |_vm, a, _| {
                check("get_ident", a, 0, 0)?;
                Ok(Value::from_bigint(num_bigint::BigInt::from(get_ident())))
            }),
            ("get_native_id", |_vm, a, _| {
                check("get_native_id", a, 0, 0)?;
                Ok(Value::Int(native_id()))
            }),
            ("_thread_serial", |_vm, _a, _| {
                Ok(Value::Int(thread_serial() as i64))
            }),
            ("_count", |_vm, _a, _| {
                Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
            }),
            ("daemon_threads_allowed", |_vm, _a, _| Ok(Value::Bool(true))),
            ("stack_size", |_vm, a, _| {
                check("stack_size", a, 0, 1)?;
                let old = STACK_SIZE.load(Ordering::Relaxed);
                if let Some(v) = a.first() {
                    let n = int_arg(v)?;
                    if n != 0 && n < 32768 {
                        return Err(PyErr::value_error("size not valid: 32768 bytes"));
                    }
                    STACK_SIZE.store(n.max(0) as usize, Ordering::Relaxed);
                }
                Ok(Value::Int(old as i64))
            }),
            // pyrs: names the calling thread in the `-X gilstats` report.
            ("_set_thread_name", |_vm, a, _| {
                check("_set_thread_name", a, 1, 1)?;
                if let Some(s) = a[0].as_str() {
                    gil::set_thread_name(s);
                }
                Ok(Value::None)
            }),
            // pyrs: sleeps with the GIL released (time.sleep shares it).
            ("_sleep", |vm, a, _| {
                check("_sleep", a, 1, 1)?;
                let s = to_f64(vm, &a[0])?;
                sleep(vm, s)?;
                Ok(Value::None)
            }),
        ],
    );
}

/// `time.sleep(s)`: sleeps with the GIL released, waking every 50 ms for Ctrl-C.
pub fn sleep(vm: &mut Vm, s: f64) -> PyResult<()> {
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if s > TIMEOUT_MAX {
        return Err(PyErr::overflow("sleep length is too large"));
    }
    let end = Instant::now() + Duration::from_secs_f64(s);
    let main = vm.is_main;
    gil::allow_threads(|| loop {
        let now = Instant::now();
        if now >= end || (main && SIGINT_PENDING.load(Ordering::SeqCst)) {
            break;
        }
        std::thread::sleep((end - now).min(Duration::from_millis(50)));
    });
    vm.handle_eval_breaker()?;
    if s == 0.0 {
        // sleep(0) is a yield: let a waiting thread run.
        gil::allow_threads(std::thread::yield_now);
    }
    Ok(())
}
