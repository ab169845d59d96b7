//! `np.random`: the module functions on one process-wide legacy `RandomState` (NumPy's global
//! state, so `np.random.seed(n)` reproduces NumPy's streams), `RandomState(seed)` objects
//! (the same methods on a state of their own), and `default_rng(seed)` Generators (PCG64). The numbers come from `numeric::nprandom`, bit-exact with NumPy 2.4.

use super::args::{float, int, opt, shape};
use super::{arr, wrap, wrap_array, NpScalar, PyArray};
use crate::builtins::args::{add_functions, add_methods, kwarg, Kw};
use crate::lock::Mutex;
use crate::ndarray::array::{size_of, NdArray};
use crate::ndarray::dtype::DType;
use crate::numeric::arrayprint::Scalar;
use crate::numeric::nprandom::{check, Generator, Population, RandomError, RandomState};
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::num::{as_int, to_big};
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_traits::ToPrimitive;
use std::any::Any;
use std::sync::{Arc, OnceLock};

fn global() -> &'static Mutex<RandomState> {
    static G: OnceLock<Mutex<RandomState>> = OnceLock::new();
    G.get_or_init(|| {
        let mut r = RandomState::new(0);
        r.seed_from_os();
        Mutex::new(r)
    })
}

fn rerr(e: RandomError) -> PyErr {
    match e.kind {
        "TypeError" => PyErr::type_error(e.msg),
        "IndexError" => PyErr::index_error(e.msg),
        "OverflowError" => PyErr::overflow(e.msg),
        _ => PyErr::value_error(e.msg),
    }
}

/// `size=`: `None` (one value) or a shape.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Vec<usize>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => shape(vm, v).map(Some),
    }
}

/// Dims given as separate ints (`rand(2, 3)`).
fn dims(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Vec<usize>>> {
    if a.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for v in a {
        let d = int(vm, v)?;
        if d < 0 {
            return Err(PyErr::value_error("negative dimensions are not allowed"));
        }
        out.push(d as usize);
    }
    Ok(Some(out))
}

fn floats(size: Option<Vec<usize>>, fill: impl FnOnce(&mut [f64])) -> Value {
    match size {
        None => {
            let mut v = [0.0];
            fill(&mut v);
            Value::Float(v[0])
        }
        Some(sh) => {
            let mut v = vec![0.0; size_of(&sh)];
            fill(&mut v);
            wrap_array(NdArray::from_vec(v, sh))
        }
    }
}

fn big(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match as_int(v) {
        Some(i) => to_big(&i)
            .to_i128()
            .ok_or_else(|| PyErr::value_error("high is out of bounds for int64")),
        None => Ok(int(vm, v)? as i128),
    }
}

/// The ints of a sequence seed; `not_int` is the TypeError for any other element.
fn seed_keys(vm: &mut Vm, v: &Value, not_int: &str) -> PyResult<Vec<num_bigint::BigInt>> {
    vm.collect(v)?
        .iter()
        .map(|x| {
            as_int(x)
                .map(|i| to_big(&i))
                .ok_or_else(|| PyErr::type_error(not_int))
        })
        .collect()
}

/// Seeds a legacy state as `RandomState(seed)` / `np.random.seed(seed)` do: `None` from the
/// OS, an int, or a sequence of ints (NumPy's `init_by_array`).
fn seed_state(vm: &mut Vm, g: &mut RandomState, v: Option<&Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => g.seed_from_os(),
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let keys = seed_keys(vm, v, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")?;
            g.seed_array_bigints(&keys).map_err(rerr)?;
        }
        Some(v) => match as_int(v) {
            Some(i) => g.seed(&to_big(&i)).map_err(rerr)?,
            None => {
                return Err(PyErr::type_error(
                    "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
                ))
            }
        },
    }
    Ok(())
}

/// The population of `choice(a)`: an int, or an array (whose elements are returned).
fn population(vm: &mut Vm, v: &Value) -> PyResult<(Population, Option<NdArray>)> {
    if let Some(i) = as_int(v) {
        return Ok((
            Population::Int(to_big(&i).to_i64().unwrap_or(i64::MAX)),
            None,
        ));
    }
    if let Some(s) = v.downcast::<NpScalar>() {
        if let Scalar::Int(i) = s.v {
            return Ok((Population::Int(i), None));
        }
    }
    let a = arr(vm, v)?;
    if a.ndim() == 0 {
        return Err(PyErr::value_error(
            "a must be a sequence or an integer, not 0-d array",
        ));
    }
    Ok((Population::Len(a.shape[0]), Some(a)))
}

fn p_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Vec<f64>>> {
    match v {
        None => Ok(None),
        Some(v) => Ok(Some(arr(vm, v)?.to_vec::<f64>())),
    }
}

/// Builds `choice`'s result from the drawn indices.
fn choice_result(idx: Vec<i64>, pop: Option<NdArray>, size: Option<Vec<usize>>) -> Value {
    let shape = size.clone().unwrap_or_default();
    match pop {
        None => {
            if size.is_none() {
                return Value::Int(idx[0]);
            }
            wrap_array(NdArray::from_vec(idx, shape))
        }
        Some(p) => {
            let rows: Vec<NdArray> = idx
                .iter()
                .map(|&i| super::pyarray::sub_array(&p, i as usize))
                .collect();
            if size.is_none() {
                return wrap(rows[0].copy());
            }
            let stacked = super::shapes::stack_arrays(&rows, 0)
                .unwrap_or_else(|_| NdArray::zeros(p.dtype, vec![0]));
            let mut full = shape;
            full.extend(p.shape[1..].iter());
            wrap_array(super::shapes::reshape(&stacked, full))
        }
    }
}

/// Shuffles an array in place along axis 0 with the given index shuffle.
fn shuffle_array(v: &Value, shuffle: impl FnOnce(&mut [usize])) -> PyResult<()> {
    let Some(p) = v.downcast::<PyArray>() else {
        return Err(PyErr::type_error("shuffle() argument must be an array"));
    };
    let a = &p.arr();
    if a.ndim() == 0 {
        return Err(PyErr::type_error(
            "object of type 'numpy.ndarray' has no len()",
        ));
    }
    let n = a.shape[0];
    let mut order: Vec<usize> = (0..n).collect();
    shuffle(&mut order);
    let rows: Vec<NdArray> = order
        .iter()
        .map(|&i| super::pyarray::sub_array(a, i).copy())
        .collect();
    for (k, r) in rows.into_iter().enumerate() {
        let dst = super::pyarray::sub_array(a, k);
        crate::ndarray::elementwise::assign(&dst, &crate::ndarray::elementwise::Operand::Array(r))
            .map_err(super::op_err)?;
    }
    Ok(())
}

fn shuffle_list(vm: &mut Vm, v: &Value, shuffle: impl FnOnce(&mut [Value])) -> PyResult<bool> {
    if let Value::List(l) = v {
        let mut items = l.snapshot();
        shuffle(&mut items);
        *l.write() = items;
        let _ = vm;
        return Ok(true);
    }
    Ok(false)
}

/// A legacy-state method: the same code serves `np.random.f(...)` (the global state) and
/// `RandomState(seed).f(...)` (that object's state), so both give NumPy's streams.
type LegacyFn = fn(&mut Vm, &Mutex<RandomState>, &[Value], Kw) -> PyResult<Value>;

fn opt_float(vm: &mut Vm, v: Option<&Value>, default: f64) -> PyResult<f64> {
    v.map(|v| float(vm, v))
        .transpose()
        .map(|x| x.unwrap_or(default))
}

fn l_seed(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = opt(a, 0, kw, "seed");
    seed_state(vm, &mut st.lock(), v)?;
    Ok(Value::None)
}

fn l_rand(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], _: Kw) -> PyResult<Value> {
    let sh = dims(vm, a)?;
    Ok(floats(sh, |v| st.lock().fill_random_sample(v)))
}

fn l_randn(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], _: Kw) -> PyResult<Value> {
    let sh = dims(vm, a)?;
    Ok(floats(sh, |v| st.lock().fill_standard_normal(v)))
}

fn l_random_sample(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
    Ok(floats(sh, |v| st.lock().fill_random_sample(v)))
}

fn l_standard_normal(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
    Ok(floats(sh, |v| st.lock().fill_standard_normal(v)))
}

fn l_uniform(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let lo = opt_float(vm, opt(a, 0, kw, "low"), 0.0)?;
    let hi = opt_float(vm, opt(a, 1, kw, "high"), 1.0)?;
    check::legacy_uniform(lo, hi).map_err(rerr)?;
    let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
    Ok(floats(sh, |v| st.lock().fill_uniform(v, lo, hi)))
}

fn l_normal(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let loc = opt_float(vm, opt(a, 0, kw, "loc"), 0.0)?;
    let scale = opt_float(vm, opt(a, 1, kw, "scale"), 1.0)?;
    check::non_negative(scale, "scale").map_err(rerr)?;
    let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
    Ok(floats(sh, |v| st.lock().fill_normal(v, loc, scale)))
}

fn l_exponential(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let scale = opt_float(vm, opt(a, 0, kw, "scale"), 1.0)?;
    check::non_negative(scale, "scale").map_err(rerr)?;
    let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
    Ok(floats(sh, |v| {
        let mut g = st.lock();
        for x in v.iter_mut() {
            *x = g.exponential(scale);
        }
    }))
}

fn l_randint(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let low = opt(a, 0, kw, "low")
        .cloned()
        .ok_or_else(|| PyErr::type_error("randint() missing required argument 'low' (pos 1)"))?;
    let (lo, hi) = match opt(a, 1, kw, "high") {
        Some(Value::None) | None => (0, big(vm, &low)?),
        Some(h) => (big(vm, &low)?, big(vm, h)?),
    };
    let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
    let dt = super::dtype_arg(vm, opt(a, 3, kw, "dtype"))?.unwrap_or(DType::Int64);
    let mut g = st.lock();
    match sh {
        None => Ok(Value::Int(g.randint(lo, hi).map_err(rerr)?)),
        Some(sh) if dt == DType::Int32 => {
            let mut v = vec![0i32; size_of(&sh)];
            g.fill_randint_i32(&mut v, lo, hi).map_err(rerr)?;
            Ok(wrap_array(NdArray::from_vec(v, sh)))
        }
        Some(sh) => {
            let mut v = vec![0i64; size_of(&sh)];
            g.fill_randint(&mut v, lo, hi).map_err(rerr)?;
            Ok(wrap_array(NdArray::from_vec(v, sh)))
        }
    }
}

fn l_choice(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], kw: Kw) -> PyResult<Value> {
    let av = opt(a, 0, kw, "a").cloned().unwrap_or(Value::None);
    let (pop, arr_pop) = population(vm, &av)?;
    let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
    let replace = match opt(a, 2, kw, "replace") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let p = p_arg(vm, opt(a, 3, kw, "p"))?;
    let n = sh.as_ref().map_or(1, |s| size_of(s));
    let idx = st
        .lock()
        .choice(pop, n, replace, p.as_deref())
        .map_err(rerr)?;
    Ok(choice_result(idx, arr_pop, sh))
}

fn l_shuffle(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], _: Kw) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    if shuffle_list(vm, &v, |x| st.lock().shuffle(x))? {
        return Ok(Value::None);
    }
    shuffle_array(&v, |x| st.lock().shuffle(x))?;
    Ok(Value::None)
}

fn l_permutation(vm: &mut Vm, st: &Mutex<RandomState>, a: &[Value], _: Kw) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    if let Some(i) = as_int(&v) {
        let n = to_big(&i).to_i64().unwrap_or(0).max(0) as usize;
        let p = st.lock().permutation(n);
        return Ok(wrap_array(NdArray::from_vec(p, vec![n])));
    }
    let x = arr(vm, &v)?.copy();
    let out = wrap_array(x);
    shuffle_array(&out, |o| st.lock().shuffle(o))?;
    Ok(out)
}

/// Generates the module functions (on `global()`) and the `RandomState` methods (on the
/// object's own state) from one list of legacy implementations.
macro_rules! legacy_tables {
    ($($name:literal => $f:expr),* $(,)?) => {
        const LEGACY: &[(&str, crate::runtime::func::NativeFn)] = &[
            $(($name, |vm, a, kw| { let f: LegacyFn = $f; f(vm, global(), a, kw) })),*
        ];
        const LEGACY_METHODS: &[(&str, crate::runtime::func::NativeFn)] = &[
            $(($name, |vm, a, kw| {
                let f: LegacyFn = $f;
                f(vm, &random_state(&a[0])?.st, &a[1..], kw)
            })),*
        ];
    };
}

legacy_tables! {
    "seed" => l_seed,
    "rand" => l_rand,
    "randn" => l_randn,
    "random" => l_random_sample,
    "random_sample" => l_random_sample,
    "standard_normal" => l_standard_normal,
    "uniform" => l_uniform,
    "normal" => l_normal,
    "exponential" => l_exponential,
    "randint" => l_randint,
    "choice" => l_choice,
    "shuffle" => l_shuffle,
    "permutation" => l_permutation,
}

/// `np.random.RandomState`: a legacy MT19937 state of its own.
pub struct PyRandomState {
    st: Mutex<RandomState>,
}

fn random_state(v: &Value) -> PyResult<&PyRandomState> {
    v.downcast::<PyRandomState>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'RandomState' object"))
}

fn random_state_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("RandomState");
        add_methods(
            &c,
            "RandomState",
            &[("__new__", |vm, a, kw| {
                let mut st = RandomState::new(0);
                seed_state(vm, &mut st, opt(a, 1, kw, "seed"))?;
                Ok(Value::native(PyRandomState { st: Mutex::new(st) }))
            })],
        );
        add_methods(&c, "RandomState", LEGACY_METHODS);
        c
    })
    .clone()
}

impl NativeObject for PyRandomState {
    fn class(&self) -> Arc<Class> {
        random_state_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some("RandomState(MT19937)".to_string()))
    }
}

const FUNCTIONS: &[(&str, crate::runtime::func::NativeFn)] = &[
    ("sample", |vm, a, kw| l_random_sample(vm, global(), a, kw)),
    ("default_rng", |vm, a, kw| {
        let g = match opt(a, 0, kw, "seed") {
            None => Generator::from_os(),
            Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                let keys = seed_keys(vm, v, "seed must be integer")?;
                Generator::from_bigints(&keys).map_err(rerr)?
            }
            Some(v) => match as_int(v) {
                Some(i) => Generator::from_bigint(&to_big(&i)).map_err(rerr)?,
                None => {
                    return Err(PyErr::type_error(
                        "SeedSequence expects int or sequence of ints for entropy not float",
                    ))
                }
            },
        };
        Ok(Value::native(PyGenerator { g: Mutex::new(g) }))
    }),
];

/// `np.random.Generator`.
pub struct PyGenerator {
    g: Mutex<Generator>,
}

fn gen(v: &Value) -> PyResult<&PyGenerator> {
    v.downcast::<PyGenerator>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'Generator' object"))
}

fn generator_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("Generator");
        add_methods(
            &c,
            "Generator",
            &[
                ("random", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
                    Ok(floats(sh, |v| g.g.lock().fill_random(v)))
                }),
                ("standard_normal", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
                    Ok(floats(sh, |v| g.g.lock().fill_standard_normal(v)))
                }),
                ("normal", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let loc = opt_float(vm, opt(a, 1, kw, "loc"), 0.0)?;
                    let scale = opt_float(vm, opt(a, 2, kw, "scale"), 1.0)?;
                    check::non_negative(scale, "scale").map_err(rerr)?;
                    let sh = size_arg(vm, opt(a, 3, kw, "size"))?;
                    Ok(floats(sh, |v| g.g.lock().fill_normal(v, loc, scale)))
                }),
                ("uniform", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let lo = opt_float(vm, opt(a, 1, kw, "low"), 0.0)?;
                    let hi = opt_float(vm, opt(a, 2, kw, "high"), 1.0)?;
                    check::uniform(lo, hi).map_err(rerr)?;
                    let sh = size_arg(vm, opt(a, 3, kw, "size"))?;
                    Ok(floats(sh, |v| g.g.lock().fill_uniform(v, lo, hi)))
                }),
                ("integers", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let low = opt(a, 1, kw, "low").cloned().unwrap_or(Value::Int(0));
                    let (lo, hi) = match opt(a, 2, kw, "high") {
                        Some(h) => (big(vm, &low)?, big(vm, h)?),
                        None => (0, big(vm, &low)?),
                    };
                    let sh = size_arg(vm, opt(a, 3, kw, "size"))?;
                    let dt = super::dtype_arg(vm, opt(a, 4, kw, "dtype"))?.unwrap_or(DType::Int64);
                    let endpoint = match kwarg(kw, "endpoint").or(a.get(5)) {
                        Some(v) => vm.truthy(v)?,
                        None => false,
                    };
                    let mut r = g.g.lock();
                    match sh {
                        None => {
                            let x = r.integers(lo, hi, endpoint).map_err(rerr)?;
                            Ok(NpScalar::value(dt, Scalar::Int(x)))
                        }
                        Some(sh) if dt == DType::Int32 => {
                            let mut v = vec![0i32; size_of(&sh)];
                            r.fill_integers_i32(&mut v, lo, hi, endpoint)
                                .map_err(rerr)?;
                            Ok(wrap_array(NdArray::from_vec(v, sh)))
                        }
                        Some(sh) => {
                            let mut v = vec![0i64; size_of(&sh)];
                            r.fill_integers(&mut v, lo, hi, endpoint).map_err(rerr)?;
                            Ok(wrap_array(NdArray::from_vec(v, sh)))
                        }
                    }
                }),
                ("choice", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let av = opt(a, 1, kw, "a").cloned().unwrap_or(Value::None);
                    let (pop, arr_pop) = population(vm, &av)?;
                    let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
                    let replace = match opt(a, 3, kw, "replace") {
                        Some(v) => vm.truthy(v)?,
                        None => true,
                    };
                    let p = p_arg(vm, opt(a, 4, kw, "p"))?;
                    let n = sh.as_ref().map_or(1, |s| size_of(s));
                    let idx =
                        g.g.lock()
                            .choice(pop, n, replace, p.as_deref(), true)
                            .map_err(rerr)?;
                    Ok(choice_result(idx, arr_pop, sh))
                }),
                ("shuffle", |vm, a, _| {
                    let g = gen(&a[0])?;
                    let v = a.get(1).cloned().unwrap_or(Value::None);
                    if shuffle_list(vm, &v, |x| g.g.lock().shuffle(x))? {
                        return Ok(Value::None);
                    }
                    shuffle_array(&v, |x| g.g.lock().shuffle(x))?;
                    Ok(Value::None)
                }),
                ("permutation", |vm, a, _| {
                    let g = gen(&a[0])?;
                    let v = a.get(1).cloned().unwrap_or(Value::None);
                    if let Some(i) = as_int(&v) {
                        let n = to_big(&i).to_i64().unwrap_or(0).max(0) as usize;
                        let p = g.g.lock().permutation(n);
                        return Ok(wrap_array(NdArray::from_vec(p, vec![n])));
                    }
                    let x = arr(vm, &v)?.copy();
                    let out = wrap_array(x);
                    shuffle_array(&out, |o| g.g.lock().shuffle(o))?;
                    Ok(out)
                }),
            ],
        );
        c
    })
    .clone()
}

impl NativeObject for PyGenerator {
    fn class(&self) -> Arc<Class> {
        generator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some("Generator(PCG64)".to_string()))
    }
}

pub fn init(d: &Dict) {
    add_functions(d, LEGACY);
    add_functions(d, FUNCTIONS);
    d.set_str("RandomState", Value::Class(random_state_class()));
    d.set_str("Generator", Value::Class(generator_class()));
}
