//! The interactive REPL: reads statements (multi-line blocks end with a blank line, unclosed
//! brackets continue), runs them in `__main__`, echoes expression values like Python's REPL,
//! and survives every error. Uses rustyline (with a history file) on a terminal and plain line
//! reading otherwise (`pyrs -i < file`), printing prompts to stderr as CPython does.

use crate::builtins::io::{flush_stdout, write_raw, StreamKind};
use crate::compiler::Mode;
use crate::driver::{handle_uncaught, on_big_stack, setup, Options};
use crate::runtime::types::types;
use crate::vm::import::compile_source;
use std::io::{BufRead, IsTerminal};

/// Where input lines come from.
enum Input {
    Editor(Box<rustyline::DefaultEditor>),
    Plain(std::io::StdinLock<'static>),
}

impl Input {
    /// One line without its newline; `None` at end of input.
    fn read(&mut self, prompt: &str) -> Option<Result<String, ()>> {
        match self {
            Input::Editor(ed) => match ed.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = ed.add_history_entry(line.as_str());
                    }
                    Some(Ok(line))
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Some(Err(())),
                Err(_) => None,
            },
            Input::Plain(lock) => {
                eprint!("{prompt}");
                let mut line = String::new();
                match lock.read_line(&mut line) {
                    Ok(0) | Err(_) => None,
                    Ok(_) => Some(Ok(line.trim_end_matches(['\n', '\r']).to_string())),
                }
            }
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".pyrs_history"))
}

/// Runs the REPL until EOF or `exit()`; returns the exit code.
pub fn run(opts: Options) -> i32 {
    let interactive = std::io::stdin().is_terminal();
    if !interactive && !opts.force_interactive {
        // Like CPython: a script piped into `pyrs` runs as a program.
        let mut src = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
        return crate::driver::run(crate::driver::Program::Stdin(src), vec![], opts);
    }
    if let Err(code) = crate::driver::check_options(&opts) {
        return code;
    }
    on_big_stack(move || {
        let (mut vm, main) = setup(vec![String::new()], String::new(), &opts);
        let mut input = if interactive {
            match rustyline::DefaultEditor::new() {
                Ok(mut ed) => {
                    if let Some(p) = history_path() {
                        let _ = ed.load_history(&p);
                    }
                    Input::Editor(Box::new(ed))
                }
                Err(_) => Input::Plain(std::io::stdin().lock()),
            }
        } else {
            Input::Plain(std::io::stdin().lock())
        };
        if interactive {
            eprintln!(
                "pyrs {} (Python 3.11 compatible)\nType \"help\", \"exit()\" or Ctrl-D to leave.",
                env!("CARGO_PKG_VERSION")
            );
        }
        let code = loop {
            let Some(source) = read_statement(&mut input) else {
                break 0;
            };
            let Ok(source) = source else {
                write_raw(StreamKind::Stderr, "\nKeyboardInterrupt\n");
                continue;
            };
            if source.trim().is_empty() {
                continue;
            }
            let result = match crate::repl_magic::run(&mut vm, &main, &source) {
                Some(r) => r.map(|_| crate::runtime::Value::None),
                None => compile_source(&source, "<stdin>", Mode::Single)
                    .and_then(|c| vm.run_module_code(c, main.clone())),
            };
            flush_stdout();
            if let Err(e) = result {
                if e.is_instance(&types().system_exit) {
                    break handle_uncaught(&mut vm, &e);
                }
                handle_uncaught(&mut vm, &e);
            }
        };
        if let Input::Editor(ed) = &mut input {
            if let Some(p) = history_path() {
                let _ = ed.save_history(&p);
            }
        }
        if interactive {
            eprintln!();
        }
        crate::driver::finish(&mut vm, &opts, code)
    })
}

/// Reads lines until they form a complete statement (`Err` on Ctrl-C, `None` at EOF).
fn read_statement(input: &mut Input) -> Option<Result<String, ()>> {
    let mut buf = String::new();
    let mut prompt = ">>> ";
    loop {
        let line = match input.read(prompt)? {
            Ok(l) => l,
            Err(()) => return Some(Err(())),
        };
        let first = buf.is_empty();
        buf.push_str(&line);
        buf.push('\n');
        if first && line.trim().is_empty() {
            return Some(Ok(String::new()));
        }
        // A compound statement continues until a blank line, as in CPython's REPL.
        let block = buf
            .lines()
            .next()
            .is_some_and(|l| l.trim_end().ends_with(':') || l.trim_start().starts_with('@'));
        if block && !line.trim().is_empty() {
            prompt = "... ";
            continue;
        }
        match crate::syntax::parse_module(&buf, "<stdin>") {
            Err(e) if e.incomplete && !(block && line.trim().is_empty()) => {
                prompt = "... ";
            }
            _ => return Some(Ok(buf)),
        }
    }
}
