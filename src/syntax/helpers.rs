//! Grammar actions: every LALRPOP action is a one-liner calling one of these. They build AST
//! nodes with their spans, validate assignment targets, parameter and argument lists with
//! CPython's messages, and bound the nesting depth of what they build (so nothing downstream
//! can overflow the stack walking the tree).

use super::ast::*;
use super::error::{Loc, RawError};
use super::fstring;
use super::token::{StrLit, StrValue, Token};
use lalrpop_util::ParseError;
use std::cell::RefCell;
use std::collections::HashMap;

pub type PResult<T> = Result<T, ParseError<usize, Token, RawError>>;

/// Deepest expression (or `elif` chain) the parser builds; deeper input is a SyntaxError.
pub const MAX_DEPTH: u32 = 1000;

/// What a parse produces for each entry point.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub fn user<T>(e: RawError) -> PResult<T> {
    Err(ParseError::User { error: e })
}

fn err_at<T>(msg: impl Into<String>, span: Span) -> PResult<T> {
    user(RawError::at(msg, span.start as usize, span.end as usize))
}

// ---- depth bookkeeping -------------------------------------------------------------------------

thread_local! {
    /// Depth of each built expression, keyed by span (a parent's span always differs from its
    /// children's, except for parentheses, which return the child itself).
    static DEPTHS: RefCell<HashMap<(u32, u32), u32>> = RefCell::new(HashMap::new());
    static ACTIVE: RefCell<u32> = const { RefCell::new(0) };
}

/// Marks the start (`true`) or end of a top-level parse; the outermost one clears the table.
pub fn depth_scope(enter: bool) {
    let outer = ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if enter {
            *a += 1;
            *a == 1
        } else {
            *a = a.saturating_sub(1);
            *a == 0
        }
    });
    if outer {
        DEPTHS.with(|d| {
            let mut d = d.borrow_mut();
            d.clear();
            d.shrink_to(1024);
        });
    }
}

fn depth(e: &Expr) -> u32 {
    DEPTHS.with(|d| {
        d.borrow()
            .get(&(e.span.start, e.span.end))
            .copied()
            .unwrap_or(1)
    })
}

fn max_depth<'a>(es: impl IntoIterator<Item = &'a Expr>) -> u32 {
    es.into_iter().map(depth).max().unwrap_or(0)
}

/// Builds an expression whose deepest child has depth `child`.
fn mk(kind: ExprKind, l: usize, r: usize, child: u32) -> PResult<Expr> {
    let d = child + 1;
    if d > MAX_DEPTH {
        return user(RawError::at("too many nested expressions", l, r.max(l + 1)));
    }
    let span = Span::new(l, r);
    if d > 1 {
        DEPTHS.with(|m| m.borrow_mut().insert((span.start, span.end), d));
    }
    Ok(Expr::new(kind, span))
}

// ---- small builders ---------------------------------------------------------------------------

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt::new(kind, Span::new(l, r))
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn flatten(v: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    v.into_iter().flatten().collect()
}

pub fn leaf(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr::new(kind, Span::new(l, r))
}

pub fn constant(c: Constant, l: usize, r: usize) -> Expr {
    leaf(ExprKind::Constant(c), l, r)
}

pub fn bin(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&a).max(depth(&b));
    mk(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
        d,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&e);
    mk(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
        d,
    )
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> PResult<Expr> {
    if rest.is_empty() {
        return Ok(first);
    }
    let mut values = vec![first];
    values.extend(rest);
    let d = max_depth(&values);
    mk(ExprKind::BoolOp { op, values }, l, r, d)
}

pub fn compare(first: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> PResult<Expr> {
    if rest.is_empty() {
        return Ok(first);
    }
    let (ops, comparators): (Vec<_>, Vec<_>) = rest.into_iter().unzip();
    let d = depth(&first).max(max_depth(&comparators));
    mk(
        ExprKind::Compare {
            left: Box::new(first),
            ops,
            comparators,
        },
        l,
        r,
        d,
    )
}

pub fn ifexp(body: Expr, test: Expr, orelse: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&body).max(depth(&test)).max(depth(&orelse));
    mk(
        ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        },
        l,
        r,
        d,
    )
}

pub fn named(target: Expr, value: Expr, l: usize, r: usize) -> PResult<Expr> {
    let ExprKind::Name(name) = target.kind else {
        return err_at(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.span,
        );
    };
    let d = depth(&value);
    mk(
        ExprKind::NamedExpr {
            target: name,
            value: Box::new(value),
        },
        l,
        r,
        d,
    )
}

pub fn starred(e: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&e);
    mk(ExprKind::Starred(Box::new(e)), l, r, d)
}

pub fn attribute(value: Expr, attr: String, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&value);
    mk(
        ExprKind::Attribute {
            value: Box::new(value),
            attr,
        },
        l,
        r,
        d,
    )
}

pub fn subscript(value: Expr, index: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&value).max(depth(&index));
    mk(
        ExprKind::Subscript {
            value: Box::new(value),
            index: Box::new(index),
        },
        l,
        r,
        d,
    )
}

/// The index of a subscription: one entry as itself, several (or a trailing comma) as a tuple.
pub fn index(items: (Vec<Expr>, bool), l: usize, r: usize) -> PResult<Expr> {
    let (mut v, trailing) = items;
    if v.len() == 1 && !trailing {
        return Ok(v
            .pop()
            .unwrap_or_else(|| leaf(ExprKind::Tuple(vec![]), l, r)));
    }
    let d = max_depth(&v);
    mk(ExprKind::Tuple(v), l, r, d)
}

pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Option<Expr>>,
    l: usize,
    r: usize,
) -> PResult<Expr> {
    let step = step.flatten();
    let d = max_depth(lower.iter().chain(upper.iter()).chain(step.iter()));
    mk(
        ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        },
        l,
        r,
        d,
    )
}

/// A parenthesised list: `(x)` is `x`, `(x,)` and `(x, y)` are tuples; `(*x)` is an error.
pub fn paren(items: (Vec<Expr>, bool), l: usize, r: usize) -> PResult<Expr> {
    let (mut v, trailing) = items;
    if v.len() == 1 && !trailing {
        let e = v
            .pop()
            .unwrap_or_else(|| leaf(ExprKind::Tuple(vec![]), l, r));
        if let ExprKind::Starred(_) = e.kind {
            return err_at("cannot use starred expression here", e.span);
        }
        return Ok(e);
    }
    tuple(v, l, r)
}

pub fn tuple(v: Vec<Expr>, l: usize, r: usize) -> PResult<Expr> {
    let d = max_depth(&v);
    mk(ExprKind::Tuple(v), l, r, d)
}

/// `a, b` or `a,` without parentheses.
pub fn bare_tuple(v: Vec<Expr>, last: Option<Expr>, l: usize, r: usize) -> PResult<Expr> {
    tuple(push_opt(v, last), l, r)
}

pub fn list(items: Option<(Vec<Expr>, bool)>, l: usize, r: usize) -> PResult<Expr> {
    let v = items.map(|i| i.0).unwrap_or_default();
    let d = max_depth(&v);
    mk(ExprKind::List(v), l, r, d)
}

pub fn set(items: (Vec<Expr>, bool), l: usize, r: usize) -> PResult<Expr> {
    let d = max_depth(&items.0);
    mk(ExprKind::Set(items.0), l, r, d)
}

/// A dict display's entries (a `None` key is a `**mapping` unpacking).
pub type DictItems = Vec<(Option<Expr>, Expr)>;

pub fn dict(items: Option<(DictItems, bool)>, l: usize, r: usize) -> PResult<Expr> {
    let items = items.map(|i| i.0).unwrap_or_default();
    let d = items
        .iter()
        .map(|(k, v)| k.as_ref().map(depth).unwrap_or(0).max(depth(v)))
        .max()
        .unwrap_or(0);
    let (keys, values) = items.into_iter().unzip();
    mk(ExprKind::Dict { keys, values }, l, r, d)
}

fn comp_depth(gens: &[Comprehension]) -> u32 {
    gens.iter()
        .map(|g| depth(&g.target).max(depth(&g.iter)).max(max_depth(&g.ifs)))
        .max()
        .unwrap_or(0)
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<Comprehension> {
    check_target(&target, Ctx::For)?;
    Ok(Comprehension { target, iter, ifs })
}

pub enum CompKind {
    List,
    Set,
    Gen,
}

pub fn comp(
    kind: CompKind,
    elt: Expr,
    gens: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> PResult<Expr> {
    if let ExprKind::Starred(_) = elt.kind {
        let what = match kind {
            CompKind::Gen => "generator",
            _ => "comprehension",
        };
        let _ = what;
        return err_at(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        );
    }
    let d = depth(&elt).max(comp_depth(&gens));
    let elt = Box::new(elt);
    let kind = match kind {
        CompKind::List => ExprKind::ListComp {
            elt,
            generators: gens,
        },
        CompKind::Set => ExprKind::SetComp {
            elt,
            generators: gens,
        },
        CompKind::Gen => ExprKind::GeneratorExp {
            elt,
            generators: gens,
        },
    };
    mk(kind, l, r, d)
}

pub fn dict_comp(
    key: Expr,
    value: Expr,
    gens: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> PResult<Expr> {
    let d = depth(&key).max(depth(&value)).max(comp_depth(&gens));
    mk(
        ExprKind::DictComp {
            key: Box::new(key),
            value: Box::new(value),
            generators: gens,
        },
        l,
        r,
        d,
    )
}

pub fn yield_expr(value: Option<Expr>, l: usize, r: usize) -> PResult<Expr> {
    let d = value.as_ref().map(depth).unwrap_or(0);
    mk(ExprKind::Yield(value.map(Box::new)), l, r, d)
}

pub fn yield_from(value: Expr, l: usize, r: usize) -> PResult<Expr> {
    let d = depth(&value);
    mk(ExprKind::YieldFrom(Box::new(value)), l, r, d)
}

/// Adjacent string literals: one `str`/`bytes` constant, or an f-string when any part is one.
pub fn strings(src: &str, parts: Vec<StrLit>, l: usize, r: usize) -> PResult<Expr> {
    let n_bytes = parts
        .iter()
        .filter(|p| matches!(p.value, StrValue::Bytes(_)))
        .count();
    if n_bytes > 0 && n_bytes < parts.len() {
        let line_start = src[..r].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = src[line_start..r].chars().count() + 1;
        let _ = l;
        return user(RawError::new(
            "cannot mix bytes and nonbytes literals",
            Loc::Col(r, col),
        ));
    }
    if n_bytes > 0 {
        let mut out = Vec::new();
        for p in parts {
            if let StrValue::Bytes(b) = p.value {
                out.extend(b);
            }
        }
        return Ok(constant(Constant::Bytes(out), l, r));
    }
    if !parts.iter().any(|p| matches!(p.value, StrValue::F { .. })) {
        let mut out = String::new();
        for p in parts {
            if let StrValue::Str(s) = p.value {
                out.push_str(&s);
            }
        }
        return Ok(constant(Constant::Str(out), l, r));
    }
    let mut out: Vec<FStringPart> = Vec::new();
    let mut d = 0;
    for p in parts {
        match p.value {
            StrValue::Str(s) => fstring::push_literal(&mut out, s),
            StrValue::F { raw, start, end } => {
                let ps = fstring::parse(src, raw, start, end, p.end)
                    .map_err(|e| ParseError::User { error: e })?;
                d = d.max(fstring::parts_depth(&ps, &depth));
                for part in ps {
                    match part {
                        FStringPart::Literal(s) => fstring::push_literal(&mut out, s),
                        other => out.push(other),
                    }
                }
            }
            StrValue::Bytes(_) => {}
        }
    }
    mk(ExprKind::FString(out), l, r, d)
}

// ---- calls -----------------------------------------------------------------------------------

pub enum ArgItem {
    Pos(Expr),
    /// A bare generator expression argument: `f(x for x in y)`.
    Gen(Expr),
    Kw(Expr, Expr, usize, usize),
    Star(Expr, usize, usize),
    DStar(Expr, usize, usize),
}

pub fn gen_arg(elt: Expr, gens: Vec<Comprehension>, l: usize, r: usize) -> PResult<ArgItem> {
    Ok(ArgItem::Gen(comp(CompKind::Gen, elt, gens, l, r)?))
}

/// Splits a call's argument list into positional arguments and keywords, checking order.
pub fn call_args(items: Vec<ArgItem>, close: usize) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            ArgItem::Gen(e) if n > 1 => {
                return err_at("Generator expression must be parenthesized", e.span);
            }
            ArgItem::Pos(e) | ArgItem::Gen(e) => {
                if seen_dstar {
                    return user(RawError::at(
                        "positional argument follows keyword argument unpacking",
                        close,
                        close + 1,
                    ));
                }
                if seen_kw {
                    return user(RawError::at(
                        "positional argument follows keyword argument",
                        close,
                        close + 1,
                    ));
                }
                args.push(e);
            }
            ArgItem::Star(e, l, r) => {
                if seen_dstar {
                    let _ = r;
                    return user(RawError::at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        l,
                        l + 1,
                    ));
                }
                args.push(starred(e, l, r)?);
            }
            ArgItem::Kw(k, v, l, r) => {
                let name = match k.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(Constant::Bool(_) | Constant::None) => {
                        return err_at(format!("cannot assign to {}", expr_name(&k)), k.span);
                    }
                    _ => {
                        return user(RawError::at(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            l,
                            v.span.start as usize,
                        ))
                    }
                };
                if keywords.iter().any(|kw| kw.arg.as_deref() == Some(&name)) {
                    return user(RawError::at(
                        format!("keyword argument repeated: {name}"),
                        k.span.start as usize,
                        k.span.end as usize,
                    ));
                }
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(name),
                    value: v,
                    span: Span::new(l, r),
                });
            }
            ArgItem::DStar(e, l, r) => {
                seen_dstar = true;
                keywords.push(Keyword {
                    arg: None,
                    value: e,
                    span: Span::new(l, r),
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> PResult<Expr> {
    let (args, keywords) = call_args(items, r.saturating_sub(1))?;
    let d = depth(&func)
        .max(max_depth(&args))
        .max(max_depth(keywords.iter().map(|k| &k.value)));
    mk(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
        d,
    )
}

// ---- parameters ------------------------------------------------------------------------------

pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Star(Option<Arg>, usize, usize),
    DStar(Arg),
    Slash(usize, usize),
}

pub fn arg(name: String, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        name,
        annotation,
        span: Span::new(l, r),
    }
}

/// Arranges a flat parameter list into `Arguments`, with CPython's checks and messages.
pub fn arguments(items: Vec<ParamItem>) -> PResult<Arguments> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let n = items.len();
    let mut names: Vec<String> = Vec::new();
    let mut check_dup = |arg: &Arg| -> PResult<()> {
        if names.contains(&arg.name) {
            return err_at(
                format!("duplicate argument '{}' in function definition", arg.name),
                arg.span,
            );
        }
        names.push(arg.name.clone());
        Ok(())
    };
    for (i, item) in items.into_iter().enumerate() {
        if a.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(arg, _) | ParamItem::DStar(arg) => arg.span,
                ParamItem::Star(_, l, r) | ParamItem::Slash(l, r) => Span::new(*l, *r),
            };
            return err_at("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Slash(l, r) => {
                if seen_slash {
                    return user(RawError::at("/ may appear only once", l, r));
                }
                if seen_star {
                    return user(RawError::at("/ must be ahead of *", l, r));
                }
                if a.args.is_empty() {
                    return user(RawError::at("at least one argument must precede /", l, r));
                }
                seen_slash = true;
                a.posonly = std::mem::take(&mut a.args);
            }
            ParamItem::Plain(arg, default) => {
                check_dup(&arg)?;
                if seen_star {
                    a.kwonly.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return err_at(
                                "non-default argument follows default argument",
                                arg.span,
                            );
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Star(arg, l, r) => {
                if seen_star {
                    return user(RawError::at("* argument may appear only once", l, r));
                }
                seen_star = true;
                if arg.is_none() && (i + 1 == n) {
                    return user(RawError::at("named arguments must follow bare *", l, r));
                }
                if let Some(arg) = &arg {
                    check_dup(arg)?;
                }
                a.vararg = arg;
            }
            ParamItem::DStar(arg) => {
                check_dup(&arg)?;
                a.kwarg = Some(arg);
            }
        }
    }
    Ok(a)
}

fn args_depth(a: &Arguments) -> u32 {
    let anns = a
        .posonly
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonly)
        .chain(&a.kwarg)
        .filter_map(|p| p.annotation.as_ref());
    max_depth(anns)
        .max(max_depth(&a.defaults))
        .max(max_depth(a.kw_defaults.iter().flatten()))
}

pub fn lambda(params: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> PResult<Expr> {
    let args = arguments(params)?;
    let d = depth(&body).max(args_depth(&args));
    mk(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
        d,
    )
}

// ---- statements ------------------------------------------------------------------------------

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> PResult<Stmt> {
    if let ExprKind::Starred(_) = e.kind {
        return err_at("can't use starred expression here", e.span);
    }
    Ok(stmt(StmtKind::Expr(e), l, r))
}

fn check_value(e: &Expr) -> PResult<()> {
    if let ExprKind::Starred(_) = e.kind {
        return err_at("can't use starred expression here", e.span);
    }
    Ok(())
}

pub fn assign(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    let mut targets = vec![first];
    targets.extend(rest);
    let value = targets
        .pop()
        .unwrap_or_else(|| leaf(ExprKind::Tuple(vec![]), l, r));
    check_value(&value)?;
    let n = targets.len();
    for (i, t) in targets.iter().enumerate() {
        let maybe = n == 1 && i == 0 && value_is_bitwise_or(&value);
        check_target(t, Ctx::Assign { maybe })?;
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

fn value_is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Lambda { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, l: usize, r: usize) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return err_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
                target.span,
            )
        }
    }
    check_value(&value)?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return err_at(
                "only single target (not tuple) can be annotated",
                target.span,
            )
        }
        ExprKind::List(_) => {
            return err_at(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return err_at("illegal target for annotation", target.span),
    }
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

pub fn delete(targets: (Vec<Expr>, bool), l: usize, r: usize) -> PResult<Stmt> {
    let targets = targets.0;
    for t in &targets {
        check_target(t, Ctx::Del)?;
    }
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

pub fn raise(e: Option<(Expr, Option<Expr>)>, l: usize, r: usize) -> Stmt {
    let (exc, cause) = match e {
        Some((e, c)) => (Some(e), c),
        None => (None, None),
    };
    stmt(StmtKind::Raise { exc, cause }, l, r)
}

pub fn dotted(first: String, rest: Vec<String>) -> String {
    let mut s = first;
    for r in rest {
        s.push('.');
        s.push_str(&r);
    }
    s
}

pub fn alias(name: String, asname: Option<String>, l: usize, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: Span::new(l, r),
    }
}

pub fn import_from(
    dots: Vec<u32>,
    module: Option<String>,
    names: Vec<Alias>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    let level: u32 = dots.iter().sum();
    if level == 0 && module.is_none() {
        return user(RawError::at("invalid syntax", l, r));
    }
    Ok(stmt(
        StmtKind::ImportFrom {
            module,
            names,
            level,
        },
        l,
        r,
    ))
}

fn body_end(body: &[Stmt], fallback: usize) -> usize {
    body.last().map(|s| s.span.end as usize).unwrap_or(fallback)
}

pub type Elif = (usize, Expr, Vec<Stmt>);

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Elif>,
    orelse: Option<Vec<Stmt>>,
) -> PResult<Stmt> {
    if elifs.len() as u32 >= MAX_DEPTH {
        return user(RawError::at("too many nested expressions", l, l + 2));
    }
    let mut orelse = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let end = body_end(&orelse, body_end(&b, t.span.end as usize));
        let s = stmt(
            StmtKind::If {
                test: t,
                body: b,
                orelse,
            },
            el,
            end,
        );
        orelse = vec![s];
    }
    let end = body_end(&orelse, body_end(&body, test.span.end as usize));
    Ok(stmt(StmtKind::If { test, body, orelse }, l, end))
}

pub fn while_stmt(l: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = body_end(&orelse, body_end(&body, test.span.end as usize));
    stmt(StmtKind::While { test, body, orelse }, l, end)
}

pub fn for_stmt(
    l: usize,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> PResult<Stmt> {
    check_target(&target, Ctx::For)?;
    let orelse = orelse.unwrap_or_default();
    let end = body_end(&orelse, body_end(&body, iter.span.end as usize));
    Ok(stmt(
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
        l,
        end,
    ))
}

pub fn handler(typ: Option<(Expr, Option<String>)>, body: Vec<Stmt>, l: usize) -> ExceptHandler {
    let (typ, name) = match typ {
        Some((t, n)) => (Some(t), n),
        None => (None, None),
    };
    let end = body_end(&body, l + 6);
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, end),
    }
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    r: usize,
) -> PResult<Stmt> {
    if handlers.is_empty() && finalbody.is_none() {
        return user(RawError::new(
            "expected 'except' or 'finally' block",
            Loc::Line(r.saturating_sub(1)),
        ));
    }
    for (i, h) in handlers.iter().enumerate() {
        if h.typ.is_none() && i + 1 < handlers.len() {
            return user(RawError::at(
                "default 'except:' must be last",
                h.span.start as usize,
                h.span.start as usize + 6,
            ));
        }
    }
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let end = body_end(
        &finalbody,
        body_end(
            &orelse,
            handlers
                .last()
                .map(|h| h.span.end as usize)
                .unwrap_or(body_end(&body, l + 3)),
        ),
    );
    Ok(stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        end,
    ))
}

pub fn with_item(context: Expr, target: Option<Expr>) -> PResult<WithItem> {
    if let Some(t) = &target {
        check_target(t, Ctx::For)?;
    }
    Ok(WithItem { context, target })
}

pub fn with_stmt(l: usize, items: Vec<WithItem>, body: Vec<Stmt>) -> Stmt {
    let end = body_end(&body, l + 4);
    stmt(StmtKind::With { items, body }, l, end)
}

pub fn funcdef(
    l: usize,
    name: String,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let args = arguments(params)?;
    let end = body_end(&body, l + 3);
    Ok(stmt(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            args,
            body,
            decorators: vec![],
            returns,
        })),
        l,
        end,
    ))
}

pub fn classdef(
    l: usize,
    name: String,
    args: Option<Vec<ArgItem>>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let (bases, keywords) = call_args(args.unwrap_or_default(), l)?;
    let end = body_end(&body, l + 5);
    Ok(stmt(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: vec![],
        })),
        l,
        end,
    ))
}

pub fn decorated(decorators: Vec<(usize, Expr)>, mut s: Stmt) -> Stmt {
    if let Some((l, _)) = decorators.first() {
        s.span.start = *l as u32;
    }
    let decs = decorators.into_iter().map(|(_, e)| e).collect();
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decs,
        StmtKind::ClassDef(c) => c.decorators = decs,
        _ => {}
    }
    s
}

// ---- assignment targets ----------------------------------------------------------------------

#[derive(Clone, Copy)]
pub enum Ctx {
    /// `=`; `maybe` adds CPython's "Maybe you meant '=='" hint for the last target.
    Assign {
        maybe: bool,
    },
    For,
    Del,
}

/// CPython's name for an expression kind in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether CPython's `invalid_named_expression` rule (which adds the "Maybe you meant '=='"
/// hint) would match this target.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

pub fn check_target(t: &Expr, ctx: Ctx) -> PResult<()> {
    if let (ExprKind::Starred(_), Ctx::Assign { .. }) = (&t.kind, ctx) {
        return err_at(
            "starred assignment target must be in a list or tuple",
            t.span,
        );
    }
    check_target_inner(t, ctx, t.span.end)
}

fn check_target_inner(t: &Expr, ctx: Ctx, outer_end: u32) -> PResult<()> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(v) | ExprKind::List(v) => {
            let stars = v
                .iter()
                .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 && !matches!(ctx, Ctx::Del) {
                return err_at("multiple starred expressions in assignment", t.span);
            }
            for e in v {
                check_target_inner(e, ctx, outer_end)?;
            }
            Ok(())
        }
        ExprKind::Starred(inner) if !matches!(ctx, Ctx::Del) => {
            check_target_inner(inner, ctx, outer_end)
        }
        _ => {
            let name = expr_name(t);
            let msg = match ctx {
                Ctx::Del => format!("cannot delete {name}"),
                Ctx::Assign { maybe: true }
                    if t.span.end == outer_end && is_bitwise_or_level(t) =>
                {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {name}"),
            };
            err_at(msg, t.span)
        }
    }
}
