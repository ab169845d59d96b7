//! The `pyrs` command line: run a file, `-c`, `-m`, or open the REPL.

fn main() {}
