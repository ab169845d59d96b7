//! Generator objects: a suspended frame resumed by `next`/`send`/`throw`/`close`.
//! Guarantees: a generator runs on at most one thread at a time ("generator already
//! executing" otherwise); a StopIteration escaping the body becomes RuntimeError (PEP 479).

use super::eval::Exit;
use super::frame::Frame;
use super::Vm;
use crate::lock::Mutex;
use crate::runtime::class::Class;
use crate::runtime::types::types;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::sync::{Arc, OnceLock};

enum State {
    Created(Box<Frame>),
    Suspended(Box<Frame>),
    Running,
    Finished,
}

pub struct Generator {
    state: Mutex<State>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
}

/// Outcome of resuming: `Ok(yielded)` or `Err(returned)`.
pub type Resume = Result<Value, Value>;

pub fn generator_class() -> Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = Class::native("generator");
        crate::builtins::objects::install_generator_methods(&c);
        c
    })
    .clone()
}

impl Generator {
    pub fn new(frame: Box<Frame>, name: Arc<str>, qualname: Arc<str>) -> Generator {
        Generator {
            state: Mutex::new(State::Created(frame)),
            name,
            qualname,
        }
    }

    /// Resumes with `sent` (or raises `throw` inside the generator).
    pub fn resume(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult<Resume> {
        let prev = std::mem::replace(&mut *self.state.lock(), State::Running);
        let mut frame = match prev {
            State::Created(f) => {
                if throw.is_none() && !sent.is_none() {
                    *self.state.lock() = State::Created(f);
                    return Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
                if let Some(e) = throw {
                    *self.state.lock() = State::Finished;
                    return Err(e);
                }
                f
            }
            State::Suspended(mut f) => {
                if throw.is_none() {
                    f.push(sent);
                }
                f
            }
            State::Running => {
                *self.state.lock() = State::Running;
                return Err(PyErr::value_error("generator already executing"));
            }
            State::Finished => {
                *self.state.lock() = State::Finished;
                if let Some(e) = throw {
                    return Err(e);
                }
                return Ok(Err(Value::None));
            }
        };
        if let Err(e) = vm.enter_call() {
            *self.state.lock() = State::Suspended(frame);
            return Err(e);
        }
        let r = match throw {
            Some(e) => vm.throw_into(&mut frame, e),
            None => vm.run_frame(&mut frame),
        };
        vm.leave_call();
        match r {
            Ok(Exit::Yield(v)) => {
                *self.state.lock() = State::Suspended(frame);
                Ok(Ok(v))
            }
            Ok(Exit::Return(v)) => {
                *self.state.lock() = State::Finished;
                Ok(Err(v))
            }
            Err(e) => {
                *self.state.lock() = State::Finished;
                Err(pep479(e))
            }
        }
    }

    /// Takes the frame out to resume it with None inside the caller's dispatch loop (a `for`
    /// over this generator); `None` (and no change) unless it is suspended or just created.
    pub(crate) fn take_for_resume(&self) -> Option<Box<Frame>> {
        let mut st = self.state.lock();
        match std::mem::replace(&mut *st, State::Running) {
            State::Created(f) => Some(f),
            State::Suspended(mut f) => {
                f.push(Value::None);
                Some(f)
            }
            other => {
                *st = other;
                None
            }
        }
    }

    /// Gives back a frame taken by `take_for_resume` that yielded.
    pub(crate) fn suspend(&self, f: Box<Frame>) {
        *self.state.lock() = State::Suspended(f);
    }

    /// Marks a generator resumed by `take_for_resume` as returned or raised.
    pub(crate) fn finish(&self) {
        *self.state.lock() = State::Finished;
    }

    /// `gen.close()`.
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if matches!(*self.state.lock(), State::Created(_) | State::Finished) {
            *self.state.lock() = State::Finished;
            return Ok(());
        }
        let exit = PyErr::with_args(&types().generator_exit, vec![]);
        match self.resume(vm, Value::None, Some(exit)) {
            Ok(Ok(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(Err(_)) => Ok(()),
            Err(e)
                if e.is_instance(&types().generator_exit)
                    || e.is_instance(&types().stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(*self.state.lock(), State::Running)
    }
}

impl NativeObject for Generator {
    fn class(&self) -> Arc<Class> {
        generator_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self.resume(vm, Value::None, None)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }
    fn getattr(&self, _vm: &mut Vm, _me: &Value, name: &str) -> PyResult<Option<Value>> {
        let st = self.state.lock();
        Ok(match name {
            "gi_running" => Some(Value::Bool(matches!(*st, State::Running))),
            "gi_frame" => Some(match &*st {
                State::Created(f) | State::Suspended(f) => {
                    super::introspect::frame_object(&f.code, f.ip.saturating_sub(1))
                }
                State::Running => Value::None,
                State::Finished => Value::None,
            }),
            "gi_code" => match &*st {
                State::Created(f) | State::Suspended(f) => Some(Value::Code(f.code.clone())),
                _ => None,
            },
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "<generator object {} at {:#x}>",
            self.qualname, self as *const _ as usize
        )))
    }
}

impl Vm {
    /// Raises `err` at the generator's suspension point and continues running the frame.
    pub fn throw_into(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<Exit> {
        // Suspended inside `yield from`: the exception goes to the sub-iterator first.
        let mut err = err;
        if let Some(crate::compiler::bytecode::Instr::YieldFrom) =
            frame.code.co.instrs.get(frame.ip)
        {
            let sub = frame.top().clone();
            let forwarded = if let Some(g) = sub.downcast::<Generator>() {
                Some(g.resume(self, Value::None, Some(err.clone())))
            } else {
                self.lookup_special(&sub, "throw")
                    .map(|m| self.call(&m, &[err.value()], &[]).map(Ok))
            };
            match forwarded {
                Some(Ok(Ok(y))) => return Ok(Exit::Yield(y)),
                Some(Ok(Err(ret))) => {
                    frame.pop();
                    frame.push(ret);
                    frame.ip += 1;
                    return self.run_frame(frame);
                }
                Some(Err(e)) => {
                    frame.pop();
                    frame.ip += 1;
                    if e.is_instance(&types().stop_iteration) {
                        frame.push(e.args().first().cloned().unwrap_or(Value::None));
                        return self.run_frame(frame);
                    }
                    err = e;
                }
                None => {}
            }
        }
        let ip = frame.ip.saturating_sub(1);
        err.push_traceback(&frame.code, ip);
        // Reuse the unwinding logic by running a frame whose next step is the error.
        if !self.unwind_for_throw(frame, &err) {
            return Err(err);
        }
        self.run_frame(frame)
    }

    fn unwind_for_throw(&mut self, frame: &mut Frame, err: &PyErr) -> bool {
        use super::frame::{Block, BlockKind};
        if !frame.saved_exc.is_empty() {
            self.exc_info.append(&mut frame.saved_exc);
        }
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
                    self.exc_info.push(err.value());
                    frame.push(err.value());
                    frame.ip = handler as usize;
                    // run_frame will re-push saved exc from this frame; keep them live here.
                    let n = frame
                        .blocks
                        .iter()
                        .filter(|b| matches!(b.kind, BlockKind::Handler))
                        .count();
                    let len = self.exc_info.len();
                    frame.saved_exc = self.exc_info.split_off(len - n.min(len));
                    return true;
                }
            }
        }
        false
    }

    /// `yield from` step: sends `v` into `sub`.
    pub fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<Resume> {
        if let Some(g) = sub.downcast::<Generator>() {
            return g.resume(self, v, None);
        }
        if v.is_none() {
            return match self.next(sub) {
                Ok(Some(y)) => Ok(Ok(y)),
                Ok(None) => Ok(Err(Value::None)),
                Err(e) => Err(e),
            };
        }
        match self.call_method(sub, "send", &[v]) {
            Ok(Some(y)) => Ok(Ok(y)),
            Ok(None) => Err(PyErr::attribute_error("object has no attribute 'send'")),
            Err(e) if e.is_instance(&types().stop_iteration) => {
                Ok(Err(e.args().first().cloned().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }
}

/// Suspended generator frames dropped while inside a `try`/`with`: they still owe a
/// `close()` (their `finally` blocks), run at the next safe point by any thread's VM.
/// A dropped generator's frame with its name and qualified name.
type Unfinished = (Box<Frame>, Arc<str>, Arc<str>);
static PENDING: Mutex<Vec<Unfinished>> = Mutex::new(Vec::new());

impl Drop for Generator {
    fn drop(&mut self) {
        let state = std::mem::replace(&mut *self.state.lock(), State::Finished);
        if let State::Suspended(frame) = state {
            let protected = frame
                .blocks
                .iter()
                .any(|b| matches!(b.kind, super::frame::BlockKind::Except { .. }));
            if protected {
                PENDING
                    .lock()
                    .push((frame, self.name.clone(), self.qualname.clone()));
                super::EVAL_BREAKER.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
    }
}

/// Closes generators that were dropped while suspended in a protected region (CPython runs
/// their `finally` when the last reference goes). Errors are reported, not raised.
pub fn run_pending_finalizers(vm: &mut Vm) {
    loop {
        let Some((frame, name, qualname)) = PENDING.lock().pop() else {
            return;
        };
        let g = Generator {
            state: Mutex::new(State::Suspended(frame)),
            name,
            qualname,
        };
        if let Err(e) = g.close(vm) {
            let text = vm.format_exception(&e);
            crate::builtins::io::write_raw(
                crate::builtins::io::StreamKind::Stderr,
                &format!(
                    "Exception ignored in: <generator object {} at {:#x}>\n{text}",
                    g.qualname, &g as *const _ as usize
                ),
            );
        }
    }
}

/// PEP 479: a StopIteration escaping a generator's body becomes RuntimeError.
pub(crate) fn pep479(e: PyErr) -> PyErr {
    if e.is_instance(&types().stop_iteration) {
        let re = PyErr::runtime_error("generator raised StopIteration");
        *re.state().cause.write() = Some(e.value());
        return re;
    }
    e
}
