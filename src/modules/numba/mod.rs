//! The `numba` module: `njit`/`jit` decorators that return dispatchers compiling through
//! `src/jit/`, `prange`, `vectorize`, `typeof`, `numba.types`, `config` and thread-count
//! settings. Guarantees: with `NUMBA_DISABLE_JIT=1` every decorator returns the function
//! unchanged (as Numba does), so a script behaves as plain Python.

pub mod cuda;
pub mod cuda_driver;
pub mod dispatcher;
pub mod errors;
pub mod ntypes;
mod vectorize;

use crate::builtins::args::{add_functions, Kw};
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::module::Module;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use dispatcher::{Dispatcher, JitOptions};
use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// `NUMBA_DISABLE_JIT=1`: decorators are no-ops.
pub fn jit_disabled() -> bool {
    std::env::var("NUMBA_DISABLE_JIT").is_ok_and(|v| v.trim() != "0" && !v.trim().is_empty())
}

/// `NUMBA_NUM_THREADS`, else the machine's parallelism.
pub fn max_threads() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| {
        std::env::var("NUMBA_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .filter(|&n: &usize| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    })
}

/// The process-wide `numba.set_num_threads` setting (0 = not set: the maximum).
static NUM_THREADS: AtomicUsize = AtomicUsize::new(0);

pub fn num_threads() -> usize {
    match NUM_THREADS.load(Ordering::Relaxed) {
        0 => max_threads(),
        n => n,
    }
}

/// A decorator with options: `njit(parallel=True)` returns one.
struct Decorator {
    opts: JitOptions,
    /// Explicit signatures (`njit("float64(float64[:])")`): compiled at decoration.
    sigs: Vec<Signature>,
}

fn decorator_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| Class::native("_jit_decorator")).clone()
}

impl NativeObject for Decorator {
    fn class(&self) -> Arc<Class> {
        decorator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call(&self, _vm: &mut Vm, _me: &Value, args: &[Value], _kw: Kw) -> Option<PyResult<Value>> {
        Some(match args {
            [f] => apply(f, self.opts.clone()).and_then(|d| {
                if let Some(disp) = d.downcast::<Dispatcher>() {
                    for sig in &self.sigs {
                        disp.compile_eagerly(&sig.args, sig.ret.as_ref())?;
                    }
                }
                Ok(d)
            }),
            _ => Err(PyErr::type_error("a jit decorator takes one function")),
        })
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::None => false,
        _ => true,
    }
}

fn options(kw: Kw, nopython_default: bool) -> PyResult<JitOptions> {
    let mut o = JitOptions {
        nopython: nopython_default,
        ..JitOptions::default()
    };
    for (k, v) in kw {
        match k.as_ref() {
            "nopython" => o.nopython = truthy(v),
            "forceobj" => {
                if truthy(v) {
                    o.nopython = false;
                }
            }
            "parallel" => o.parallel = truthy(v),
            "nogil" => o.nogil = truthy(v),
            "fastmath" => o.fastmath = truthy(v),
            "cache" => o.cache = truthy(v),
            // Bounds checks are on unless turned off explicitly (Numba's default is off).
            "boundscheck" => o.boundscheck = !matches!(v, Value::Bool(false) | Value::Int(0)),
            "error_model" => match v.as_str() {
                Some("python") | Some("numpy") => {}
                _ => {
                    return Err(PyErr::value_error(
                        "error_model must be 'python' or 'numpy'",
                    ))
                }
            },
            "inline" | "looplift" | "locals" | "target" | "signature" | "debug" | "_nrt" => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "unrecognized jit option '{other}'"
                )))
            }
        }
    }
    Ok(o)
}

fn apply(f: &Value, opts: JitOptions) -> PyResult<Value> {
    if jit_disabled() {
        return Ok(f.clone());
    }
    match f {
        Value::Function(func) => Ok(Value::native(Dispatcher::new(
            func.clone(),
            f.clone(),
            opts,
        ))),
        _ if f.downcast::<Dispatcher>().is_some() => Ok(f.clone()),
        _ => Err(PyErr::type_error(format!(
            "cannot compile a '{}' object (a Python function is expected)",
            crate::runtime::types::class_of(f).name
        ))),
    }
}

/// `njit(f)`, `njit(**options)`, `njit("sig", **options)`.
fn decorate(args: &[Value], kw: Kw, nopython_default: bool) -> PyResult<Value> {
    let opts = options(kw, nopython_default)?;
    match args.first() {
        Some(f @ Value::Function(_)) if args.len() == 1 => apply(f, opts),
        Some(f) if f.downcast::<Dispatcher>().is_some() && args.len() == 1 => Ok(f.clone()),
        // Signatures: strings are compiled at decoration; signature objects lazily.
        Some(sig) => {
            let mut sigs = Vec::new();
            let strings: Vec<Value> = match sig {
                Value::List(l) => l.snapshot(),
                Value::Tuple(t) => t.items.to_vec(),
                v => vec![v.clone()],
            };
            for s in &strings {
                if let Some(text) = s.as_str() {
                    sigs.push(parse_signature(text)?);
                } else if let Some(t) = s.downcast::<ntypes::NumbaType>() {
                    if t.spelling.contains('(') {
                        sigs.push(parse_signature(&t.spelling)?);
                    }
                }
            }
            Ok(Value::native(Decorator { opts, sigs }))
        }
        None => Ok(Value::native(Decorator {
            opts,
            sigs: Vec::new(),
        })),
    }
}

/// A parsed signature string such as `"float64(float64[:, ::1], int64)"`: the declared
/// return type (`None` when the text gives none) and the argument types.
pub struct Signature {
    pub ret: Option<crate::jit::types::Ty>,
    pub args: Vec<crate::jit::types::Ty>,
}

/// Parses `"ret(arg, ...)"` or `"(arg, ...)"`; an unknown type name is a TypeError.
pub fn parse_signature(text: &str) -> PyResult<Signature> {
    let bad = || PyErr::type_error(format!("invalid signature: '{text}'"));
    let open = text.find('(').ok_or_else(bad)?;
    let close = text.rfind(')').ok_or_else(bad)?;
    let inner = text.get(open + 1..close).ok_or_else(bad)?;
    // Split on commas outside brackets.
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        parts.push(&inner[start..]);
    }
    let args = parts
        .into_iter()
        .map(|p| parse_type(p).ok_or_else(bad))
        .collect::<PyResult<Vec<_>>>()?;
    let head = text[..open].trim();
    let ret = match head {
        "" => None,
        "void" | "none" => Some(crate::jit::types::Ty::None),
        h => Some(parse_type(h).ok_or_else(bad)?),
    };
    Ok(Signature { ret, args })
}

/// One type of a signature: a scalar name, or `dtype[:, ::1]` for an array.
fn parse_type(p: &str) -> Option<crate::jit::types::Ty> {
    use crate::jit::types::{ArrTy, Layout, Ty};
    use crate::ndarray::dtype::DType;
    let p = p.trim();
    let (base, dims) = match p.find('[') {
        Some(i) => (&p[..i], Some(p[i + 1..].strip_suffix(']')?)),
        None => (p, None),
    };
    let dt = match base.trim() {
        "int64" | "i8" | "intp" | "int_" => DType::Int64,
        "int32" | "i4" => DType::Int32,
        "float64" | "f8" | "double" => DType::Float64,
        "float32" | "f4" => DType::Float32,
        "boolean" | "bool_" | "b1" | "bool" => DType::Bool,
        _ => return None,
    };
    Some(match dims {
        None => Ty::of_elem(dt),
        Some(d) => {
            let axes: Vec<&str> = d.split(',').map(str::trim).collect();
            if axes.is_empty() || axes.len() > 3 || axes.iter().any(|a| *a != ":" && *a != "::1") {
                return None;
            }
            Ty::Array(ArrTy {
                dtype: dt,
                ndim: axes.len() as u8,
                layout: if axes.last() == Some(&"::1") {
                    Layout::C
                } else {
                    Layout::A
                },
            })
        }
    })
}

fn njit(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    decorate(args, kw, true)
}

fn jit(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    decorate(args, kw, false)
}

/// `prange` outside compiled code is `range`.
fn prange(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let range = vm.interp.builtins.get_str("range").unwrap_or(Value::None);
    vm.call(&range, args, kw)
}

fn set_num_threads(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = match args {
        [Value::Int(n)] => *n,
        _ => return Err(PyErr::type_error("set_num_threads() takes one int")),
    };
    if n < 1 || n as usize > max_threads() {
        return Err(PyErr::value_error(format!(
            "The number of threads must be between 1 and {}",
            max_threads()
        )));
    }
    NUM_THREADS.store(n as usize, Ordering::Relaxed);
    crate::jit::parallel::NUM_THREADS.store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn get_num_threads(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(num_threads() as i64))
}

fn get_thread_id(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn type_of(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error("typeof() takes one argument"));
    };
    match dispatcher::arg_type(v) {
        Some(t) => Ok(ntypes::type_value(&t)),
        None if v.is_none() => Ok(ntypes::named("none", None)),
        None => Err(PyErr::value_error(format!(
            "cannot determine Numba type of {}",
            crate::runtime::types::class_of(v).name
        ))),
    }
}

/// Creates the `numba` module.
pub fn init(vm: &mut Vm, d: &Arc<Dict>) {
    crate::jit::parallel::NUM_THREADS.store(num_threads(), Ordering::Relaxed);
    add_functions(
        d,
        &[
            ("njit", njit),
            ("jit", jit),
            ("prange", prange),
            ("set_num_threads", set_num_threads),
            ("get_num_threads", get_num_threads),
            ("get_thread_id", get_thread_id),
            ("typeof", type_of),
            ("vectorize", vectorize::vectorize),
        ],
    );
    d.set_str("__version__", Value::str("0.68.0"));
    let sub = |name: &str, fill: &dyn Fn(&Arc<Dict>)| {
        let md = Arc::new(Dict::new());
        md.set_str("__name__", Value::str(name));
        fill(&md);
        Value::Module(Arc::new(Module::new(name, md)))
    };
    let types = sub("numba.core.types", &|md| ntypes::install(md));
    let errors_fill = |md: &Arc<Dict>| {
        md.set_str("TypingError", Value::Class(errors::typing_error_class()));
        md.set_str("NumbaError", Value::Class(errors::numba_error_class()));
        md.set_str("NumbaWarning", Value::Class(errors::numba_warning_class()));
    };
    let errors_mod = sub("numba.core.errors", &errors_fill);
    let core = sub("numba.core", &|md| {
        md.set_str("errors", errors_mod.clone());
        md.set_str("types", types.clone());
    });
    let config = sub("numba.core.config", &|md| {
        md.set_str("DISABLE_JIT", Value::Int(jit_disabled() as i64));
        md.set_str("NUMBA_NUM_THREADS", Value::Int(max_threads() as i64));
        md.set_str(
            "NUMBA_DEFAULT_NUM_THREADS",
            Value::Int(max_threads() as i64),
        );
        md.set_str("BOUNDSCHECK", Value::None);
    });
    ntypes::install(d);
    d.set_str("types", types.clone());
    d.set_str("errors", errors_mod.clone());
    d.set_str("core", core.clone());
    d.set_str("config", config.clone());
    errors_fill(d);
    // `import numba.core.errors` / `from numba.core.errors import TypingError`.
    for (name, m) in [
        ("numba.core", core),
        ("numba.core.errors", errors_mod.clone()),
        ("numba.core.types", types.clone()),
        ("numba.errors", errors_mod),
        ("numba.types", types),
        ("numba.config", config),
    ] {
        vm.interp.modules.set_str(name, m);
    }
    add_functions(d, &[("__getattr__", lazy_attr)]);
}

/// PEP 562 `numba.__getattr__`: `numba.cuda` is the simulator (stdlib/_cudasim.py, compiling
/// through `_cudajit` in cuda.rs), imported on first use so `import numba` does not load
/// numpy and threading for scripts that never touch CUDA.
fn lazy_attr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first().and_then(|a| a.as_str()) {
        Some("cuda") => {
            let m = vm.import_module("_cudasim")?;
            if let Some(Value::Module(numba)) = vm.interp.modules.get_str("numba") {
                numba.dict.set_str("cuda", m.clone());
            }
            vm.interp.modules.set_str("numba.cuda", m.clone());
            Ok(m)
        }
        Some(name) => Err(PyErr::attribute_error(format!(
            "module 'numba' has no attribute '{name}'"
        ))),
        None => Err(PyErr::type_error("__getattr__(name)")),
    }
}
