//! CPython 3.11-style rendering of uncaught exceptions: the traceback (outermost call first,
//! with the source line and carets under the failing expression), chained causes and
//! contexts, and the final `Type: message` line.

use super::Vm;
use crate::runtime::class::Instance;
use crate::runtime::exc::TbEntry;
use crate::runtime::{PyErr, Value};
use std::sync::atomic::Ordering;
use std::sync::Arc;

impl Vm {
    /// The full text CPython prints to stderr for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&err.exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Arc<Instance>, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Arc::as_ptr(exc) as usize);
        if let Some(st) = &exc.exc {
            let cause = st.cause.read().clone();
            let context = st.context.read().clone();
            let suppress = st.suppress_context.load(Ordering::Relaxed);
            if let Some(Value::Instance(c)) = &cause {
                if !seen.contains(&(Arc::as_ptr(c) as usize)) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Some(Value::Instance(c)), false) = (&context, suppress) {
                if !seen.contains(&(Arc::as_ptr(c) as usize)) {
                    self.format_chain(c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
            let tb = st.traceback.lock().clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for entry in tb.iter().rev() {
                    out.push_str(&format_entry(entry));
                }
            }
        }
        if let Some(Value::Str(r)) = exc.dict.get_str("_rendered") {
            out.push_str(r.as_str());
            return;
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// `Type: message` (or just `Type` when the message is empty).
    pub fn exception_line(&mut self, exc: &Arc<Instance>) -> String {
        let cls = exc.class();
        let name = if cls.module.as_ref() == "builtins" || cls.module.as_ref() == "__main__" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let msg = match self.str(&Value::Instance(exc.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

fn format_entry(e: &TbEntry) -> String {
    let co = &e.code.co;
    let line = co.line_of(e.ip as usize);
    let mut s = format!(
        "  File \"{}\", line {}, in {}\n",
        co.source.name, line, co.name
    );
    if co.source.name.starts_with('<') {
        // CPython shows no source for <stdin>, <string> and other pseudo-files.
        return s;
    }
    let text = co.source.line_text(line);
    let stripped = text.trim_start();
    if stripped.is_empty() {
        return s;
    }
    s.push_str("    ");
    s.push_str(stripped.trim_end());
    s.push('\n');
    if let Some(span) = co.locations.get(e.ip as usize) {
        let (l1, c1) = co.source.lines.line_col(&co.source.text, span.start);
        let (l2, c2) = co.source.lines.line_col(&co.source.text, span.end);
        if l1 == line {
            let indent = text.chars().count() - stripped.chars().count();
            let end_col = if l2 == line {
                c2
            } else {
                text.chars().count() + 1
            };
            let start = c1.saturating_sub(1).saturating_sub(indent);
            let end = end_col.saturating_sub(1).saturating_sub(indent);
            let width = stripped.trim_end().chars().count();
            if end > start && !(start == 0 && end >= width) {
                s.push_str("    ");
                s.push_str(&" ".repeat(start));
                s.push_str(&"^".repeat(end - start));
                s.push('\n');
            }
        }
    }
    s
}
