//! Running programs: sets up the interpreter and the main thread (with a large stack), runs a
//! file, a `-c` string, a `-m` module or the REPL, and turns the outcome into an exit code the
//! way CPython does (SystemExit, uncaught exceptions with tracebacks, syntax errors).

use crate::builtins::io::{flush_stdout, write_raw, StreamKind};
use crate::compiler::Mode;
use crate::runtime::dict::Dict;
use crate::runtime::module::Module;
use crate::runtime::types::types;
use crate::runtime::{PyErr, Value};
use crate::vm::import::compile_source;
use crate::vm::{Interp, Vm, THREAD_STACK_SIZE};
use std::sync::Arc;

/// What to run.
pub enum Program {
    File(String),
    Command(String),
    Module(String),
    /// A script read from standard input (`pyrs < file`).
    Stdin(String),
}

/// Options from the command line.
pub struct Options {
    pub xoptions: Vec<String>,
    /// `-i`: run the REPL even when stdin is not a terminal.
    pub force_interactive: bool,
}

/// Runs `f` on a thread with `THREAD_STACK_SIZE` of stack and returns its result.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new()
        .name("main".into())
        .stack_size(THREAD_STACK_SIZE)
        .spawn(f);
    match h {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(_) => {
                eprintln!("pyrs: internal error (the interpreter thread panicked)");
                std::process::exit(70);
            }
        },
        Err(e) => {
            eprintln!("pyrs: cannot start the interpreter thread: {e}");
            std::process::exit(70);
        }
    }
}

/// Creates the interpreter and a VM on the current thread, with `sys` imported and `__main__`.
pub fn setup(argv: Vec<String>, path0: String, opts: &Options) -> (Vm, Arc<Dict>) {
    crate::gil::set_enabled(gil_setting(&opts.xoptions).unwrap_or(true));
    crate::gil::acquire();
    let interp = Interp::new(argv);
    *interp.xoptions.write() = opts.xoptions.clone();
    if let Value::List(l) = &interp.path {
        l.push(Value::string(path0));
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':').filter(|p| !p.is_empty()) {
                l.push(Value::str(p));
            }
        }
    }
    let mut vm = Vm::new(interp.clone(), THREAD_STACK_SIZE);
    let _ = vm.import_module("sys");
    let main = Arc::new(Dict::new());
    main.set_str("__builtins__", Value::Dict(interp.builtins.clone()));
    main.set_str("__doc__", Value::None);
    main.set_str("__package__", Value::None);
    let module = Value::Module(Arc::new(Module::new("__main__", main.clone())));
    interp.modules.set_str("__main__", module);
    (vm, main)
}

/// An absolute directory as text, with `.` components dropped (`/a/./b` -> `/a/b`).
fn normalize_dir(p: &std::path::Path) -> String {
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        if c != std::path::Component::CurDir {
            out.push(c);
        }
    }
    out.to_string_lossy().into_owned()
}

/// Runs a program to completion and returns the process exit code.
pub fn run(program: Program, args: Vec<String>, opts: Options) -> i32 {
    install_sigint_handler();
    if let Err(code) = check_options(&opts) {
        return code;
    }
    on_big_stack(move || {
        let (argv0, path0) = match &program {
            // sys.path[0] is the script's directory made absolute, as in CPython 3.9+.
            Program::File(f) => (
                f.clone(),
                std::path::Path::new(f)
                    .parent()
                    .map(|p| {
                        let p = if p.as_os_str().is_empty() {
                            std::path::Path::new(".")
                        } else {
                            p
                        };
                        std::path::absolute(p)
                            .map(|a| normalize_dir(&a))
                            .unwrap_or_else(|_| p.to_string_lossy().into_owned())
                    })
                    .unwrap_or_default(),
            ),
            Program::Command(_) => ("-c".to_string(), String::new()),
            Program::Stdin(_) => ("-".to_string(), String::new()),
            Program::Module(m) => (
                m.clone(),
                std::env::current_dir()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
        };
        let mut argv = vec![argv0];
        argv.extend(args);
        let (mut vm, main) = setup(argv, path0, &opts);
        let result = match &program {
            Program::File(f) => match std::fs::read_to_string(f) {
                Ok(text) => {
                    main.set_str("__file__", Value::str(f));
                    compile_source(&text, f, Mode::Exec)
                        .and_then(|code| vm.run_module_code(code, main.clone()))
                }
                Err(e) => {
                    eprintln!(
                        "pyrs: can't open file '{f}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        io_msg(&e)
                    );
                    return 2;
                }
            },
            Program::Command(c) => compile_source(c, "<string>", Mode::Exec)
                .and_then(|code| vm.run_module_code(code, main.clone())),
            Program::Module(m) => run_module(&mut vm, m, &main),
            Program::Stdin(src) => compile_source(src, "<stdin>", Mode::Exec)
                .and_then(|code| vm.run_module_code(code, main.clone())),
        };
        crate::vm::generator::run_pending_finalizers(&mut vm);
        let code = match result {
            Ok(_) => 0,
            Err(e) => handle_uncaught(&mut vm, &e),
        };
        finish(&mut vm, &opts, code)
    })
}

/// Validates the options that can fail before anything runs (exit code on error).
pub fn check_options(opts: &Options) -> Result<(), i32> {
    match gil_setting(&opts.xoptions) {
        Ok(_) => Ok(()),
        Err(msg) => {
            eprintln!("Fatal Python error: config_read_gil: {msg}");
            Err(1)
        }
    }
}

/// The end of a run: waits for non-daemon threads, flushes, prints `-X gilstats`; returns the
/// exit code (an exception while waiting replaces `code`).
pub fn finish(vm: &mut Vm, opts: &Options, code: i32) -> i32 {
    let code = match wait_for_threads(vm) {
        Ok(()) => code,
        Err(e) => handle_uncaught(vm, &e),
    };
    flush_stdout();
    if opts.xoptions.iter().any(|o| o == "gilstats") {
        write_raw(StreamKind::Stderr, &crate::gil::report());
    }
    code
}

/// The GIL setting from `-X gil=0|1` (first) or `PYTHON_GIL` (CPython 3.13's spellings).
pub fn gil_setting(xoptions: &[String]) -> Result<bool, String> {
    let x = xoptions
        .iter()
        .rev()
        .find_map(|o| o.strip_prefix("gil=").map(str::to_owned));
    let v = match x {
        Some(v) => v,
        None => match std::env::var("PYTHON_GIL") {
            Ok(v) if !v.is_empty() => v,
            _ => return Ok(true),
        },
    };
    match v.as_str() {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err("PYTHON_GIL / -X gil must be \"0\" or \"1\"".into()),
    }
}

/// Joins the non-daemon threads (`threading._shutdown`) before the interpreter exits, as
/// CPython does once the main module has finished or failed.
pub fn wait_for_threads(vm: &mut Vm) -> Result<(), PyErr> {
    let Some(threading) = vm.interp.modules.get_str("threading") else {
        return Ok(());
    };
    let shutdown = match vm.getattr_str(&threading, "_shutdown") {
        Ok(f) => f,
        Err(_) => return Ok(()),
    };
    vm.call(&shutdown, &[], &[]).map(|_| ())
}

fn io_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn run_module(vm: &mut Vm, name: &str, main: &Arc<Dict>) -> Result<Value, PyErr> {
    let path = vm.interp.path.clone();
    let dirs: Vec<String> = vm
        .collect(&path)?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    for dir in dirs {
        let file = std::path::Path::new(&dir).join(format!("{}.py", name.replace('.', "/")));
        if file.is_file() {
            let text =
                std::fs::read_to_string(&file).map_err(|e| PyErr::os_error(e.to_string()))?;
            let fname = file.to_string_lossy().into_owned();
            main.set_str("__file__", Value::str(&fname));
            if let Ok(Value::Module(sys)) = vm.import_module("sys") {
                if let Some(Value::List(argv)) = sys.dict.get_str("argv") {
                    if let Some(first) = argv.write().first_mut() {
                        *first = Value::str(&fname);
                    }
                }
            }
            let code = compile_source(&text, &fname, Mode::Exec)?;
            return vm.run_module_code(code, main.clone());
        }
    }
    if let Some(src) = crate::modules::stdlib_source(name) {
        let code = compile_source(src, &format!("<frozen {name}>"), Mode::Exec)?;
        return vm.run_module_code(code, main.clone());
    }
    Err(PyErr::import_error(format!("No module named {name}")))
}

/// Prints an uncaught exception like CPython and returns the exit code (SystemExit honoured).
pub fn handle_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    flush_stdout();
    if e.is_instance(&types().system_exit) {
        let args = e.args();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let s = vm.str(other).unwrap_or_default();
                write_raw(StreamKind::Stderr, &format!("{s}\n"));
                1
            }
        };
    }
    let text = vm.format_exception(e);
    write_raw(StreamKind::Stderr, &text);
    if e.is_instance(&types().keyboard_interrupt) {
        die_by_sigint();
    }
    1
}

fn install_sigint_handler() {
    extern "C" fn on_sigint(_: libc::c_int) {
        crate::vm::SIGINT_PENDING.store(true, std::sync::atomic::Ordering::SeqCst);
        crate::vm::EVAL_BREAKER.store(true, std::sync::atomic::Ordering::SeqCst);
    }
    // SAFETY: installing a handler that only stores to atomics is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Ends the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt, so the
/// parent shell sees the interrupt (exit status 130).
fn die_by_sigint() {
    flush_stdout();
    // SAFETY: restoring the default disposition and raising a signal are plain libc calls with
    // no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}
