//! The CPU JIT: type inference from a function's AST to typed IR (`infer`, `tir`, `types`),
//! prange outlining on typed IR with its rayon runtime (`parallel`), and Cranelift lowering
//! of typed IR to native code (`clif`), entered through the checked
//! ABI of `abi`. Invariant: `tir` and `infer` know nothing of Cranelift; only `clif` does, so
//! another backend (PTX) can consume the same typed IR.

pub mod abi;
pub mod clif;
pub mod infer;
pub mod parallel;
pub mod print;
pub mod raise;
pub mod tir;
pub mod types;
pub mod ufunc_loop;

use crate::syntax::ast;

/// Finds the definition of the function named `name` whose `def` (or first decorator) is on
/// 1-based `line` of a parsed module, searching nested blocks, functions and classes.
pub fn find_def<'a>(
    body: &'a [ast::Stmt],
    name: &str,
    line: usize,
    line_of: &dyn Fn(u32) -> usize,
) -> Option<&'a ast::FunctionDef> {
    for s in body {
        let found = match &s.kind {
            ast::StmtKind::FunctionDef(f) => {
                let first = f
                    .decorators
                    .first()
                    .map(|d| line_of(d.span.start))
                    .unwrap_or(usize::MAX)
                    .min(line_of(s.span.start));
                let def_line = line_of(s.span.start);
                if f.name == name && (first == line || def_line == line) {
                    return Some(f);
                }
                find_def(&f.body, name, line, line_of)
            }
            ast::StmtKind::ClassDef(c) => find_def(&c.body, name, line, line_of),
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => find_def(body, name, line, line_of)
                .or_else(|| find_def(orelse, name, line, line_of)),
            ast::StmtKind::With { body, .. } => find_def(body, name, line, line_of),
            ast::StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => find_def(body, name, line, line_of)
                .or_else(|| {
                    handlers
                        .iter()
                        .find_map(|h| find_def(&h.body, name, line, line_of))
                })
                .or_else(|| find_def(orelse, name, line, line_of))
                .or_else(|| find_def(finalbody, name, line, line_of)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
