//! Statement code generation: assignment forms, control flow, exception handling and `with`,
//! imports, and the unwinding of `return`/`break`/`continue` through enclosing frame blocks.
//! Guarantees: every path out of a `SetupExcept` region pops its block exactly once, every
//! handler ends in `PopExcept` or `Reraise`, and cleanup runs innermost first.

use super::bytecode::{Const, Instr};
use super::codegen::{err, Compiler, Ctx, FBlock, R};
use super::Mode;
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R {
        self.set_span(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.set_span(s.span);
                if self.mode == Mode::Single && self.scope().parent.is_none() {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.set_span(s.span);
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.check_target(target)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, orelse_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.set_span(s.span);
                    self.emit(Instr::Jump(end));
                }
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.jump_if(test, false, orelse_l)?;
                self.u().fblocks.push(FBlock::While { start, end });
                self.stmts(body)?;
                self.u().fblocks.pop();
                self.set_span(s.span);
                self.emit(Instr::Jump(start));
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.set_span(s.span);
                self.emit(Instr::GetIter);
                self.bind(start);
                self.emit(Instr::ForIter(cleanup));
                self.store(target)?;
                self.u().fblocks.push(FBlock::For { start, end });
                self.stmts(body)?;
                self.u().fblocks.pop();
                self.set_span(s.span);
                self.emit(Instr::Jump(start));
                self.bind(cleanup);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Return(v) => {
                if !self.scope().kind.is_function() {
                    return Err(err("'return' outside function", s.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_span(s.span);
                self.unwind_all(true)?;
                self.set_span(s.span);
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                self.set_span(test.span);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_span(test.span);
                    self.emit(Instr::CallFunction(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(ok);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_span(s.span);
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body } => self.with(s, items, body, 0)?,
            StmtKind::Import(aliases) => {
                // CPython 3.11 locates every import instruction at the whole statement, so a
                // failing import's traceback carets cover the statement (or are omitted).
                self.set_span(s.span);
                for a in aliases {
                    let n = self.add_name(&a.name);
                    match &a.asname {
                        Some(asname) => {
                            self.emit(Instr::ImportLeaf { name: n, level: 0 });
                            self.name_op(asname, Ctx::Store);
                        }
                        None => {
                            self.emit(Instr::ImportName(n));
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.set_span(s.span);
                let n = self.add_name(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportLeaf {
                    name: n,
                    level: *level,
                });
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let n = self.add_name(&a.name);
                        self.emit(Instr::ImportFrom(n));
                        self.name_op(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store);
                    }
                    self.set_span(s.span);
                    self.emit(Instr::Pop);
                }
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_span(target.span);
                self.name_op(n, Ctx::Load);
                self.expr(value)?;
                self.set_span(s.span);
                self.emit(Instr::InplaceOp(op));
                self.set_span(target.span);
                self.name_op(n, Ctx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.set_span(target.span);
                let i = self.attr_name(attr);
                self.emit(Instr::Dup);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.set_span(s.span);
                self.emit(Instr::InplaceOp(op));
                self.set_span(target.span);
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.set_span(target.span);
                self.emit(Instr::DupTop2);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.set_span(s.span);
                self.emit(Instr::InplaceOp(op));
                self.set_span(target.span);
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(target)
                    ),
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// Validates an assignment target without emitting code (annotated targets without value).
    fn check_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } | ExprKind::Name(_) => Ok(()),
            _ => Err(err("illegal target for annotation", t.span)),
        }
    }

    /// Stores the value on top of the stack into `t`.
    pub fn store(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => {
                self.set_span(t.span);
                self.name_op(n, Ctx::Store);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(t.span);
                let i = self.attr_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_span(t.span);
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                self.set_span(t.span);
                match stars.as_slice() {
                    [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                    [i] => {
                        let before = *i;
                        let after = elts.len() - i - 1;
                        if before >= 256 || after >= (1 << 24) {
                            return Err(err(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        }
                        self.emit(Instr::UnpackEx {
                            before: before as u16,
                            after: after as u16,
                        })
                    }
                    _ => {
                        return Err(err(
                            "multiple starred expressions in assignment",
                            elts[stars[1]].span,
                        ))
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return Err(err(format!("cannot assign to {}", describe(t)), t.span)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => {
                self.set_span(t.span);
                self.name_op(n, Ctx::Del);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(t.span);
                let i = self.attr_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_span(t.span);
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(err(format!("cannot delete {}", describe(t)), t.span)),
        }
        Ok(())
    }

    // ----- exceptions ----------------------------------------------------------------------

    /// `SetupExcept(H); body; PopBlock; orelse; Jump END; H: [exc] clauses...; Reraise; END:`
    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let handler = self.new_label();
        let end = self.new_label();
        self.set_span(s.span);
        self.emit(Instr::SetupExcept(handler));
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.set_span(s.span);
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.set_span(s.span);
        self.emit(Instr::Jump(end));
        self.bind(handler);
        for (i, h) in handlers.iter().enumerate() {
            let next = self.new_label();
            self.set_span(h.span);
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.set_span(h.span);
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next));
                }
                None if i + 1 < handlers.len() => {
                    return Err(err("default 'except:' must be last", h.span));
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store);
                    let cleanup = self.new_label();
                    self.emit(Instr::SetupExcept(cleanup));
                    self.u().fblocks.push(FBlock::Handler {
                        name: Some(name),
                        has_block: true,
                    });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.set_span(h.span);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name);
                    self.emit(Instr::Jump(end));
                    // The body raised: `name = None; del name`, then propagate.
                    self.bind(cleanup);
                    self.clear_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::Pop);
                    self.u().fblocks.push(FBlock::Handler {
                        name: None,
                        has_block: false,
                    });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.set_span(h.span);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end));
                }
            }
            self.bind(next);
        }
        self.set_span(s.span);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` (CPython's cleanup of an `except ... as name` target).
    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.name_op(name, Ctx::Store);
        self.name_op(name, Ctx::Del);
    }

    /// `SetupExcept(F); <try/except or body>; PopBlock; finalbody; Jump END;
    ///  F: [exc] finalbody; Reraise; END:`
    fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let fin = self.new_label();
        let end = self.new_label();
        self.set_span(s.span);
        self.emit(Instr::SetupExcept(fin));
        self.u().fblocks.push(FBlock::Finally { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        self.u().fblocks.pop();
        self.set_span(s.span);
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.set_span(s.span);
        self.emit(Instr::Jump(end));
        self.bind(fin);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.u().fblocks.pop();
        self.set_span(s.span);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `<ctx>; BeforeWith; SetupWith(H); <store or Pop>; body; PopBlock; exit(None x3); Pop;
    /// Jump END; H: [exit, exc] WithExceptStart; PopJumpIfTrue S; Reraise;
    /// S: Pop; Pop; PopExcept; END:`
    fn with(&mut self, s: &'a Stmt, items: &'a [WithItem], body: &'a [Stmt], i: usize) -> R {
        let item = &items[i];
        let handler = self.new_label();
        let swallow = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.set_span(s.span);
        self.emit(Instr::BeforeWith);
        self.emit(Instr::SetupWith(handler));
        match &item.target {
            Some(t) => self.store(t)?,
            None => self.emit(Instr::Pop),
        }
        self.set_span(s.span);
        self.u().fblocks.push(FBlock::With);
        if i + 1 < items.len() {
            self.with(s, items, body, i + 1)?;
        } else {
            self.stmts(body)?;
        }
        self.u().fblocks.pop();
        self.set_span(s.span);
        self.emit(Instr::PopBlock);
        self.call_exit_none();
        self.emit(Instr::Jump(end));
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::PopJumpIfTrue(swallow));
        self.emit(Instr::Reraise);
        self.bind(swallow);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.bind(end);
        Ok(())
    }

    /// [exit] -> []: `exit(None, None, None)`, result discarded.
    fn call_exit_none(&mut self) {
        self.load_const(Const::None);
        self.emit(Instr::Dup);
        self.emit(Instr::Dup);
        self.emit(Instr::CallFunction(3));
        self.emit(Instr::Pop);
    }

    // ----- unwinding -----------------------------------------------------------------------

    /// Emits the cleanup of one frame block being left by return/break/continue. The block is
    /// already removed from the frame-block stack (so a `return` inside an inlined `finally`
    /// body does not run that body again). With `preserve_tos`, a return value is on top.
    fn unwind(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> R {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::Finally { body } => {
                self.emit(Instr::PopBlock);
                let span = self.u().span;
                self.stmts(body)?;
                self.set_span(span);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler { name, has_block } => {
                if has_block {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.call_exit_none();
            }
        }
        Ok(())
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> R {
        let saved = self.u().fblocks.clone();
        while let Some(fb) = self.u().fblocks.pop() {
            if let Err(e) = self.unwind(fb, preserve_tos) {
                self.u().fblocks = saved;
                return Err(e);
            }
        }
        self.u().fblocks = saved;
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> R {
        let saved = self.u().fblocks.clone();
        let result = (|| loop {
            match self.u().fblocks.pop() {
                None => {
                    return Err(err(
                        if is_break {
                            "'break' outside loop"
                        } else {
                            "'continue' not properly in loop"
                        },
                        span,
                    ))
                }
                Some(FBlock::While { start, end }) => {
                    self.set_span(span);
                    self.emit(Instr::Jump(if is_break { end } else { start }));
                    return Ok(());
                }
                Some(FBlock::For { start, end }) => {
                    self.set_span(span);
                    if is_break {
                        self.emit(Instr::Pop);
                        self.emit(Instr::Jump(end));
                    } else {
                        self.emit(Instr::Jump(start));
                    }
                    return Ok(());
                }
                Some(fb) => {
                    self.set_span(span);
                    self.unwind(fb, false)?;
                }
            }
        })();
        self.u().fblocks = saved;
        result
    }
}

/// CPython's wording for an expression that cannot be assigned to or deleted.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}
