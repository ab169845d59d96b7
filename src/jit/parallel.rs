//! prange outlining on typed IR: the body of a `prange` loop in a `parallel=True` function
//! becomes a chunk function over `[lo, hi)` that returns its partial reductions; the runtime
//! (`run_chunks`) splits the iteration space over rayon and combines the partials in chunk
//! order, so integer reductions equal the serial result exactly. Guarantees: a loop is only
//! outlined when that is sound here — unit step, no `return`/`break` at its level, no
//! recursion, every variable it assigns either private or a `+= -= *=` / `x = min|max(x, ..)`
//! reduction; any other loop runs serially. An inner prange runs serially.

use super::abi::ErrSlot;
use super::tir::{BinOp, Callee, Expr, ExprKind, Func, Local, LocalId, Outlined, RedOp, Stmt};
use super::types::Ty;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many chunks a prange loop is split into (`numba.set_num_threads`).
pub static NUM_THREADS: AtomicUsize = AtomicUsize::new(1);

/// Outlines every eligible parallel loop of `f` (in place).
pub fn outline_all(f: &mut Func) {
    let mut body = std::mem::take(&mut f.body);
    walk(f, &mut body);
    f.body = body;
}

fn walk(f: &Func, body: &mut [Stmt]) {
    for s in body.iter_mut() {
        match s {
            Stmt::If { then, orelse, .. } => {
                walk(f, then);
                walk(f, orelse);
            }
            Stmt::While { body, orelse, .. } => {
                walk(f, body);
                walk(f, orelse);
            }
            Stmt::ForRange {
                parallel: true,
                outlined,
                var,
                step,
                body,
                ..
            } if matches!(step.kind, ExprKind::Int(1)) => {
                *outlined = outline(f, *var, body).map(Box::new);
                if outlined.is_none() {
                    walk(f, body);
                }
            }
            Stmt::ForRange { body, orelse, .. } => {
                walk(f, body);
                walk(f, orelse);
            }
            _ => {}
        }
    }
}

#[derive(Default)]
struct Uses {
    reads: BTreeSet<LocalId>,
    assigned: BTreeSet<LocalId>,
    /// Per assigned local: the reduction each assignment has the form of (None = not one).
    forms: HashMap<LocalId, Vec<Option<RedOp>>>,
    /// Locals read (in statement order) before the body assigns them: their value flows in
    /// from the previous iteration, so unless they are reductions the loop cannot be split.
    carried: BTreeSet<LocalId>,
    unsafe_exit: bool,
}

/// Records the reads of `e`, noting the ones the body has not assigned yet.
fn read(e: &Expr, u: &mut Uses) {
    let mut r = BTreeSet::new();
    reads_of(e, &mut r);
    for id in r {
        if !u.assigned.contains(&id) {
            u.carried.insert(id);
        }
        u.reads.insert(id);
    }
}

fn reads_of(e: &Expr, out: &mut BTreeSet<LocalId>) {
    visit_expr(e, &mut |x| {
        if let ExprKind::Local(id) = x.kind {
            out.insert(id);
        }
    });
}

fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    for c in e.children() {
        visit_expr(c, f);
    }
}

/// The reduction an assignment `id = e` performs, if it is one.
fn reduction_form(id: LocalId, e: &Expr) -> Option<RedOp> {
    let is_me = |x: &Expr| matches!(x.kind, ExprKind::Local(j) if j == id);
    let free_of_me = |x: &Expr| {
        let mut r = BTreeSet::new();
        reads_of(x, &mut r);
        !r.contains(&id)
    };
    match &e.kind {
        ExprKind::Bin(op, a, b) if is_me(a) && free_of_me(b) => match op {
            BinOp::Add => Some(RedOp::Add),
            BinOp::Sub => Some(RedOp::Sub),
            BinOp::Mul => Some(RedOp::Mul),
            _ => None,
        },
        ExprKind::Bin(BinOp::Add | BinOp::Mul, a, b) if is_me(b) && free_of_me(a) => {
            match &e.kind {
                ExprKind::Bin(BinOp::Add, ..) => Some(RedOp::Add),
                _ => Some(RedOp::Mul),
            }
        }
        ExprKind::Min(v) | ExprKind::Max(v)
            if v.len() == 2
                && ((is_me(&v[0]) && free_of_me(&v[1])) || (is_me(&v[1]) && free_of_me(&v[0]))) =>
        {
            if matches!(e.kind, ExprKind::Min(_)) {
                Some(RedOp::Min)
            } else {
                Some(RedOp::Max)
            }
        }
        _ => None,
    }
}

fn scan(body: &[Stmt], depth: usize, u: &mut Uses) {
    for s in body {
        match s {
            Stmt::Assign(id, e) => {
                read(e, u);
                u.assigned.insert(*id);
                u.forms.entry(*id).or_default().push(reduction_form(*id, e));
            }
            Stmt::SetItem { arr, idx, value } => {
                read(arr, u);
                idx.iter().for_each(|i| read(i, u));
                read(value, u);
            }
            Stmt::Expr(e) => read(e, u),
            Stmt::If { cond, then, orelse } => {
                read(cond, u);
                scan(then, depth, u);
                scan(orelse, depth, u);
            }
            Stmt::While { cond, body, orelse } => {
                read(cond, u);
                scan(body, depth + 1, u);
                scan(orelse, depth, u);
            }
            Stmt::ForRange {
                var,
                counter,
                stop_local,
                step_local,
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => {
                for e in [start, stop, step] {
                    read(e, u);
                }
                for id in [var, counter, stop_local, step_local] {
                    u.assigned.insert(*id);
                    u.forms.entry(*id).or_default().push(None);
                }
                scan(body, depth + 1, u);
                scan(orelse, depth, u);
            }
            Stmt::Return(_) => u.unsafe_exit = true,
            Stmt::Break => {
                if depth == 0 {
                    u.unsafe_exit = true;
                }
            }
            Stmt::Continue | Stmt::Raise(_) => {}
        }
    }
}

fn has_self_call(body: &[Stmt]) -> bool {
    let mut found = false;
    let mut check = |e: &Expr| {
        visit_expr(e, &mut |x| {
            if let ExprKind::Call(Callee::SelfCall, _) = x.kind {
                found = true;
            }
        })
    };
    fn all<'a>(body: &'a [Stmt], out: &mut Vec<&'a Expr>) {
        for s in body {
            match s {
                Stmt::Assign(_, e) | Stmt::Expr(e) | Stmt::Return(e) => out.push(e),
                Stmt::SetItem { arr, idx, value } => {
                    out.push(arr);
                    out.extend(idx.iter());
                    out.push(value);
                }
                Stmt::If { cond, then, orelse }
                | Stmt::While {
                    cond,
                    body: then,
                    orelse,
                } => {
                    out.push(cond);
                    all(then, out);
                    all(orelse, out);
                }
                Stmt::ForRange {
                    start,
                    stop,
                    step,
                    body,
                    orelse,
                    ..
                } => {
                    out.extend([start, stop, step]);
                    all(body, out);
                    all(orelse, out);
                }
                _ => {}
            }
        }
    }
    let mut es = Vec::new();
    all(body, &mut es);
    es.into_iter().for_each(&mut check);
    found
}

fn outline(f: &Func, var: LocalId, body: &[Stmt]) -> Option<Outlined> {
    let mut u = Uses::default();
    scan(body, 0, &mut u);
    if u.unsafe_exit || has_self_call(body) {
        return None;
    }
    let mut reductions = Vec::new();
    for (&id, forms) in &u.forms {
        let first = forms.first().copied().flatten();
        let consistent = forms.iter().all(|x| {
            matches!(
                (x, first),
                (Some(RedOp::Add | RedOp::Sub), Some(RedOp::Add | RedOp::Sub))
            ) || *x == first
        });
        match first {
            Some(op) if consistent && matches!(f.locals[id].ty, Ty::Int | Ty::Float) => {
                reductions.push((id, op))
            }
            Some(_) => return None, // a reduction that mixes operators
            None => {}
        }
    }
    reductions.sort();
    // A local carried from one iteration to the next that is not a reduction (`t = t * 2 + 1`,
    // or a form the rules above do not know): splitting the range would change the result,
    // so the loop runs serially.
    if u.carried
        .iter()
        .any(|id| u.assigned.contains(id) && !reductions.iter().any(|r| r.0 == *id))
    {
        return None;
    }
    let red_ids: BTreeSet<LocalId> = reductions.iter().map(|r| r.0).collect();
    // Free variables: read in the body, never assigned there, and not the loop variable.
    let free: Vec<LocalId> = u
        .reads
        .iter()
        .copied()
        .filter(|id| !u.assigned.contains(id) && *id != var)
        .collect();
    let mut map: HashMap<LocalId, LocalId> = HashMap::new();
    let mut locals: Vec<Local> = Vec::new();
    let add = |id: LocalId, locals: &mut Vec<Local>, map: &mut HashMap<LocalId, LocalId>| {
        map.insert(id, locals.len());
        locals.push(f.locals[id].clone());
    };
    for &id in &free {
        add(id, &mut locals, &mut map);
    }
    let lo = locals.len();
    locals.push(Local {
        name: "$lo".into(),
        ty: Ty::Int,
    });
    locals.push(Local {
        name: "$hi".into(),
        ty: Ty::Int,
    });
    let nparams = locals.len();
    for &id in u.assigned.iter().chain(std::iter::once(&var)) {
        if !map.contains_key(&id) {
            add(id, &mut locals, &mut map);
        }
    }
    let extra = |name: &str, locals: &mut Vec<Local>| {
        locals.push(Local {
            name: name.into(),
            ty: Ty::Int,
        });
        locals.len() - 1
    };
    let counter = extra("$pcounter", &mut locals);
    let stop_local = extra("$pstop", &mut locals);
    let step_local = extra("$pstep", &mut locals);
    let m = |id: LocalId| map.get(&id).copied().unwrap_or(id);
    let mut cbody = Vec::new();
    for &(id, op) in &reductions {
        let t = f.locals[id].ty.clone();
        let init = identity(op, &t);
        cbody.push(Stmt::Assign(m(id), init));
    }
    let sp = Default::default();
    let local = |id: LocalId, ty: Ty| Expr {
        kind: ExprKind::Local(id),
        ty,
        span: sp,
    };
    cbody.push(Stmt::ForRange {
        var: m(var),
        counter,
        stop_local,
        step_local,
        start: local(lo, Ty::Int),
        stop: local(lo + 1, Ty::Int),
        step: Expr {
            kind: ExprKind::Int(1),
            ty: Ty::Int,
            span: sp,
        },
        body: body.iter().map(|s| remap_stmt(s, &m)).collect(),
        orelse: Vec::new(),
        parallel: false,
        outlined: None,
        span: sp,
    });
    let ret_tys: Vec<Ty> = reductions
        .iter()
        .map(|(id, _)| f.locals[*id].ty.clone())
        .collect();
    let ret = if ret_tys.is_empty() {
        Ty::None
    } else {
        Ty::Tuple(ret_tys.clone())
    };
    let ret_expr = if ret_tys.is_empty() {
        Expr {
            kind: ExprKind::None,
            ty: Ty::None,
            span: sp,
        }
    } else {
        Expr {
            kind: ExprKind::Tuple(
                reductions
                    .iter()
                    .map(|(id, _)| local(m(*id), f.locals[*id].ty.clone()))
                    .collect(),
            ),
            ty: ret.clone(),
            span: sp,
        }
    };
    cbody.push(Stmt::Return(ret_expr));
    let args: Vec<Ty> = locals[..nparams].iter().map(|l| l.ty.clone()).collect();
    let chunk = Func {
        name: format!("{}_prange_chunk", f.name),
        writes: vec![true; args.len()],
        args,
        nparams,
        locals,
        ret,
        body: cbody,
    };
    debug_assert!(red_ids.iter().all(|id| !free.contains(id)));
    super::tir::verify(&chunk).ok()?;
    Some(Outlined {
        chunk,
        free,
        reductions,
    })
}

fn identity(op: RedOp, t: &Ty) -> Expr {
    let float = *t == Ty::Float;
    let kind = match (op, float) {
        (RedOp::Add | RedOp::Sub, false) => ExprKind::Int(0),
        (RedOp::Add | RedOp::Sub, true) => ExprKind::Float(0.0),
        (RedOp::Mul, false) => ExprKind::Int(1),
        (RedOp::Mul, true) => ExprKind::Float(1.0),
        (RedOp::Min, false) => ExprKind::Int(i64::MAX),
        (RedOp::Min, true) => ExprKind::Float(f64::INFINITY),
        (RedOp::Max, false) => ExprKind::Int(i64::MIN),
        (RedOp::Max, true) => ExprKind::Float(f64::NEG_INFINITY),
    };
    Expr {
        kind,
        ty: t.clone(),
        span: Default::default(),
    }
}

fn remap_expr(e: &Expr, m: &dyn Fn(LocalId) -> LocalId) -> Expr {
    let b = |x: &Expr| Box::new(remap_expr(x, m));
    let v = |xs: &[Expr]| xs.iter().map(|x| remap_expr(x, m)).collect::<Vec<_>>();
    let kind = match &e.kind {
        ExprKind::Local(id) => ExprKind::Local(m(*id)),
        ExprKind::Cast(a) => ExprKind::Cast(b(a)),
        ExprKind::Neg(a) => ExprKind::Neg(b(a)),
        ExprKind::Not(a) => ExprKind::Not(b(a)),
        ExprKind::Invert(a) => ExprKind::Invert(b(a)),
        ExprKind::Truth(a) => ExprKind::Truth(b(a)),
        ExprKind::Abs(a) => ExprKind::Abs(b(a)),
        ExprKind::Shape(a, k) => ExprKind::Shape(b(a), *k),
        ExprKind::Size(a) => ExprKind::Size(b(a)),
        ExprKind::Bin(op, x, y) => ExprKind::Bin(*op, b(x), b(y)),
        ExprKind::Cmp(op, x, y) => ExprKind::Cmp(*op, b(x), b(y)),
        ExprKind::And(x, y) => ExprKind::And(b(x), b(y)),
        ExprKind::Or(x, y) => ExprKind::Or(b(x), b(y)),
        ExprKind::IfExp(c, x, y) => ExprKind::IfExp(b(c), b(x), b(y)),
        ExprKind::Math(f, xs) => ExprKind::Math(*f, v(xs)),
        ExprKind::Min(xs) => ExprKind::Min(v(xs)),
        ExprKind::Max(xs) => ExprKind::Max(v(xs)),
        ExprKind::Tuple(xs) => ExprKind::Tuple(v(xs)),
        ExprKind::TupleGet(t, k) => ExprKind::TupleGet(b(t), b(k)),
        ExprKind::Call(c, xs) => ExprKind::Call(c.clone(), v(xs)),
        ExprKind::Alloc(op, xs) => ExprKind::Alloc(*op, v(xs)),
        ExprKind::Index(a, idx) => ExprKind::Index(b(a), v(idx)),
        ExprKind::View(a, axes, idx) => ExprKind::View(b(a), axes.clone(), v(idx)),
        ExprKind::Transpose(a) => ExprKind::Transpose(b(a)),
        ExprKind::Reshape(a, xs) => ExprKind::Reshape(b(a), v(xs)),
        ExprKind::Reduce(op, a) => ExprKind::Reduce(*op, b(a)),
        ExprKind::Print(t, xs) => ExprKind::Print(t.clone(), v(xs)),
        ExprKind::Map(ins, body) => ExprKind::Map(
            ins.iter()
                .map(|(id, x)| (m(*id), remap_expr(x, m)))
                .collect(),
            b(body),
        ),
        k => k.clone(),
    };
    Expr {
        kind,
        ty: e.ty.clone(),
        span: e.span,
    }
}

fn remap_stmt(s: &Stmt, m: &dyn Fn(LocalId) -> LocalId) -> Stmt {
    let body = |b: &[Stmt]| b.iter().map(|x| remap_stmt(x, m)).collect::<Vec<_>>();
    match s {
        Stmt::Assign(id, e) => Stmt::Assign(m(*id), remap_expr(e, m)),
        Stmt::SetItem { arr, idx, value } => Stmt::SetItem {
            arr: remap_expr(arr, m),
            idx: idx.iter().map(|x| remap_expr(x, m)).collect(),
            value: remap_expr(value, m),
        },
        Stmt::If { cond, then, orelse } => Stmt::If {
            cond: remap_expr(cond, m),
            then: body(then),
            orelse: body(orelse),
        },
        Stmt::While {
            cond,
            body: b,
            orelse,
        } => Stmt::While {
            cond: remap_expr(cond, m),
            body: body(b),
            orelse: body(orelse),
        },
        Stmt::ForRange {
            var,
            counter,
            stop_local,
            step_local,
            start,
            stop,
            step,
            body: b,
            orelse,
            span,
            ..
        } => Stmt::ForRange {
            var: m(*var),
            counter: m(*counter),
            stop_local: m(*stop_local),
            step_local: m(*step_local),
            start: remap_expr(start, m),
            stop: remap_expr(stop, m),
            step: remap_expr(step, m),
            body: body(b),
            orelse: body(orelse),
            // An inner prange runs serially.
            parallel: false,
            outlined: None,
            span: *span,
        },
        Stmt::Return(e) => Stmt::Return(remap_expr(e, m)),
        Stmt::Expr(e) => Stmt::Expr(remap_expr(e, m)),
        Stmt::Break => Stmt::Break,
        Stmt::Continue => Stmt::Continue,
        Stmt::Raise(id) => Stmt::Raise(*id),
    }
}

/// Reduction kinds as passed to `run_chunks`: 3 bits each (op), plus bit 3 for float.
pub fn encode_kinds(reds: &[(RedOp, bool)]) -> i64 {
    let mut k = 0i64;
    for (i, (op, float)) in reds.iter().enumerate() {
        let code = match op {
            RedOp::Add | RedOp::Sub => 0,
            RedOp::Mul => 1,
            RedOp::Min => 2,
            RedOp::Max => 3,
        } | if *float { 4 } else { 0 };
        k |= code << (4 * i);
    }
    k
}

fn combine(code: i64, a: u64, b: u64) -> u64 {
    let float = code & 4 != 0;
    if float {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        let r = match code & 3 {
            0 => x + y,
            1 => x * y,
            // Python's min/max keep the first of unordered operands.
            2 => {
                if y < x {
                    y
                } else {
                    x
                }
            }
            _ => {
                if y > x {
                    y
                } else {
                    x
                }
            }
        };
        r.to_bits()
    } else {
        let (x, y) = (a as i64, b as i64);
        (match code & 3 {
            0 => x.wrapping_add(y),
            1 => x.wrapping_mul(y),
            2 => x.min(y),
            _ => x.max(y),
        }) as u64
    }
}

fn identity_bits(code: i64) -> u64 {
    let float = code & 4 != 0;
    match (code & 3, float) {
        (0, false) => 0,
        (0, true) => 0f64.to_bits(),
        (1, false) => 1,
        (1, true) => 1f64.to_bits(),
        (2, false) => i64::MAX as u64,
        (2, true) => f64::INFINITY.to_bits(),
        (_, false) => i64::MIN as u64,
        (_, true) => f64::NEG_INFINITY.to_bits(),
    }
}

/// Called by compiled code for an outlined prange loop over `[start, stop)`: runs the chunk
/// function (an `EntryFn` taking `nargs` free-variable slots then lo, hi) on up to
/// `NUM_THREADS` chunks over rayon, and writes the chunk-order combination of their partial
/// reductions to `out`. Returns 1 with `err` filled when a chunk failed (the first in order).
///
/// # Safety
/// `entry` must be an `EntryFn` compiled for exactly these slots; `args` must point at `nargs`
/// slots whose array descriptors stay valid (and their buffers locked) for the call; `out`
/// must have room for `nred` slots; `err` must be writable.
pub unsafe extern "C" fn run_chunks(
    entry: usize,
    args: *const u64,
    nargs: i64,
    start: i64,
    stop: i64,
    out: *mut u64,
    kinds: i64,
    nred: i64,
    err: *mut ErrSlot,
) -> i32 {
    let nred = nred as usize;
    let codes: Vec<i64> = (0..nred).map(|i| (kinds >> (4 * i)) & 0xf).collect();
    // SAFETY: the caller guarantees `args` holds `nargs` slots.
    let base: Vec<u64> = unsafe { std::slice::from_raw_parts(args, nargs as usize) }.to_vec();
    let n = stop.saturating_sub(start).max(0) as u64;
    let threads = NUM_THREADS.load(Ordering::Relaxed).max(1) as u64;
    let nchunks = n.min(threads).max(1);
    let bounds: Vec<(i64, i64)> = (0..nchunks)
        .map(|c| {
            let lo = start + (n * c / nchunks) as i64;
            let hi = start + (n * (c + 1) / nchunks) as i64;
            (lo, hi)
        })
        .collect();
    // SAFETY: `entry` is an `EntryFn` (caller's guarantee); each chunk gets its own copy of
    // the slots, its own result slots and error slot; the chunks write distinct elements of
    // the shared arrays (prange's contract, as in Numba).
    let f: super::abi::EntryFn =
        unsafe { std::mem::transmute::<usize, super::abi::EntryFn>(entry) };
    // SAFETY: the caller guarantees `err` is valid for the call.
    let arena = unsafe { (*err).arena };
    let run = |&(lo, hi): &(i64, i64)| {
        let mut slots = base.clone();
        slots.push(lo as u64);
        slots.push(hi as u64);
        let mut o = vec![0u64; nred.max(1)];
        // Rayon workers have 2 MiB stacks and run a chunk near their base: 1 MiB headroom.
        let mut e = ErrSlot::below_here(1 << 20);
        // Arrays a chunk creates belong to the whole call's arena.
        e.arena = arena;
        // SAFETY: see above.
        let status = unsafe { f(slots.as_ptr(), o.as_mut_ptr(), &mut e) };
        (status, o, e)
    };
    let results: Vec<(i32, Vec<u64>, ErrSlot)> = if nchunks == 1 {
        bounds.iter().map(run).collect()
    } else {
        bounds.par_iter().map(run).collect()
    };
    for (status, _, e) in &results {
        if *status != 0 {
            // SAFETY: the caller guarantees `err` is writable.
            unsafe { *err = *e };
            return *status;
        }
    }
    for (j, &code) in codes.iter().enumerate() {
        let mut acc = identity_bits(code);
        for (_, o, _) in &results {
            acc = combine(code, acc, o[j]);
        }
        // SAFETY: `out` has room for `nred` slots.
        unsafe { *out.add(j) = acc };
    }
    0
}
