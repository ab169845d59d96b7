//! The global interpreter lock as a scheduling policy (CPython's `ceval_gil.c` design): one
//! thread runs bytecode at a time while it is enabled; a thread that has waited a switch interval
//! asks the holder to drop it (through `EVAL_BREAKER`), and the holder then waits until another
//! thread has taken it (forced switching), so a waiter is never starved by a spinning holder.
//! Guarantees: the GIL never protects memory (objects lock themselves, see `lock.rs`), so
//! switching it off (`-X gil=0`, `PYTHON_GIL=0`) only changes interleavings; a thread that does
//! not hold it never blocks another; per-thread statistics feed `-X gilstats`.

use crate::lock::Mutex;
use crate::vm::EVAL_BREAKER;
use parking_lot::Condvar;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Whether the GIL is in force. Changed only while a single thread runs (startup, `%gil`).
static ENABLED: AtomicBool = AtomicBool::new(true);
/// Set by a waiter that has waited a whole interval; the holder drops the GIL when it sees it.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// `sys.getswitchinterval()` in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

struct State {
    locked: bool,
    /// Incremented at every acquisition; a forced drop waits for it to change.
    switch_number: u64,
}

struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released (waiters wait here).
    released: Condvar,
    /// Signalled when the GIL is taken (a thread that was forced to drop it waits here).
    taken: Condvar,
}

static GIL: Gil = Gil {
    state: parking_lot::const_mutex(State {
        locked: false,
        switch_number: 0,
    }),
    released: Condvar::new(),
    taken: Condvar::new(),
};

/// GIL accounting for one thread (`-X gilstats`).
pub struct ThreadStats {
    pub name: Mutex<String>,
    /// Nanoseconds spent holding the GIL.
    pub held_ns: AtomicU64,
    /// Nanoseconds spent waiting to take it.
    pub waited_ns: AtomicU64,
    /// Times this thread took the GIL.
    pub acquisitions: AtomicU64,
    /// Times this thread was asked to drop it for a waiter and handed it over.
    pub forced_drops: AtomicU64,
}

/// Every thread that ever ran bytecode, in start order (for the report).
static ALL_STATS: Mutex<Vec<Arc<ThreadStats>>> = parking_lot::const_mutex(Vec::new());

struct Local {
    holding: bool,
    since: Option<Instant>,
    stats: Arc<ThreadStats>,
}

thread_local! {
    static LOCAL: RefCell<Option<Local>> = const { RefCell::new(None) };
}

fn with_local<R>(f: impl FnOnce(&mut Local) -> R) -> R {
    LOCAL.with(|l| {
        let mut l = l.borrow_mut();
        let local = l.get_or_insert_with(|| {
            let name = std::thread::current()
                .name()
                .unwrap_or("Thread")
                .to_string();
            let stats = Arc::new(ThreadStats {
                name: Mutex::new(if name == "main" {
                    "MainThread".into()
                } else {
                    name
                }),
                held_ns: AtomicU64::new(0),
                waited_ns: AtomicU64::new(0),
                acquisitions: AtomicU64::new(0),
                forced_drops: AtomicU64::new(0),
            });
            ALL_STATS.lock().push(stats.clone());
            Local {
                holding: false,
                since: None,
                stats,
            }
        });
        f(local)
    })
}

/// Whether the GIL is in force.
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// The switch interval in seconds (CPython's `1e-6 * microseconds`, bit for bit).
pub fn switch_interval() -> f64 {
    1e-6 * INTERVAL_US.load(Ordering::Relaxed) as f64
}

/// Sets the switch interval (seconds, > 0), truncated to whole microseconds as CPython does;
/// waits use at least 1 µs.
pub fn set_switch_interval(secs: f64) {
    INTERVAL_US.store((1e6 * secs) as u64, Ordering::Relaxed);
}

/// Names the current thread in the statistics (threading's names, `Thread-1 (work)`).
pub fn set_thread_name(name: &str) {
    with_local(|l| *l.stats.name.lock() = name.to_string());
}

/// Whether the current thread holds the GIL.
pub fn holding() -> bool {
    with_local(|l| l.holding)
}

/// Takes the GIL for the current thread (a no-op when it is off or already held).
pub fn acquire() {
    if !enabled() || holding() {
        return;
    }
    let start = Instant::now();
    let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1));
    let mut st = GIL.state.lock();
    while st.locked {
        let seen = st.switch_number;
        let timed_out = GIL.released.wait_for(&mut st, interval).timed_out();
        if timed_out && st.locked && st.switch_number == seen {
            // The holder kept it a whole interval while we waited: ask it to let go.
            DROP_REQUEST.store(true, Ordering::SeqCst);
            EVAL_BREAKER.store(true, Ordering::SeqCst);
        }
    }
    st.locked = true;
    st.switch_number = st.switch_number.wrapping_add(1);
    DROP_REQUEST.store(false, Ordering::SeqCst);
    GIL.taken.notify_all();
    drop(st);
    let now = Instant::now();
    with_local(|l| {
        l.holding = true;
        l.since = Some(now);
        let s = &l.stats;
        s.waited_ns
            .fetch_add((now - start).as_nanos() as u64, Ordering::Relaxed);
        s.acquisitions.fetch_add(1, Ordering::Relaxed);
    });
}

/// Releases the GIL if the current thread holds it.
pub fn release() {
    let was = with_local(|l| {
        if !l.holding {
            return false;
        }
        l.holding = false;
        if let Some(t) = l.since.take() {
            l.stats
                .held_ns
                .fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        }
        true
    });
    if was {
        let mut st = GIL.state.lock();
        st.locked = false;
        GIL.released.notify_one();
    }
}

/// Whether a waiter has asked the holder to drop the GIL.
#[inline]
pub fn drop_requested() -> bool {
    DROP_REQUEST.load(Ordering::Relaxed)
}

/// Called by the holder at a safe point when a waiter asked for the GIL: hands it over, waits
/// until another thread has taken it, then queues to take it back.
pub fn yield_to_waiter() {
    if !holding() {
        return;
    }
    let seen = GIL.state.lock().switch_number;
    with_local(|l| {
        l.stats.forced_drops.fetch_add(1, Ordering::Relaxed);
    });
    release();
    {
        let mut st = GIL.state.lock();
        // Forced switching: do not race the waiter for the lock we just dropped.
        while st.switch_number == seen && DROP_REQUEST.load(Ordering::SeqCst) {
            if GIL
                .taken
                .wait_for(&mut st, Duration::from_millis(50))
                .timed_out()
            {
                break;
            }
        }
    }
    acquire();
}

/// Runs `f` (a blocking call: sleep, a lock wait, I/O) with the GIL released, then takes it
/// back. `f` may take objects' own locks but must drop them before returning: a thread that
/// retakes the GIL while holding an object lock can deadlock with a GIL holder waiting for
/// that lock.
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    if !holding() {
        return f();
    }
    release();
    let r = f();
    acquire();
    r
}

/// Turns the GIL on or off for the whole process; the caller must be the only running thread.
/// The calling thread holds it afterwards exactly when it is on.
pub fn set_enabled(on: bool) {
    if on == enabled() {
        return;
    }
    if on {
        ENABLED.store(true, Ordering::SeqCst);
        acquire();
    } else {
        release();
        ENABLED.store(false, Ordering::SeqCst);
    }
}

/// The `-X gilstats` report: per thread, time holding and waiting for the GIL and hand-overs.
pub fn report() -> String {
    let mut out = String::new();
    // Account the time the calling thread has held it up to now.
    with_local(|l| {
        if let Some(t) = l.since {
            let now = Instant::now();
            l.stats
                .held_ns
                .fetch_add((now - t).as_nanos() as u64, Ordering::Relaxed);
            l.since = Some(now);
        }
    });
    let on = enabled();
    out.push_str(&format!(
        "GIL statistics (GIL {}, switch interval {} ms):\n",
        if on { "on" } else { "off" },
        switch_interval() * 1e3
    ));
    out.push_str(&format!(
        "  {:<24} {:>10} {:>10} {:>9} {:>10}\n",
        "thread", "held s", "waited s", "acquired", "handovers"
    ));
    let row = |out: &mut String, name: &str, v: [u64; 4]| {
        out.push_str(&format!(
            "  {:<24} {:>10.3} {:>10.3} {:>9} {:>10}\n",
            name,
            v[0] as f64 / 1e9,
            v[1] as f64 / 1e9,
            v[2],
            v[3]
        ));
    };
    let all = ALL_STATS.lock();
    let mut rest = [0u64; 4];
    for (i, s) in all.iter().enumerate() {
        let v = [
            s.held_ns.load(Ordering::Relaxed),
            s.waited_ns.load(Ordering::Relaxed),
            s.acquisitions.load(Ordering::Relaxed),
            s.forced_drops.load(Ordering::Relaxed),
        ];
        if i < MAX_ROWS {
            row(&mut out, &s.name.lock(), v);
        } else {
            for (r, x) in rest.iter_mut().zip(v) {
                *r += x;
            }
        }
    }
    if all.len() > MAX_ROWS {
        row(
            &mut out,
            &format!("({} more threads)", all.len() - MAX_ROWS),
            rest,
        );
    }
    out
}

/// Threads listed one per row in the report; the rest are summed on one line.
const MAX_ROWS: usize = 32;
