//! `pyrs --dump=tokens|ast|bc FILE`: prints the front end's output for a file.

/// Prints the requested IR and returns the exit code.
pub fn dump(kind: &str, file: &str) -> i32 {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pyrs: can't open file '{file}': {e}");
            return 2;
        }
    };
    match kind {
        "tokens" => match crate::syntax::tokenize(&text, file) {
            Ok(toks) => {
                for (s, t, e) in toks {
                    println!("{s}..{e} {t:?}");
                }
                0
            }
            Err(e) => {
                eprint!("{}", e.render());
                1
            }
        },
        "ast" => match crate::syntax::parse_module(&text, file) {
            Ok(m) => {
                println!("{m:#?}");
                0
            }
            Err(e) => {
                eprint!("{}", e.render());
                1
            }
        },
        "bc" => {
            let source =
                std::sync::Arc::new(crate::syntax::lines::SourceFile::new(file, text.clone()));
            match crate::syntax::parse_module(&text, file) {
                Ok(m) => match crate::compiler::compile(&m, source, crate::compiler::Mode::Exec) {
                    Ok(co) => {
                        print!("{}", crate::compiler::disassemble(&co));
                        0
                    }
                    Err(e) => {
                        eprintln!("SyntaxError: {}", e.msg);
                        1
                    }
                },
                Err(e) => {
                    eprint!("{}", e.render());
                    1
                }
            }
        }
        other => {
            eprintln!("pyrs: unknown --dump kind '{other}' (expected tokens, ast or bc)");
            2
        }
    }
}
