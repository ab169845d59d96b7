//! Maps byte offsets in a source text to 1-based line and column numbers and back to the text of
//! a line. Columns count characters (not bytes), as CPython's carets do.

/// Line starts of one source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line number holding byte `offset`.
    pub fn line(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based (line, column); the column counts characters from the line start.
    pub fn line_col(&self, source: &str, offset: u32) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1] as usize;
        let end = (offset as usize).min(source.len());
        let col = source
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        (line, col)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text<'a>(&self, source: &'a str, line: usize) -> &'a str {
        if line == 0 || line > self.starts.len() {
            return "";
        }
        let start = self.starts[line - 1] as usize;
        let end = self
            .starts
            .get(line)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// One source text with its name and line index, shared by every code object compiled from it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as given on the command line (shown in tracebacks), or `<string>`, `<stdin>`.
    pub name: String,
    pub text: String,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let lines = LineIndex::new(&text);
        SourceFile {
            name: name.into(),
            text,
            lines,
        }
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        self.lines.line_text(&self.text, line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets() {
        let src = "ab\ncd\n\nx";
        let li = LineIndex::new(src);
        assert_eq!(li.line_col(src, 0), (1, 1));
        assert_eq!(li.line_col(src, 4), (2, 2));
        assert_eq!(li.line_col(src, 7), (4, 1));
        assert_eq!(li.line_text(src, 2), "cd");
        assert_eq!(li.line_text(src, 3), "");
    }
}
