//! The `sys` module: argv, path, modules, standard streams, exit, version information, the
//! recursion limit and the int/str digit limit.

use crate::builtins::args::{add_functions, check};
use crate::builtins::io::{Stream, StreamKind};
use crate::runtime::dict::Dict;
use crate::runtime::{PyErr, Value};
use crate::vm::Vm;
use std::sync::atomic::Ordering;

pub fn init(vm: &mut Vm, d: &Dict) {
    let argv: Vec<Value> = vm
        .interp
        .argv
        .read()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("path", vm.interp.path.clone());
    d.set_str("modules", Value::Dict(vm.interp.modules.clone()));
    let out = Value::native(Stream {
        kind: StreamKind::Stdout,
    });
    let err = Value::native(Stream {
        kind: StreamKind::Stderr,
    });
    d.set_str("stdout", out.clone());
    d.set_str("stderr", err.clone());
    d.set_str("__stdout__", out);
    d.set_str("__stderr__", err);
    d.set_str("version", Value::str("3.11.7 (pyrs 0.1.0)"));
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str(
        "platform",
        Value::str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    d.set_str("byteorder", Value::str("little"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "executable",
        Value::string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    d.set_str("implementation_name", Value::str("pyrs"));
    d.set_str(
        "builtin_module_names",
        Value::tuple(vec![Value::str("sys"), Value::str("builtins")]),
    );
    add_functions(
        d,
        &[
            ("exit", crate::builtins::functions::sys_exit),
            ("getrecursionlimit", |vm, a, _| {
                check("getrecursionlimit", a, 0, 0)?;
                Ok(Value::Int(
                    vm.interp.recursion_limit.load(Ordering::Relaxed) as i64,
                ))
            }),
            ("setrecursionlimit", |vm, a, _| {
                check("setrecursionlimit", a, 1, 1)?;
                let n = vm.index_value(&a[0])?;
                if n < 1 {
                    return Err(PyErr::value_error(
                        "recursion limit must be greater or equal than 1",
                    ));
                }
                vm.interp
                    .recursion_limit
                    .store(n as usize, Ordering::Relaxed);
                Ok(Value::None)
            }),
            ("set_int_max_str_digits", |vm, a, k| {
                let v = crate::builtins::args::arg_or_kw(a, 0, k, "maxdigits")
                    .ok_or_else(|| PyErr::type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"))?;
                let n = vm.index_value(v)?;
                if n != 0 && n < 640 {
                    return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
                }
                vm.interp
                    .int_max_str_digits
                    .store(n as usize, Ordering::Relaxed);
                Ok(Value::None)
            }),
            ("get_int_max_str_digits", |vm, _a, _| {
                Ok(Value::Int(
                    vm.interp.int_max_str_digits.load(Ordering::Relaxed) as i64,
                ))
            }),
            ("exc_info", |vm, _a, _| {
                Ok(match vm.exc_info.last() {
                    Some(e) => Value::tuple(vec![
                        Value::Class(crate::runtime::types::class_of(e)),
                        e.clone(),
                        match e {
                            Value::Instance(i) => match &i.exc {
                                Some(st) => crate::vm::introspect::traceback_of(st),
                                None => Value::None,
                            },
                            _ => Value::None,
                        },
                    ]),
                    None => Value::tuple(vec![Value::None, Value::None, Value::None]),
                })
            }),
            ("exception", |vm, _a, _| {
                Ok(vm.exc_info.last().cloned().unwrap_or(Value::None))
            }),
            ("intern", |_vm, a, _| {
                Ok(a.first().cloned().unwrap_or(Value::None))
            }),
            ("getdefaultencoding", |_vm, _a, _| Ok(Value::str("utf-8"))),
            ("_is_gil_enabled", |_vm, a, _| {
                check("_is_gil_enabled", a, 0, 0)?;
                Ok(Value::Bool(crate::gil::enabled()))
            }),
            ("getswitchinterval", |_vm, a, _| {
                check("getswitchinterval", a, 0, 0)?;
                Ok(Value::Float(crate::gil::switch_interval()))
            }),
            ("setswitchinterval", |vm, a, _| {
                check("setswitchinterval", a, 1, 1)?;
                let s = super::math::to_f64(vm, &a[0])?;
                if s.is_nan() || s <= 0.0 {
                    return Err(PyErr::value_error(
                        "switch interval must be strictly positive",
                    ));
                }
                crate::gil::set_switch_interval(s);
                Ok(Value::None)
            }),
            ("excepthook", excepthook),
            ("__excepthook__", excepthook),
        ],
    );
}

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback to stderr.
fn excepthook(
    vm: &mut crate::vm::Vm,
    a: &[Value],
    _kw: crate::builtins::args::Kw,
) -> crate::runtime::PyResult<Value> {
    check("excepthook", a, 3, 3)?;
    let text = match &a[1] {
        Value::Instance(inst) if inst.exc.is_some() => {
            vm.format_exception(&PyErr::from_instance(inst.clone()))
        }
        other => {
            let t = crate::builtins::args::type_name(other);
            return Err(PyErr::type_error(format!(
                "TypeError: print_exception(): Exception expected for value, {t} found"
            )));
        }
    };
    crate::builtins::io::flush_stdout();
    crate::builtins::io::write_raw(crate::builtins::io::StreamKind::Stderr, &text);
    Ok(Value::None)
}
