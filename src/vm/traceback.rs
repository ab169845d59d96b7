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
                // Like CPython: after 3 identical consecutive entries, count the rest.
                let mut last: Option<(usize, usize)> = None;
                let mut repeats = 0usize;
                // CPython's default traceback limit: only the innermost 1000 entries.
                let skip = tb.len().saturating_sub(1000);
                for entry in tb.iter().rev().skip(skip) {
                    let key = (
                        std::sync::Arc::as_ptr(&entry.code) as usize,
                        entry.code.co.line_of(entry.ip as usize),
                    );
                    if last == Some(key) {
                        repeats += 1;
                    } else {
                        flush_repeats(out, repeats);
                        last = Some(key);
                        repeats = 0;
                    }
                    if repeats < 3 {
                        out.push_str(&format_entry(entry));
                    }
                }
                flush_repeats(out, repeats);
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
            let chars: Vec<char> = text.chars().collect();
            let indent = chars.len() - stripped.chars().count();
            let width = stripped.trim_end().chars().count();
            let (start, end) = (
                c1.saturating_sub(1),
                if l2 == line {
                    c2.saturating_sub(1)
                } else {
                    indent + width
                },
            );
            let end = end.min(chars.len());
            let anchors = if l2 == line && start < end {
                caret_anchors(&chars[start..end].iter().collect::<String>())
            } else {
                None
            };
            // CPython 3.11: show carets unless they would underline the whole line plainly.
            let partial = end.saturating_sub(start) < width;
            if start < end && (partial || anchors.is_some_and(|(a, b)| b > a)) {
                s.push_str("    ");
                s.push_str(&" ".repeat(start.saturating_sub(indent)));
                for k in 0..end - start {
                    let c = match anchors {
                        Some((a, b)) if k >= a && k < b => '^',
                        Some(_) => '~',
                        None => '^',
                    };
                    s.push(c);
                }
                s.push('\n');
            }
        }
    }
    s
}

/// CPython 3.11's `_extract_caret_anchors_from_line_segment`: for a binary operation the
/// operator, for a subscript the `[...]` part (character offsets within `segment`).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = crate::syntax::parse_module(segment, "<segment>").ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(expr) = &module.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let to_char = |byte: u32| {
        segment[..(byte as usize).min(segment.len())]
            .chars()
            .count()
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = to_char(left.span.end);
            let op_end = to_char(right.span.start);
            let op_str: String = chars[op_start..op_end.max(op_start)].iter().collect();
            let offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            let op_chars: Vec<char> = op_str.chars().collect();
            if offset + 1 < op_chars.len() && !op_chars[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, index } => {
            let mut left = to_char(value.span.end);
            let mut right = to_char(index.span.end) + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// CPython's `[Previous line repeated N more times]` for collapsed recursion.
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}
