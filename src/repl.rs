//! The interactive REPL (rustyline): multi-line blocks, echo of expression values, history.

use crate::driver::Options;

/// Runs the REPL until EOF; returns the exit code.
pub fn run(_opts: Options) -> i32 {
    eprintln!("pyrs: the REPL is not available yet; run a file instead");
    2
}
