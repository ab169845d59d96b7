//! A frame: one activation of a code object — its fast locals, cells, value stack, the block
//! stack of active exception handlers, and (for module and class bodies) a locals namespace.

use crate::runtime::dict::Dict;
use crate::runtime::func::{Cell, Code};
use crate::runtime::Value;
use std::sync::Arc;

#[derive(Clone, Copy, Debug)]
pub enum BlockKind {
    /// A protected region set up by `SetupExcept`: on an exception, jump to `handler`.
    Except { handler: u32 },
    /// Running an exception handler: leaving it (by exception) restores `exc_info`.
    Handler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Value-stack depth when the block was pushed.
    pub level: u32,
}

pub struct Frame {
    pub code: Arc<Code>,
    pub ip: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Option<Value>>,
    pub cells: Vec<Arc<Cell>>,
    pub blocks: Vec<Block>,
    pub globals: Arc<Dict>,
    /// Namespace for LoadName/StoreName (module and class bodies).
    pub locals: Option<Arc<Dict>>,
    /// Handled exceptions this frame had pushed when it last yielded (generators only).
    pub saved_exc: Vec<Value>,
    /// Depth of the VM's `exc_info` when this activation started.
    pub exc_base: usize,
    /// Whether this activation pushed an entry on the VM's scope stack.
    pub scope_pushed: bool,
    /// For an `__init__` run by a class call inside the dispatch loop: the new instance,
    /// which the call evaluates to once `__init__` returns None.
    pub init_result: Option<Value>,
    /// For a generator's frame resumed by a `for` loop inside the dispatch loop: the
    /// generator (to suspend the frame into on yield) and the loop's exit target.
    pub gen_owner: Option<(Value, u32)>,
}

impl Frame {
    pub fn new(code: Arc<Code>, globals: Arc<Dict>, locals: Option<Arc<Dict>>) -> Frame {
        let nlocals = code.co.varnames.len();
        let stack = Vec::with_capacity(code.co.max_stack as usize + 2);
        Frame {
            ip: 0,
            stack,
            fast: vec![None; nlocals],
            cells: Vec::new(),
            blocks: Vec::new(),
            globals,
            locals,
            saved_exc: Vec::new(),
            exc_base: 0,
            scope_pushed: false,
            init_result: None,
            gen_owner: None,
            code,
        }
    }

    /// Reuses a pooled frame for a new activation (keeps the vectors' capacity).
    pub fn reset(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, locals: Option<Arc<Dict>>) {
        let nlocals = code.co.varnames.len();
        self.ip = 0;
        self.stack.clear();
        let want = code.co.max_stack as usize + 2;
        if self.stack.capacity() < want {
            self.stack.reserve(want);
        }
        self.fast.clear();
        self.fast
            .extend(std::iter::repeat_with(|| None).take(nlocals));
        self.cells.clear();
        self.blocks.clear();
        self.saved_exc.clear();
        // Recursive and repeated calls reuse a frame of the same function: skip the refcounts.
        if !Arc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        self.locals = locals;
        if !Arc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
    }

    /// Drops the values a finished activation holds, ready for the pool.
    pub fn release(&mut self) {
        self.stack.clear();
        self.fast.clear();
        self.cells.clear();
        self.blocks.clear();
        self.saved_exc.clear();
        self.locals = None;
        self.init_result = None;
        self.gen_owner = None;
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // The compiler's stack discipline guarantees a value is there; an empty stack would be
        // a compiler bug, reported as None rather than a crash.
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The i-th value from the top (1 = top).
    #[inline(always)]
    pub fn peek(&self, i: usize) -> &Value {
        &self.stack[self.stack.len() - i]
    }
}
