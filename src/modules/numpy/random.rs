//! `np.random`: the module functions on one process-wide legacy `RandomState` (NumPy's global
//! state, so `np.random.seed(n)` reproduces NumPy's streams), and `default_rng(seed)`
//! Generators (PCG64). The numbers come from `numeric::nprandom`, bit-exact with NumPy 2.4.

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

fn seed(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut g = global().lock();
    match opt(a, 0, kw, "seed") {
        None => g.seed_from_os(),
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let items = vm.collect(v)?;
            let mut keys = Vec::new();
            for x in &items {
                match as_int(x) {
                    Some(i) => keys.push(to_big(&i)),
                    None => return Err(PyErr::type_error("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")),
                }
            }
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
    Ok(Value::None)
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

const FUNCTIONS: &[(&str, crate::runtime::func::NativeFn)] = &[
    ("seed", seed),
    ("rand", |vm, a, _| {
        let sh = dims(vm, a)?;
        Ok(floats(sh, |v| global().lock().fill_random_sample(v)))
    }),
    ("randn", |vm, a, _| {
        let sh = dims(vm, a)?;
        Ok(floats(sh, |v| global().lock().fill_standard_normal(v)))
    }),
    ("random", |vm, a, kw| {
        let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_random_sample(v)))
    }),
    ("random_sample", |vm, a, kw| {
        let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_random_sample(v)))
    }),
    ("sample", |vm, a, kw| {
        let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_random_sample(v)))
    }),
    ("standard_normal", |vm, a, kw| {
        let sh = size_arg(vm, opt(a, 0, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_standard_normal(v)))
    }),
    ("uniform", |vm, a, kw| {
        let lo = opt(a, 0, kw, "low")
            .map(|v| float(vm, v))
            .transpose()?
            .unwrap_or(0.0);
        let hi = opt(a, 1, kw, "high")
            .map(|v| float(vm, v))
            .transpose()?
            .unwrap_or(1.0);
        check::legacy_uniform(lo, hi).map_err(rerr)?;
        let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_uniform(v, lo, hi)))
    }),
    ("normal", |vm, a, kw| {
        let loc = opt(a, 0, kw, "loc")
            .map(|v| float(vm, v))
            .transpose()?
            .unwrap_or(0.0);
        let scale = opt(a, 1, kw, "scale")
            .map(|v| float(vm, v))
            .transpose()?
            .unwrap_or(1.0);
        check::non_negative(scale, "scale").map_err(rerr)?;
        let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
        Ok(floats(sh, |v| global().lock().fill_normal(v, loc, scale)))
    }),
    ("exponential", |vm, a, kw| {
        let scale = opt(a, 0, kw, "scale")
            .map(|v| float(vm, v))
            .transpose()?
            .unwrap_or(1.0);
        check::non_negative(scale, "scale").map_err(rerr)?;
        let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
        Ok(floats(sh, |v| {
            let mut g = global().lock();
            for x in v.iter_mut() {
                *x = g.exponential(scale);
            }
        }))
    }),
    ("randint", |vm, a, kw| {
        let low = opt(a, 0, kw, "low").cloned().ok_or_else(|| {
            PyErr::type_error("randint() missing required argument 'low' (pos 1)")
        })?;
        let (lo, hi) = match opt(a, 1, kw, "high") {
            Some(h) => (big(vm, &low)?, big(vm, h)?),
            None => (0, big(vm, &low)?),
        };
        let sh = size_arg(vm, opt(a, 2, kw, "size"))?;
        let dt = super::dtype_arg(vm, opt(a, 3, kw, "dtype"))?.unwrap_or(DType::Int64);
        let mut g = global().lock();
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
    }),
    ("choice", |vm, a, kw| {
        let av = opt(a, 0, kw, "a").cloned().unwrap_or(Value::None);
        let (pop, arr_pop) = population(vm, &av)?;
        let sh = size_arg(vm, opt(a, 1, kw, "size"))?;
        let replace = match opt(a, 2, kw, "replace") {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        let p = p_arg(vm, opt(a, 3, kw, "p"))?;
        let n = sh.as_ref().map_or(1, |s| size_of(s));
        let idx = global()
            .lock()
            .choice(pop, n, replace, p.as_deref())
            .map_err(rerr)?;
        Ok(choice_result(idx, arr_pop, sh))
    }),
    ("shuffle", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        if shuffle_list(vm, &v, |x| global().lock().shuffle(x))? {
            return Ok(Value::None);
        }
        shuffle_array(&v, |x| global().lock().shuffle(x))?;
        Ok(Value::None)
    }),
    ("permutation", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        if let Some(i) = as_int(&v) {
            let n = to_big(&i).to_i64().unwrap_or(0).max(0) as usize;
            let p = global().lock().permutation(n);
            return Ok(wrap_array(NdArray::from_vec(p, vec![n])));
        }
        let x = arr(vm, &v)?.copy();
        let out = wrap_array(x);
        shuffle_array(&out, |o| global().lock().shuffle(o))?;
        Ok(out)
    }),
    ("default_rng", |vm, a, kw| {
        let g = match opt(a, 0, kw, "seed") {
            None => Generator::from_os(),
            Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                let items = vm.collect(v)?;
                let mut keys = Vec::new();
                for x in &items {
                    if let Some(i) = as_int(x) {
                        keys.push(to_big(&i));
                    }
                }
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
                    let loc = opt(a, 1, kw, "loc")
                        .map(|v| float(vm, v))
                        .transpose()?
                        .unwrap_or(0.0);
                    let scale = opt(a, 2, kw, "scale")
                        .map(|v| float(vm, v))
                        .transpose()?
                        .unwrap_or(1.0);
                    check::non_negative(scale, "scale").map_err(rerr)?;
                    let sh = size_arg(vm, opt(a, 3, kw, "size"))?;
                    Ok(floats(sh, |v| g.g.lock().fill_normal(v, loc, scale)))
                }),
                ("uniform", |vm, a, kw| {
                    let g = gen(&a[0])?;
                    let lo = opt(a, 1, kw, "low")
                        .map(|v| float(vm, v))
                        .transpose()?
                        .unwrap_or(0.0);
                    let hi = opt(a, 2, kw, "high")
                        .map(|v| float(vm, v))
                        .transpose()?
                        .unwrap_or(1.0);
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
    add_functions(d, FUNCTIONS);
    d.set_str("Generator", Value::Class(generator_class()));
}
