//! The bytecode contract between the compiler and the VM: instructions, constants and code
//! objects. Guarantees: every jump target is an instruction index inside the same code object;
//! `locations` has one source span per instruction; stack effects are as documented on each
//! instruction ("[a, b] -> [c]" lists the top of the stack on the right).

use crate::syntax::ast::{BinOp, Span};
use crate::syntax::lines::SourceFile;
use num_bigint::BigInt;
use std::sync::Arc;

/// Comparison operators of `CompareOp` (rich comparisons only; `is`/`in` have own opcodes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryKind {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. Operands are indices into the code object's tables (`consts`, `names`,
/// `varnames`, cells) or absolute instruction indices (jump targets).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// [a] -> []
    Pop,
    /// [a] -> [a, a]
    Dup,
    /// [a, b] -> [a, b, a, b]
    DupTop2,
    /// [a, b] -> [b, a]
    Rot2,
    /// [a, b, c] -> [c, a, b]
    Rot3,
    /// [a, b, c, d] -> [d, a, b, c]
    Rot4,

    /// [] -> [consts[k]]
    LoadConst(u32),
    /// [] -> [varnames[i]]; UnboundLocalError if unset.
    LoadFast(u32),
    /// [v] -> []
    StoreFast(u32),
    DeleteFast(u32),
    /// Cell slots: `0..cellvars.len()` are this frame's cells, then the free variables.
    /// [] -> [cell contents]; NameError ("free variable ... referenced before assignment") if empty.
    LoadDeref(u32),
    /// [v] -> []
    StoreDeref(u32),
    DeleteDeref(u32),
    /// [] -> [the cell object itself] — used to build closure tuples for `MakeFunction`.
    LoadClosure(u32),
    /// Class bodies only: look up `freevar` in the class namespace first, then in the cell.
    LoadClassDeref(u32),
    /// [] -> [globals[names[i]] or builtins[names[i]]]; NameError if neither.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: locals mapping, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// [obj] -> [obj.names[i]]
    LoadAttr(u32),
    /// [value, obj] -> []   (obj.name = value)
    StoreAttr(u32),
    /// [obj] -> []
    DeleteAttr(u32),
    /// [obj] -> [m1, m2]: two opaque slots consumed by `CallMethod`. Only emitted for
    /// `obj.name(positional args)` with no starred or keyword arguments.
    LoadMethod(u32),
    /// [m1, m2, arg1..argN] -> [result]
    CallMethod(u32),

    /// [a, b] -> [a OP b]
    BinaryOp(BinOp),
    /// [a, b] -> [a OP= b] (tries `__iop__` first, then the binary operator)
    InplaceOp(BinOp),
    /// [a] -> [OP a]
    UnaryOp(UnaryKind),
    /// [a, b] -> [a CMP b]
    CompareOp(CmpKind),
    /// [a, b] -> [a is b] (or `is not` when the flag is true)
    IsOp(bool),
    /// [a, b] -> [a in b] (or `not in` when the flag is true)
    ContainsOp(bool),

    /// [container, index] -> [container[index]]
    BinarySubscr,
    /// [value, container, index] -> []   (container[index] = value)
    StoreSubscr,
    /// [container, index] -> []
    DeleteSubscr,
    /// [start, stop] -> [slice] (argument 2) or [start, stop, step] -> [slice] (argument 3)
    BuildSlice(u32),

    /// Unconditional jump to an absolute instruction index.
    Jump(u32),
    /// [cond] -> []
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// [cond] -> [cond] and jump if false, else [cond] -> []
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    /// [iterable] -> [iterator]
    GetIter,
    /// [iterator] -> [iterator, next] or, when exhausted, [] and jump to the target.
    ForIter(u32),

    /// [a1..aN] -> [(a1, ..., aN)]
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// [k1, v1, ..., kN, vN] -> [{k1: v1, ...}]
    BuildMap(u32),
    /// [s1..sN] -> [s1 + ... + sN] (all str; for f-strings)
    BuildString(u32),
    /// f-string field. Flags: bits 0-1 conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// bit 2 set when a format spec (a str) is on top: [value, spec] -> [str], else [value] -> [str].
    FormatValue(u32),
    /// Comprehension helpers: [..., coll, ...(i-1 more)..., v] -> [..., coll, ...] where `coll`
    /// is the i-th entry from the top *after* popping `v`. `MapAdd` pops [key, value].
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// Star-unpacking in displays and calls: [..., list, ..., iterable] -> [..., list, ...]
    ListExtend(u32),
    SetUpdate(u32),
    /// `{**m}` in a dict display: [..., dict, ..., mapping] -> [..., dict, ...]
    DictUpdate(u32),
    /// `f(**m)`: like DictUpdate but TypeError on duplicate keys
    /// ("f() got multiple values for keyword argument 'k'").
    DictMerge(u32),
    /// [list] -> [tuple]
    ListToTuple,
    /// [seq] -> [item_{n-1}, ..., item_0] (item_0 on top); ValueError on length mismatch.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: [seq] -> [after items..., list, before items...] (first item on top).
    UnpackEx {
        before: u16,
        after: u16,
    },

    /// [func, a1..aN] -> [func(a1..aN)]
    CallFunction(u32),
    /// [func, a1..aN, names] -> [result] where `names` is a tuple of str naming the last
    /// `len(names)` arguments as keywords (N counts all arguments, excluding `names`).
    CallFunctionKw(u32),
    /// [func, args_tuple] -> [result] or with flag 1: [func, args_tuple, kwargs_dict] -> [result]
    CallFunctionEx(u32),
    /// Flags: 0x01 defaults tuple, 0x02 keyword-only defaults dict, 0x08 closure tuple of cells.
    /// [defaults?, kwdefaults?, closure?, code] -> [function]
    MakeFunction(u32),
    /// [] -> [the builtin __build_class__]; then called as
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass,
    /// [] -> [AssertionError]
    LoadAssertionError,

    /// [v] -> returns v from the frame
    ReturnValue,
    /// [v] -> suspends the generator yielding v; on resume [sent value] (None for `next`).
    YieldValue,
    /// [iterable] -> [iterator] (generators/coroutines pass through; others via `iter`)
    GetYieldFromIter,
    /// [subiter, v] -> delegates: sends v to subiter; if it yields y, this frame yields y and on
    /// resume re-executes `YieldFrom` with the sent value in place of v; when subiter returns r:
    /// [] -> [r] and execution continues.
    YieldFrom,

    /// Pushes an exception-handler block: if an exception is raised before the matching
    /// `PopBlock`, the stack is cut back to its depth at setup, the exception is pushed, it
    /// becomes the "handled" exception (sys.exc_info, bare `raise`, implicit `__context__`) and
    /// control goes to the handler. The handler must end with `PopExcept` (exception consumed)
    /// or `Reraise`. Used for try/except, try/finally and with.
    SetupExcept(u32),
    /// `with`: like `SetupExcept`, but the recorded depth excludes the value on top (the
    /// `__enter__` result about to be bound to the `as` target), so an exception raised while
    /// binding the target reaches the handler with [exit, exc] too.
    SetupWith(u32),
    /// Pops the innermost block pushed by `SetupExcept` (leaving the protected region normally).
    PopBlock,
    /// Leaves an exception handler normally: restores the previously handled exception. The
    /// handler's exception value is *not* on the stack any more when this runs (pop or store it).
    PopExcept,
    /// Argument 0: bare `raise` (re-raise the handled exception; RuntimeError "No active exception
    /// to reraise" if none). 1: [exc] -> raise exc. 2: [exc, cause] -> raise exc from cause.
    Raise(u32),
    /// [exc] -> re-raises exc keeping its traceback (end of a handler that did not match, or of
    /// a `finally` reached by an exception).
    Reraise,
    /// [exc, type] -> [exc, isinstance(exc, type)]; `type` may be a tuple; TypeError
    /// ("catching classes that do not inherit from BaseException is not allowed") otherwise.
    CheckExcMatch,
    /// [ctxmgr] -> [bound __exit__, result of __enter__()]
    /// The compiler stores (or pops) the `__enter__` result *before* the `SetupExcept` of the
    /// with-block, so the with-handler is entered with exactly [exit, exc] (see
    /// `WithExceptStart`); an error while binding the `as` target does not call `__exit__`.
    BeforeWith,
    /// In a with-handler: [exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]
    WithExceptStart,

    /// `import a.b.c`: imports a, a.b, a.b.c and pushes the top-level module `a`. [] -> [module]
    ImportName(u32),
    /// Imports `names[name]` relative to the current package by `level` dots (0 = absolute) and
    /// pushes the module itself (the leaf for dotted names). [] -> [module]
    ImportLeaf {
        name: u32,
        level: u32,
    },
    /// [module] -> [module, module.names[i]] (imports submodule `module.name` if needed;
    /// ImportError "cannot import name 'x' from 'm' (path)" otherwise)
    ImportFrom(u32),
    /// [module] -> [] binds every public name of the module in the current namespace.
    ImportStar,

    /// Interactive mode: [v] -> [] prints repr(v) unless v is None, and sets builtins `_`.
    PrintExpr,
}

/// Compile-time constants. `Code` holds nested functions, lambdas, comprehensions, class bodies.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Arc<BigInt>),
    Float(f64),
    Imag(f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Ellipsis,
    Tuple(Vec<Const>),
    Code(Arc<CodeObject>),
}

/// What kind of scope a code object runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Module top level: names live in the globals dict (LoadName/StoreName).
    Module,
    /// A class body: names live in the class namespace; the VM runs it with a fresh dict.
    ClassBody,
    /// `def`, `lambda`, comprehension: fast locals.
    Function,
}

#[derive(Clone, Debug)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// `f`, `<lambda>`, `<listcomp>`, `<genexpr>`, `<module>`, the class name...
    pub name: Arc<str>,
    /// Dotted path like CPython's `__qualname__`: `A.f.<locals>.g`.
    pub qualname: Arc<str>,
    pub source: Arc<SourceFile>,
    /// 1-based line of the `def`/`class`/`lambda` (or 1 for a module).
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// One per instruction: the source span it executes (for tracebacks and errors).
    pub locations: Vec<Span>,
    pub consts: Vec<Const>,
    /// Names for globals, attributes, imports and LoadName/StoreName.
    pub names: Vec<Arc<str>>,
    /// Fast locals: the parameters first (positional-only, positional, keyword-only, then
    /// `*args`, then `**kwargs`), then other locals.
    pub varnames: Vec<Arc<str>>,
    /// Variables of this scope captured by inner scopes. A parameter that is a cell also
    /// appears in `varnames`; the function's first instructions copy it into its cell
    /// (`LoadFast i; StoreDeref j`).
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing scopes, in the order of the closure tuple.
    pub freevars: Vec<Arc<str>>,
    /// Number of positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Contains `yield`: calling it creates a generator.
    pub is_generator: bool,
    /// Upper bound on the value-stack depth (a hint; the VM may grow the stack).
    pub max_stack: u32,
}

impl CodeObject {
    /// 1-based source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> usize {
        match self.locations.get(ip) {
            Some(span) => self.source.lines.line(span.start),
            None => self.first_line as usize,
        }
    }
}
