//! Expression code generation: constants, names, operators, short-circuit and chained
//! comparisons, conditional jumps, displays with `*`/`**` entries, calls (plain, keyword,
//! `*args`/`**kw`, method calls, zero-argument `super()`), f-strings, yield and walrus.
//! Guarantees: each expression leaves exactly one value on the stack, and the instruction that
//! can fail carries the span of the expression that performs it.

use super::bytecode::{CmpKind, Const, Instr, UnaryKind};
use super::codegen::{err, to_const, Compiler, Ctx, Label, R};
use super::symtable::{mangle, CompKind, ScopeKind, Sym};
use crate::syntax::ast::*;
use std::collections::HashSet;

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(to_const(c)),
            ExprKind::Name(n) => self.name_op(n, Ctx::Load),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(end),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(end),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.name_op(target, Ctx::Store);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant(c) = &operand.kind {
                        let folded = match c {
                            Constant::Int(i) => Some(to_const(&Constant::Int(-i))),
                            Constant::Float(f) => Some(Const::Float(-f)),
                            _ => None,
                        };
                        if let Some(k) = folded {
                            self.load_const(k);
                            return Ok(());
                        }
                    }
                }
                self.expr(operand)?;
                self.emit(Instr::UnaryOp(match op {
                    UnaryOp::Invert => UnaryKind::Invert,
                    UnaryOp::Not => UnaryKind::Not,
                    UnaryOp::UAdd => UnaryKind::Pos,
                    UnaryOp::USub => UnaryKind::Neg,
                }));
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Instr::Jump(end));
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elts) => self.sequence_display(elts, Seq::Set)?,
            ExprKind::List(elts) => self.sequence_display(elts, Seq::List)?,
            ExprKind::Tuple(elts) => {
                if !elts.is_empty() && elts.iter().all(|x| matches!(x.kind, ExprKind::Constant(_)))
                {
                    let items = elts
                        .iter()
                        .map(|x| match &x.kind {
                            ExprKind::Constant(c) => to_const(c),
                            _ => unreachable!(),
                        })
                        .collect();
                    self.load_const(Const::Tuple(items));
                } else {
                    self.sequence_display(elts, Seq::Tuple)?
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                self.check_yield(e.span)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.span)?;
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(err("can't use starred expression here", e.span));
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, span: Span) -> R {
        if self.scope().kind.is_function() {
            Ok(())
        } else {
            Err(err("'yield' outside function", span))
        }
    }

    /// Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`); falls through otherwise.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps on false as soon as one is false; on true only if all are.
                let is_and = *op == BoolOp::And;
                let (first, last) = values.split_at(values.len() - 1);
                if is_and != cond {
                    for v in first {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(&last[0], cond, target)?;
                } else {
                    let skip = self.new_label();
                    for v in first {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(&last[0], cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Constant(c) => {
                let truthy = match c {
                    Constant::None => Some(false),
                    Constant::Bool(b) => Some(*b),
                    Constant::Int(i) => Some(*i != 0.into()),
                    Constant::Str(s) => Some(!s.is_empty()),
                    _ => None,
                };
                if let Some(t) = truthy {
                    if t == cond {
                        let saved = self.set_span(e.span);
                        self.emit(Instr::Jump(target));
                        self.set_span(saved);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        let saved = self.set_span(e.span);
        self.emit(if cond {
            Instr::PopJumpIfTrue(target)
        } else {
            Instr::PopJumpIfFalse(target)
        });
        self.set_span(saved);
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instr::CompareOp(CmpKind::Eq),
            CmpOp::NotEq => Instr::CompareOp(CmpKind::Ne),
            CmpOp::Lt => Instr::CompareOp(CmpKind::Lt),
            CmpOp::LtE => Instr::CompareOp(CmpKind::Le),
            CmpOp::Gt => Instr::CompareOp(CmpKind::Gt),
            CmpOp::GtE => Instr::CompareOp(CmpKind::Ge),
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
        });
    }

    /// `a < b < c`: `a; b; Dup; Rot3; <; JumpIfFalseOrPop C; c; <; Jump E; C: Rot2; Pop; E:`
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> R {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comps[0])?;
            self.cmp_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let n = ops.len();
        for i in 0..n - 1 {
            self.expr(&comps[i])?;
            self.emit(Instr::Dup);
            self.emit(Instr::Rot3);
            self.cmp_op(ops[i]);
            self.emit(Instr::JumpIfFalseOrPop(cleanup));
        }
        self.expr(&comps[n - 1])?;
        self.cmp_op(ops[n - 1]);
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: Seq) -> R {
        let star = elts
            .iter()
            .position(|x| matches!(x.kind, ExprKind::Starred(_)));
        let Some(first_star) = star else {
            for x in elts {
                self.expr(x)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        };
        for x in &elts[..first_star] {
            self.expr(x)?;
        }
        let n = first_star as u32;
        self.emit(match kind {
            Seq::Set => Instr::BuildSet(n),
            _ => Instr::BuildList(n),
        });
        for x in &elts[first_star..] {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetUpdate(1),
                        _ => Instr::ListExtend(1),
                    });
                }
                _ => {
                    self.expr(x)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let mut have_dict = false;
        let mut pending = 0;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        _e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        let plain =
            keywords.is_empty() && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if plain {
            if let ExprKind::Name(n) = &func.kind {
                if n == "super" && args.is_empty() && self.zero_arg_super() {
                    return Ok(());
                }
            }
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let saved = self.set_span(func.span);
                let i = self.attr_name(attr);
                self.emit(Instr::LoadMethod(i));
                self.set_span(saved);
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_args(0, args, keywords)
    }

    /// `super()` in a method: `super(__class__, <first parameter>)`. Returns false (emitting
    /// nothing) when the rewrite does not apply.
    fn zero_arg_super(&mut self) -> bool {
        let sc = self.scope();
        let ok = sc.kind.is_function()
            && !matches!(sc.kind, ScopeKind::Comprehension(_))
            && sc.sym("__class__") == Sym::Free
            && sc.sym(&mangle(sc.private.as_deref(), "super")) == Sym::GlobalImplicit
            && !sc.params.is_empty()
            && self.first_param_positional();
        if !ok {
            return false;
        }
        self.name_op("super", Ctx::Load);
        let i = self.deref_index("__class__");
        self.emit(Instr::LoadDeref(i));
        let first = sc.params[0].clone();
        self.name_op(&first, Ctx::Load);
        self.emit(Instr::CallFunction(2));
        true
    }

    /// Emits the call of the callable under `pre` already-pushed positional arguments.
    pub fn call_args(&mut self, pre: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return Err(err(format!("keyword argument repeated: {}", name), k.span));
                }
            }
        }
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = pre + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallFunction(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names = keywords
                    .iter()
                    .map(|k| Const::Str(k.arg.as_deref().unwrap_or("").into()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallFunctionKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        if has_star {
            let lead = args
                .iter()
                .position(|a| matches!(a.kind, ExprKind::Starred(_)))
                .unwrap();
            for a in &args[..lead] {
                self.expr(a)?;
            }
            self.emit(Instr::BuildList(pre + lead as u32));
            for a in &args[lead..] {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Instr::BuildTuple(pre + args.len() as u32));
        }
        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(0));
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
        }
        self.emit(Instr::CallFunctionEx(1));
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> R {
        // Merge adjacent literal text (including `{x=}` debug text) first.
        enum Piece<'b> {
            Text(String),
            Field(&'b FStringPart),
        }
        let mut pieces: Vec<Piece> = Vec::new();
        let push_text = |pieces: &mut Vec<Piece>, t: &str| {
            if let Some(Piece::Text(s)) = pieces.last_mut() {
                s.push_str(t);
            } else {
                pieces.push(Piece::Text(t.to_string()));
            }
        };
        for p in parts {
            match p {
                FStringPart::Literal(s) => push_text(&mut pieces, s),
                FStringPart::Expr { debug_text, .. } => {
                    if let Some(d) = debug_text {
                        push_text(&mut pieces, d);
                    }
                    pieces.push(Piece::Field(p));
                }
            }
        }
        pieces.retain(|p| !matches!(p, Piece::Text(s) if s.is_empty()));
        if pieces.is_empty() {
            self.load_str("");
            return Ok(());
        }
        let n = pieces.len() as u32;
        for p in pieces {
            match p {
                Piece::Text(s) => self.load_str(&s),
                Piece::Field(FStringPart::Expr {
                    expr,
                    conversion,
                    format_spec,
                    debug_text,
                }) => {
                    self.expr(expr)?;
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        None if debug_text.is_some() && format_spec.is_none() => 2,
                        _ => 0,
                    };
                    let mut flags = conv;
                    if let Some(spec) = format_spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                }
                Piece::Field(_) => unreachable!(),
            }
        }
        if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    /// `super()` needs a positional first parameter (`self`/`cls`), as CPython does.
    fn first_param_positional(&self) -> bool {
        self.current_argcount() > 0
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    Tuple,
    List,
    Set,
}
