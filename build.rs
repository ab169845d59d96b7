//! Generates the LALRPOP parser from grammar/pyrs.lalrpop into OUT_DIR.
fn main() {
    println!("cargo:rerun-if-changed=grammar/pyrs.lalrpop");
    if let Err(e) = lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR"))
        .emit_rerun_directives(false)
        .process()
    {
        panic!("lalrpop failed: {e}");
    }
}
