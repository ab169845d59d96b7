//! The `time` module: wall clock, monotonic/performance counters, process time, sleep.

use super::math::to_f64;
use crate::builtins::args::{add_functions, check};
use crate::runtime::dict::Dict;
use crate::runtime::Value;
use crate::vm::Vm;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn mono_ns() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let s = START.get_or_init(Instant::now);
    // Offset so that values are clearly positive and unrelated to process start.
    s.elapsed().as_nanos() + 1_000_000_000
}

fn cpu_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the provided timespec.
    unsafe {
        libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts);
    }
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn big(n: i128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(n))
}

pub fn init(_vm: &mut Vm, d: &Dict) {
    add_functions(
        d,
        &[
            ("time", |_vm, a, _| {
                check("time", a, 0, 0)?;
                Ok(Value::Float(epoch_ns() as f64 / 1e9))
            }),
            ("time_ns", |_vm, _a, _| Ok(big(epoch_ns()))),
            ("perf_counter", |_vm, _a, _| {
                Ok(Value::Float(mono_ns() as f64 / 1e9))
            }),
            ("perf_counter_ns", |_vm, _a, _| Ok(big(mono_ns() as i128))),
            ("monotonic", |_vm, _a, _| {
                Ok(Value::Float(mono_ns() as f64 / 1e9))
            }),
            ("monotonic_ns", |_vm, _a, _| Ok(big(mono_ns() as i128))),
            ("process_time", |_vm, _a, _| {
                Ok(Value::Float(cpu_ns() as f64 / 1e9))
            }),
            ("process_time_ns", |_vm, _a, _| Ok(Value::Int(cpu_ns()))),
            ("sleep", |vm, a, _| {
                check("sleep", a, 1, 1)?;
                let s = to_f64(vm, &a[0])?;
                super::thread::sleep(vm, s)?;
                Ok(Value::None)
            }),
        ],
    );
}
