//! Parsing: the only module that touches `rustpython-parser`, so the parser can be swapped.
//!
//! Owns: turning source text into the AST ([`parse_module`]), mapping byte offsets to 1-based
//! line / character column ([`LineIndex`]), converting parser errors into CPython-like
//! [`CompileError`]s, and a cheap pre-scan ([`prescan`]) that rejects hostile input (absurd
//! bracket, indentation or operator nesting) before the parser and the AST's recursive `Drop`
//! could overflow the Rust stack.

use crate::error::{CompileError, CompileErrorKind};
pub use rustpython_parser::ast;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Mode, ParseErrorType, Tok};

/// The parsed module body.
pub type Suite = Vec<ast::Stmt>;

/// CPython's tokenizer limit on nested brackets (`MAXLEVEL`).
pub const MAX_PAREN_DEPTH: usize = 200;
/// CPython's tokenizer limit on indentation levels (`MAXINDENT`).
pub const MAX_INDENT_DEPTH: usize = 100;
/// Upper bound on the estimated expression nesting of one element of a logical line (operators,
/// keyword operators and trailers such as `f()()`, `a.b.c`, `x[0][0]` between commas). Deeper
/// input would build an AST whose recursive `Drop` (and our compiler) could overflow the stack.
/// The compiler's own nesting limit is lower, so this only catches absurd input early.
pub const MAX_EXPR_NESTING: usize = 3000;

/// Maps byte offsets to 1-based lines and 1-based character columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, character column) of byte `offset`.
    pub fn line_col(&self, source: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1];
        let mut end = offset;
        while end > start && !source.is_char_boundary(end) {
            end -= 1;
        }
        let col = source[start..end].chars().count() as u32 + 1;
        (line, col)
    }

    /// Text of 1-based `line` without its line terminator.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> Option<&'a str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(source.len());
        if start > source.len() {
            return None;
        }
        Some(source[start..end].trim_end_matches(['\n', '\r']))
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// Start byte offset of an AST range.
pub fn start_of(range: TextRange) -> usize {
    u32::from(range.start()) as usize
}

/// A parsed source file plus the locator used for error positions.
pub struct Parsed {
    pub body: Suite,
    pub index: LineIndex,
}

/// Build a [`CompileError`] at a byte offset.
pub fn error_at(
    source: &str,
    index: &LineIndex,
    filename: &str,
    kind: CompileErrorKind,
    message: impl Into<String>,
    offset: usize,
) -> CompileError {
    let (line, column) = index.line_col(source, offset);
    error_at_line_col(source, index, filename, kind, message, line, column)
}

/// Build a [`CompileError`] at a 1-based line and column.
pub fn error_at_line_col(
    source: &str,
    index: &LineIndex,
    filename: &str,
    kind: CompileErrorKind,
    message: impl Into<String>,
    line: u32,
    column: u32,
) -> CompileError {
    CompileError {
        kind,
        message: message.into(),
        filename: filename.to_string(),
        line,
        column,
        source_line: index.line_text(source, line).map(str::to_string),
    }
}

/// Parse a module. Runs [`prescan`] first, so hostile nesting is rejected cleanly.
pub fn parse_module(source: &str, filename: &str) -> Result<Parsed, CompileError> {
    let index = LineIndex::new(source);
    let scan = prescan(source);
    if let Some(err) = &scan.fatal {
        return Err(err.to_error(source, &index, filename));
    }
    match rustpython_parser::parse(source, Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Parsed {
            body: m.body,
            index,
        }),
        Ok(_) => Err(error_at(
            source,
            &index,
            filename,
            CompileErrorKind::SyntaxError,
            "invalid syntax",
            0,
        )),
        Err(err) => Err(convert_parse_error(
            source,
            &index,
            filename,
            &err.error,
            u32::from(err.offset) as usize,
            &scan,
        )),
    }
}

/// A problem found by the pre-scan (a tokenizer-level error in CPython terms).
#[derive(Clone, Debug)]
pub struct ScanError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub offset: usize,
}

impl ScanError {
    fn to_error(&self, source: &str, index: &LineIndex, filename: &str) -> CompileError {
        error_at(
            source,
            index,
            filename,
            self.kind,
            self.message.clone(),
            self.offset,
        )
    }
}

/// Result of [`prescan`].
#[derive(Clone, Debug, Default)]
pub struct ScanResult {
    /// Errors that make parsing unsafe (nesting limits): reported without calling the parser.
    pub fatal: Option<ScanError>,
    /// Tokenizer errors (unterminated strings, unbalanced brackets). CPython reports these in
    /// preference to a generic "invalid syntax" from the parser.
    pub token_error: Option<ScanError>,
}

fn syntax(message: impl Into<String>, offset: usize) -> ScanError {
    ScanError {
        kind: CompileErrorKind::SyntaxError,
        message: message.into(),
        offset,
    }
}

fn closing_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// A cheap, non-recursive tokenizer pass over the source. Tracks strings, comments, brackets,
/// indentation and an estimate of expression nesting; never allocates per token.
pub fn prescan(source: &str) -> ScanResult {
    let bytes = source.as_bytes();
    let n = bytes.len();
    let mut res = ScanResult::default();
    if let Some(nul) = source.find('\0') {
        // CPython's tokenizer rejects NUL anywhere, including inside string literals.
        res.fatal = Some(syntax("source code cannot contain null bytes", nul));
        return res;
    }
    // Bracket stack: (opening byte, offset, nesting estimate accumulated at that level).
    let mut stack: Vec<(u8, usize, usize)> = Vec::new();
    // Nesting-token count since the last comma at the current level.
    let mut level_count: usize = 0;
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    let mut continuation = false;
    // Whether the previous significant token ends an operand (so `(`/`[` is a trailer).
    let mut prev_operand = false;
    let mut line = 1usize;
    let mut i = 0usize;
    let set_token_error = |res: &mut ScanResult, e: ScanError| {
        if res.token_error.is_none() {
            res.token_error = Some(e);
        }
    };
    macro_rules! bump_nesting {
        ($res:expr, $off:expr) => {{
            level_count += 1;
            let est: usize = stack.iter().map(|s| s.2).sum::<usize>() + level_count + stack.len();
            if est > MAX_EXPR_NESTING && $res.fatal.is_none() {
                $res.fatal = Some(syntax("expression too deeply nested", $off));
                return $res;
            }
        }};
    }
    while i < n {
        // Indentation at the start of a logical line.
        if at_line_start {
            at_line_start = false;
            if stack.is_empty() && !continuation {
                let mut width = 0usize;
                let mut j = i;
                while j < n && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\x0c') {
                    width = if bytes[j] == b'\t' {
                        (width / 8 + 1) * 8
                    } else {
                        width + 1
                    };
                    j += 1;
                }
                let blank = j >= n || matches!(bytes[j], b'\n' | b'\r' | b'#');
                if !blank {
                    let top = *indents.last().unwrap_or(&0);
                    if width > top {
                        indents.push(width);
                        if indents.len() > MAX_INDENT_DEPTH {
                            res.fatal = Some(ScanError {
                                kind: CompileErrorKind::IndentationError,
                                message: "too many levels of indentation".into(),
                                offset: j,
                            });
                            return res;
                        }
                    } else {
                        while indents.len() > 1 && *indents.last().unwrap_or(&0) > width {
                            indents.pop();
                        }
                    }
                    level_count = 0;
                    prev_operand = false;
                }
                i = j;
                continue;
            }
            continuation = false;
        }
        let c = bytes[i];
        match c {
            b'\n' => {
                line += 1;
                at_line_start = true;
                i += 1;
            }
            b'\\' if i + 1 < n && (bytes[i + 1] == b'\n' || bytes[i + 1] == b'\r') => {
                continuation = true;
                i += 1;
                if bytes[i] == b'\r' && i + 1 < n && bytes[i + 1] == b'\n' {
                    i += 1;
                }
            }
            b'#' => {
                while i < n && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                i = scan_string(bytes, i, i, false, &mut line, &mut res, &mut level_count);
                if let Some(f) = &res.fatal {
                    let _ = f;
                    return res;
                }
                prev_operand = true;
            }
            b'(' | b'[' | b'{' => {
                if prev_operand {
                    bump_nesting!(res, i);
                }
                stack.push((c, i, level_count));
                level_count = 0;
                if stack.len() > MAX_PAREN_DEPTH {
                    res.fatal = Some(syntax("too many nested parentheses", i));
                    return res;
                }
                prev_operand = false;
                i += 1;
            }
            b')' | b']' | b'}' => {
                match stack.pop() {
                    None => {
                        set_token_error(&mut res, syntax(format!("unmatched '{}'", c as char), i))
                    }
                    Some((open, off, saved)) => {
                        if closing_of(open) != c {
                            let open_line =
                                source[..off].bytes().filter(|&b| b == b'\n').count() + 1;
                            let msg = if open_line != line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    c as char, open as char, open_line
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open as char
                                )
                            };
                            set_token_error(&mut res, syntax(msg, i));
                        }
                        level_count = saved;
                    }
                }
                prev_operand = true;
                i += 1;
            }
            b',' | b';' => {
                level_count = 0;
                prev_operand = false;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'0'..=b'9' => {
                while i < n
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'.')
                {
                    i += 1;
                }
                prev_operand = true;
            }
            _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                let start = i;
                while i < n
                    && (bytes[i] == b'_' || bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80)
                {
                    i += 1;
                }
                let word = &source[start..i];
                let is_prefix = word.len() <= 2
                    && word.chars().all(|ch| "rRbBuUfF".contains(ch))
                    && i < n
                    && (bytes[i] == b'\'' || bytes[i] == b'"');
                if is_prefix {
                    let fstring = word.contains(['f', 'F']);
                    i = scan_string(
                        bytes,
                        i,
                        start,
                        fstring,
                        &mut line,
                        &mut res,
                        &mut level_count,
                    );
                    if res.fatal.is_some() {
                        return res;
                    }
                    prev_operand = true;
                } else {
                    match word {
                        "not" | "and" | "or" | "if" | "else" | "lambda" | "await" | "in" | "is"
                        | "for" | "yield" => {
                            bump_nesting!(res, start);
                            prev_operand = false;
                        }
                        _ => prev_operand = true,
                    }
                }
            }
            _ => {
                // Operators and punctuation: each may nest (`a+a+a`, `-(-x)`, `a.b.c`).
                if !matches!(c, b':' | b'=') || (c == b':' && i + 1 < n && bytes[i + 1] == b'=') {
                    bump_nesting!(res, i);
                }
                prev_operand = false;
                i += 1;
            }
        }
    }
    if let Some(&(open, off, _)) = stack.last() {
        set_token_error(
            &mut res,
            syntax(format!("'{}' was never closed", open as char), off),
        );
    }
    res
}

/// Scan a string literal whose quote is at `q` (prefix starting at `start`); returns the index
/// after it. Records an unterminated-string token error.
fn scan_string(
    bytes: &[u8],
    q: usize,
    start: usize,
    fstring: bool,
    line: &mut usize,
    res: &mut ScanResult,
    level_count: &mut usize,
) -> usize {
    let n = bytes.len();
    let quote = bytes[q];
    let triple = q + 2 < n && bytes[q + 1] == quote && bytes[q + 2] == quote;
    let start_line = *line;
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < n {
        let c = bytes[i];
        if c == b'\\' {
            if i + 1 < n && bytes[i + 1] == b'\n' {
                *line += 1;
            }
            i += 2;
            continue;
        }
        if c == b'\n' {
            if !triple {
                if res.token_error.is_none() {
                    res.token_error = Some(syntax(
                        format!("unterminated string literal (detected at line {start_line})"),
                        start,
                    ));
                }
                return i;
            }
            *line += 1;
        }
        if fstring
            && !matches!(
                c,
                b' ' | b'\t' | b'\n' | b'\r' | b',' | b'}' | b'{' | b'\'' | b'"'
            )
            && c.is_ascii_punctuation()
        {
            *level_count += 1;
            if *level_count > MAX_EXPR_NESTING && res.fatal.is_none() {
                res.fatal = Some(syntax("expression too deeply nested", i));
                return n;
            }
        }
        if c == quote {
            if !triple {
                return i + 1;
            }
            if i + 2 < n && bytes[i + 1] == quote && bytes[i + 2] == quote {
                return i + 3;
            }
        }
        i += 1;
    }
    if res.token_error.is_none() {
        let msg = if triple {
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                *line
            )
        } else {
            format!("unterminated string literal (detected at line {start_line})")
        };
        res.token_error = Some(syntax(msg, start));
    }
    n
}

fn lexical_message(e: &LexicalErrorType) -> (CompileErrorKind, String) {
    use CompileErrorKind::*;
    match e {
        LexicalErrorType::IndentationError => (
            IndentationError,
            "unindent does not match any outer indentation level".into(),
        ),
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => (
            TabError,
            "inconsistent use of tabs and spaces in indentation".into(),
        ),
        LexicalErrorType::DuplicateArgumentError(name) => (
            SyntaxError,
            format!("duplicate argument '{name}' in function definition"),
        ),
        LexicalErrorType::DuplicateKeywordArgumentError(name) => {
            (SyntaxError, format!("keyword argument repeated: {name}"))
        }
        LexicalErrorType::DefaultArgumentError => (
            SyntaxError,
            "non-default argument follows default argument".into(),
        ),
        LexicalErrorType::PositionalArgumentError => (
            SyntaxError,
            "positional argument follows keyword argument".into(),
        ),
        LexicalErrorType::UnpackedArgumentError => (
            SyntaxError,
            "iterable argument unpacking follows keyword argument unpacking".into(),
        ),
        LexicalErrorType::UnrecognizedToken { tok } => (
            SyntaxError,
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        ),
        LexicalErrorType::LineContinuationError => (
            SyntaxError,
            "unexpected character after line continuation character".into(),
        ),
        LexicalErrorType::FStringError(e) => (SyntaxError, format!("f-string: {e}")),
        LexicalErrorType::UnicodeError => (
            SyntaxError,
            "(unicode error) malformed \\N character escape".into(),
        ),
        LexicalErrorType::OtherError(msg) => (SyntaxError, msg.clone()),
        _ => (SyntaxError, "invalid syntax".into()),
    }
}

/// The statement keyword a block header line starts with, as CPython names it in
/// "expected an indented block after ..." messages.
fn block_header_description(line: &str) -> Option<String> {
    let t = line.trim_start();
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let word = if word == "async" {
        t[5..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    } else {
        word
    };
    match word.as_str() {
        "def" => Some("function definition".into()),
        "class" => Some("class definition".into()),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" => {
            Some(format!("'{word}' statement"))
        }
        _ => None,
    }
}

fn convert_parse_error(
    source: &str,
    index: &LineIndex,
    filename: &str,
    error: &ParseErrorType,
    offset: usize,
    scan: &ScanResult,
) -> CompileError {
    use CompileErrorKind::*;
    // Tokenizer-level errors (unterminated strings, unbalanced brackets) take precedence over a
    // generic parser error, as in CPython.
    let generic = !matches!(
        error,
        ParseErrorType::Lexical(
            LexicalErrorType::IndentationError
                | LexicalErrorType::TabError
                | LexicalErrorType::TabsAfterSpaces
                | LexicalErrorType::DuplicateArgumentError(_)
                | LexicalErrorType::DuplicateKeywordArgumentError(_)
                | LexicalErrorType::PositionalArgumentError
                | LexicalErrorType::UnpackedArgumentError
                | LexicalErrorType::DefaultArgumentError
        ) | ParseErrorType::UnrecognizedToken(Tok::Indent, _)
    );
    if generic {
        if let Some(te) = &scan.token_error {
            return te.to_error(source, index, filename);
        }
    }
    let mk = |kind, msg: String, off: usize| error_at(source, index, filename, kind, msg, off);
    match error {
        ParseErrorType::Lexical(e) => {
            let (kind, msg) = lexical_message(e);
            if kind == IndentationError || kind == TabError {
                // Point at the start of the offending line's first token.
                let (line, _) = index.line_col(source, offset);
                let text = index.line_text(source, line).unwrap_or("");
                let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
                let col = if kind == TabError { 1 } else { indent + 1 };
                return error_at_line_col(source, index, filename, kind, msg, line, col);
            }
            mk(kind, msg, offset)
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let (line, _) = index.line_col(source, offset);
            let text = index.line_text(source, line).unwrap_or("");
            let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
            error_at_line_col(
                source,
                index,
                filename,
                IndentationError,
                "unexpected indent",
                line,
                indent + 1,
            )
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            let (line, _) = index.line_col(source, offset);
            // Find the block header: the last non-blank, non-comment line before `line`.
            let mut header = None;
            let mut l = line.saturating_sub(1);
            while l >= 1 {
                let t = index.line_text(source, l).unwrap_or("").trim();
                if !t.is_empty() && !t.starts_with('#') {
                    header = Some(l);
                    break;
                }
                l -= 1;
            }
            let msg = match header.and_then(|h| {
                block_header_description(index.line_text(source, h).unwrap_or("")).map(|d| (d, h))
            }) {
                Some((d, h)) => format!("expected an indented block after {d} on line {h}"),
                None => "expected an indented block".into(),
            };
            let text = index.line_text(source, line).unwrap_or("");
            let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
            error_at_line_col(
                source,
                index,
                filename,
                IndentationError,
                msg,
                line,
                indent + 1,
            )
        }
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            let (eline, _) = index.line_col(source, offset);
            let header = index.line_text(source, eline).unwrap_or("");
            let missing_colon = *tok == Tok::Newline
                && block_header_description(header).is_some()
                && !header.trim_end().ends_with(':');
            if expected.as_deref() == Some("':'") || missing_colon {
                // CPython points just after the previous token.
                let mut p = offset;
                let b = source.as_bytes();
                while p > 0
                    && (b[p - 1] == b' '
                        || b[p - 1] == b'\t'
                        || b[p - 1] == b'\n'
                        || b[p - 1] == b'\r')
                {
                    p -= 1;
                }
                return mk(SyntaxError, "expected ':'".into(), p);
            }
            let _ = tok;
            mk(SyntaxError, "invalid syntax".into(), offset)
        }
        ParseErrorType::Eof => mk(
            SyntaxError,
            "unexpected EOF while parsing".into(),
            offset.min(source.len()),
        ),
        _ => mk(SyntaxError, "invalid syntax".into(), offset),
    }
}

/// Byte offset helper for `TextSize`.
pub fn offset_of(size: TextSize) -> usize {
    u32::from(size) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use CompileErrorKind::*;

    fn err(src: &str) -> CompileError {
        match parse_module(src, "x.py") {
            Ok(_) => panic!("expected a parse error for {src:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn line_index() {
        let src = "ab\ncdé\n\nx";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), (1, 1));
        assert_eq!(idx.line_col(src, 3), (2, 1));
        assert_eq!(idx.line_col(src, 7), (2, 4)); // after the 2-byte 'é'
        assert_eq!(idx.line_col(src, 8), (3, 1));
        assert_eq!(idx.line_col(src, 9), (4, 1));
        assert_eq!(idx.line_text(src, 2), Some("cdé"));
        assert_eq!(idx.line_of(src.len()), 4);
    }

    #[test]
    fn parse_errors_match_cpython() {
        let cases: &[(&str, CompileErrorKind, &str, u32, u32)] = &[
            (
                "if x:\npass\n",
                IndentationError,
                "expected an indented block after 'if' statement on line 1",
                2,
                1,
            ),
            (
                "def f():\nreturn 1\n",
                IndentationError,
                "expected an indented block after function definition on line 1",
                2,
                1,
            ),
            (
                "class C:\nx=1\n",
                IndentationError,
                "expected an indented block after class definition on line 1",
                2,
                1,
            ),
            (
                "for x in y:\n\nx\n",
                IndentationError,
                "expected an indented block after 'for' statement on line 1",
                3,
                1,
            ),
            (
                "x = 1\n  y = 2\n",
                IndentationError,
                "unexpected indent",
                2,
                3,
            ),
            (
                "if x:\n    a\n  b\n",
                IndentationError,
                "unindent does not match any outer indentation level",
                3,
                3,
            ),
            (
                "s = \"abc\nx=1\n",
                SyntaxError,
                "unterminated string literal (detected at line 1)",
                1,
                5,
            ),
            (
                "s = '''abc\nx=1\n",
                SyntaxError,
                "unterminated triple-quoted string literal (detected at line 3)",
                1,
                5,
            ),
            (
                "print(\"a\"\nx = 1\n",
                SyntaxError,
                "'(' was never closed",
                1,
                6,
            ),
            ("f(a, [1,2\n", SyntaxError, "'[' was never closed", 1, 6),
            (
                "x = (1, 2]\n",
                SyntaxError,
                "closing parenthesis ']' does not match opening parenthesis '('",
                1,
                10,
            ),
            ("x = 1)\n", SyntaxError, "unmatched ')'", 1, 6),
            (
                "x = (1,\n 2]\n",
                SyntaxError,
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                2,
                3,
            ),
            ("if x\n    pass\n", SyntaxError, "expected ':'", 1, 5),
            ("x = = 1\n", SyntaxError, "invalid syntax", 1, 5),
            (
                "if x:\n\tif y:\n        pass\n",
                TabError,
                "inconsistent use of tabs and spaces in indentation",
                3,
                1,
            ),
        ];
        for (src, kind, msg, line, col) in cases {
            let e = err(src);
            assert_eq!(
                (e.kind, e.message.as_str(), e.line, e.column),
                (*kind, *msg, *line, *col),
                "source: {src:?}"
            );
        }
    }

    /// Hostile nesting must give a clean SyntaxError, never a stack overflow — checked on a
    /// thread with a small (2 MiB) stack, through the whole front end.
    #[test]
    fn deep_nesting_is_rejected_cleanly() {
        let handle = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let inputs: Vec<(String, &str)> = vec![
                    (
                        format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
                        "too many nested parentheses",
                    ),
                    (
                        format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
                        "too many nested parentheses",
                    ),
                    (
                        format!("x = {}\n", "(".repeat(n)),
                        "too many nested parentheses",
                    ),
                    (
                        format!("x = 1{}\n", "+1".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = {}1\n", "-".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = {}1\n", "not ".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = f{}\n", "()".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = a{}\n", ".b".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = {}1\n", "lambda: ".repeat(n)),
                        "expression too deeply nested",
                    ),
                    (
                        format!("x = f'{{{}}}'\n", "1+".repeat(n) + "1"),
                        "expression too deeply nested",
                    ),
                    (
                        (0..1000)
                            .map(|i| format!("{}if x:\n", " ".repeat(i)))
                            .collect::<String>()
                            + &" ".repeat(1000)
                            + "pass\n",
                        "too many levels of indentation",
                    ),
                ];
                for (src, msg) in inputs {
                    let e = crate::compile::compile_module(&src, "deep.py", "deep")
                        .expect_err("deep input must be rejected");
                    assert_eq!(e.message, msg, "{}", &src[..40.min(src.len())]);
                }
                // Moderately deep input below the limits still compiles (or fails cleanly).
                for depth in [50usize, 150, 199] {
                    let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
                    crate::compile::compile_module(&src, "ok.py", "ok").expect("compiles");
                    let src = format!("x = {}1\n", "-(".repeat(depth / 2)) + &")".repeat(depth / 2);
                    crate::compile::compile_module(&src, "ok.py", "ok").expect("compiles");
                }
                let src = format!("x = 1{}\n", " + 1".repeat(150));
                crate::compile::compile_module(&src, "ok.py", "ok")
                    .expect("a 150-term sum compiles");
                for src in [
                    format!("x = 1{}\n", " + 1".repeat(2000)),
                    format!("x = f{}\n", "(1)".repeat(1000)),
                    format!("x = {}1\n", "lambda: ".repeat(1000)),
                    format!("x = {}1{}\n", "[".repeat(190), "]".repeat(190)).repeat(1)
                        + &format!("y = a{}\n", ".b".repeat(500)),
                ] {
                    let e = crate::compile::compile_module(&src, "deep.py", "deep")
                        .expect_err("too deep for the compiler");
                    assert_eq!(e.message, "too many nested expressions or blocks");
                }
            })
            .unwrap();
        handle.join().expect("no stack overflow");
    }

    #[test]
    fn data_tables_are_not_nesting() {
        let items: Vec<String> = (0..20_000).map(|i| format!("(-{i}, 'n{i}')")).collect();
        let src = format!("T = [{}]\n", items.join(", "));
        assert!(prescan(&src).fatal.is_none());
    }
}
