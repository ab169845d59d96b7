//! The object `@njit` returns: callable, with `.py_func`, `.signatures`, `inspect_types()`
//! and `inspect_asm()`, and a cache of one compiled specialization per tuple of argument
//! types. Guarantees: a call either runs compiled code with its array buffers locked for the
//! whole call (write locks for arrays the function may write), raises the Python exception
//! compiled code reported, raises TypingError at the first call of a signature that does not
//! type, or (plain `@jit`) falls back to the interpreter with a warning.

use super::ntypes::type_value;
use crate::jit::abi::{err, Arena, ArrDesc, EntryFn, ErrSlot};
use crate::jit::clif::{self, CgOptions};
use crate::jit::infer::{self, Binding, Env, ErrKind, Global, JitError};
use crate::jit::tir;
use crate::jit::types::{ArrTy, Layout, Ty, MAX_NDIM};
use crate::lock::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};
use crate::modules::numpy::{NpScalar, PyArray};
use crate::ndarray::array::Data;
use crate::ndarray::dtype::DType;
use crate::runtime::class::Class;
use crate::runtime::func::Function;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::{FunctionDef, Span};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

#[derive(Clone, Debug)]
pub struct JitOptions {
    /// Raise on typing failure (`@njit`, `@jit(nopython=True)`); otherwise fall back.
    pub nopython: bool,
    pub parallel: bool,
    pub nogil: bool,
    pub boundscheck: bool,
    pub fastmath: bool,
    pub cache: bool,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            nopython: true,
            parallel: false,
            nogil: false,
            boundscheck: true,
            fastmath: false,
            cache: false,
        }
    }
}

/// One compiled specialization.
pub struct Spec {
    pub args: Vec<Ty>,
    pub ret: Ty,
    entry: usize,
    pub inner: usize,
    pub tir: String,
    pub clif: String,
    writes: Vec<bool>,
    /// The scalar type an explicit signature declared for the result, when it differs from
    /// the inferred one: the boxed result converts to it (`float64(int64)` returns floats).
    ret_as: std::sync::OnceLock<Ty>,
}

enum Entry {
    Compiled(Arc<Spec>),
    /// Plain `@jit` that did not type: run the interpreter (warned once).
    Fallback,
}

pub struct Dispatcher {
    pub func: Arc<Function>,
    pub py_func: Value,
    pub opts: JitOptions,
    cache: RwLock<Vec<(Vec<Ty>, Arc<Entry>)>>,
    def: OnceLock<Result<FunctionDef, String>>,
    /// Serialises compilation of this function (two threads never compile it at once).
    compiling: Mutex<()>,
    /// Explicit signatures were given: calls convert to the closest one and nothing new is
    /// compiled, as in Numba.
    explicit: std::sync::atomic::AtomicBool,
}

pub fn dispatcher_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = crate::runtime::class::Class::builtin(
            "CPUDispatcher",
            vec![crate::runtime::types::types().object.clone()],
            crate::runtime::class::Layout::Builtin,
        );
        c.module = "numba.core.registry".into();
        Arc::new(c)
    })
    .clone()
}

thread_local! {
    /// Specializations being compiled on this thread (to refuse mutual recursion).
    static IN_PROGRESS: RefCell<Vec<(usize, Vec<Ty>)>> = const { RefCell::new(Vec::new()) };
}

/// The JIT type of an argument value, or `None` when compiled code cannot take it.
pub fn arg_type(v: &Value) -> Option<Ty> {
    Some(match v {
        Value::Int(_) => Ty::Int,
        Value::Float(_) => Ty::Float,
        Value::Bool(_) => Ty::Bool,
        // A tuple of scalars (a shape, an index): passed as its items' slots.
        Value::Tuple(t) if !t.items.is_empty() => {
            let mut items = Vec::new();
            for v in t.items.iter() {
                match arg_type(v)? {
                    s @ (Ty::Int | Ty::Float | Ty::Float32 | Ty::Bool) => items.push(s),
                    _ => return None,
                }
            }
            Ty::Tuple(items)
        }
        Value::Native(n) => {
            if let Some(a) = n.as_any().downcast_ref::<PyArray>() {
                let a = a.arr();
                let nd = a.ndim();
                if nd == 0 || nd > MAX_NDIM {
                    return None;
                }
                Ty::Array(ArrTy {
                    dtype: a.dtype,
                    ndim: nd as u8,
                    layout: if a.is_c_contiguous() {
                        Layout::C
                    } else if a.is_f_contiguous() {
                        Layout::F
                    } else {
                        Layout::A
                    },
                })
            } else if let Some(s) = n.as_any().downcast_ref::<NpScalar>() {
                match s.dt {
                    DType::Bool => Ty::Bool,
                    DType::Int32 | DType::Int64 => Ty::Int,
                    DType::Float32 => Ty::Float32,
                    DType::Float64 => Ty::Float,
                }
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

fn describe(v: &Value) -> String {
    match v {
        Value::BigInt(_) => "int (too large for int64)".into(),
        _ => crate::runtime::types::class_of(v).name.to_string(),
    }
}

/// The environment `@njit` inference sees: the function's globals and other dispatchers
/// (the `_cudajit` kernel environment wraps it).
pub(super) struct CompileEnv<'a> {
    pub(super) d: &'a Dispatcher,
}

impl Env for CompileEnv<'_> {
    fn global(&self, name: &str) -> Global {
        let Some(v) = self.d.func.globals.get_str(name) else {
            // Builtin exception classes are not module globals.
            return match crate::runtime::types::types().exception_named(name) {
                Some(c) => Global::Exception(Value::Class(c)),
                None => Global::Missing,
            };
        };
        global_of(&v)
    }

    fn is_self(&self, d: &Value) -> bool {
        d.downcast::<Dispatcher>()
            .is_some_and(|x| std::ptr::eq(x, self.d))
    }

    fn bind_call(&self, d: &Value, npos: usize, kw: &[&str]) -> Result<Vec<Binding>, String> {
        let Some(callee) = d.downcast::<Dispatcher>() else {
            return Ok((0..npos).map(Binding::Arg).collect());
        };
        let kw: Vec<(&str, Binding)> = kw
            .iter()
            .enumerate()
            .map(|(j, k)| (*k, Binding::Arg(npos + j)))
            .collect();
        callee.bind((0..npos).map(Binding::Arg).collect(), &kw)
    }

    fn compile_callee(
        &self,
        d: &Value,
        args: &[Ty],
        span: Span,
    ) -> Result<(usize, Ty, String), JitError> {
        let Some(callee) = d.downcast::<Dispatcher>() else {
            return Err(JitError {
                kind: ErrKind::Unsupported,
                msg: "calling a non-compiled function".into(),
                span,
            });
        };
        let name = callee.func.name().to_string();
        match callee.specialize(args) {
            Ok(Entry::Compiled(s)) => Ok((s.inner, s.ret.clone(), name)),
            Ok(Entry::Fallback) => Err(JitError {
                kind: ErrKind::Typing,
                msg: format!("'{name}' cannot be compiled in nopython mode"),
                span,
            }),
            Err(e) => Err(JitError {
                kind: ErrKind::Typing,
                msg: format!(
                    "in the call to '{name}' with argument types ({}):\n{}",
                    args.iter()
                        .map(|t| t.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    e.rendered
                ),
                span,
            }),
        }
    }
}

/// A compile error with its source location rendered (or an error that is not a typing
/// error, such as a missing source file).
pub struct CompileError {
    pub rendered: String,
    pub kind: ErrKind,
}

impl Dispatcher {
    pub fn new(func: Arc<Function>, py_func: Value, opts: JitOptions) -> Dispatcher {
        Dispatcher {
            func,
            py_func,
            opts,
            cache: RwLock::new(Vec::new()),
            def: OnceLock::new(),
            compiling: Mutex::new(()),
            explicit: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn source_def(&self) -> Result<&FunctionDef, String> {
        self.def
            .get_or_init(|| {
                let co = &self.func.code.co;
                if !co.freevars.is_empty() {
                    return Err(format!(
                        "closure variables ({}) are not supported",
                        co.freevars.join(", ")
                    ));
                }
                let src = &co.source;
                let m = crate::syntax::parse_module(&src.text, &src.name)
                    .map_err(|_| "cannot re-parse the function's source".to_string())?;
                let line_of = |off: u32| src.lines.line(off);
                crate::jit::find_def(&m.body, &co.name, co.first_line as usize, &line_of)
                    .cloned()
                    .ok_or_else(|| format!("cannot find the source of '{}'", co.name))
            })
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// Renders a typing error the way a person can act on: what, where, and the line.
    pub(super) fn render(&self, e: &JitError) -> String {
        let co = &self.func.code.co;
        let src = &co.source;
        let (line, col) = src.lines.line_col(&src.text, e.span.start);
        let text = src.lines.line_text(&src.text, line);
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let caret_col = col.saturating_sub(1).saturating_sub(indent);
        let what = match e.kind {
            ErrKind::Typing => "",
            ErrKind::Unsupported => "unsupported in nopython mode: ",
        };
        format!(
            "Failed in nopython mode pipeline (step: nopython frontend)\n{what}{} in function '{}' at {}:{line}:{col}\n\nFile \"{}\", line {line}:\n    {trimmed}\n    {}^",
            e.msg,
            co.name,
            src.name,
            src.name,
            " ".repeat(caret_col)
        )
    }

    /// Compiles the specialization for `args` now (explicit signatures): TypingError if it
    /// does not type, or if it returns something that `ret`, the declared return type, cannot
    /// hold (a scalar for an array, an array of another dtype or rank, ...). Numeric scalars
    /// convert into one another, so those pass.
    pub fn compile_eagerly(&self, args: &[Ty], ret: Option<&Ty>) -> PyResult<()> {
        self.explicit
            .store(true, std::sync::atomic::Ordering::Relaxed);
        let entry = self
            .specialize(args)
            .map_err(|e| typing_error(e.rendered))?;
        if let (Entry::Compiled(spec), Some(want)) = (entry, ret) {
            let fits = match (want, &spec.ret) {
                (Ty::Array(w), Ty::Array(g)) => w.dtype == g.dtype && w.ndim == g.ndim,
                (w, g) if w.is_scalar() && g.is_scalar() => true,
                (w, g) => w == g,
            };
            if fits && want.is_scalar() && *want != spec.ret {
                let _ = spec.ret_as.set(want.clone());
            }
            if !fits {
                return Err(typing_error(format!(
                    "No conversion from {} to {} for the return value of '{}'",
                    spec.ret,
                    want,
                    self.func.name()
                )));
            }
        }
        Ok(())
    }

    /// The compiled specialization for `args` (`None` when plain `@jit` fell back).
    pub fn spec_for(&self, args: &[Ty]) -> PyResult<Option<Arc<Spec>>> {
        match self
            .specialize(args)
            .map_err(|e| typing_error(e.rendered))?
        {
            Entry::Compiled(s) => Ok(Some(s)),
            Entry::Fallback => Ok(None),
        }
    }

    /// The specialization for `args`, compiling it on first use.
    fn specialize(&self, args: &[Ty]) -> Result<Entry, CompileError> {
        if let Some(e) = self.lookup(args) {
            return Ok(clone_entry(&e));
        }
        let key = (self as *const Dispatcher as usize, args.to_vec());
        if IN_PROGRESS.with(|p| p.borrow().contains(&key)) {
            return Err(CompileError {
                rendered: format!(
                    "'{}' is called recursively through another function (mutual recursion is not supported yet)",
                    self.func.name()
                ),
                kind: ErrKind::Unsupported,
            });
        }
        let _guard = self.compiling.lock();
        if let Some(e) = self.lookup(args) {
            return Ok(clone_entry(&e));
        }
        IN_PROGRESS.with(|p| p.borrow_mut().push(key.clone()));
        let r = self.compile(args);
        IN_PROGRESS.with(|p| p.borrow_mut().retain(|k| *k != key));
        let entry = match r {
            Ok(spec) => Entry::Compiled(Arc::new(spec)),
            Err(e) if !self.opts.nopython => {
                let co = &self.func.code.co;
                eprintln!(
                    "{}:{}: NumbaWarning: Compilation is falling back to object mode because function \"{}\" failed type inference due to: {}",
                    co.source.name,
                    co.first_line,
                    co.name,
                    e.rendered.lines().nth(1).unwrap_or(&e.rendered)
                );
                Entry::Fallback
            }
            Err(e) => return Err(e),
        };
        let entry = Arc::new(entry);
        self.cache.write().push((args.to_vec(), entry.clone()));
        Ok(clone_entry(&entry))
    }

    fn lookup(&self, args: &[Ty]) -> Option<Arc<Entry>> {
        self.cache
            .read()
            .iter()
            .find(|(k, _)| k.as_slice() == args)
            .map(|(_, e)| e.clone())
    }

    /// Typed IR for `args` (inference only; the PTX backend starts here).
    pub fn typed_ir(&self, args: &[Ty]) -> Result<tir::Func, CompileError> {
        self.typed_ir_in(args, &CompileEnv { d: self })
    }

    /// Typed IR for `args` with globals and calls resolved by `env`.
    pub(super) fn typed_ir_in(
        &self,
        args: &[Ty],
        env: &dyn Env,
    ) -> Result<tir::Func, CompileError> {
        let def = self.source_def().map_err(|m| CompileError {
            rendered: format!("cannot compile '{}': {m}", self.func.name()),
            kind: ErrKind::Unsupported,
        })?;
        infer::infer(
            def,
            args,
            env,
            &infer::Options {
                parallel: self.opts.parallel,
            },
        )
        .map_err(|e| CompileError {
            rendered: self.render(&e),
            kind: e.kind,
        })
    }

    fn compile(&self, args: &[Ty]) -> Result<Spec, CompileError> {
        let f = self.typed_ir(args)?;
        let text = tir::print(&f);
        if dump_wanted("tir") {
            eprintln!("{text}");
        }
        let c = clif::compile(
            &f,
            &CgOptions {
                boundscheck: self.opts.boundscheck,
            },
        )
        .map_err(|m| CompileError {
            rendered: format!(
                "Failed in nopython mode pipeline (step: native lowering)\nunsupported in nopython mode: {m} in function '{}'",
                self.func.name()
            ),
            kind: ErrKind::Unsupported,
        })?;
        if dump_wanted("clif") {
            eprintln!("{}", c.clif);
        }
        Ok(Spec {
            args: args.to_vec(),
            ret: f.ret.clone(),
            entry: c.entry,
            inner: c.inner,
            tir: text,
            clif: c.clif,
            writes: f.writes,
            ret_as: std::sync::OnceLock::new(),
        })
    }

    /// The parameter names (positional-or-keyword ones; compiled functions take no others).
    pub fn param_names(&self) -> Vec<String> {
        let co = &self.func.code.co;
        co.varnames[..co.argcount as usize]
            .iter()
            .map(|n| n.to_string())
            .collect()
    }

    /// Binds `args` and keyword arguments `kw` to the parameters, filling defaults, as
    /// Python does; `Err` is the TypeError's message.
    pub fn bind<T>(&self, mut args: Vec<T>, kw: &[(&str, T)]) -> Result<Vec<T>, String>
    where
        T: Clone,
        T: From<Value>,
    {
        let name = self.func.name();
        let names = self.param_names();
        let n = names.len();
        if args.len() > n {
            return Err(format!(
                "{name}() takes {n} positional arguments but {} were given",
                args.len()
            ));
        }
        let mut slots: Vec<Option<T>> = args.drain(..).map(Some).collect();
        slots.resize(n, None);
        for (k, v) in kw {
            let Some(i) = names.iter().position(|p| p == k) else {
                return Err(format!("{name}() got an unexpected keyword argument '{k}'"));
            };
            if slots[i].is_some() {
                return Err(format!("{name}() got multiple values for argument '{k}'"));
            }
            slots[i] = Some(v.clone());
        }
        let first_default = n - self.func.defaults.len().min(n);
        let mut missing = Vec::new();
        for (i, s) in slots.iter_mut().enumerate() {
            if s.is_none() {
                if i >= first_default {
                    *s = Some(T::from(self.func.defaults[i - first_default].clone()));
                } else {
                    missing.push(format!("'{}'", names[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                missing.join(" and ")
            ));
        }
        Ok(slots.into_iter().flatten().collect())
    }

    /// Calls the function: compiled for these argument types, or the interpreter.
    fn invoke(&self, vm: &mut Vm, args: &[Value], kw: &[(Arc<str>, Value)]) -> PyResult<Value> {
        let kw: Vec<(&str, Value)> = kw.iter().map(|(k, v)| (&**k, v.clone())).collect();
        let full = self.bind(args.to_vec(), &kw).map_err(PyErr::type_error)?;
        let mut tys = Vec::with_capacity(full.len());
        for (i, a) in full.iter().enumerate() {
            match arg_type(a) {
                Some(t) => tys.push(t),
                None if !self.opts.nopython => return vm.call(&self.py_func, &full, &[]),
                None => {
                    return Err(typing_error(format!(
                        "Failed in nopython mode pipeline (step: nopython frontend)\nnon-precise type {} for argument {} of '{}'",
                        describe(a),
                        i + 1,
                        self.func.name()
                    )))
                }
            }
        }
        let mut full = full;
        if self.explicit.load(std::sync::atomic::Ordering::Relaxed) && self.lookup(&tys).is_none() {
            let (sig, vals) = self.closest_signature(&tys, &full)?;
            tys = sig;
            full = vals;
        }
        let entry = self
            .specialize(&tys)
            .map_err(|e| typing_error(e.rendered))?;
        let spec = match entry {
            Entry::Compiled(s) => s,
            Entry::Fallback => return vm.call(&self.py_func, &full, &[]),
        };
        run(&spec, &full, self.opts.nogil, vm.native_stack_low())
    }

    /// The compiled signature that arguments of types `tys` convert to at the least cost
    /// (exact, then safe int-to-float and bool-to-int, then truncating float-to-int), with
    /// the converted values; TypeError "No matching definition" when none fits.
    fn closest_signature(&self, tys: &[Ty], vals: &[Value]) -> PyResult<(Vec<Ty>, Vec<Value>)> {
        fn cost(from: &Ty, to: &Ty) -> Option<u32> {
            match (from, to) {
                _ if from == to => Some(0),
                (Ty::Array(f), Ty::Array(t)) => {
                    (f.dtype == t.dtype && f.ndim == t.ndim && t.layout == Layout::A).then_some(0)
                }
                (Ty::Int | Ty::Bool | Ty::Float32, Ty::Float) | (Ty::Bool, Ty::Int) => Some(1),
                (Ty::Int | Ty::Bool | Ty::Float, Ty::Float32) => Some(2),
                (Ty::Float | Ty::Float32, Ty::Int)
                | (Ty::Int | Ty::Float | Ty::Float32, Ty::Bool) => Some(2),
                _ => None,
            }
        }
        let best = self
            .cache
            .read()
            .iter()
            .filter_map(|(sig, _)| {
                if sig.len() != tys.len() {
                    return None;
                }
                let mut total = 0;
                for (f, t) in tys.iter().zip(sig) {
                    total += cost(f, t)?;
                }
                Some((total, sig.clone()))
            })
            .min_by_key(|(c, _)| *c);
        let Some((_, sig)) = best else {
            let names: Vec<String> = tys.iter().map(|t| t.to_string()).collect();
            return Err(PyErr::type_error(format!(
                "No matching definition for argument type(s) {}",
                names.join(", ")
            )));
        };
        let conv = vals
            .iter()
            .zip(&sig)
            .map(|(v, t)| match (t, v) {
                (Ty::Float, Value::Int(i)) => Value::Float(*i as f64),
                (Ty::Float32, Value::Int(i)) => Value::Float(*i as f32 as f64),
                (Ty::Float32, Value::Float(x)) => Value::Float(*x as f32 as f64),
                (Ty::Float32, Value::Bool(b)) => Value::Float(*b as i64 as f64),
                (Ty::Float, Value::Bool(b)) => Value::Float(*b as i64 as f64),
                (Ty::Int, Value::Bool(b)) => Value::Int(*b as i64),
                (Ty::Int, Value::Float(x)) => Value::Int(*x as i64),
                (Ty::Bool, Value::Int(i)) => Value::Bool(*i != 0),
                (Ty::Bool, Value::Float(x)) => Value::Bool(*x != 0.0),
                _ => v.clone(),
            })
            .collect();
        Ok((sig, conv))
    }
}

fn clone_entry(e: &Arc<Entry>) -> Entry {
    match &**e {
        Entry::Compiled(s) => Entry::Compiled(s.clone()),
        Entry::Fallback => Entry::Fallback,
    }
}

/// `pyrs --dump=tir|clif|ptx` (the driver sets `PYRS_DUMP`).
pub fn dump_wanted(what: &str) -> bool {
    std::env::var("PYRS_DUMP").is_ok_and(|v| v.split(',').any(|x| x == what))
}

pub fn typing_error(msg: String) -> PyErr {
    PyErr::new(&super::errors::typing_error_class(), msg)
}

impl Spec {
    /// Calls a specialization whose arguments are all scalars (given as 8-byte slots) and
    /// whose result is one scalar; returns the result's bits.
    pub fn call_scalars(&self, slots: &[u64]) -> PyResult<u64> {
        if slots.len() != self.args.len() || self.args.iter().any(|t| !t.is_scalar()) {
            return Err(PyErr::type_error("call_scalars needs scalar arguments"));
        }
        if !self.ret.is_scalar() {
            return Err(PyErr::type_error("call_scalars needs a scalar result"));
        }
        let mut out = [0u64; 1];
        let arena = Arena::default();
        // Called per element from Rust: leave a conservative 256 KiB below this frame.
        let mut errs = ErrSlot::below_here(256 << 10);
        errs.arena = &arena as *const Arena as u64;
        // SAFETY: `entry` has the `EntryFn` signature; every argument is a scalar slot of the
        // compiled type (checked above), so compiled code reads no memory but `slots`, and
        // writes one result slot and the error slot.
        let status = unsafe {
            let f: EntryFn = std::mem::transmute::<usize, EntryFn>(self.entry);
            f(slots.as_ptr(), out.as_mut_ptr(), &mut errs)
        };
        if status != 0 {
            return Err(runtime_error(&errs));
        }
        Ok(out[0])
    }
}

enum Guard<'a> {
    R(RwLockReadGuard<'a, Data>),
    W(RwLockWriteGuard<'a, Data>),
}

/// What a module global means to type inference: numbers and tuples of numbers are frozen,
/// modules, builtins, dispatchers and exception classes are resolved, the rest is named.
fn global_of(v: &Value) -> Global {
    match v {
        Value::Int(i) => Global::Int(*i),
        Value::Float(x) => Global::Float(*x),
        Value::Bool(b) => Global::Bool(*b),
        Value::Module(m) => Global::Module(m.name.to_string()),
        Value::Builtin(b) => Global::Builtin(b.name.to_string()),
        Value::Native(n) => {
            if n.as_any().downcast_ref::<Dispatcher>().is_some() {
                Global::Dispatcher(v.clone())
            } else if let Some(s) = n.as_any().downcast_ref::<NpScalar>() {
                match s.to_py() {
                    Value::Int(i) => Global::Int(i),
                    Value::Float(x) => Global::Float(x),
                    Value::Bool(b) => Global::Bool(b),
                    _ => Global::Other("numpy scalar".into()),
                }
            } else {
                Global::Other(n.class().name.to_string())
            }
        }
        Value::Class(c) if c.name.as_ref() == "range" => Global::Builtin("range".into()),
        Value::Class(c) if c.is_subclass(&crate::runtime::types::types().base_exception) => {
            Global::Exception(v.clone())
        }
        Value::Tuple(t) => Global::Tuple(t.items.iter().map(global_of).collect()),
        other => Global::Other(crate::runtime::types::class_of(other).name.to_string()),
    }
}

/// Runs a compiled specialization on argument values whose types match `spec.args`.
fn run(spec: &Spec, args: &[Value], nogil: bool, stack_low: usize) -> PyResult<Value> {
    // With nogil the buffer locks are taken and released without the GIL: a thread holding the
    // GIL may wait for a buffer this call holds, so this call must not need the GIL back
    // before it lets the buffers go.
    // The arrays compiled code creates live here until the call is over.
    let arena = Arena::default();
    let (status, out, errs) = if nogil {
        crate::gil::allow_threads(|| call_locked(spec, args, stack_low, &arena))
    } else {
        call_locked(spec, args, stack_low, &arena)
    };
    if status != 0 {
        return Err(runtime_error(&errs));
    }
    let boxed = |t: &Ty, bits: u64| match t {
        Ty::Int => Value::Int(bits as i64),
        // float32 results travel as their float64 value and box as a Python float, as Numba's.
        Ty::Float | Ty::Float32 => Value::Float(f64::from_bits(bits)),
        Ty::Bool => Value::Bool(bits != 0),
        _ => Value::None,
    };
    Ok(match &spec.ret {
        Ty::Tuple(ts) => {
            let mut items = Vec::with_capacity(ts.len());
            for (t, k) in ts.iter().zip(crate::jit::abi::item_slots(ts)) {
                items.push(match t {
                    Ty::Array(at) => {
                        let d = desc_from_slots(&out[k..]);
                        returned_array(&d, *at, args, &arena).ok_or_else(|| {
                            PyErr::runtime_error("compiled code returned an unknown array")
                        })?
                    }
                    t => boxed(t, out[k]),
                });
            }
            Value::tuple(items)
        }
        // A returned array is described by the descriptor compiled code wrote into the
        // result slots: a view of an argument or of an array the call created.
        Ty::Array(at) => {
            let d = desc_from_slots(&out);
            match returned_array(&d, *at, args, &arena) {
                Some(v) => v,
                None => {
                    return Err(PyErr::runtime_error(
                        "compiled code returned an unknown array",
                    ))
                }
            }
        }
        t => {
            let bits = out[0];
            // The value as a float and as an int, whatever scalar `t` is.
            let (f, i) = match t {
                Ty::Float | Ty::Float32 => (f64::from_bits(bits), f64::from_bits(bits) as i64),
                _ => (bits as i64 as f64, bits as i64),
            };
            match spec.ret_as.get() {
                Some(Ty::Float) => Value::Float(f),
                Some(Ty::Int) => Value::Int(i),
                Some(Ty::Bool) => Value::Bool(f != 0.0),
                _ => boxed(t, bits),
            }
        }
    })
}

/// The `ArrDesc` compiled code wrote into the result slots.
fn desc_from_slots(out: &[u64]) -> ArrDesc {
    let mut d = ArrDesc {
        data: out[0] as *mut u8,
        shape: [0; 3],
        strides: [0; 3],
    };
    for k in 0..3 {
        d.shape[k] = out[1 + k] as i64;
        d.strides[k] = out[4 + k] as i64;
    }
    d
}

/// The array a returned descriptor `d` of type `at` describes: the argument or arena array
/// itself when `d` is exactly its view, else a new view of the buffer that holds `d`'s data.
fn returned_array(
    d: &ArrDesc,
    at: crate::jit::types::ArrTy,
    args: &[Value],
    arena: &Arena,
) -> Option<Value> {
    let nd = at.ndim as usize;
    let shape: Vec<usize> = d.shape[..nd].iter().map(|&n| n.max(0) as usize).collect();
    let strides: Vec<isize> = d.strides[..nd].iter().map(|&s| s as isize).collect();
    let empty = shape.contains(&0);
    let data = d.data as usize;
    let item = at.dtype.itemsize();
    let mut cands: Vec<(crate::ndarray::NdArray, Option<Value>)> = args
        .iter()
        .filter_map(|a| a.downcast::<PyArray>().map(|p| (p.arr(), Some(a.clone()))))
        .collect();
    cands.extend(arena.arrays().into_iter().map(|a| (a, None)));
    let mut fallback = None;
    for (arr, orig) in cands {
        if arr.dtype != at.dtype {
            continue;
        }
        let (base, len) = crate::with_data!(&*arr.buf.read(), v => (v.as_ptr() as usize, v.len()));
        let inside = data >= base && data <= base + len * item;
        if !inside {
            if empty && fallback.is_none() {
                fallback = Some(arr.view(shape.clone(), strides.clone(), 0));
            }
            continue;
        }
        let offset = ((data - base) / item).min(len);
        if offset == arr.offset && shape == arr.shape && (empty || strides == arr.strides) {
            return Some(orig.unwrap_or_else(|| crate::modules::numpy::wrap(arr)));
        }
        return Some(crate::modules::numpy::wrap(arr.view(
            shape.clone(),
            strides.clone(),
            offset,
        )));
    }
    fallback.map(crate::modules::numpy::wrap)
}

/// Locks the argument buffers, calls the entry point, unlocks: (status, results, error).
fn call_locked(
    spec: &Spec,
    args: &[Value],
    stack_low: usize,
    arena: &Arena,
) -> (i32, Vec<u64>, ErrSlot) {
    // One snapshot of each array's view for the whole call (`a.shape = ...` may change it).
    // Lock each distinct buffer once (a function may get two views of one buffer), with a
    // write lock when any of its views may be written. Locks are taken in argument order; a
    // compiled function never takes a lock itself, so it cannot wait on one of these.
    let arrays: Vec<Option<crate::ndarray::NdArray>> = args
        .iter()
        .map(|a| a.downcast::<PyArray>().map(|p| p.arr()))
        .collect();
    let mut bufs: Vec<(usize, bool)> = Vec::new();
    for (i, a) in arrays.iter().enumerate() {
        if let Some(a) = a {
            let p = Arc::as_ptr(&a.buf) as *const u8 as usize;
            let w = spec.writes.get(i).copied().unwrap_or(true);
            match bufs.iter_mut().find(|(q, _)| *q == p) {
                Some(e) => e.1 |= w,
                None => bufs.push((p, w)),
            }
        }
    }
    let mut guards: Vec<(usize, Guard)> = Vec::new();
    for (i, a) in arrays.iter().enumerate() {
        let Some(a) = a else { continue };
        let p = Arc::as_ptr(&a.buf) as *const u8 as usize;
        if guards.iter().any(|(q, _)| *q == p) {
            continue;
        }
        let write = bufs.iter().any(|(q, w)| *q == p && *w);
        let _ = i;
        guards.push((
            p,
            if write {
                Guard::W(a.buf.write())
            } else {
                Guard::R(a.buf.read())
            },
        ));
    }
    let mut descs: Vec<ArrDesc> = Vec::with_capacity(args.len());
    let mut slots: Vec<u64> = Vec::with_capacity(args.len());
    // The item slots of tuple arguments; each inner Vec's heap buffer stays put while the
    // call runs, so its address can go in the argument slot.
    let mut tuples: Vec<Vec<u64>> = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if let Some(arr) = &arrays[i] {
            let p = Arc::as_ptr(&arr.buf) as *const u8 as usize;
            let base = guards
                .iter_mut()
                .find(|(q, _)| *q == p)
                .map(|(_, g)| match g {
                    Guard::W(d) => crate::with_data!(&mut **d, v => v.as_mut_ptr() as *mut u8),
                    Guard::R(d) => crate::with_data!(&**d, v => v.as_ptr() as *mut u8),
                })
                .unwrap_or(std::ptr::null_mut());
            let mut d = ArrDesc {
                // SAFETY: `offset` is within the buffer (or one past it for empty views), an
                // NdArray invariant; the pointer is only dereferenced by compiled code at
                // in-bounds element offsets while the guard above is held.
                data: unsafe { base.add(arr.offset * arr.dtype.itemsize()) },
                shape: [0; 3],
                strides: [0; 3],
            };
            for k in 0..arr.ndim() {
                d.shape[k] = arr.shape[k] as i64;
                d.strides[k] = arr.strides[k] as i64;
            }
            descs.push(d);
            slots.push(0);
        } else if let (Value::Tuple(t), Ty::Tuple(ts)) = (a, &spec.args[i]) {
            let items: Vec<u64> = t
                .items
                .iter()
                .zip(ts)
                .map(|(v, ty)| scalar_slot(v, ty))
                .collect();
            slots.push(items.as_ptr() as u64);
            tuples.push(items);
        } else {
            slots.push(match a {
                Value::Int(i) => *i as u64,
                Value::Float(x) => x.to_bits(),
                Value::Bool(b) => *b as u64,
                Value::Native(_) => scalar_slot(a, &spec.args[i]),
                _ => 0,
            });
        }
    }
    // Array slots point at their descriptors (descs no longer grows, so they stay put).
    let mut di = 0;
    for (i, _) in args.iter().enumerate() {
        if arrays[i].is_some() {
            slots[i] = &descs[di] as *const ArrDesc as u64;
            di += 1;
        }
    }
    let nout = crate::jit::abi::out_slots(&spec.ret);
    let mut out = vec![0u64; nout];
    let mut errs = ErrSlot {
        stack_limit: stack_low as u64,
        arena: arena as *const Arena as u64,
        ..ErrSlot::default()
    };
    // SAFETY: `spec.entry` was produced by `clif::compile` with the `EntryFn` signature and is
    // never freed; `slots` holds one 8-byte slot per argument of the types it was compiled
    // for, array slots pointing at live descriptors whose buffers are locked by `guards`,
    // tuple slots at their items in `tuples`; `out` has one slot per result; `errs` outlives
    // the call.
    let f: EntryFn = unsafe { std::mem::transmute::<usize, EntryFn>(spec.entry) };
    // SAFETY: as above: the arguments match the compiled signature and stay alive and locked
    // for the duration of the call.
    let status = unsafe { f(slots.as_ptr(), out.as_mut_ptr(), &mut errs) };
    drop(tuples);
    drop(guards);
    (status, out, errs)
}

/// The 8-byte slot of a scalar argument of type `t` (ints and bools convert as Numba does).
fn scalar_slot(v: &Value, t: &Ty) -> u64 {
    let (f, i) = match v {
        Value::Int(i) => (*i as f64, *i),
        Value::Float(x) => (*x, *x as i64),
        Value::Bool(b) => (*b as i64 as f64, *b as i64),
        Value::Native(n) => match n.as_any().downcast_ref::<NpScalar>().map(|s| s.to_py()) {
            Some(Value::Int(i)) => (i as f64, i),
            Some(Value::Float(x)) => (x, x as i64),
            Some(Value::Bool(b)) => (b as i64 as f64, b as i64),
            _ => (0.0, 0),
        },
        _ => (0.0, 0),
    };
    match t {
        Ty::Float | Ty::Float32 => f.to_bits(),
        Ty::Bool => (i != 0) as u64,
        _ => i as u64,
    }
}

/// A shape compiled code packed into an error slot (21 bits per axis), as Python prints it.
fn unpack_shape(packed: i64, ndim: i64) -> String {
    let dims: Vec<String> = (0..ndim)
        .map(|k| match (packed >> (21 * k)) & ((1 << 21) - 1) {
            // A -1 (inferred) dimension, as a reshape asked for it.
            0x1f_ffff => "-1".to_string(),
            d => d.to_string(),
        })
        .collect();
    match dims.len() {
        1 => format!("({},)", dims[0]),
        _ => format!("({})", dims.join(", ")),
    }
}

/// The Python exception for an error compiled code reported.
pub(super) fn runtime_error(e: &ErrSlot) -> PyErr {
    match e.kind {
        err::INDEX => PyErr::index_error(format!(
            "index {} is out of bounds for axis {} with size {}",
            e.a, e.b, e.c
        )),
        err::INT_DIV_ZERO => PyErr::zero_division("integer division by zero"),
        err::INT_MOD_ZERO => PyErr::zero_division("integer modulo by zero"),
        err::FLOAT_DIV_ZERO => PyErr::zero_division("division by zero"),
        err::FLOAT_MOD_ZERO => PyErr::zero_division("modulo by zero"),
        err::RANGE_STEP_ZERO => PyErr::value_error("range() arg 3 must not be zero"),
        err::STACK => PyErr::recursion_error("maximum recursion depth exceeded in compiled code"),
        err::NEG_DIM => PyErr::value_error("negative dimensions not allowed"),
        // Numba's message (NumPy raises ZeroDivisionError here).
        err::ARANGE_STEP_ZERO => PyErr::value_error("Maximum allowed size exceeded"),
        err::SLICE_STEP_ZERO => PyErr::value_error("slice step cannot be zero"),
        err::TUPLE_INDEX => PyErr::index_error("tuple index out of range"),
        // NumPy's message (Numba says "incompatible shape for array").
        err::RESHAPE => PyErr::value_error(format!(
            "cannot reshape array of size {} into shape {}",
            e.a,
            // NumPy's spelling: no spaces, and an inferred axis as "newaxis".
            unpack_shape(e.b, e.c)
                .replace(' ', "")
                .replace("-1", "newaxis")
        )),
        err::RAISE => crate::jit::raise::error(e.a),
        err::BROADCAST => PyErr::value_error(format!(
            "operands could not be broadcast together with shapes {} {}",
            unpack_shape(e.a, e.c & 0xff),
            unpack_shape(e.b, e.c >> 8)
        )),
        err::ASSIGN_SHAPE => PyErr::value_error(format!(
            "cannot assign slice of shape {} from input of shape {}",
            unpack_shape(e.a, e.c),
            unpack_shape(e.b, e.c)
        )),
        err::EMPTY_REDUCE => {
            use crate::jit::tir::ReduceOp;
            PyErr::value_error(match e.a {
                x if x == ReduceOp::Min as i64 => {
                    "zero-size array to reduction operation minimum which has no identity"
                }
                x if x == ReduceOp::Max as i64 => {
                    "zero-size array to reduction operation maximum which has no identity"
                }
                x if x == ReduceOp::ArgMin as i64 => "attempt to get argmin of an empty sequence",
                _ => "attempt to get argmax of an empty sequence",
            })
        }
        k => PyErr::runtime_error(format!("compiled code failed (error kind {k})")),
    }
}

impl NativeObject for Dispatcher {
    fn class(&self) -> Arc<Class> {
        dispatcher_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "CPUDispatcher(<function {}>)",
            self.func.qualname()
        )))
    }
    fn call(
        &self,
        vm: &mut Vm,
        _me: &Value,
        args: &[Value],
        kw: &[(Arc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        Some(self.invoke(vm, args, kw))
    }
    fn getattr(&self, _vm: &mut Vm, me: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "py_func" | "__wrapped__" => self.py_func.clone(),
            "__name__" => Value::str(&self.func.name()),
            "__qualname__" => Value::str(&self.func.qualname()),
            "__doc__" => self.func.dict.get_str("__doc__").unwrap_or(Value::None),
            "signatures" => {
                let sigs = self
                    .cache
                    .read()
                    .iter()
                    .filter(|(_, e)| matches!(**e, Entry::Compiled(_)))
                    .map(|(k, _)| Value::tuple(k.iter().map(type_value).collect()))
                    .collect();
                Value::list(sigs)
            }
            "targetoptions" => Value::None,
            "inspect_types" | "inspect_asm" | "inspect_llvm" => {
                let which = if name == "inspect_types" { 0 } else { 1 };
                Value::native(Inspect {
                    me: me.clone(),
                    which,
                })
            }
            _ => return Ok(None),
        }))
    }
}

/// The bound method `f.inspect_types` / `f.inspect_asm`.
struct Inspect {
    me: Value,
    which: u8,
}

impl NativeObject for Inspect {
    fn class(&self) -> Arc<Class> {
        static C: OnceLock<Arc<Class>> = OnceLock::new();
        C.get_or_init(|| Class::native("method")).clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call(
        &self,
        vm: &mut Vm,
        _me: &Value,
        _args: &[Value],
        _kw: &[(Arc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        let d = self.me.downcast::<Dispatcher>()?;
        let mut text = String::new();
        let mut per_sig = Vec::new();
        for (k, e) in d.cache.read().iter() {
            if let Entry::Compiled(s) = &**e {
                let body = if self.which == 0 { &s.tir } else { &s.clif };
                per_sig.push((k.clone(), body.clone()));
            }
        }
        if self.which == 0 {
            for (_, body) in &per_sig {
                text.push_str(body);
            }
            // Through Python's print, so the text keeps its place among buffered output.
            let print = vm.interp.builtins.get_str("print").unwrap_or(Value::None);
            let end: Arc<str> = "end".into();
            return Some(
                vm.call(&print, &[Value::string(text)], &[(end, Value::str(""))])
                    .map(|_| Value::None),
            );
        }
        // inspect_asm(): {signature: text}
        let dict = Arc::new(crate::runtime::dict::Dict::new());
        for (k, body) in per_sig {
            let key = Value::tuple(k.iter().map(type_value).collect());
            if let Err(e) = dict.set(vm, key, Value::string(body)) {
                return Some(Err(e));
            }
        }
        Some(Ok(Value::Dict(dict)))
    }
}
