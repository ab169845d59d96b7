//! The bytecode printer (`pyrs --dump=bc`): a `dis`-like listing of a code object and,
//! recursively, of every nested code constant. Guarantees: one line per instruction with its
//! source line (when it changes), index, jump-target marker, raw operand and resolved meaning;
//! output is deterministic.

use super::bytecode::{CodeKind, CodeObject, Const, Instr};
use super::verify::jump_target;
use std::fmt::Write;

/// Python-style repr of a constant (code objects as `<code NAME, line N>`).
pub(crate) fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{:.1}", f)
            } else {
                format!("{}", f)
            }
        }
        Const::Imag(f) => format!("{}j", f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}, line {}>", code.qualname, code.first_line),
    }
}

/// Python's `repr` of a str (quote choice and escapes as CPython does for common cases).
fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn cell_name(code: &CodeObject, i: u32) -> String {
    let i = i as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .map(|s| s.to_string())
        .unwrap_or_else(|| "?".into())
}

fn get<T: std::fmt::Display>(v: &[T], i: u32) -> String {
    v.get(i as usize)
        .map(|x| x.to_string())
        .unwrap_or_else(|| "?".into())
}

/// Operation name, raw operand and resolved operand of one instruction.
pub(crate) fn parts(code: &CodeObject, ins: &Instr) -> (String, String, String) {
    use Instr::*;
    let dbg = format!("{:?}", ins);
    let op = dbg.split(['(', ' ']).next().unwrap_or("").to_string();
    let (raw, resolved) = match *ins {
        LoadConst(k) => (
            k.to_string(),
            code.consts
                .get(k as usize)
                .map(const_repr)
                .unwrap_or_else(|| "?".into()),
        ),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => (i.to_string(), get(&code.varnames, i)),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            (i.to_string(), cell_name(code, i))
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => (i.to_string(), get(&code.names, i)),
        ImportLeaf { name, level } => (
            format!("{}, {}", name, level),
            format!("{}, level {}", get(&code.names, name), level),
        ),
        BinaryOp(op) | InplaceOp(op) => (String::new(), op.symbol().to_string()),
        CompareOp(k) => (String::new(), format!("{:?}", k)),
        UnaryOp(k) => (String::new(), format!("{:?}", k)),
        IsOp(b) | ContainsOp(b) => ((b as u32).to_string(), String::new()),
        UnpackEx { before, after } => (format!("{}, {}", before, after), String::new()),
        MakeFunction(f) => {
            let mut names = Vec::new();
            if f & 1 != 0 {
                names.push("defaults");
            }
            if f & 2 != 0 {
                names.push("kwdefaults");
            }
            if f & 8 != 0 {
                names.push("closure");
            }
            (format!("{:#04x}", f), names.join(", "))
        }
        FormatValue(f) => {
            let conv = ["", "!s", "!r", "!a"][(f & 3) as usize];
            let spec = if f & 4 != 0 { "with spec" } else { "" };
            (
                f.to_string(),
                format!("{}{}", conv, spec).trim().to_string(),
            )
        }
        _ => {
            if let Some(t) = jump_target(ins) {
                (t.to_string(), format!("to {}", t))
            } else {
                // Plain counts (CallFunction(2), BuildTuple(3), ...) or no operand.
                let raw = dbg
                    .find('(')
                    .map(|p| dbg[p + 1..dbg.len() - 1].to_string())
                    .unwrap_or_default();
                (raw, String::new())
            }
        }
    };
    (op, raw, resolved)
}

/// The listing of `code` and its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let kind = match code.kind {
        CodeKind::Module => "module",
        CodeKind::ClassBody => "class body",
        CodeKind::Function => "function",
    };
    let _ = writeln!(
        out,
        "Disassembly of {} ({}, {}:{}):",
        code.qualname, kind, code.source.name, code.first_line
    );
    let mut flags = Vec::new();
    if code.is_generator {
        flags.push("generator".to_string());
    }
    if code.kind == CodeKind::Function {
        flags.push(format!(
            "args={} posonly={} kwonly={}{}{}",
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            if code.has_varargs { " *args" } else { "" },
            if code.has_varkw { " **kwargs" } else { "" }
        ));
    }
    flags.push(format!("max_stack={}", code.max_stack));
    let _ = writeln!(out, "  {}", flags.join(" "));
    let lists = [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ];
    for (label, list) in lists {
        if !list.is_empty() {
            let names: Vec<&str> = list.iter().map(|s| &**s).collect();
            let _ = writeln!(out, "  {}: {}", label, names.join(", "));
        }
    }
    let targets: std::collections::HashSet<u32> =
        code.instrs.iter().filter_map(jump_target).collect();
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let line_col = if line != last_line {
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            ""
        };
        let (op, raw, resolved) = parts(code, ins);
        let mut text = format!("{:>5} {:>3}{:>5} {:<20} {}", line_col, mark, i, op, raw);
        if !resolved.is_empty() {
            let _ = write!(text, " ({})", resolved);
        }
        let _ = writeln!(out, "{}", text.trim_end());
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_one(inner, out);
        }
    }
}
