//! Error types that cross the crate boundary: compile errors (syntax and unsupported features).
//!
//! Runtime exceptions are Python objects living in the heap; see `vm` and `exceptions`.

use std::fmt;

/// The Python exception class a compile error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A construct Cloaca parses but deliberately does not support (e.g. `async def`, `match`).
    NotImplementedError,
}

impl CompileErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::NotImplementedError => "NotImplementedError",
        }
    }
}

/// A script could not be compiled. Carries everything needed to print a CPython-style report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
    /// The offending source line (without its newline), if available.
    pub source_line: Option<String>,
}

impl CompileError {
    /// The report CPython prints for a syntax error:
    ///
    /// ```text
    ///   File "x.py", line 3
    ///     print("a"
    ///          ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(src) = &self.source_line {
            let trimmed = src.trim_start();
            let indent = src.chars().count() - trimmed.chars().count();
            let trimmed = trimmed.trim_end();
            if !trimmed.is_empty() {
                out.push_str("    ");
                out.push_str(trimmed);
                out.push('\n');
                let caret_col = (self.column as usize)
                    .saturating_sub(1)
                    .saturating_sub(indent);
                let caret_col = caret_col.min(trimmed.chars().count());
                out.push_str("    ");
                out.push_str(&" ".repeat(caret_col));
                out.push_str("^\n");
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {}, column {})",
            self.kind.name(),
            self.message,
            self.filename,
            self.line,
            self.column
        )
    }
}

impl std::error::Error for CompileError {}
