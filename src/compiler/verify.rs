//! Bytecode verifier (Cranelift-style): simulates stack effects along every control-flow path of
//! a code object and its nested code constants. Guarantees, when `verify` returns `Ok`: every
//! jump target and table operand is in range, the stack depth never goes negative, every join
//! point is reached with one depth and one exception-block depth, and no path falls off the end
//! of the code. `max_depth` is the same pass, used by the compiler to fill `max_stack`.

use super::bytecode::{CodeObject, Const, Instr};

/// The jump target of `instr`, if it has one (mutable, for label resolution).
pub(crate) fn jump_target_mut(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::SetupWith(t) => Some(t),
        _ => None,
    }
}

pub(crate) fn jump_target(instr: &Instr) -> Option<u32> {
    let mut i = *instr;
    jump_target_mut(&mut i).map(|t| *t)
}

/// Stack effect when execution falls through (`jump == false`) or takes the jump.
pub(crate) fn stack_effect(instr: &Instr, jump: bool) -> i32 {
    use Instr::*;
    match *instr {
        Nop | Rot2 | Rot3 | Rot4 => 0,
        Pop => -1,
        Dup => 1,
        DupTop2 => 2,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        CallMethod(n) => -(n as i32) - 1,
        BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        UnaryOp(_) => 0,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BuildSlice(n) => 1 - n as i32,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        ListToTuple => 0,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => before as i32 + after as i32,
        CallFunction(n) => -(n as i32),
        CallFunctionKw(n) => -(n as i32) - 1,
        CallFunctionEx(f) => -1 - (f & 1) as i32,
        MakeFunction(f) => -((f & 1) as i32 + ((f >> 1) & 1) as i32 + ((f >> 3) & 1) as i32),
        LoadBuildClass | LoadAssertionError => 1,
        ReturnValue => -1,
        YieldValue | GetYieldFromIter => 0,
        YieldFrom => -1,
        // At the handler the exception is pushed onto the depth recorded at setup.
        SetupExcept(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        // The handler's depth excludes the `__enter__` result still on the stack at setup.
        SetupWith(_) => 0,
        PopBlock | PopExcept => 0,
        Raise(n) => -(n as i32),
        Reraise => -1,
        CheckExcMatch => 0,
        BeforeWith | WithExceptStart => 1,
        ImportName(_) | ImportLeaf { .. } | ImportFrom(_) => 1,
        ImportStar => -1,
        PrintExpr => -1,
    }
}

/// Control never continues to the next instruction.
fn is_terminator(instr: &Instr) -> bool {
    matches!(
        instr,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
    )
}

/// Simulates the stack along all paths; returns the maximum depth.
pub(crate) fn max_depth(instrs: &[Instr]) -> Result<u32, String> {
    let n = instrs.len();
    // (stack depth, exception-block depth) on entry to each instruction.
    let mut state: Vec<Option<(i32, i32)>> = vec![None; n];
    let mut work = Vec::new();
    let mut max = 0i32;
    let reach = |state: &mut Vec<Option<(i32, i32)>>,
                 work: &mut Vec<usize>,
                 from: usize,
                 to: usize,
                 st: (i32, i32)|
     -> Result<(), String> {
        if to >= n {
            return Err(format!(
                "instruction {} flows to {} (past the end)",
                from, to
            ));
        }
        match state[to] {
            None => {
                state[to] = Some(st);
                work.push(to);
                Ok(())
            }
            Some(old) if old == st => Ok(()),
            Some(old) => Err(format!(
                "inconsistent state at {}: {:?} from {} vs {:?} before",
                to, st, from, old
            )),
        }
    };
    if n == 0 {
        return Err("empty code".into());
    }
    reach(&mut state, &mut work, 0, 0, (0, 0))?;
    while let Some(i) = work.pop() {
        let (depth, blocks) = state[i].unwrap();
        let ins = &instrs[i];
        let fall = depth + stack_effect(ins, false);
        let pops_needed = match ins {
            Instr::Dup => 1,
            Instr::DupTop2 | Instr::Rot2 => 2,
            Instr::Rot3 => 3,
            Instr::Rot4 => 4,
            Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::UnaryOp(_) | Instr::GetIter => 1,
            Instr::ForIter(_) | Instr::ListToTuple | Instr::GetYieldFromIter => 1,
            Instr::YieldValue | Instr::BeforeWith => 1,
            Instr::CheckExcMatch | Instr::WithExceptStart => 2,
            Instr::ListAppend(k) | Instr::SetAdd(k) => *k as i32 + 1,
            Instr::MapAdd(k) => *k as i32 + 2,
            Instr::ListExtend(k) | Instr::SetUpdate(k) | Instr::DictUpdate(k) => *k as i32 + 1,
            Instr::DictMerge(k) => *k as i32 + 1,
            Instr::UnpackSequence(_) | Instr::UnpackEx { .. } => 1,
            Instr::ImportFrom(_) => 1,
            _ => 0,
        };
        if depth < pops_needed || fall < 0 {
            return Err(format!(
                "stack underflow at {} ({:?}, depth {})",
                i, ins, depth
            ));
        }
        max = max.max(fall);
        let new_blocks = match ins {
            Instr::SetupExcept(_) | Instr::SetupWith(_) => blocks + 1,
            Instr::PopBlock => blocks - 1,
            _ => blocks,
        };
        if new_blocks < 0 {
            return Err(format!("PopBlock without SetupExcept at {}", i));
        }
        if let Some(t) = jump_target(ins) {
            let jd = depth + stack_effect(ins, true);
            if jd < 0 {
                return Err(format!("stack underflow on jump at {}", i));
            }
            max = max.max(jd);
            // A handler is entered with its own block already popped: `blocks` as before setup.
            reach(&mut state, &mut work, i, t as usize, (jd, blocks))?;
        }
        if !is_terminator(ins) {
            reach(&mut state, &mut work, i, i + 1, (fall, new_blocks))?;
        }
    }
    Ok(max as u32)
}

/// Checks a code object and, recursively, every nested code constant.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let ctx = |e: String| format!("{}: {}", code.qualname, e);
    if code.locations.len() != code.instrs.len() {
        return Err(ctx("locations and instrs differ in length".into()));
    }
    let depth = max_depth(&code.instrs).map_err(ctx)?;
    if depth > code.max_stack {
        return Err(ctx(format!(
            "max_stack {} below computed {}",
            code.max_stack, depth
        )));
    }
    let ncells = (code.cellvars.len() + code.freevars.len()) as u32;
    for (i, ins) in code.instrs.iter().enumerate() {
        use Instr::*;
        let bad = match *ins {
            LoadConst(k) => k as usize >= code.consts.len(),
            LoadFast(k) | StoreFast(k) | DeleteFast(k) => k as usize >= code.varnames.len(),
            LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => {
                k >= ncells
            }
            LoadGlobal(k) | StoreGlobal(k) | DeleteGlobal(k) | LoadName(k) | StoreName(k)
            | DeleteName(k) | LoadAttr(k) | StoreAttr(k) | DeleteAttr(k) | LoadMethod(k)
            | ImportName(k) | ImportFrom(k) => k as usize >= code.names.len(),
            ImportLeaf { name, .. } => name as usize >= code.names.len(),
            _ => false,
        };
        if bad {
            return Err(ctx(format!("operand out of range at {}: {:?}", i, ins)));
        }
        if let CallFunctionKw(n) = *ins {
            // The names tuple is loaded right before; check it is a tuple of str no longer than n.
            if let Some(LoadConst(k)) = i.checked_sub(1).map(|j| code.instrs[j]) {
                match &code.consts[k as usize] {
                    Const::Tuple(t) if t.len() as u32 <= n => {}
                    _ => return Err(ctx(format!("bad keyword names for {:?} at {}", ins, i))),
                }
            }
        }
    }
    let fast = code.kind == super::bytecode::CodeKind::Function;
    if !fast
        && code
            .instrs
            .iter()
            .any(|i| matches!(i, Instr::LoadFast(_) | Instr::StoreFast(_)))
    {
        return Err(ctx("fast locals outside a function".into()));
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}
