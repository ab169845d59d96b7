//! The `pyrs` command line: run a file, `-c CODE`, `-m MODULE`, dump front-end output, or open
//! the REPL. Unknown options print the usage and exit with status 2, as CPython does.

use pyrs::driver::{self, Options, Program};

const USAGE: &str = "usage: pyrs [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-i     : interactive REPL even when stdin is not a terminal
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option (gil=0|1, gilstats)
--dump=tokens|ast|bc : print the front end's output for a file and exit
--dump=tir|clif|ptx : run, printing each JIT-compiled function's typed IR / Cranelift IR /
    each CUDA kernel's PTX to stderr
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
";

fn main() {
    // matrixmultiply (np.dot's GEMM) reads its thread count once from the environment and
    // defaults to 1; use every core like NumPy's BLAS. Set before any other thread exists.
    if std::env::var_os("MATMUL_NUM_THREADS").is_none() {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        std::env::set_var("MATMUL_NUM_THREADS", n.to_string());
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut xoptions = Vec::new();
    let mut dump: Option<String> = None;
    let mut force_interactive = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return;
            }
            "-V" | "--version" => {
                println!(
                    "pyrs {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    usage_error("Argument expected for the -c option");
                };
                let rest = args[i + 2..].to_vec();
                std::process::exit(driver::run(
                    Program::Command(code.clone()),
                    rest,
                    Options {
                        xoptions,
                        force_interactive,
                    },
                ));
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    usage_error("Argument expected for the -m option");
                };
                let rest = args[i + 2..].to_vec();
                std::process::exit(driver::run(
                    Program::Module(m.clone()),
                    rest,
                    Options {
                        xoptions,
                        force_interactive,
                    },
                ));
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    usage_error("Argument expected for the -X option");
                };
                xoptions.push(opt.clone());
                i += 2;
                continue;
            }
            s if s.starts_with("-X") && s.len() > 2 => xoptions.push(s[2..].to_string()),
            s if s.starts_with("--dump=") => dump = Some(s["--dump=".len()..].to_string()),
            "-i" => force_interactive = true,
            "-u" | "-B" | "-E" | "-s" | "-S" | "-O" => {}
            "-" => {
                let mut src = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
                let rest = args[i + 1..].to_vec();
                std::process::exit(driver::run(
                    Program::Command(src),
                    rest,
                    Options {
                        xoptions,
                        force_interactive,
                    },
                ));
            }
            s if s.starts_with('-') => usage_error(&format!("Unknown option: {s}")),
            _ => {
                let file = a.clone();
                let rest = args[i + 1..].to_vec();
                if let Some(kind) = dump {
                    // The JIT's IRs exist only once a function is compiled: run the program
                    // and let the dispatchers print them (src/modules/numba/dispatcher.rs).
                    if kind.split(',').all(|k| matches!(k, "tir" | "clif" | "ptx")) {
                        std::env::set_var("PYRS_DUMP", &kind);
                    } else {
                        std::process::exit(pyrs::dump::dump(&kind, &file));
                    }
                }
                std::process::exit(driver::run(
                    Program::File(file),
                    rest,
                    Options {
                        xoptions,
                        force_interactive,
                    },
                ));
            }
        }
        i += 1;
    }
    if dump.is_some() {
        usage_error("--dump needs a file");
    }
    std::process::exit(pyrs::repl::run(Options {
        xoptions,
        force_interactive,
    }));
}

fn usage_error(msg: &str) -> ! {
    eprintln!("{msg}");
    eprint!("{USAGE}");
    std::process::exit(2);
}
