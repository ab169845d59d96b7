//! The `random` module: `random.Random` instances around the CPython-exact `PyRandom`, and the
//! module-level functions bound to one shared instance.

use super::math::to_f64;
use crate::builtins::args::{add_methods, allow_kw, arg_or_kw, kwarg, type_name};
use crate::lock::Mutex;
use crate::numeric::mt::{PyRandom, RandomError};
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::func::Builtin;
use crate::runtime::num::{as_int, to_big};
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};
use std::any::Any;
use std::sync::{Arc, OnceLock};

pub struct RandomObj {
    pub r: Mutex<PyRandom>,
}

impl NativeObject for RandomObj {
    fn class(&self) -> Arc<Class> {
        random_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn rerr(e: RandomError) -> PyErr {
    match e.kind {
        "TypeError" => PyErr::type_error(e.msg),
        "IndexError" => PyErr::index_error(e.msg),
        _ => PyErr::value_error(e.msg),
    }
}

fn me(a: &[Value]) -> PyResult<&RandomObj> {
    a.first()
        .and_then(|v| v.downcast::<RandomObj>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'Random' object"))
}

fn int_arg(v: &Value, pos: usize) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(to_big(&i));
    }
    if let Value::Float(f) = v {
        if f.fract() == 0.0 && f.is_finite() {
            return Ok(BigInt::from(*f as i64));
        }
        return Err(PyErr::value_error(format!(
            "non-integer arg {pos} for randrange()"
        )));
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn do_seed(vm: &mut Vm, r: &mut PyRandom, v: Option<&Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => r.seed_os(),
        Some(Value::Float(f)) => r.seed_float(*f),
        Some(v) => {
            if let Some(i) = as_int(v) {
                r.seed_int(&to_big(&i).abs());
            } else if let Value::Str(s) = v {
                // Not CPython's sha512-based seeding, but deterministic.
                let b = BigInt::from_bytes_be(num_bigint::Sign::Plus, s.as_str().as_bytes());
                r.seed_int(&b);
            } else {
                let h = vm.hash(v)?;
                r.seed_int(&BigInt::from(h).abs());
            }
        }
    }
    Ok(())
}

fn gammavariate(r: &mut PyRandom, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    let log4 = 4.0f64.ln();
    let sg_magicconst = 1.0 + 4.5f64.ln();
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = r.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - r.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let rr = bbb + ccc * v - x;
            if rr + sg_magicconst - 4.5 * z >= 0.0 || rr >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - r.random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let x;
        loop {
            let u = r.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let xx = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = r.random();
            if p > 1.0 {
                if u1 <= xx.powf(alpha - 1.0) {
                    x = xx;
                    break;
                }
            } else if u1 <= (-xx).exp() {
                x = xx;
                break;
            }
        }
        Ok(x * beta)
    }
}

fn fl(
    vm: &mut Vm,
    a: &[Value],
    i: usize,
    kw: &[(Arc<str>, Value)],
    name: &str,
    d: f64,
) -> PyResult<f64> {
    match arg_or_kw(a, i, kw, name) {
        Some(v) => to_f64(vm, v),
        None => Ok(d),
    }
}

fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.snapshot()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => vm.collect(v),
    }
}

pub fn random_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("Random");
        add_methods(
            &c,
            "Random",
            &[
                ("__new__", |vm, a, _| {
                    let mut r = PyRandom::default();
                    do_seed(vm, &mut r, a.get(1))?;
                    Ok(Value::native(RandomObj { r: Mutex::new(r) }))
                }),
                ("seed", |vm, a, k| {
                    let s = me(a)?;
                    let v = arg_or_kw(a, 1, k, "a").cloned();
                    let mut r = s.r.lock();
                    do_seed(vm, &mut r, v.as_ref())?;
                    Ok(Value::None)
                }),
                ("random", |_vm, a, _| Ok(Value::Float(me(a)?.r.lock().random()))),
                ("getrandbits", |vm, a, _| {
                    let s = me(a)?;
                    let k = vm.index_value(a.get(1).unwrap_or(&Value::None))?;
                    if k < 0 {
                        return Err(PyErr::value_error("number of bits must be non-negative"));
                    }
                    Ok(Value::from_bigint(s.r.lock().getrandbits(k as u32)))
                }),
                ("randrange", |_vm, a, k| {
                    let s = me(a)?;
                    let start = int_arg(
                        arg_or_kw(a, 1, k, "start").ok_or_else(|| {
                            PyErr::type_error(
                                "Random.randrange() missing 1 required positional argument: 'start'",
                            )
                        })?,
                        1,
                    )?;
                    let stop = match arg_or_kw(a, 2, k, "stop") {
                        None | Some(Value::None) => None,
                        Some(v) => Some(int_arg(v, 2)?),
                    };
                    let stepv = arg_or_kw(a, 3, k, "step");
                    let step = match stepv {
                        Some(v) => int_arg(v, 3)?,
                        None => BigInt::one(),
                    };
                    let r = s
                        .r
                        .lock()
                        .randrange(&start, stop.as_ref(), &step, stepv.is_some())
                        .map_err(rerr)?;
                    Ok(Value::from_bigint(r))
                }),
                ("randint", |_vm, a, _| {
                    let s = me(a)?;
                    if a.len() != 3 {
                        return Err(PyErr::type_error(format!(
                            "Random.randint() takes 3 positional arguments but {} were given",
                            a.len()
                        )));
                    }
                    let x = int_arg(&a[1], 1)?;
                    let y = int_arg(&a[2], 2)?;
                    let r = s.r.lock().randint(&x, &y).map_err(rerr)?;
                    Ok(Value::from_bigint(r))
                }),
                ("uniform", |vm, a, _| {
                    let s = me(a)?;
                    let x = fl(vm, a, 1, &[], "a", 0.0)?;
                    let y = fl(vm, a, 2, &[], "b", 0.0)?;
                    Ok(Value::Float(s.r.lock().uniform(x, y)))
                }),
                ("choice", |vm, a, _| {
                    let s = me(a)?;
                    let seq = a.get(1).cloned().unwrap_or(Value::None);
                    let n = vm.len(&seq)?;
                    let i = s.r.lock().choice_index(n).map_err(rerr)?;
                    vm.getitem(&seq, &Value::Int(i as i64))
                }),
                ("shuffle", |vm, a, _| {
                    let s = me(a)?;
                    match a.get(1) {
                        Some(Value::List(l)) => {
                            let mut items = l.snapshot();
                            s.r.lock().shuffle(&mut items);
                            *l.write() = items;
                            Ok(Value::None)
                        }
                        Some(v) => {
                            let n = vm.len(v)?;
                            let mut idx: Vec<usize> = (0..n).collect();
                            // Same swaps as CPython, applied through __getitem__/__setitem__.
                            let mut r = s.r.lock().clone();
                            for i in (1..n).rev() {
                                let j = r.mt.randbelow_usize(i + 1);
                                idx.swap(i, j);
                            }
                            *s.r.lock() = r;
                            let items = vm.collect(v)?;
                            for (i, j) in idx.iter().enumerate() {
                                vm.setitem(v, Value::Int(i as i64), items[*j].clone())?;
                            }
                            Ok(Value::None)
                        }
                        None => Err(PyErr::type_error(
                            "Random.shuffle() missing 1 required positional argument: 'x'",
                        )),
                    }
                }),
                ("sample", |vm, a, k| {
                    let s = me(a)?;
                    allow_kw("sample", k, &["k", "counts"])?;
                    let pop = a.get(1).cloned().unwrap_or(Value::None);
                    if matches!(pop, Value::Set(_) | Value::Dict(_)) {
                        return Err(PyErr::type_error(
                            "Population must be a sequence.  For dicts or sets, use sorted(d).",
                        ));
                    }
                    let kk = match arg_or_kw(a, 2, k, "k") {
                        Some(v) => vm.index_value(v)?,
                        None => {
                            return Err(PyErr::type_error(
                                "Random.sample() missing 1 required positional argument: 'k'",
                            ))
                        }
                    };
                    let n = vm.len(&pop)?;
                    if kk < 0 {
                        return Err(PyErr::value_error(
                            "Sample larger than population or is negative",
                        ));
                    }
                    let idx = s.r.lock().sample(n, kk as usize).map_err(rerr)?;
                    let mut out = Vec::with_capacity(idx.len());
                    for i in idx {
                        out.push(vm.getitem(&pop, &Value::Int(i as i64))?);
                    }
                    Ok(Value::list(out))
                }),
                ("choices", |vm, a, k| {
                    let s = me(a)?;
                    allow_kw("choices", k, &["weights", "cum_weights", "k"])?;
                    let pop = seq_items(vm, a.get(1).unwrap_or(&Value::None))?;
                    let n = pop.len();
                    let kk = match kwarg(k, "k") {
                        Some(v) => vm.index_value(v)?.max(0) as usize,
                        None => 1,
                    };
                    let weights = arg_or_kw(a, 2, k, "weights").filter(|v| !v.is_none());
                    let cum = kwarg(k, "cum_weights").filter(|v| !v.is_none());
                    let cum: Vec<f64> = match (weights, cum) {
                        (None, None) => {
                            if n == 0 {
                                return Err(PyErr::index_error(
                                    "Cannot choose from an empty sequence",
                                ));
                            }
                            let mut r = s.r.lock();
                            let nf = n as f64;
                            let out = (0..kk)
                                .map(|_| pop[(r.random() * nf).floor() as usize].clone())
                                .collect();
                            return Ok(Value::list(out));
                        }
                        (Some(_), Some(_)) => {
                            return Err(PyErr::type_error(
                                "Cannot specify both weights and cumulative weights",
                            ))
                        }
                        (Some(w), None) => {
                            let ws = vm.collect(w)?;
                            let mut acc = 0.0;
                            let mut v = Vec::with_capacity(ws.len());
                            for x in &ws {
                                acc += to_f64(vm, x)?;
                                v.push(acc);
                            }
                            v
                        }
                        (None, Some(c)) => {
                            let ws = vm.collect(c)?;
                            let mut v = Vec::with_capacity(ws.len());
                            for x in &ws {
                                v.push(to_f64(vm, x)?);
                            }
                            v
                        }
                    };
                    if cum.len() != n {
                        return Err(PyErr::value_error(
                            "The number of weights does not match the population",
                        ));
                    }
                    let total = *cum.last().unwrap_or(&0.0);
                    if total <= 0.0 {
                        return Err(PyErr::value_error("Total of weights must be greater than zero"));
                    }
                    if !total.is_finite() {
                        return Err(PyErr::value_error("Total of weights must be finite"));
                    }
                    let hi = n - 1;
                    let mut r = s.r.lock();
                    let mut out = Vec::with_capacity(kk);
                    for _ in 0..kk {
                        let x = r.random() * total;
                        // bisect_right(cum, x, 0, hi)
                        let (mut lo, mut h) = (0usize, hi);
                        while lo < h {
                            let mid = (lo + h) / 2;
                            if x < cum[mid] {
                                h = mid;
                            } else {
                                lo = mid + 1;
                            }
                        }
                        out.push(pop[lo].clone());
                    }
                    Ok(Value::list(out))
                }),
                ("gauss", |vm, a, k| {
                    let s = me(a)?;
                    let mu = fl(vm, a, 1, k, "mu", 0.0)?;
                    let sigma = fl(vm, a, 2, k, "sigma", 1.0)?;
                    Ok(Value::Float(s.r.lock().gauss(mu, sigma)))
                }),
                ("normalvariate", |vm, a, k| {
                    let s = me(a)?;
                    let mu = fl(vm, a, 1, k, "mu", 0.0)?;
                    let sigma = fl(vm, a, 2, k, "sigma", 1.0)?;
                    Ok(Value::Float(s.r.lock().normalvariate(mu, sigma)))
                }),
                ("lognormvariate", |vm, a, k| {
                    let s = me(a)?;
                    let mu = fl(vm, a, 1, k, "mu", 0.0)?;
                    let sigma = fl(vm, a, 2, k, "sigma", 1.0)?;
                    Ok(Value::Float(s.r.lock().normalvariate(mu, sigma).exp()))
                }),
                ("expovariate", |vm, a, k| {
                    let s = me(a)?;
                    let l = fl(vm, a, 1, k, "lambd", 1.0)?;
                    if l == 0.0 {
                        return Err(PyErr::zero_division("float division by zero"));
                    }
                    Ok(Value::Float(s.r.lock().expovariate(l)))
                }),
                ("triangular", |vm, a, k| {
                    let s = me(a)?;
                    let mut low = fl(vm, a, 1, k, "low", 0.0)?;
                    let mut high = fl(vm, a, 2, k, "high", 1.0)?;
                    let mode = match arg_or_kw(a, 3, k, "mode") {
                        None | Some(Value::None) => None,
                        Some(v) => Some(to_f64(vm, v)?),
                    };
                    let mut u = s.r.lock().random();
                    let mut c = match mode {
                        None => 0.5,
                        Some(m) => {
                            if high == low {
                                return Ok(Value::Float(low));
                            }
                            (m - low) / (high - low)
                        }
                    };
                    if u > c {
                        u = 1.0 - u;
                        c = 1.0 - c;
                        std::mem::swap(&mut low, &mut high);
                    }
                    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
                }),
                ("gammavariate", |vm, a, k| {
                    let s = me(a)?;
                    let al = fl(vm, a, 1, k, "alpha", 1.0)?;
                    let be = fl(vm, a, 2, k, "beta", 1.0)?;
                    let mut r = s.r.lock();
                    Ok(Value::Float(gammavariate(&mut r, al, be)?))
                }),
                ("betavariate", |vm, a, k| {
                    let s = me(a)?;
                    let al = fl(vm, a, 1, k, "alpha", 1.0)?;
                    let be = fl(vm, a, 2, k, "beta", 1.0)?;
                    let mut r = s.r.lock();
                    let y = gammavariate(&mut r, al, 1.0)?;
                    if y != 0.0 {
                        let z = gammavariate(&mut r, be, 1.0)?;
                        return Ok(Value::Float(y / (y + z)));
                    }
                    Ok(Value::Float(0.0))
                }),
                ("paretovariate", |vm, a, k| {
                    let s = me(a)?;
                    let al = fl(vm, a, 1, k, "alpha", 1.0)?;
                    let u = 1.0 - s.r.lock().random();
                    Ok(Value::Float(u.powf(-1.0 / al)))
                }),
                ("weibullvariate", |vm, a, k| {
                    let s = me(a)?;
                    let al = fl(vm, a, 1, k, "alpha", 1.0)?;
                    let be = fl(vm, a, 2, k, "beta", 1.0)?;
                    let u = 1.0 - s.r.lock().random();
                    Ok(Value::Float(al * (-(u.ln())).powf(1.0 / be)))
                }),
                ("getstate", |_vm, a, _| {
                    let s = me(a)?;
                    let r = s.r.lock();
                    let (words, idx) = r.mt.getstate();
                    let mut t: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
                    t.push(Value::Int(idx as i64));
                    Ok(Value::tuple(vec![
                        Value::Int(3),
                        Value::tuple(t),
                        r.gauss_next.map(Value::Float).unwrap_or(Value::None),
                    ]))
                }),
                ("setstate", |vm, a, _| {
                    let s = me(a)?;
                    let st = vm.collect(a.get(1).unwrap_or(&Value::None))?;
                    if st.len() != 3 {
                        return Err(PyErr::value_error("state vector is the wrong size"));
                    }
                    let t = vm.collect(&st[1])?;
                    let mut words = Vec::with_capacity(t.len());
                    for w in &t {
                        let b = int_arg(w, 1)?;
                        words.push(b.to_u64().unwrap_or(0) as u32);
                    }
                    let idx = words.pop().unwrap_or(0) as usize;
                    let mut r = s.r.lock();
                    r.mt.setstate(&words, idx)
                        .map_err(|e| PyErr::value_error(e.to_string()))?;
                    r.gauss_next = match &st[2] {
                        Value::None => None,
                        v => Some(to_f64(vm, v)?),
                    };
                    Ok(Value::None)
                }),
            ],
        );
        c
    })
    .clone()
}

pub fn init(_vm: &mut Vm, d: &Dict) {
    let cls = random_class();
    let mut r = PyRandom::default();
    r.seed_os();
    let inst = Value::native(RandomObj { r: Mutex::new(r) });
    d.set_str("Random", Value::Class(cls.clone()));
    for (name, v) in cls.dict.items() {
        let name = match name.as_str() {
            Some(n) => n.to_string(),
            None => continue,
        };
        if name.starts_with("__") {
            continue;
        }
        if let Value::Builtin(b) = v {
            d.set_str(
                &name,
                Value::Builtin(Arc::new(Builtin {
                    name: b.name.clone(),
                    func: b.func,
                    owner: None,
                    bound: Some(inst.clone()),
                })),
            );
        }
    }
}
