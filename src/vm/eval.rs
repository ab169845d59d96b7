//! The dispatch loop: executes a frame's bytecode until it returns, yields or raises, and
//! unwinds exceptions through the frame's block stack. Guarantees: every exception leaving a
//! frame carries a traceback entry for it; `exc_info` is balanced when a frame exits.

use super::frame::{Block, BlockKind, Frame};
use super::generator::Generator;
use super::{Vm, EVAL_BREAKER};
use crate::compiler::bytecode::{Instr, UnaryKind};
use crate::runtime::dict::Dict;
use crate::runtime::func::{Cell, Function};
use crate::runtime::list::List;
use crate::runtime::set::Set;
use crate::runtime::types::{class_of, types};
use crate::runtime::value::drop_value;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What `execute` asks its driver (`run_frame`) to do next.
enum Step {
    /// The frame stopped.
    Exit(Exit),
}

/// For `C(args)` where `C` is a plain Python class (object layout, no custom `__new__`) whose
/// `__init__` is a Python function: that function (the caller makes the new instance).
pub(crate) fn inline_init(cls: &Arc<crate::runtime::class::Class>) -> Option<Arc<Function>> {
    use crate::runtime::class::Layout;
    if cls.layout != Layout::Object || Arc::ptr_eq(cls, &types().object) {
        return None;
    }
    let custom_new = cls
        .lookup_str("__new__")
        .is_some_and(|n| !crate::builtins::objects::is_object_new(&n));
    if custom_new {
        return None;
    }
    match cls.lookup_str("__init__") {
        Some(Value::Function(init)) if !init.code.co.is_generator => Some(init),
        _ => None,
    }
}

/// The innermost running frame: the top of `calls`, else the base frame.
fn innermost(calls: &mut [Box<Frame>], base: *mut Frame) -> *mut Frame {
    match calls.last_mut() {
        Some(b) => &mut **b,
        None => base,
    }
}

/// Marker in the second slot of a `LoadMethod` pair meaning "no self: call the first slot".
pub(crate) fn null_marker() -> &'static Value {
    static NULL: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    NULL.get_or_init(|| Value::native(crate::builtins::objects::NullMarker))
}

fn is_null(v: &Value) -> bool {
    match (v, null_marker()) {
        (Value::Native(a), Value::Native(b)) => Arc::ptr_eq(a, b),
        _ => false,
    }
}

/// Errors raised by re-raising keep their traceback: no new entry for the re-raising frame.
struct Raised {
    err: PyErr,
    reraise: bool,
}

impl From<PyErr> for Raised {
    fn from(err: PyErr) -> Raised {
        Raised {
            err,
            reraise: false,
        }
    }
}

impl Vm {
    /// Runs `base` until it returns or yields. Calls to Python functions made from bytecode run
    /// in this same loop on an explicit frame stack (no Rust recursion per Python call); an
    /// exception leaving a frame gets that frame's traceback entry and continues in its caller.
    pub fn run_frame(&mut self, base: &mut Frame) -> PyResult<Exit> {
        self.begin_frame(base);
        let mut calls: Vec<Box<Frame>> = Vec::new();
        let mut pending: Option<Raised> = None;
        loop {
            let step = match pending.take() {
                Some(r) => Err(r),
                None => self.execute(base, &mut calls),
            };
            match step {
                Ok(Step::Exit(exit)) => match calls.pop() {
                    Some(mut done) => {
                        self.end_frame(&mut done);
                        self.leave_call();
                        self.recycle_frame(done);
                        let (Exit::Return(v) | Exit::Yield(v)) = exit;
                        let f: &mut Frame = match calls.last_mut() {
                            Some(b) => b,
                            None => base,
                        };
                        f.push(v);
                    }
                    None => {
                        if let Exit::Yield(_) = exit {
                            self.suspend_frame(base);
                        } else {
                            self.end_frame(base);
                        }
                        return Ok(exit);
                    }
                },
                Err(Raised { err, reraise }) => {
                    let f: &mut Frame = match calls.last_mut() {
                        Some(b) => b,
                        None => base,
                    };
                    if !reraise {
                        err.push_traceback(&f.code, f.ip.saturating_sub(1));
                    }
                    self.attach_context(&err);
                    if self.unwind(f, &err) {
                        continue;
                    }
                    match calls.pop() {
                        Some(mut done) => {
                            let gen = done.gen_owner.take();
                            self.end_frame(&mut done);
                            self.leave_call();
                            self.recycle_frame(done);
                            let err = match gen {
                                Some((owner, _)) => {
                                    if let Some(g) = owner.downcast::<Generator>() {
                                        g.finish();
                                    }
                                    super::generator::pep479(err)
                                }
                                None => err,
                            };
                            // The caller records its own entry at its call instruction.
                            pending = Some(Raised {
                                err,
                                reraise: false,
                            });
                        }
                        None => {
                            self.end_frame(base);
                            return Err(err);
                        }
                    }
                }
            }
        }
    }

    /// Starts (or resumes) an activation: records its `exc_info` depth, restores the handled
    /// exceptions a generator saved, and pushes a scope entry when the namespace changes.
    fn begin_frame(&mut self, frame: &mut Frame) {
        frame.exc_base = self.exc_info.len();
        if !frame.saved_exc.is_empty() {
            self.exc_info.append(&mut frame.saved_exc);
        }
        // Calls within one module share the scope entry below (globals() needs the innermost).
        let same = frame.locals.is_none()
            && matches!(self.scopes.last(), Some((g, None)) if Arc::ptr_eq(g, &frame.globals));
        frame.scope_pushed = !same;
        if !same {
            self.scopes
                .push((frame.globals.clone(), frame.locals.clone()));
        }
    }

    /// Pauses a generator's activation at a yield: keeps the handled exceptions it pushed (to
    /// restore on resume) and drops its scope entry.
    fn suspend_frame(&mut self, frame: &mut Frame) {
        let keep = frame.exc_base.min(self.exc_info.len());
        frame.saved_exc = self.exc_info.split_off(keep);
        if frame.scope_pushed {
            self.scopes.pop();
            frame.scope_pushed = false;
        }
    }

    /// Ends an activation: drops the handled exceptions it pushed and its scope entry.
    fn end_frame(&mut self, frame: &mut Frame) {
        self.exc_info.truncate(frame.exc_base);
        if frame.scope_pushed {
            self.scopes.pop();
            frame.scope_pushed = false;
        }
    }

    /// Sets `__context__` of a new exception to the exception being handled, if any.
    fn attach_context(&self, err: &PyErr) {
        if let Some(Value::Instance(handled)) = self.exc_info.last() {
            if Arc::ptr_eq(handled, &err.exc) {
                return;
            }
            let st = err.state();
            let mut ctx = st.context.write();
            if ctx.is_none() {
                *ctx = Some(Value::Instance(handled.clone()));
            }
        }
    }

    /// Finds the innermost handler in `frame` for `err`; prepares the stack and jumps there.
    fn unwind(&mut self, frame: &mut Frame, err: &PyErr) -> bool {
        while let Some(block) = frame.blocks.pop() {
            match block.kind {
                BlockKind::Handler => {
                    self.exc_info.pop();
                }
                BlockKind::Except { handler } => {
                    frame.stack.truncate(block.level as usize);
                    frame.blocks.push(Block {
                        kind: BlockKind::Handler,
                        level: block.level,
                    });
                    let exc = err.value();
                    self.exc_info.push(exc.clone());
                    frame.push(exc);
                    frame.ip = handler as usize;
                    return true;
                }
            }
        }
        false
    }

    /// Runs the innermost activation (`calls.last()`, else `base`). Python-to-Python calls and
    /// their normal returns switch frames inside this loop, without returning to `run_frame`,
    /// so a call costs no re-entry of this (large) function; exceptions, yields and a return
    /// from `base` itself go back to `run_frame`.
    // Boxed frames: `execute` keeps a pointer to the innermost one while `calls` grows.
    #[allow(clippy::vec_box)]
    fn execute(&mut self, base: &mut Frame, calls: &mut Vec<Box<Frame>>) -> Result<Step, Raised> {
        let base_ptr: *mut Frame = base;
        let mut fp = innermost(calls, base_ptr);
        'frames: loop {
            // SAFETY: `fp` points either at `base` (borrowed mutably for this whole call and only
            // reached through `base_ptr`) or at the boxed frame on top of `calls`; a box's frame
            // does not move when `calls` grows, and `fp` is re-derived after every push and pop.
            // Exactly one `&mut Frame` made from it is live at a time (the one in this iteration).
            let f: &mut Frame = unsafe { &mut *fp };
            // SAFETY: `f.code` is an `Arc` that `execute` never reassigns or drops (frames get a new
            // code only in `Frame::reset`, on pooled frames that are not running), so the `Code` it
            // points to outlives this iteration; it is immutable, so sharing it beside `&mut f` is
            // sound. This saves an atomic increment/decrement pair on every call, return and resume.
            let code: &crate::runtime::func::Code = unsafe { &*Arc::as_ptr(&f.code) };
            let instrs = &code.co.instrs[..];
            loop {
                let instr = match instrs.get(f.ip) {
                    Some(&i) => i,
                    // Falling off the end returns None (the compiler always ends with a
                    // return; this keeps generator and __init__ frames on one path anyway).
                    None => {
                        f.push(Value::None);
                        Instr::ReturnValue
                    }
                };
                f.ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::Pop => {
                        drop_value(f.pop());
                    }
                    Instr::Dup => {
                        let v = f.top().clone();
                        f.push(v);
                    }
                    Instr::DupTop2 => {
                        let a = f.peek(2).clone();
                        let b = f.peek(1).clone();
                        f.push(a);
                        f.push(b);
                    }
                    Instr::Rot2 => {
                        let n = f.stack.len();
                        f.stack.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let v = f.pop();
                        let n = f.stack.len();
                        f.stack.insert(n - 2, v);
                    }
                    Instr::Rot4 => {
                        let v = f.pop();
                        let n = f.stack.len();
                        f.stack.insert(n - 3, v);
                    }
                    Instr::LoadConst(k) => f.push(code.consts[k as usize].clone()),
                    Instr::LoadFast(i) => match &f.fast[i as usize] {
                        Some(v) => {
                            let v = v.clone();
                            f.push(v)
                        }
                        None => return Err(unbound_local(&code.co.varnames[i as usize]).into()),
                    },
                    Instr::StoreFast(i) => {
                        let v = f.pop();
                        f.fast[i as usize] = Some(v);
                    }
                    Instr::DeleteFast(i) => {
                        if f.fast[i as usize].take().is_none() {
                            return Err(unbound_local(&code.co.varnames[i as usize]).into());
                        }
                    }
                    Instr::LoadDeref(i) => {
                        let v = f.cells[i as usize].get();
                        match v {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_deref(code, i).into()),
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let v = f.pop();
                        f.cells[i as usize].set(Some(v));
                    }
                    Instr::DeleteDeref(i) => {
                        if f.cells[i as usize].value.write().take().is_none() {
                            return Err(self.unbound_deref(code, i).into());
                        }
                    }
                    Instr::LoadClosure(i) => f.push(Value::Cell(f.cells[i as usize].clone())),
                    Instr::LoadClassDeref(i) => {
                        let ncell = code.co.cellvars.len();
                        let name = if (i as usize) < ncell {
                            &code.co.cellvars[i as usize]
                        } else {
                            &code.co.freevars[i as usize - ncell]
                        };
                        let found = f.locals.as_ref().and_then(|l| l.get_str(name));
                        match found {
                            Some(v) => f.push(v),
                            None => match f.cells[i as usize].get() {
                                Some(v) => f.push(v),
                                None => return Err(self.unbound_deref(code, i).into()),
                            },
                        }
                    }
                    Instr::LoadGlobal(n) => {
                        let slot = code.cache_base + n as usize;
                        if let Some(Some(hit)) = self.global_cache.get(slot) {
                            if hit.globals == Arc::as_ptr(&f.globals) as usize
                                && hit.globals_version == f.globals.version()
                                && hit.builtins_version == self.interp.builtins.version()
                            {
                                f.push(hit.value.clone());
                                continue;
                            }
                        }
                        let name = &code.names[n as usize];
                        // Versions are read before the lookup, so a racing change only causes a miss.
                        let (gver, bver) = (f.globals.version(), self.interp.builtins.version());
                        let v = self.global_or_builtin(&f.globals, name)?;
                        // Bounded: code made at run time (exec in a loop) must not grow it forever.
                        if slot < super::GLOBAL_CACHE_SLOTS {
                            if self.global_cache.len() <= slot {
                                self.global_cache.resize_with(slot + 1, || None);
                            }
                            self.global_cache[slot] = Some(super::GlobalHit {
                                globals: Arc::as_ptr(&f.globals) as usize,
                                globals_version: gver,
                                builtins_version: bver,
                                value: v.clone(),
                            });
                        }
                        f.push(v);
                    }
                    Instr::StoreGlobal(n) => {
                        let v = f.pop();
                        f.globals
                            .set_simple(Value::Str(code.names[n as usize].clone()), v);
                    }
                    Instr::DeleteGlobal(n) => {
                        let name = &code.names[n as usize];
                        if f.globals.remove_str(name.as_str()).is_none() {
                            return Err(not_defined(name).into());
                        }
                    }
                    Instr::LoadName(n) => {
                        let name = &code.names[n as usize];
                        let local = f.locals.as_ref().and_then(|l| l.get_pystr(name));
                        let v = match local {
                            Some(v) => v,
                            None => self.global_or_builtin(&f.globals, name)?,
                        };
                        f.push(v);
                    }
                    Instr::StoreName(n) => {
                        let v = f.pop();
                        let key = Value::Str(code.names[n as usize].clone());
                        match &f.locals {
                            Some(l) => l.set_simple(key, v),
                            None => f.globals.set_simple(key, v),
                        }
                    }
                    Instr::DeleteName(n) => {
                        let name = &code.names[n as usize];
                        let ns = f.locals.as_ref().unwrap_or(&f.globals);
                        if ns.remove_str(name.as_str()).is_none() {
                            return Err(not_defined(name).into());
                        }
                    }
                    Instr::LoadAttr(n) => {
                        let obj = f.pop();
                        let site = code.site_base + f.ip - 1;
                        let name = &code.names[n as usize];
                        let v = match self.getattr_hit(site, &obj, name) {
                            Some(v) => v,
                            None => self.getattr_site(site, &obj, name)?,
                        };
                        f.push(v);
                    }
                    Instr::StoreAttr(n) => {
                        let obj = f.pop();
                        let v = f.pop();
                        let site = code.site_base + f.ip - 1;
                        let name = &code.names[n as usize];
                        if let Err(v) = self.setattr_hit(site, &obj, name, v) {
                            self.setattr_site(site, &obj, name, v)?;
                        }
                    }
                    Instr::DeleteAttr(n) => {
                        let obj = f.pop();
                        self.delattr(&obj, &code.names[n as usize])?;
                    }
                    Instr::LoadMethod(n) => {
                        let obj = f.pop();
                        let site = code.site_base + f.ip - 1;
                        let name = &code.names[n as usize];
                        let m = match self.method_hit(site, &obj, name) {
                            Some(m) => Some(m),
                            None => self.load_method_site(site, &obj, name)?,
                        };
                        match m {
                            Some(func) => {
                                f.push(func);
                                f.push(obj);
                            }
                            None => {
                                let attr = self.getattr(&obj, &code.names[n as usize])?;
                                f.push(attr);
                                f.push(null_marker().clone());
                            }
                        }
                    }
                    Instr::CallMethod(argc) => {
                        let n = f.stack.len();
                        let argc = argc as usize;
                        let self_slot = n - argc - 1;
                        if let Value::Function(func) = &f.stack[self_slot - 1] {
                            if !func.code.co.is_generator {
                                let args = if is_null(&f.stack[self_slot]) {
                                    &f.stack[n - argc..]
                                } else {
                                    &f.stack[self_slot..]
                                };
                                self.enter_inline_call()?;
                                let callee = match self.prepare_call(func, args, &[]) {
                                    Ok(c) => c,
                                    Err(e) => {
                                        self.leave_call();
                                        return Err(e.into());
                                    }
                                };
                                f.stack.truncate(self_slot - 1);
                                fp = self.push_callee(calls, callee);
                                continue 'frames;
                            }
                        }
                        let result = if is_null(&f.stack[self_slot]) {
                            self.call(&f.stack[self_slot - 1], &f.stack[n - argc..], &[])
                        } else {
                            self.call(&f.stack[self_slot - 1], &f.stack[self_slot..], &[])
                        };
                        f.stack.truncate(self_slot - 1);
                        f.push(result?);
                        if EVAL_BREAKER.load(Ordering::Relaxed) {
                            self.handle_eval_breaker()?;
                        }
                    }
                    Instr::BinaryOp(op) => {
                        let b = f.pop();
                        let a = f.pop();
                        let v = match fast_arith(&a, &b, op) {
                            Some(v) => v,
                            None => super::with_temporaries(&a, &b, || self.binary_op(&a, &b, op))?,
                        };
                        drop_value(a);
                        drop_value(b);
                        f.push(v);
                    }
                    Instr::InplaceOp(op) => {
                        let b = f.pop();
                        let a = f.pop();
                        let v = match fast_arith(&a, &b, op) {
                            Some(v) => v,
                            None => self.inplace_op(&a, &b, op)?,
                        };
                        f.push(v);
                    }
                    Instr::UnaryOp(kind) => {
                        let a = f.pop();
                        let v = match kind {
                            UnaryKind::Not => Value::Bool(!self.truthy(&a)?),
                            _ => self.unary_op(&a, kind)?,
                        };
                        f.push(v);
                    }
                    Instr::CompareOp(op) => {
                        let b = f.pop();
                        let a = f.pop();
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                Value::Bool(super::ops::ord_matches(Some(x.cmp(y)), op))
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                Value::Bool(super::ops::ord_matches(x.partial_cmp(y), op))
                            }
                            _ => self.compare(&a, &b, op)?,
                        };
                        drop_value(a);
                        drop_value(b);
                        // A bool result followed by a conditional jump (`if a < b:`, `while`):
                        // take the jump here instead of pushing the bool for the next
                        // instruction to pop. Only this path is shortened; a jump that lands
                        // on the PopJump itself still runs it.
                        if let Value::Bool(c) = v {
                            match instrs.get(f.ip) {
                                Some(&Instr::PopJumpIfFalse(t)) => {
                                    f.ip = if c { f.ip + 1 } else { t as usize };
                                    continue;
                                }
                                Some(&Instr::PopJumpIfTrue(t)) => {
                                    f.ip = if c { t as usize } else { f.ip + 1 };
                                    continue;
                                }
                                _ => {}
                            }
                        }
                        f.push(v);
                    }
                    Instr::IsOp(invert) => {
                        let b = f.pop();
                        let a = f.pop();
                        f.push(Value::Bool(a.is(&b) != invert));
                    }
                    Instr::ContainsOp(invert) => {
                        let b = f.pop();
                        let a = f.pop();
                        let r = self.contains(&b, &a)?;
                        f.push(Value::Bool(r != invert));
                    }
                    Instr::BinarySubscr => {
                        let idx = f.pop();
                        let obj = f.pop();
                        let v = self.getitem(&obj, &idx)?;
                        f.push(v);
                    }
                    Instr::StoreSubscr => {
                        let idx = f.pop();
                        let obj = f.pop();
                        let v = f.pop();
                        self.setitem(&obj, idx, v)?;
                    }
                    Instr::DeleteSubscr => {
                        let idx = f.pop();
                        let obj = f.pop();
                        self.delitem(&obj, &idx)?;
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { f.pop() } else { Value::None };
                        let stop = f.pop();
                        let start = f.pop();
                        f.push(crate::builtins::slice::make_slice(start, stop, step));
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < f.ip && EVAL_BREAKER.load(Ordering::Relaxed) {
                            self.handle_eval_breaker()?;
                        }
                        f.ip = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = f.pop();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if !b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = f.pop();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        if !self.truthy(f.top())? {
                            f.ip = t as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        if self.truthy(f.top())? {
                            f.ip = t as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = f.pop();
                        let it = self.iter(&v)?;
                        f.push(it);
                    }
                    Instr::ForIter(t) => {
                        if let Some(g) = f.top().downcast::<Generator>() {
                            // A generator: resume its frame in this loop (no nested run_frame).
                            self.enter_inline_call()?;
                            match g.take_for_resume() {
                                Some(mut gf) => {
                                    gf.gen_owner = Some((f.top().clone(), t));
                                    fp = self.push_callee(calls, gf);
                                    continue 'frames;
                                }
                                None => self.leave_call(),
                            }
                        }
                        let next = self.next(f.top())?;
                        match next {
                            Some(v) => f.push(v),
                            None => {
                                f.pop();
                                f.ip = t as usize;
                            }
                        }
                    }
                    Instr::BuildTuple(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        f.push(Value::tuple(items));
                    }
                    Instr::BuildList(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        f.push(Value::list(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        let s = Set::new(false);
                        for v in items {
                            s.add(self, v)?;
                        }
                        f.push(Value::Set(Arc::new(s)));
                    }
                    Instr::BuildMap(n) => {
                        let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                        let d = Dict::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            d.set(self, k, v)?;
                        }
                        f.push(Value::Dict(Arc::new(d)));
                    }
                    Instr::BuildString(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        let mut s = String::new();
                        for v in &items {
                            if let Value::Str(p) = v {
                                s.push_str(p.as_str());
                            }
                        }
                        f.push(Value::string(s));
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                        let v = f.pop();
                        let v = match flags & 3 {
                            1 => Value::string(self.str(&v)?),
                            2 => Value::string(self.repr(&v)?),
                            3 => {
                                Value::string(crate::builtins::functions::ascii_of(&self.repr(&v)?))
                            }
                            _ => v,
                        };
                        let spec_str = match &spec {
                            Some(Value::Str(s)) => s.as_str().to_owned(),
                            _ => String::new(),
                        };
                        let s = match (&v, spec_str.is_empty()) {
                            (Value::Str(_), true) => v,
                            _ => Value::string(self.format(&v, &spec_str)?),
                        };
                        f.push(s);
                    }
                    Instr::ListAppend(i) => {
                        let v = f.pop();
                        if let Value::List(l) = f.peek(i as usize) {
                            l.push(v);
                        }
                    }
                    Instr::SetAdd(i) => {
                        let v = f.pop();
                        if let Value::Set(s) = f.peek(i as usize).clone() {
                            s.add(self, v)?;
                        }
                    }
                    Instr::MapAdd(i) => {
                        let v = f.pop();
                        let k = f.pop();
                        if let Value::Dict(d) = f.peek(i as usize).clone() {
                            d.set(self, k, v)?;
                        }
                    }
                    Instr::ListExtend(i) => {
                        let it = f.pop();
                        let items = self.collect(&it).map_err(|e| self.star_error(e, &it))?;
                        if let Value::List(l) = f.peek(i as usize) {
                            l.write().extend(items);
                        }
                    }
                    Instr::SetUpdate(i) => {
                        let it = f.pop();
                        let items = self.collect(&it)?;
                        if let Value::Set(s) = f.peek(i as usize).clone() {
                            for v in items {
                                s.add(self, v)?;
                            }
                        }
                    }
                    Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                        let m = f.pop();
                        let target = f.peek(i as usize).clone();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        if let Value::Dict(d) = target {
                            let fname = if merge {
                                Some(self.callable_name(f.peek(i as usize + 2)))
                            } else {
                                None
                            };
                            self.dict_update_from(&d, &m, fname.as_deref())?;
                        }
                    }
                    Instr::ListToTuple => {
                        let l = f.pop();
                        if let Value::List(l) = l {
                            f.push(Value::tuple(l.snapshot()));
                        }
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = f.pop();
                        if let Value::Tuple(t) = &seq {
                            if t.items.len() == n as usize {
                                f.stack.extend(t.items.iter().rev().cloned());
                                continue;
                            }
                        }
                        let items = self.unpack(&seq, n as usize)?;
                        f.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx { before, after } => {
                        let seq = f.pop();
                        let items = self.collect(&seq)?;
                        let (before, after) = (before as usize, after as usize);
                        if items.len() < before + after {
                            return Err(PyErr::value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ))
                            .into());
                        }
                        let mid_end = items.len() - after;
                        for v in items[mid_end..].iter().rev() {
                            f.push(v.clone());
                        }
                        f.push(Value::list(items[before..mid_end].to_vec()));
                        for v in items[..before].iter().rev() {
                            f.push(v.clone());
                        }
                    }
                    Instr::CallFunction(argc) => {
                        if EVAL_BREAKER.load(Ordering::Relaxed) {
                            self.handle_eval_breaker()?;
                        }
                        let n = f.stack.len();
                        let base = n - argc as usize;
                        if argc == 0 && is_locals_builtin(&f.stack[base - 1]) {
                            // `locals()` reads this frame's fast locals, which only the loop can see.
                            let d = self.frame_locals(f);
                            f.stack.truncate(base - 1);
                            f.push(d);
                            continue;
                        }
                        if let Value::Function(func) = &f.stack[base - 1] {
                            if !func.code.co.is_generator {
                                self.enter_inline_call()?;
                                let callee = match self.prepare_call(func, &f.stack[base..], &[]) {
                                    Ok(c) => c,
                                    Err(e) => {
                                        self.leave_call();
                                        return Err(e.into());
                                    }
                                };
                                f.stack.truncate(base - 1);
                                fp = self.push_callee(calls, callee);
                                continue 'frames;
                            }
                        }
                        if let Value::Class(cls) = &f.stack[base - 1] {
                            let site = code.site_base + f.ip - 1;
                            if let Some(init) = self.init_site(site, cls) {
                                // `C(args)` with a Python `__init__`: run it in this loop.
                                let obj = Value::Instance(Arc::new(
                                    crate::runtime::class::Instance::new(cls.clone()),
                                ));
                                self.enter_inline_call()?;
                                let r = self.prepare_method_call(&init, &obj, &f.stack[base..]);
                                let mut callee = match r {
                                    Ok(c) => c,
                                    Err(e) => {
                                        self.leave_call();
                                        return Err(e.into());
                                    }
                                };
                                callee.init_result = Some(obj);
                                f.stack.truncate(base - 1);
                                fp = self.push_callee(calls, callee);
                                continue 'frames;
                            }
                        }
                        let result = self.call(&f.stack[base - 1], &f.stack[base..], &[]);
                        f.stack.truncate(base - 1);
                        f.push(result?);
                        if EVAL_BREAKER.load(Ordering::Relaxed) {
                            self.handle_eval_breaker()?;
                        }
                    }
                    Instr::CallFunctionKw(argc) => {
                        let names = f.pop();
                        let n = f.stack.len();
                        let base = n - argc as usize;
                        let func = f.stack[base - 1].clone();
                        let Value::Tuple(names) = names else {
                            return Err(PyErr::type_error("bad keyword names").into());
                        };
                        let nkw = names.items.len();
                        let kw: Vec<(Arc<str>, Value)> = names
                            .items
                            .iter()
                            .zip(f.stack[n - nkw..].iter())
                            .map(|(k, v)| (Arc::from(k.as_str().unwrap_or("")), v.clone()))
                            .collect();
                        let result = self.call(&func, &f.stack[base..n - nkw], &kw);
                        f.stack.truncate(base - 1);
                        f.push(result?);
                    }
                    Instr::CallFunctionEx(flags) => {
                        let kwargs = if flags & 1 != 0 { Some(f.pop()) } else { None };
                        let args = f.pop();
                        let func = f.pop();
                        let args = match args {
                            Value::Tuple(t) => t.items.to_vec(),
                            other => self.collect(&other)?,
                        };
                        let mut kw = Vec::new();
                        if let Some(Value::Dict(d)) = kwargs {
                            for (k, v) in d.items() {
                                match k {
                                    Value::Str(s) => kw.push((Arc::from(s.as_str()), v)),
                                    _ => {
                                        return Err(
                                            PyErr::type_error("keywords must be strings").into()
                                        )
                                    }
                                }
                            }
                        }
                        let r = self.call(&func, &args, &kw)?;
                        f.push(r);
                    }
                    Instr::MakeFunction(flags) => {
                        let code_v = f.pop();
                        let closure = if flags & 8 != 0 { Some(f.pop()) } else { None };
                        let kwdefaults = if flags & 2 != 0 { Some(f.pop()) } else { None };
                        let defaults = if flags & 1 != 0 { Some(f.pop()) } else { None };
                        let Value::Code(fcode) = code_v else {
                            return Err(PyErr::type_error("MakeFunction without code").into());
                        };
                        let closure: Vec<Arc<Cell>> = match closure {
                            Some(Value::Tuple(t)) => t
                                .items
                                .iter()
                                .filter_map(|c| {
                                    if let Value::Cell(c) = c {
                                        Some(c.clone())
                                    } else {
                                        None
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        };
                        let defaults = match defaults {
                            Some(Value::Tuple(t)) => t.items.to_vec(),
                            _ => Vec::new(),
                        };
                        let kwdefaults = match kwdefaults {
                            Some(Value::Dict(d)) => d
                                .items()
                                .into_iter()
                                .filter_map(|(k, v)| k.as_str().map(|s| (Arc::from(s), v)))
                                .collect(),
                            _ => Vec::new(),
                        };
                        let func = Function {
                            name: crate::lock::RwLock::new(fcode.co.name.clone()),
                            qualname: crate::lock::RwLock::new(fcode.co.qualname.clone()),
                            code: fcode,
                            globals: f.globals.clone(),
                            defaults,
                            kwdefaults,
                            closure,
                            dict: Arc::new(Dict::new()),
                        };
                        f.push(Value::Function(Arc::new(func)));
                    }
                    Instr::LoadBuildClass => {
                        f.push(crate::builtins::functions::build_class_builtin());
                    }
                    Instr::LoadAssertionError => {
                        f.push(Value::Class(types().assertion_error.clone()))
                    }
                    Instr::ReturnValue => {
                        let mut v = f.pop();
                        let Some(mut done) = calls.pop() else {
                            return Ok(Step::Exit(Exit::Return(v)));
                        };
                        let init = done.init_result.take();
                        let gen = done.gen_owner.take();
                        self.finish_callee(done);
                        if let Some((owner, exit)) = gen {
                            // A generator resumed by a `for` returned: the loop ends.
                            if let Some(g) = owner.downcast::<Generator>() {
                                g.finish();
                            }
                            fp = innermost(calls, base_ptr);
                            // SAFETY: as at the top of 'frames: `fp` is the caller.
                            let caller = unsafe { &mut *fp };
                            drop_value(caller.pop());
                            caller.ip = exit as usize;
                            continue 'frames;
                        }
                        if let Some(obj) = init {
                            if !v.is_none() {
                                // Raised at the caller's call instruction (now the innermost frame).
                                return Err(PyErr::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    class_of(&v).name
                                ))
                                .into());
                            }
                            v = obj;
                        }
                        fp = innermost(calls, base_ptr);
                        // SAFETY: as at the top of 'frames: `fp` is the caller, now innermost.
                        unsafe { (*fp).push(v) };
                        continue 'frames;
                    }
                    Instr::YieldValue => {
                        let v = f.pop();
                        if f.gen_owner.is_some() {
                            fp = self.yield_inline(calls, base_ptr, v)?;
                            continue 'frames;
                        }
                        return Ok(Step::Exit(Exit::Yield(v)));
                    }
                    Instr::GetYieldFromIter => {
                        let v = f.pop();
                        let it = if v.downcast::<super::generator::Generator>().is_some() {
                            v
                        } else {
                            self.iter(&v)?
                        };
                        f.push(it);
                    }
                    Instr::YieldFrom => {
                        let sent = f.pop();
                        let sub = f.top().clone();
                        match self.send_to(&sub, sent)? {
                            Ok(y) => {
                                // Re-execute YieldFrom on resume with the sent value on top.
                                f.ip -= 1;
                                if f.gen_owner.is_some() {
                                    fp = self.yield_inline(calls, base_ptr, y)?;
                                    continue 'frames;
                                }
                                return Ok(Step::Exit(Exit::Yield(y)));
                            }
                            Err(ret) => {
                                f.pop();
                                f.push(ret);
                            }
                        }
                    }
                    Instr::SetupExcept(h) => {
                        f.blocks.push(Block {
                            kind: BlockKind::Except { handler: h },
                            level: f.stack.len() as u32,
                        });
                    }
                    Instr::SetupWith(h) => {
                        f.blocks.push(Block {
                            kind: BlockKind::Except { handler: h },
                            level: f.stack.len() as u32 - 1,
                        });
                    }
                    Instr::PopBlock => {
                        f.blocks.pop();
                    }
                    Instr::PopExcept => {
                        if let Some(b) = f.blocks.pop() {
                            if let BlockKind::Handler = b.kind {
                                self.exc_info.pop();
                            }
                        }
                    }
                    Instr::Raise(n) => {
                        return Err(self.do_raise(f, n)?);
                    }
                    Instr::Reraise => {
                        let v = f.pop();
                        match v {
                            Value::Instance(i) if i.exc.is_some() => {
                                return Err(Raised {
                                    err: PyErr::from_instance(i),
                                    reraise: true,
                                })
                            }
                            _ => {
                                return Err(PyErr::type_error(
                                    "exceptions must derive from BaseException",
                                )
                                .into())
                            }
                        }
                    }
                    Instr::CheckExcMatch => {
                        let typ = f.pop();
                        let exc = f.top().clone();
                        let r = self.exception_matches(&exc, &typ)?;
                        f.push(Value::Bool(r));
                    }
                    Instr::BeforeWith => {
                        let mgr = f.pop();
                        let enter = self.lookup_special(&mgr, "__enter__");
                        let exit = self.lookup_special(&mgr, "__exit__");
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let tn = class_of(&mgr).name.clone();
                            let missing = if self.lookup_special(&mgr, "__enter__").is_none() {
                                ""
                            } else {
                                " (missed __exit__ method)"
                            };
                            return Err(PyErr::type_error(format!(
                            "'{tn}' object does not support the context manager protocol{missing}"
                        ))
                            .into());
                        };
                        let res = self.call(&enter, &[], &[])?;
                        f.push(exit);
                        f.push(res);
                    }
                    Instr::WithExceptStart => {
                        let exc = f.top().clone();
                        let exit = f.peek(2).clone();
                        let typ = Value::Class(class_of(&exc));
                        let tb = Value::None;
                        let r = self.call(&exit, &[typ, exc, tb], &[])?;
                        f.push(r);
                    }
                    Instr::ImportName(n) => {
                        let m = self.import_name(&code.names[n as usize], &f.globals)?;
                        f.push(m);
                    }
                    Instr::ImportLeaf { name, level } => {
                        let m = self.import_leaf(
                            code.names[name as usize].as_str(),
                            level as usize,
                            &f.globals,
                        )?;
                        f.push(m);
                    }
                    Instr::ImportFrom(n) => {
                        let m = f.top().clone();
                        let v = self.import_from(&m, code.names[n as usize].as_str())?;
                        f.push(v);
                    }
                    Instr::ImportStar => {
                        let m = f.pop();
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        self.import_star(&m, &ns)?;
                    }
                    Instr::PrintExpr => {
                        let v = f.pop();
                        self.display_value(v)?;
                    }
                }
            }
        }
    }

    /// Starts a callee made by a call instruction; returns the pointer to its (boxed) frame.
    #[inline]
    #[allow(clippy::vec_box)]
    fn push_callee(&mut self, calls: &mut Vec<Box<Frame>>, mut callee: Box<Frame>) -> *mut Frame {
        self.begin_frame(&mut callee);
        calls.push(callee);
        match calls.last_mut() {
            Some(b) => &mut **b,
            None => unreachable!("just pushed"),
        }
    }

    /// A generator frame resumed by a `for` in the dispatch loop (the top of `calls`) yields
    /// `v`: its frame goes back into the generator, suspended, and `v` onto the caller's
    /// stack. Returns the caller's frame.
    #[allow(clippy::vec_box)]
    fn yield_inline(
        &mut self,
        calls: &mut Vec<Box<Frame>>,
        base_ptr: *mut Frame,
        v: Value,
    ) -> Result<*mut Frame, Raised> {
        let Some(mut done) = calls.pop() else {
            return Err(PyErr::runtime_error("yield outside a resumed generator frame").into());
        };
        let Some((owner, _)) = done.gen_owner.take() else {
            return Err(PyErr::runtime_error("yield outside a resumed generator frame").into());
        };
        self.suspend_frame(&mut done);
        self.leave_call();
        if let Some(g) = owner.downcast::<Generator>() {
            g.suspend(done);
        }
        let fp = innermost(calls, base_ptr);
        // SAFETY: `fp` is the caller's frame: the next box on `calls` or `base` (see execute).
        unsafe { (*fp).push(v) };
        Ok(fp)
    }

    /// Ends a callee that returned normally and gives its frame back to the pool.
    #[inline]
    fn finish_callee(&mut self, mut done: Box<Frame>) {
        self.end_frame(&mut done);
        self.leave_call();
        self.recycle_frame(done);
    }

    /// The REPL's echo of an expression statement: `repr` on stdout and `_` (None is silent).
    pub fn display_value(&mut self, v: Value) -> PyResult<()> {
        if !v.is_none() {
            let s = self.repr(&v)?;
            crate::builtins::io::write_stdout(self, &format!("{s}\n"))?;
            self.interp.builtins.set_str("_", v);
        }
        Ok(())
    }

    fn unbound_deref(&self, code: &crate::runtime::func::Code, i: u32) -> PyErr {
        let ncell = code.co.cellvars.len();
        let (name, is_cell) = if (i as usize) < ncell {
            (&code.co.cellvars[i as usize], true)
        } else {
            (&code.co.freevars[i as usize - ncell], false)
        };
        if is_cell {
            unbound_local(name)
        } else {
            PyErr::name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> Result<Raised, Raised> {
        match n {
            0 => match self.exc_info.last() {
                Some(Value::Instance(i)) => Ok(Raised {
                    err: PyErr::from_instance(i.clone()),
                    reraise: true,
                }),
                _ => Ok(PyErr::runtime_error("No active exception to reraise").into()),
            },
            _ => {
                let cause = if n == 2 { Some(f.pop()) } else { None };
                let exc = f.pop();
                let err = self.make_exception(&exc)?;
                if let Some(c) = cause {
                    let c = match c {
                        Value::None => None,
                        other => Some(self.make_exception(&other)?.value()),
                    };
                    err.set_cause(c);
                }
                Ok(err.into())
            }
        }
    }

    /// Turns `raise X` operands into an exception: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr::from_instance(i.clone())),
            Value::Class(c) if c.is_subclass(&types().base_exception) => {
                let inst = self.call(v, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr::from_instance(i)),
                    _ => Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        c.name,
                        class_of(&inst).name
                    ))),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// `isinstance(exc, typ)` for `except typ:` clauses.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&types().base_exception) {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(class_of(exc).is_subclass(c))
            }
            Value::Tuple(t) => {
                for t in t.items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn star_error(&self, e: PyErr, it: &Value) -> PyErr {
        if e.is_instance(&types().type_error) && self.is_not_iterable_error(&e) {
            return PyErr::type_error(format!(
                "Value after * must be an iterable, not {}",
                class_of(it).name
            ));
        }
        e
    }

    fn is_not_iterable_error(&self, e: &PyErr) -> bool {
        matches!(e.args().first(), Some(Value::Str(s)) if s.as_str().ends_with("is not iterable"))
    }
}

/// A `List` value holding `items` (used by helpers building lists).
pub fn new_list(items: Vec<Value>) -> Arc<List> {
    Arc::new(List::new(items))
}

/// Arithmetic that needs no allocation, no error and no dispatch: small ints (without
/// overflow) and floats (without division by zero). `None` means "take the general path".
#[inline(always)]
fn fast_arith(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            return match op {
                BinOp::Add => x.checked_add(y).map(Value::Int),
                BinOp::Sub => x.checked_sub(y).map(Value::Int),
                BinOp::Mult => x.checked_mul(y).map(Value::Int),
                // Python's floor semantics: the remainder takes the divisor's sign. Division
                // by zero and i64::MIN / -1 (checked_* gives None) take the general path.
                BinOp::Mod => {
                    let r = x.checked_rem(y)?;
                    Some(Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                        r + y
                    } else {
                        r
                    }))
                }
                BinOp::FloorDiv => {
                    let q = x.checked_div(y)?;
                    let inexact = x.checked_rem(y)? != 0;
                    Some(Value::Int(if inexact && ((x < 0) != (y < 0)) {
                        q - 1
                    } else {
                        q
                    }))
                }
                BinOp::BitAnd => Some(Value::Int(x & y)),
                BinOp::BitOr => Some(Value::Int(x | y)),
                BinOp::BitXor => Some(Value::Int(x ^ y)),
                _ => None,
            };
        }
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        _ => return None,
    };
    // Ints beyond 2**53 convert inexactly in CPython too (it also rounds to the nearest float).
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// Whether `v` is the `locals` builtin.
fn is_locals_builtin(v: &Value) -> bool {
    match v {
        Value::Builtin(b) => {
            b.bound.is_none()
                && std::ptr::eq(
                    b.func as *const (),
                    crate::builtins::exec::locals as *const (),
                )
        }
        _ => false,
    }
}

impl Vm {
    /// `locals()` for a frame: its namespace for module and class bodies, else a snapshot of
    /// the bound fast locals and cells (as CPython 3.11 returns for functions).
    fn frame_locals(&mut self, f: &Frame) -> Value {
        if let Some(l) = &f.locals {
            return Value::Dict(l.clone());
        }
        if f.code.co.kind != crate::compiler::bytecode::CodeKind::Function {
            return Value::Dict(f.globals.clone());
        }
        let d = Dict::new();
        for (name, v) in f.code.varnames.iter().zip(f.fast.iter()) {
            if let Some(v) = v {
                d.set_simple(Value::Str(name.clone()), v.clone());
            }
        }
        let co = &f.code.co;
        for (name, cell) in co
            .cellvars
            .iter()
            .chain(co.freevars.iter())
            .zip(f.cells.iter())
        {
            if let Some(v) = cell.get() {
                d.set_str(name, v);
            }
        }
        Value::Dict(Arc::new(d))
    }
}

/// CPython 3.11's UnboundLocalError for a local read (or deleted) before assignment.
fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        &types().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// CPython's NameError for an unbound global or module-level name.
fn not_defined(name: &crate::runtime::str::PyStr) -> PyErr {
    PyErr::name_error(format!("name '{}' is not defined", name.as_str()))
}

impl Vm {
    /// A name from the module's globals, else the builtins (LoadGlobal and LoadName).
    fn global_or_builtin(
        &self,
        globals: &Dict,
        name: &crate::runtime::str::PyStr,
    ) -> PyResult<Value> {
        match globals.get_pystr(name) {
            Some(v) => Ok(v),
            None => self
                .interp
                .builtins
                .get_pystr(name)
                .ok_or_else(|| not_defined(name)),
        }
    }
}
