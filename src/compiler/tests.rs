//! Compiler unit tests: hand-built ASTs (a tiny builder DSL stands in for the parser), checked
//! by the shape of the emitted instructions and by the stack verifier on every code object.

use super::bytecode::{CodeObject, Const};
use super::*;
use crate::syntax::ast::*;
use std::sync::Arc;

// ----- AST builders ------------------------------------------------------------------------

/// The test source: 200 empty lines, so `line(n)` spans map to line numbers.
fn source() -> Arc<SourceFile> {
    Arc::new(SourceFile::new("<test>", "\n".repeat(200)))
}
fn line(n: usize) -> Span {
    Span::new(n - 1, n - 1)
}
fn e(kind: ExprKind) -> Expr {
    Expr::new(kind, line(1))
}
fn st(kind: StmtKind) -> Stmt {
    Stmt::new(kind, line(1))
}
fn on(n: usize, mut s: Stmt) -> Stmt {
    s.span = line(n);
    s
}
fn eon(n: usize, mut x: Expr) -> Expr {
    x.span = line(n);
    x
}
fn n(s: &str) -> Expr {
    e(ExprKind::Name(s.into()))
}
fn int(i: i64) -> Expr {
    e(ExprKind::Constant(Constant::Int(i.into())))
}
fn s(v: &str) -> Expr {
    e(ExprKind::Constant(Constant::Str(v.into())))
}
fn none() -> Expr {
    e(ExprKind::Constant(Constant::None))
}
fn attr(v: Expr, a: &str) -> Expr {
    e(ExprKind::Attribute {
        value: Box::new(v),
        attr: a.into(),
    })
}
fn sub(v: Expr, i: Expr) -> Expr {
    e(ExprKind::Subscript {
        value: Box::new(v),
        index: Box::new(i),
    })
}
fn call(f: Expr, args: Vec<Expr>) -> Expr {
    callk(f, args, vec![])
}
fn callk(f: Expr, args: Vec<Expr>, kws: Vec<(Option<&str>, Expr)>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: kws
            .into_iter()
            .map(|(k, v)| Keyword {
                arg: k.map(|s| s.to_string()),
                value: v,
                span: line(1),
            })
            .collect(),
    })
}
fn bin(l: Expr, op: BinOp, r: Expr) -> Expr {
    e(ExprKind::BinOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}
fn cmp(l: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    e(ExprKind::Compare {
        left: Box::new(l),
        ops,
        comparators,
    })
}
fn tuple(v: Vec<Expr>) -> Expr {
    e(ExprKind::Tuple(v))
}
fn list(v: Vec<Expr>) -> Expr {
    e(ExprKind::List(v))
}
fn star(x: Expr) -> Expr {
    e(ExprKind::Starred(Box::new(x)))
}
fn gen(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Comprehension {
    Comprehension { target, iter, ifs }
}
fn listcomp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    e(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: gens,
    })
}
fn genexp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    e(ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators: gens,
    })
}
fn lambda(params: &[&str], body: Expr) -> Expr {
    e(ExprKind::Lambda {
        args: Box::new(params_of(params)),
        body: Box::new(body),
    })
}
fn yld(x: Expr) -> Expr {
    e(ExprKind::Yield(Some(Box::new(x))))
}
fn walrus(t: &str, v: Expr) -> Expr {
    e(ExprKind::NamedExpr {
        target: t.into(),
        value: Box::new(v),
    })
}
fn params_of(names: &[&str]) -> Arguments {
    Arguments {
        args: names
            .iter()
            .map(|p| Arg {
                name: p.to_string(),
                annotation: None,
                span: line(1),
            })
            .collect(),
        ..Default::default()
    }
}
fn expr_s(x: Expr) -> Stmt {
    st(StmtKind::Expr(x))
}
fn assign(t: Expr, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}
fn aug(t: Expr, op: BinOp, v: Expr) -> Stmt {
    st(StmtKind::AugAssign {
        target: t,
        op,
        value: v,
    })
}
fn ret(x: Expr) -> Stmt {
    st(StmtKind::Return(Some(x)))
}
fn def(name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    def_args(name, params_of(params), body, vec![])
}
fn def_args(name: &str, args: Arguments, body: Vec<Stmt>, decorators: Vec<Expr>) -> Stmt {
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: name.into(),
        args,
        body,
        decorators,
        returns: None,
    })))
}
fn class(name: &str, bases: Vec<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.into(),
        bases,
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}
fn for_(t: Expr, iter: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target: t,
        iter,
        body,
        orelse: vec![],
    })
}
fn while_(test: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::While {
        test,
        body,
        orelse: vec![],
    })
}
fn if_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::If { test, body, orelse })
}
fn try_(body: Vec<Stmt>, handlers: Vec<ExceptHandler>, fin: Vec<Stmt>) -> Stmt {
    st(StmtKind::Try {
        body,
        handlers,
        orelse: vec![],
        finalbody: fin,
    })
}
fn handler(typ: Option<Expr>, name: Option<&str>, body: Vec<Stmt>) -> ExceptHandler {
    ExceptHandler {
        typ,
        name: name.map(|s| s.to_string()),
        body,
        span: line(1),
    }
}
fn with_(ctx: Expr, target: Option<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::With {
        items: vec![WithItem {
            context: ctx,
            target,
        }],
        body,
    })
}
fn brk() -> Stmt {
    st(StmtKind::Break)
}
fn cont() -> Stmt {
    st(StmtKind::Continue)
}
fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

// ----- helpers -------------------------------------------------------------------------------

fn compile_mode(m: &Module, mode: Mode) -> Arc<CodeObject> {
    let code = compile(m, source(), mode).unwrap_or_else(|e| panic!("compile error: {:?}", e));
    if let Err(e) = verify(&code) {
        panic!("verify failed: {}\n{}", e, disassemble(&code));
    }
    code
}
fn comp(body: Vec<Stmt>) -> Arc<CodeObject> {
    compile_mode(&module(body), Mode::Exec)
}
fn comp_err(body: Vec<Stmt>) -> String {
    match compile(&module(body), source(), Mode::Exec) {
        Ok(c) => panic!("expected an error, got\n{}", disassemble(&c)),
        Err(e) => e.msg,
    }
}

/// The nested code object with this qualname (depth-first).
fn find(code: &Arc<CodeObject>, qualname: &str) -> Arc<CodeObject> {
    fn go(c: &Arc<CodeObject>, q: &str) -> Option<Arc<CodeObject>> {
        if &*c.qualname == q {
            return Some(c.clone());
        }
        c.consts.iter().find_map(|k| match k {
            Const::Code(inner) => go(inner, q),
            _ => None,
        })
    }
    go(code, qualname).unwrap_or_else(|| panic!("no code {}\n{}", qualname, disassemble(code)))
}

/// Compact instruction texts: `LoadFast x`, `CallFunction 2`, `Jump` (targets omitted).
fn ops(code: &CodeObject) -> Vec<String> {
    code.instrs
        .iter()
        .map(|i| {
            let (op, raw, resolved) = dis::parts(code, i);
            if verify::jump_target(i).is_some() {
                op
            } else if !resolved.is_empty() {
                format!("{} {}", op, resolved)
            } else if !raw.is_empty() {
                format!("{} {}", op, raw)
            } else {
                op
            }
        })
        .collect()
}

/// Asserts that `want` occurs as a contiguous run of `ops(code)`.
#[track_caller]
fn has(code: &CodeObject, want: &[&str]) {
    let got = ops(code);
    let ok = got
        .windows(want.len())
        .any(|w| w.iter().zip(want).all(|(a, b)| a == b));
    assert!(ok, "expected run {:?} in\n{}", want, disassemble(code));
}

// ----- tests ---------------------------------------------------------------------------------

#[test]
fn function_with_defaults_and_call() {
    let mut args = params_of(&["a", "b"]);
    args.defaults = vec![int(1)];
    let code = comp(vec![
        def_args(
            "f",
            args,
            vec![ret(bin(n("a"), BinOp::Add, n("b")))],
            vec![],
        ),
        expr_s(call(n("f"), vec![int(2)])),
    ]);
    has(
        &code,
        &[
            "LoadConst 1",
            "BuildTuple 1",
            "LoadConst <code f, line 1>",
            "MakeFunction defaults",
            "StoreName f",
            "LoadName f",
            "LoadConst 2",
            "CallFunction 1",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let f = find(&code, "f");
    assert_eq!(f.argcount, 2);
    has(
        &f,
        &["LoadFast a", "LoadFast b", "BinaryOp +", "ReturnValue"],
    );
}

#[test]
fn closures_cells_and_nonlocal() {
    let code = comp(vec![def(
        "outer",
        &["p"],
        vec![
            assign(n("x"), int(1)),
            def(
                "inner",
                &[],
                vec![
                    st(StmtKind::Nonlocal(vec!["x".into()])),
                    aug(n("x"), BinOp::Add, n("p")),
                    ret(n("x")),
                ],
            ),
            ret(n("inner")),
        ],
    )]);
    let outer = find(&code, "outer");
    assert_eq!(
        outer.cellvars.iter().map(|s| &**s).collect::<Vec<_>>(),
        ["p", "x"]
    );
    // The parameter `p` is a cell: copied in first.
    has(&outer, &["LoadFast p", "StoreDeref p"]);
    has(&outer, &["LoadConst 1", "StoreDeref x"]);
    has(
        &outer,
        &[
            "LoadClosure p",
            "LoadClosure x",
            "BuildTuple 2",
            "LoadConst <code outer.<locals>.inner, line 1>",
            "MakeFunction closure",
            "StoreFast inner",
        ],
    );
    let inner = find(&code, "outer.<locals>.inner");
    has(
        &inner,
        &[
            "LoadDeref x",
            "LoadDeref p",
            "InplaceOp +",
            "StoreDeref x",
            "LoadDeref x",
            "ReturnValue",
        ],
    );
}

#[test]
fn class_with_zero_arg_super() {
    let code = comp(vec![class(
        "C",
        vec![n("B")],
        vec![
            assign(n("attr"), int(1)),
            def(
                "m",
                &["self"],
                vec![ret(call(attr(call(n("super"), vec![]), "m"), vec![]))],
            ),
        ],
    )]);
    has(
        &code,
        &[
            "LoadBuildClass",
            "LoadConst <code C, line 1>",
            "MakeFunction 0x00",
            "LoadConst 'C'",
            "LoadName B",
            "CallFunction 3",
            "StoreName C",
        ],
    );
    let body = find(&code, "C");
    has(
        &body,
        &[
            "LoadName __name__",
            "StoreName __module__",
            "LoadConst 'C'",
            "StoreName __qualname__",
        ],
    );
    has(
        &body,
        &[
            "LoadClosure __class__",
            "BuildTuple 1",
            "LoadConst <code C.m, line 1>",
            "MakeFunction closure",
            "StoreName m",
            "LoadClosure __class__",
            "StoreName __classcell__",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let m = find(&code, "C.m");
    assert_eq!(&*m.freevars[0], "__class__");
    has(
        &m,
        &[
            "LoadGlobal super",
            "LoadDeref __class__",
            "LoadFast self",
            "CallFunction 2",
            "LoadMethod m",
            "CallMethod 0",
            "ReturnValue",
        ],
    );
}

#[test]
fn class_body_free_vars_and_private_names() {
    // def f(): x = 1; class C: y = x; def g(self): return self.__p + x
    let code = comp(vec![def(
        "f",
        &[],
        vec![
            assign(n("x"), int(1)),
            class(
                "C",
                vec![],
                vec![
                    assign(n("y"), n("x")),
                    def(
                        "g",
                        &["self"],
                        vec![ret(bin(attr(n("self"), "__p"), BinOp::Add, n("x")))],
                    ),
                ],
            ),
        ],
    )]);
    let c = find(&code, "f.<locals>.C");
    has(&c, &["LoadClassDeref x", "StoreName y"]);
    let g = find(&code, "f.<locals>.C.g");
    has(&g, &["LoadFast self", "LoadAttr _C__p", "LoadDeref x"]);
}

#[test]
fn try_finally_return_in_loop() {
    // def f(xs):
    //     for x in xs:
    //         try: return x
    //         finally: print(x)
    let code = comp(vec![def(
        "f",
        &["xs"],
        vec![for_(
            n("x"),
            n("xs"),
            vec![try_(
                vec![ret(n("x"))],
                vec![],
                vec![expr_s(call(n("print"), vec![n("x")]))],
            )],
        )],
    )]);
    let f = find(&code, "f");
    has(
        &f,
        &[
            "SetupExcept",
            "LoadFast x",
            "PopBlock",
            "LoadGlobal print",
            "LoadFast x",
            "CallFunction 1",
            "Pop",
            "Rot2",
            "Pop",
            "ReturnValue",
        ],
    );
    // The exceptional copy of the final body ends in Reraise.
    has(&f, &["CallFunction 1", "Pop", "Reraise"]);
}

#[test]
fn try_except_as_name_and_break_in_handler() {
    // for x in xs:
    //     try: f()
    //     except E as e: break
    //     except: pass
    let code = comp(vec![for_(
        n("x"),
        n("xs"),
        vec![try_(
            vec![expr_s(call(n("f"), vec![]))],
            vec![
                handler(Some(n("E")), Some("e"), vec![brk()]),
                handler(None, None, vec![st(StmtKind::Pass)]),
            ],
            vec![],
        )],
    )]);
    has(
        &code,
        &[
            "LoadName E",
            "CheckExcMatch",
            "PopJumpIfFalse",
            "StoreName e",
            "SetupExcept",
            // break: leave the cleanup block and the handler, then the loop.
            "PopBlock",
            "PopExcept",
            "LoadConst None",
            "StoreName e",
            "DeleteName e",
            "Pop",
            "Jump",
        ],
    );
    has(&code, &["Pop", "PopExcept", "Jump", "Reraise"]);
}

#[test]
fn with_statement_shape() {
    let code = comp(vec![with_(
        call(n("open"), vec![n("p")]),
        Some(n("fh")),
        vec![expr_s(call(n("g"), vec![n("fh")]))],
    )]);
    has(
        &code,
        &[
            "CallFunction 1",
            "BeforeWith",
            "SetupWith",
            "StoreName fh",
            "LoadName g",
            "LoadName fh",
            "CallFunction 1",
            "Pop",
            "PopBlock",
            "LoadConst None",
            "Dup",
            "Dup",
            "CallFunction 3",
            "Pop",
            "Jump",
            "WithExceptStart",
            "PopJumpIfTrue",
            "Reraise",
            "Pop",
            "Pop",
            "PopExcept",
        ],
    );
}

#[test]
fn return_inside_with_inside_finally_handler() {
    // def f():
    //     with a:
    //         try: pass
    //         finally:
    //             return 1
    //     while True:
    //         try: continue
    //         except E: return 2
    let code = comp(vec![def(
        "f",
        &[],
        vec![
            with_(
                n("a"),
                None,
                vec![try_(vec![st(StmtKind::Pass)], vec![], vec![ret(int(1))])],
            ),
            while_(
                e(ExprKind::Constant(Constant::Bool(true))),
                vec![try_(
                    vec![cont()],
                    vec![handler(Some(n("E")), None, vec![ret(int(2))])],
                    vec![],
                )],
            ),
        ],
    )]);
    let f = find(&code, "f");
    // return 1 in the exceptional finally copy: drop exc, PopExcept, then leave the with.
    has(
        &f,
        &[
            "LoadConst 1",
            "Rot2",
            "Pop",
            "PopExcept",
            "PopBlock",
            "Rot2",
            "LoadConst None",
            "Dup",
            "Dup",
            "CallFunction 3",
            "Pop",
            "ReturnValue",
        ],
    );
    has(&f, &["LoadConst 2", "PopExcept", "ReturnValue"]);
}

#[test]
fn comprehensions() {
    // [x * 2 for x in xs if x]  and  [(a, b) for a in xs for b in a]
    let code = comp(vec![
        expr_s(listcomp(
            bin(n("x"), BinOp::Mult, int(2)),
            vec![gen(n("x"), n("xs"), vec![n("x")])],
        )),
        expr_s(listcomp(
            tuple(vec![n("a"), n("b")]),
            vec![gen(n("a"), n("xs"), vec![]), gen(n("b"), n("a"), vec![])],
        )),
    ]);
    has(
        &code,
        &[
            "LoadConst <code <listcomp>, line 1>",
            "MakeFunction 0x00",
            "LoadName xs",
            "GetIter",
            "CallFunction 1",
            "Pop",
        ],
    );
    let lc = match &code.consts.iter().find(|c| matches!(c, Const::Code(_))) {
        Some(Const::Code(c)) => c.clone(),
        _ => unreachable!(),
    };
    assert_eq!(&*lc.varnames[0], ".0");
    assert_eq!(lc.argcount, 1);
    has(
        &lc,
        &[
            "BuildList 0",
            "LoadFast .0",
            "ForIter",
            "StoreFast x",
            "LoadFast x",
            "PopJumpIfFalse",
            "LoadFast x",
            "LoadConst 2",
            "BinaryOp *",
            "ListAppend 2",
            "Jump",
            "ReturnValue",
        ],
    );
    let nested: Vec<_> = code
        .consts
        .iter()
        .filter_map(|c| match c {
            Const::Code(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    has(&nested[1], &["BuildTuple 2", "ListAppend 3"]);
    has(
        &nested[1],
        &["LoadFast a", "GetIter", "ForIter", "StoreFast b"],
    );
}

#[test]
fn generators_and_genexpr() {
    // def g(xs): yield 1; yield from xs; return (x for x in xs)
    let code = comp(vec![def(
        "g",
        &["xs"],
        vec![
            expr_s(yld(int(1))),
            expr_s(e(ExprKind::YieldFrom(Box::new(n("xs"))))),
            ret(genexp(n("x"), vec![gen(n("x"), n("xs"), vec![])])),
        ],
    )]);
    let g = find(&code, "g");
    assert!(g.is_generator);
    has(&g, &["LoadConst 1", "YieldValue", "Pop"]);
    has(
        &g,
        &[
            "LoadFast xs",
            "GetYieldFromIter",
            "LoadConst None",
            "YieldFrom",
            "Pop",
        ],
    );
    let ge = find(&code, "g.<locals>.<genexpr>");
    assert!(ge.is_generator);
    has(
        &ge,
        &[
            "LoadFast .0",
            "ForIter",
            "StoreFast x",
            "LoadFast x",
            "YieldValue",
            "Pop",
            "Jump",
            "LoadConst None",
            "ReturnValue",
        ],
    );
}

#[test]
fn chained_comparison() {
    let code = comp(vec![assign(
        n("r"),
        cmp(n("a"), vec![(CmpOp::Lt, n("b")), (CmpOp::LtE, n("c"))]),
    )]);
    has(
        &code,
        &[
            "LoadName a",
            "LoadName b",
            "Dup",
            "Rot3",
            "CompareOp Lt",
            "JumpIfFalseOrPop",
            "LoadName c",
            "CompareOp Le",
            "Jump",
            "Rot2",
            "Pop",
            "StoreName r",
        ],
    );
}

#[test]
fn star_unpacking_and_nested_targets() {
    let code = comp(vec![
        assign(tuple(vec![n("a"), star(n("b")), n("c")]), n("xs")),
        assign(
            tuple(vec![
                list(vec![n("p"), n("q")]),
                attr(n("o"), "z"),
                sub(n("d"), int(0)),
            ]),
            n("v"),
        ),
    ]);
    has(
        &code,
        &[
            "LoadName xs",
            "UnpackEx 1, 1",
            "StoreName a",
            "StoreName b",
            "StoreName c",
        ],
    );
    has(
        &code,
        &[
            "UnpackSequence 3",
            "UnpackSequence 2",
            "StoreName p",
            "StoreName q",
            "LoadName o",
            "StoreAttr z",
            "LoadName d",
            "LoadConst 0",
            "StoreSubscr",
        ],
    );
}

#[test]
fn calls_with_star_args_and_keywords() {
    let code = comp(vec![
        expr_s(callk(n("f"), vec![n("a")], vec![(Some("k"), int(1))])),
        expr_s(callk(
            n("f"),
            vec![int(1), star(n("args")), int(2)],
            vec![(Some("k"), int(3)), (None, n("kw")), (Some("j"), int(4))],
        )),
        expr_s(call(attr(n("o"), "m"), vec![n("a"), n("b")])),
    ]);
    has(
        &code,
        &[
            "LoadName f",
            "LoadName a",
            "LoadConst 1",
            "LoadConst ('k',)",
            "CallFunctionKw 2",
        ],
    );
    has(
        &code,
        &[
            "LoadName f",
            "LoadConst 1",
            "BuildList 1",
            "LoadName args",
            "ListExtend 1",
            "LoadConst 2",
            "ListAppend 1",
            "ListToTuple",
            "LoadConst 'k'",
            "LoadConst 3",
            "BuildMap 1",
            "LoadName kw",
            "DictMerge 1",
            "LoadConst 'j'",
            "LoadConst 4",
            "BuildMap 1",
            "DictMerge 1",
            "CallFunctionEx 1",
        ],
    );
    has(
        &code,
        &[
            "LoadName o",
            "LoadMethod m",
            "LoadName a",
            "LoadName b",
            "CallMethod 2",
        ],
    );
}

#[test]
fn augmented_assignment_forms() {
    let code = comp(vec![
        aug(attr(n("o"), "x"), BinOp::Add, int(1)),
        aug(sub(n("d"), n("k")), BinOp::Mult, int(2)),
    ]);
    has(
        &code,
        &[
            "LoadName o",
            "Dup",
            "LoadAttr x",
            "LoadConst 1",
            "InplaceOp +",
            "Rot2",
            "StoreAttr x",
        ],
    );
    has(
        &code,
        &[
            "LoadName d",
            "LoadName k",
            "DupTop2",
            "BinarySubscr",
            "LoadConst 2",
            "InplaceOp *",
            "Rot3",
            "StoreSubscr",
        ],
    );
}

#[test]
fn displays_slices_fstrings() {
    let code = comp(vec![
        assign(n("t"), tuple(vec![int(1), int(2)])),
        assign(n("l"), list(vec![n("a"), star(n("b"))])),
        assign(
            n("d"),
            e(ExprKind::Dict {
                keys: vec![Some(s("k")), None],
                values: vec![int(1), n("m")],
            }),
        ),
        assign(
            n("x"),
            sub(
                n("a"),
                e(ExprKind::Slice {
                    lower: None,
                    upper: Some(Box::new(int(3))),
                    step: None,
                }),
            ),
        ),
        assign(
            n("f"),
            e(ExprKind::FString(vec![
                FStringPart::Literal("v: ".into()),
                FStringPart::Expr {
                    expr: Box::new(n("x")),
                    conversion: None,
                    format_spec: None,
                    debug_text: Some("x=".into()),
                },
                FStringPart::Expr {
                    expr: Box::new(n("y")),
                    conversion: None,
                    format_spec: Some(vec![FStringPart::Literal(">10".into())]),
                    debug_text: None,
                },
            ])),
        ),
    ]);
    has(&code, &["LoadConst (1, 2)", "StoreName t"]);
    has(
        &code,
        &[
            "LoadName a",
            "BuildList 1",
            "LoadName b",
            "ListExtend 1",
            "StoreName l",
        ],
    );
    has(
        &code,
        &[
            "LoadConst 'k'",
            "LoadConst 1",
            "BuildMap 1",
            "LoadName m",
            "DictUpdate 1",
        ],
    );
    has(
        &code,
        &[
            "LoadName a",
            "LoadConst None",
            "LoadConst 3",
            "BuildSlice 2",
            "BinarySubscr",
        ],
    );
    has(
        &code,
        &[
            "LoadConst 'v: x='",
            "LoadName x",
            "FormatValue !r",
            "LoadName y",
            "LoadConst '>10'",
            "FormatValue with spec",
            "BuildString 3",
        ],
    );
}

#[test]
fn walrus_in_comprehension_binds_enclosing_function() {
    // def f(xs): [y := x for x in xs]; return y
    let code = comp(vec![def(
        "f",
        &["xs"],
        vec![
            expr_s(listcomp(
                walrus("y", n("x")),
                vec![gen(n("x"), n("xs"), vec![])],
            )),
            ret(n("y")),
        ],
    )]);
    let f = find(&code, "f");
    assert_eq!(&*f.cellvars[0], "y");
    has(&f, &["LoadDeref y", "ReturnValue"]);
    let lc = find(&code, "f.<locals>.<listcomp>");
    has(&lc, &["LoadFast x", "Dup", "StoreDeref y", "ListAppend 2"]);
}

#[test]
fn globals_lambdas_decorators_imports() {
    let code = comp(vec![
        def(
            "f",
            &[],
            vec![
                st(StmtKind::Global(vec!["g".into()])),
                assign(n("g"), lambda(&["a"], bin(n("a"), BinOp::Add, n("h")))),
            ],
        ),
        on(
            3,
            def_args(
                "d",
                params_of(&[]),
                vec![st(StmtKind::Pass)],
                vec![eon(2, n("deco1")), eon(3, n("deco2"))],
            ),
        ),
        st(StmtKind::Import(vec![Alias {
            name: "a.b.c".into(),
            asname: None,
            span: line(1),
        }])),
        st(StmtKind::Import(vec![Alias {
            name: "a.b".into(),
            asname: Some("ab".into()),
            span: line(1),
        }])),
        st(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias {
                name: "x".into(),
                asname: Some("y".into()),
                span: line(1),
            }],
            level: 1,
        }),
    ]);
    let f = find(&code, "f");
    has(&f, &["MakeFunction 0x00", "StoreGlobal g"]);
    let lam = find(&code, "f.<locals>.<lambda>");
    has(
        &lam,
        &["LoadFast a", "LoadGlobal h", "BinaryOp +", "ReturnValue"],
    );
    // Decorators: evaluated first, applied innermost first; first_line is the first decorator.
    has(
        &code,
        &[
            "LoadName deco1",
            "LoadName deco2",
            "LoadConst <code d, line 2>",
            "MakeFunction 0x00",
            "CallFunction 1",
            "CallFunction 1",
            "StoreName d",
        ],
    );
    has(&code, &["ImportName a.b.c", "StoreName a"]);
    has(&code, &["ImportLeaf a.b, level 0", "StoreName ab"]);
    has(
        &code,
        &[
            "ImportLeaf m, level 1",
            "ImportFrom x",
            "StoreName y",
            "Pop",
        ],
    );
}

#[test]
fn assert_raise_and_locations() {
    let code = comp(vec![
        on(
            2,
            st(StmtKind::Assert {
                test: eon(2, n("ok")),
                msg: Some(eon(2, s("bad"))),
            }),
        ),
        on(
            4,
            expr_s(eon(4, call(eon(4, n("f")), vec![eon(5, n("a"))]))),
        ),
        on(
            6,
            st(StmtKind::Raise {
                exc: Some(eon(6, n("E"))),
                cause: Some(eon(6, none())),
            }),
        ),
    ]);
    has(
        &code,
        &[
            "LoadName ok",
            "PopJumpIfTrue",
            "LoadAssertionError",
            "LoadConst 'bad'",
            "CallFunction 1",
            "Raise 1",
        ],
    );
    has(&code, &["LoadName E", "LoadConst None", "Raise 2"]);
    let ops = ops(&code);
    let i = ops.iter().position(|o| o == "LoadName a").unwrap();
    assert_eq!(code.line_of(i), 5);
    assert_eq!(
        code.line_of(i + 1),
        4,
        "CallFunction carries the Call's line"
    );
}

#[test]
fn eval_and_single_modes() {
    let m = module(vec![expr_s(bin(n("a"), BinOp::Add, int(1)))]);
    let code = compile_mode(&m, Mode::Eval);
    assert_eq!(
        ops(&code),
        ["LoadName a", "LoadConst 1", "BinaryOp +", "ReturnValue"]
    );
    let code = compile_mode(&m, Mode::Single);
    has(
        &code,
        &["BinaryOp +", "PrintExpr", "LoadConst None", "ReturnValue"],
    );
}

#[test]
fn docstrings() {
    let code = comp(vec![
        expr_s(s("mod doc")),
        def("f", &[], vec![expr_s(s("f doc")), ret(int(1))]),
    ]);
    has(&code, &["LoadConst 'mod doc'", "StoreName __doc__"]);
    let f = find(&code, "f");
    assert!(matches!(&f.consts[0], Const::Str(s) if &**s == "f doc"));
}

#[test]
fn max_stack_is_computed() {
    let code = comp(vec![expr_s(call(
        n("f"),
        vec![
            n("a"),
            bin(n("b"), BinOp::Add, bin(n("c"), BinOp::Mult, n("d"))),
        ],
    ))]);
    assert_eq!(code.max_stack, 5);
}

#[test]
fn compile_errors() {
    let cases: Vec<(Vec<Stmt>, &str)> = vec![
        (vec![ret(int(1))], "'return' outside function"),
        (vec![brk()], "'break' outside loop"),
        (
            vec![while_(n("x"), vec![def("f", &[], vec![cont()])])],
            "'continue' not properly in loop",
        ),
        (
            vec![st(StmtKind::Nonlocal(vec!["x".into()]))],
            "nonlocal declaration not allowed at module level",
        ),
        (
            vec![def(
                "f",
                &[],
                vec![st(StmtKind::Nonlocal(vec!["x".into()]))],
            )],
            "no binding for nonlocal 'x' found",
        ),
        (
            vec![def(
                "f",
                &["x"],
                vec![st(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is parameter and global",
        ),
        (
            vec![def(
                "f",
                &[],
                vec![expr_s(n("x")), st(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is used prior to global declaration",
        ),
        (vec![expr_s(yld(int(1)))], "'yield' outside function"),
        (
            vec![def(
                "f",
                &[],
                vec![expr_s(listcomp(
                    yld(n("x")),
                    vec![gen(n("x"), n("y"), vec![])],
                ))],
            )],
            "'yield' inside list comprehension",
        ),
        (
            vec![assign(star(n("a")), n("b"))],
            "starred assignment target must be in a list or tuple",
        ),
        (
            vec![assign(tuple(vec![star(n("a")), star(n("b"))]), n("c"))],
            "multiple starred expressions in assignment",
        ),
        (
            vec![assign(call(n("f"), vec![]), int(1))],
            "cannot assign to function call",
        ),
        (
            vec![expr_s(star(n("a")))],
            "can't use starred expression here",
        ),
    ];
    for (body, want) in cases {
        assert_eq!(comp_err(body), want);
    }
}

#[test]
fn conditions_short_circuit_in_jumps() {
    // if a and not b: x = 1
    // elif c or d: x = 2
    // else: x = 3
    let code = comp(vec![if_(
        e(ExprKind::BoolOp {
            op: BoolOp::And,
            values: vec![
                n("a"),
                e(ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(n("b")),
                }),
            ],
        }),
        vec![assign(n("x"), int(1))],
        vec![if_(
            e(ExprKind::BoolOp {
                op: BoolOp::Or,
                values: vec![n("c"), n("d")],
            }),
            vec![assign(n("x"), int(2))],
            vec![assign(n("x"), int(3))],
        )],
    )]);
    has(
        &code,
        &[
            "LoadName a",
            "PopJumpIfFalse",
            "LoadName b",
            "PopJumpIfTrue",
            "LoadConst 1",
        ],
    );
    has(
        &code,
        &[
            "LoadName c",
            "PopJumpIfTrue",
            "LoadName d",
            "PopJumpIfFalse",
            "LoadConst 2",
        ],
    );
}

/// Every combination of loop / try / handler / finally / with around return, break and
/// continue must verify (consistent depths at joins, blocks popped on every path).
#[test]
fn control_flow_combinations_verify() {
    type Wrap = fn(Vec<Stmt>) -> Stmt;
    let wraps: Vec<(&str, Wrap)> = vec![
        ("for", |b| for_(n("i"), n("xs"), b)),
        ("while", |b| while_(n("c"), b)),
        ("try-except", |b| {
            try_(
                b,
                vec![handler(Some(n("E")), Some("e"), vec![st(StmtKind::Pass)])],
                vec![],
            )
        }),
        ("in-handler", |b| {
            try_(
                vec![st(StmtKind::Pass)],
                vec![handler(Some(n("E")), Some("e"), b)],
                vec![],
            )
        }),
        ("in-bare-handler", |b| {
            try_(
                vec![st(StmtKind::Pass)],
                vec![handler(None, None, b)],
                vec![],
            )
        }),
        ("try-finally", |b| {
            try_(b, vec![], vec![expr_s(call(n("fin"), vec![]))])
        }),
        ("in-finally", |b| try_(vec![st(StmtKind::Pass)], vec![], b)),
        ("with", |b| with_(n("cm"), Some(n("v")), b)),
    ];
    let leaves: Vec<fn() -> Stmt> = vec![|| ret(n("r")), brk, cont];
    let mut count = 0;
    for (_, outer) in &wraps {
        for (_, mid) in &wraps {
            for (_, inner) in &wraps {
                for leaf in &leaves {
                    let body = outer(vec![mid(vec![inner(vec![leaf(), expr_s(n("z"))])])]);
                    // Put everything in a loop inside a generator function, so that every
                    // leaf is legal.
                    let f = def(
                        "f",
                        &["xs"],
                        vec![expr_s(yld(none())), for_(n("j"), n("xs"), vec![body])],
                    );
                    comp(vec![f]);
                    count += 1;
                }
            }
        }
    }
    assert_eq!(count, 8 * 8 * 8 * 3);
}

#[test]
fn verifier_rejects_bad_code() {
    use super::bytecode::Instr;
    assert!(verify::max_depth(&[Instr::Pop, Instr::ReturnValue]).is_err());
    assert!(
        verify::max_depth(&[Instr::LoadConst(0)]).is_err(),
        "falls off the end"
    );
    // Join with different depths.
    let bad = [
        Instr::LoadConst(0),
        Instr::PopJumpIfFalse(3),
        Instr::LoadConst(0),
        Instr::LoadConst(0),
        Instr::ReturnValue,
    ];
    assert!(verify::max_depth(&bad).is_err());
}

#[test]
fn disassembly_lists_nested_code() {
    let code = comp(vec![def("f", &["x"], vec![ret(lambda(&[], n("x")))])]);
    let text = disassemble(&code);
    assert!(
        text.contains("Disassembly of <module> (module, <test>:1):"),
        "{}",
        text
    );
    assert!(
        text.contains("Disassembly of f (function, <test>:1):"),
        "{}",
        text
    );
    assert!(text.contains("Disassembly of f.<locals>.<lambda> (function, <test>:1):"));
    assert!(text.contains("freevars: x"));
    println!("{}", text);
}
